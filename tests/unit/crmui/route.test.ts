import { describe, expect, it } from 'vitest';
import { formatRoute, parseRoute, type AppRoute } from '../../../src/app/crm/route';

describe('CRM routes', () => {
  const cases: readonly [string, AppRoute][] = [
    ['', { workspace: 'design' }],
    ['#/design', { workspace: 'design' }],
    ['#/crm', { workspace: 'crm', view: 'dashboard' }],
    ['#/crm/pipeline', { workspace: 'crm', view: 'pipeline' }],
    ['#/crm/follow-ups', { workspace: 'crm', view: 'follow-ups' }],
    ['#/crm/companies', { workspace: 'crm', view: 'companies' }],
    ['#/crm/companies/company-1', { workspace: 'crm', view: 'company', companyId: 'company-1' }],
    ['#/crm/projects/p%2F7', { workspace: 'crm', view: 'project', projectId: 'p/7' }],
    ['#/crm/unknown', { workspace: 'crm', view: 'dashboard' }],
  ];

  it.each(cases)('parses %j', (hash, route) => {
    expect(parseRoute(hash)).toEqual(route);
  });

  it('formats routes that parse back to themselves', () => {
    for (const [, route] of cases) expect(parseRoute(formatRoute(route))).toEqual(route);
  });

  it('escapes a slash in an id', () => {
    expect(formatRoute({ workspace: 'crm', view: 'project', projectId: 'p/7' })).toBe('#/crm/projects/p%2F7');
  });
});
