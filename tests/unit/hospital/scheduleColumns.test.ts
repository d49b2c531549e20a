import { describe, expect, it } from 'vitest';
import { describeScheduleIssue, importRoomSchedule } from '../../../src/engine/import';
import { parseBiosafetyCell, parseYesNoCell } from '../../../src/engine/import/biosafetyCells';

const FILE = 'lab.csv';

function importText(text: string) {
  return importRoomSchedule(new TextEncoder().encode(text), FILE, { referenceDate: '2026-01-15' });
}

describe('parseBiosafetyCell', () => {
  const cases: [string, unknown][] = [
    ['BSL-3 b1', { level: 'BSL-3', type: 'b1' }],
    ['ABSL-3', { level: 'ABSL-3', type: null }],
    ['bsl2', { level: 'BSL-2', type: null }],
    ['BSL-4', { level: 'BSL-4', type: null }],
    ['ABSL-3 b2', { level: 'ABSL-3', type: 'b2' }],
    ['BSL-3（a）', { level: 'BSL-3', type: 'a' }],
    ['P3', { level: 'BSL-3', type: null }],
    ['', null],
  ];
  it.each(cases)('reads %s', (cell, expected) => {
    expect(parseBiosafetyCell(cell)).toEqual({ ok: true, value: expected });
  });

  it.each(['BSL-5', 'BSL-3 c', 'level 3'])('rejects %s', (cell) => {
    expect(parseBiosafetyCell(cell).ok).toBe(false);
  });
});

describe('parseYesNoCell', () => {
  it.each(['yes', 'Y', 'true', '1', '是'])('reads %s as yes', (cell) => {
    expect(parseYesNoCell(cell)).toEqual({ ok: true, value: true });
  });

  it.each(['no', 'n', 'FALSE', '0', '否'])('reads %s as no', (cell) => {
    expect(parseYesNoCell(cell)).toEqual({ ok: true, value: false });
  });

  it('rejects other text', () => {
    expect(parseYesNoCell('maybe').ok).toBe(false);
  });
});

describe('schedule biosafety and containment columns', () => {
  it('fills the rooms', () => {
    const result = importText('房间名称,生物安全等级,负压,洁净级别\nMain lab,BSL-3 b1,是,ISO 7\nBuffer,,否,ISO 8\nOR 1,,,Ⅱ级\n');
    if (!result.ok) throw new Error(result.errors.map((issue) => describeScheduleIssue(issue, 'en')).join('\n'));
    const [lab, buffer, operatingRoom] = result.project.rooms;
    expect(lab!.biosafety).toEqual({ level: 'BSL-3', type: 'b1' });
    expect(lab!.containment).toBe(true);
    expect('biosafety' in buffer!).toBe(false);
    expect(buffer!.containment).toBe(false);
    expect(operatingRoom!.cleanliness).toEqual({ kind: 'hospital', hospitalClass: 'II' });
  });

  it('names row and column of a bad level', () => {
    const result = importText('name,biosafety_level,containment\nLab,BSL-5,maybe\n');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const level = result.errors.find((issue) => issue.code === 'invalid-biosafety-level')!;
    expect(level).toMatchObject({ row: 2, column: 'biosafety_level', found: 'BSL-5' });
    expect(describeScheduleIssue(level, 'en')).toContain('BSL-3 b1');
    const yesNo = result.errors.find((issue) => issue.code === 'invalid-yes-no')!;
    expect(yesNo).toMatchObject({ row: 2, column: 'containment', found: 'maybe' });
    expect(describeScheduleIssue(yesNo, 'zh-CN')).toContain('是/否');
  });
});
