import { describe, expect, it } from 'vitest';
import {
  markProjectLost,
  overdueFollowUps,
  PIPELINE_STAGE_LABELS,
  PIPELINE_STAGES,
  pipelineValueByStage,
  reassignOwner,
  type Activity,
  type CrmProject,
} from '../../../src/domain/crm';
import { yuan } from './fixtures';

function activity(id: string, ownerId: string, date: string, nextStepDue: string | null, followUpDoneOn: string | null = null): Activity {
  return {
    id,
    kind: 'visit',
    companyId: 'C01',
    projectId: null,
    contactId: null,
    date,
    notes: '',
    nextStep: nextStepDue === null ? null : 'Send layout drawing',
    nextStepDue,
    followUpDoneOn,
    ownerId,
  };
}

const ACTIVITIES: readonly Activity[] = [
  activity('a1', 'u1', '2026-02-01', '2026-02-10'),
  activity('a2', 'u1', '2026-02-03', '2026-03-02'),
  activity('a3', 'u1', '2026-02-05', '2026-02-20', '2026-02-19'),
  activity('a4', 'u1', '2026-01-20', '2026-01-25'),
  activity('a5', 'u1', '2026-02-06', null),
  activity('a6', 'u2', '2026-01-10', '2026-01-15'),
  activity('a7', 'u1', '2026-02-07', '2026-03-01'),
];

describe('overdueFollowUps', () => {
  it('lists open steps due before the date, oldest first', () => {
    // a2 is due on the date itself (due today, not overdue); a3 is done; a5 has no next step; a6
    // belongs to another owner.
    const overdue = overdueFollowUps(ACTIVITIES, 'u1', '2026-03-02');
    expect(overdue.map((entry) => entry.id)).toEqual(['a4', 'a1', 'a7']);
  });

  it('lists nothing for an owner with none due', () => {
    expect(overdueFollowUps(ACTIVITIES, 'u2', '2026-01-15')).toEqual([]);
  });

  it('rejects an invalid date', () => {
    expect(() => overdueFollowUps(ACTIVITIES, 'u1', '02/03/2026')).toThrow(/expected a date as YYYY-MM-DD, found "02\/03\/2026"/);
  });
});

describe('reassignOwner', () => {
  it('moves every record of an owner', () => {
    const { records, changed } = reassignOwner(ACTIVITIES, 'u1', 'u3');
    expect(changed).toBe(6);
    expect(records.filter((record) => record.ownerId === 'u3').map((record) => record.id)).toEqual(['a1', 'a2', 'a3', 'a4', 'a5', 'a7']);
    expect(records.find((record) => record.id === 'a6')!.ownerId).toBe('u2');
  });

  it('moves only the selected records', () => {
    const { records, changed } = reassignOwner(ACTIVITIES, 'u1', 'u3', new Set(['a1', 'a6']));
    expect(changed).toBe(1);
    expect(records.find((record) => record.id === 'a1')!.ownerId).toBe('u3');
    expect(records.find((record) => record.id === 'a6')!.ownerId).toBe('u2');
  });
});

function project(id: string, stage: CrmProject['stage'], expectedYuan: number | null, probabilityPct: number | null, lostReason: string | null = null): CrmProject {
  return {
    id,
    companyId: 'C01',
    name: id,
    site: 'Suzhou',
    industry: 'pharma',
    stage,
    expectedValue: expectedYuan === null ? null : yuan(expectedYuan),
    probabilityPct,
    closeDate: null,
    lostReason,
    ownerId: 'u1',
    ruleSetIds: ['gb-50073-2013'],
    drawingId: null,
  };
}

describe('pipelineValueByStage', () => {
  it('sums open projects by stage', () => {
    // quotation: 1,200,000.00 × 40 % = 480,000.00, 0 × 33.33 % = 0, and 333,333.33 × 33.33 % =
    // 111,099.998889 → 111,100.00; weighted 591,100.00. The lost project p4 is left out.
    const projects = [
      project('p1', 'quotation', 1_200_000, 40),
      { ...project('p2', 'quotation', null, 33.33), expectedValue: yuan(0) },
      { ...project('p3', 'quotation', null, 33.33), expectedValue: { minor: 33_333_333, currency: 'CNY' as const } },
      project('p4', 'quotation', 900_000, 50, 'Chose a local contractor'),
      project('p5', 'lead', null, null),
    ];
    const stages = pipelineValueByStage(projects, 'CNY');
    expect(stages.map((entry) => entry.stage)).toEqual(PIPELINE_STAGES);
    const quotation = stages.find((entry) => entry.stage === 'quotation')!;
    expect(quotation.projects).toBe(3);
    expect(quotation.expected).toEqual({ minor: 153_333_333, currency: 'CNY' });
    expect(quotation.weighted).toEqual({ minor: 59_110_000, currency: 'CNY' });
    expect(stages.find((entry) => entry.stage === 'lead')!.projects).toBe(1);
  });

  it('rejects a probability above 100', () => {
    expect(() => pipelineValueByStage([project('p1', 'lead', 1, 120)], 'CNY')).toThrow(/win probability is 120 %/);
  });
});

describe('markProjectLost', () => {
  it('requires a lost reason', () => {
    expect(() => markProjectLost(project('p1', 'negotiation', 1, 50), '  ')).toThrow(/needs a lost reason/);
    expect(markProjectLost(project('p1', 'negotiation', 1, 50), 'Budget cut').lostReason).toBe('Budget cut');
  });
});

describe('CRM labels', () => {
  it('names the pipeline stages in Chinese', () => {
    expect(PIPELINE_STAGES.map((stage) => PIPELINE_STAGE_LABELS[stage]['zh-CN'])).toEqual(['线索', '现场勘察', '方案设计', '报价', '商务谈判', '签约', '施工', '验收检测', '售后']);
  });
});
