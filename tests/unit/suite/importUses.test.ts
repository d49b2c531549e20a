import { describe, expect, it } from 'vitest';
import { describeScheduleIssue, importRoomSchedule } from '../../../src/engine/import/index';

function importText(text: string) {
  const result = importRoomSchedule(new TextEncoder().encode(text), 'rooms.csv', { referenceDate: '2026-12-04' });
  if (!result.ok) throw new Error(`import failed: ${result.errors.map((issue) => issue.code).join(', ')}`);
  return result;
}

describe('schedule room uses', () => {
  it('maps synonyms to vocabulary ids', () => {
    const result = importText('房间名称,用途,面积\n一更,一更,6\n缓冲,缓冲间,4\n灌装,灌装间,20\n走廊,Clean Corridor,30\n');
    expect(result.project.rooms.map((room) => room.use)).toEqual(['gowning-1', 'buffer', 'filling', 'clean-corridor']);
    expect(result.warnings).toEqual([]);
  });

  it('keeps unknown text with a warning', () => {
    const result = importText('房间名称,用途,面积\n冻干,冻干机房,20\n办公,,10\n');
    expect(result.project.rooms.map((room) => room.use)).toEqual(['冻干机房', null]);
    expect(result.warnings.map((issue) => issue.code)).toEqual(['unknown-use']);
    expect(result.warnings[0]!.row).toBe(2);
    expect(result.warnings[0]!.column).toBe('用途');
  });

  it('words the warning in both languages', () => {
    const warning = importText('name,use,area_m2\nLyo,lyophiliser hall,20\n').warnings[0]!;
    expect(describeScheduleIssue(warning, 'en')).toContain('rooms.csv, row 2, column use: "lyophiliser hall" is not a known room use');
    expect(describeScheduleIssue(warning, 'zh-CN')).toContain('rooms.csv，第 2 行，列“use”：“lyophiliser hall”不是已知的房间用途');
  });
});
