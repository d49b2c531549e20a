import { describe, expect, it } from 'vitest';
import { CRM_SAMPLE } from '../../../src/app/crm/sample';
import { EMPTY_CRM_DATA_SET } from '../../../src/domain/crm/dataSet';
import { parseCrmFile, serializeCrmFile } from '../../../src/domain/crm/crmFile';
import { describeCrmRecordIssue } from '../../../src/domain/crm/recordIssues';

describe('CRM sample', () => {
  it('passes the CRM file checks', () => {
    const text = serializeCrmFile({ ...EMPTY_CRM_DATA_SET, ...CRM_SAMPLE }, new Date('2026-12-01T00:00:00Z'), 'cleanplan test');
    const parsed = parseCrmFile(text);
    const problems = parsed.ok ? [] : parsed.issues.map((issue) => describeCrmRecordIssue(issue, 'en'));
    expect(problems).toEqual([]);
  });

  it('has a manager for bulk reassignment', () => {
    expect(CRM_SAMPLE.users.filter((user) => user.role === 'manager').length).toBeGreaterThan(0);
  });

  it('fills every pipeline stage but contract', () => {
    const stages = new Set(CRM_SAMPLE.projects.filter((project) => project.lostReason === null).map((project) => project.stage));
    expect([...stages].sort()).toEqual(['acceptance-testing', 'construction', 'design', 'lead', 'negotiation', 'quotation', 'service', 'site-survey']);
  });
});
