import { describe, expect, it } from 'vitest';
import { EMPTY_DESIGN, type Room } from '../../../src/domain/project';
import { describeDoorScheduleIssue, importDoorSchedule, type ImportDoorsResult } from '../../../src/engine/import';

function room(id: string, name: string): Room {
  const polygon = [
    { x: 0, y: 0 },
    { x: 1000, y: 0 },
    { x: 1000, y: 1000 },
  ];
  return { id, name, use: null, polygon, clearHeightM: 2.7, cleanliness: null, classLabel: null, airflowPattern: null, containment: false, design: EMPTY_DESIGN };
}

const ROOMS = [room('r1', 'Gowning'), room('r2', '洁净走廊'), room('r3', 'Fill room'), room('r4', 'Store'), room('r5', 'store')];

function importText(text: string): ImportDoorsResult {
  return importDoorSchedule(new TextEncoder().encode(text), 'doors.csv', ROOMS);
}

function errorsOf(text: string) {
  const result = importText(text);
  if (result.ok) throw new Error('expected the schedule to be rejected');
  return result.errors;
}

describe('importDoorSchedule', () => {
  it('reads type, size and gap', () => {
    const result = importText('from,to,type,width_m,height_m,gap_mm\nGowning,洁净走廊,double,1.8,2.1,3\n');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.doors).toEqual([
      {
        id: 'door-row-2',
        roomA: 'r1',
        roomB: 'r2',
        position: null,
        widthMm: 1800,
        type: 'double',
        heightMm: 2100,
        gapsMm: { headMm: 3, thresholdMm: 3, jambMm: 3, meetingMm: 3 },
        leakageAreaM2: null,
      },
    ]);
  });

  it('reads Chinese headers and types', () => {
    const result = importText('门编号,从,至,门类型,漏风面积\nD-7, fill room ,室外,传递窗,0.004\n');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.doors[0]).toMatchObject({ id: 'D-7', roomA: 'r3', roomB: 'outside', type: 'pass_box', leakageAreaM2: 0.004, widthMm: 900 });
    expect(result.rows[0]).toMatchObject({ fromName: 'fill room', toName: '室外', reversed: false });
  });

  it('puts the room first for an outside from', () => {
    const result = importText('from,to,leakage_area_m2\noutside,Gowning,0.01\n');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.doors[0]).toMatchObject({ roomA: 'r1', roomB: 'outside' });
    expect(result.rows[0]!.reversed).toBe(true);
  });

  it('defaults the type to single', () => {
    const result = importText('from,to,width_m\nGowning,Fill room,0.9\n');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.doors[0]!.type).toBe('single');
  });

  it('warns about an unknown column', () => {
    const result = importText('from,to,width_m,colour\nGowning,Fill room,0.9,white\n');
    expect(result.ok).toBe(true);
    expect(result.warnings.map((issue) => [issue.code, issue.column])).toEqual([['unknown-column', 'colour']]);
  });

  it('rejects a name two rooms share', () => {
    const [error] = errorsOf('from,to,width_m\nGowning,STORE,0.9\n');
    expect(error).toMatchObject({ code: 'ambiguous-room', row: 2, column: 'to', found: 'STORE', params: { count: 2 } });
    expect(describeDoorScheduleIssue(error!, 'en')).toBe('doors.csv, row 2, column to: expected a name that identifies one room, found "STORE"; 2 rooms of the room schedule have this name; give them distinct names.');
  });

  it('rejects a door to its own room', () => {
    expect(errorsOf('from,to,width_m\nGowning,gowning,0.9\n').map((issue) => issue.code)).toEqual(['same-room']);
  });

  it('rejects two outside sides', () => {
    expect(errorsOf('from,to,leakage_area_m2\noutside,室外,0.01\n').map((issue) => issue.code)).toEqual(['both-outside']);
  });

  it('rejects a door without width or area', () => {
    const [error] = errorsOf('from,to,type\nGowning,Fill room,sliding\n');
    expect(error!.code).toBe('width-missing');
    expect(describeDoorScheduleIssue(error!, 'zh-CN')).toBe('doors.csv，第 2 行：应为门宽（m），实为空；请填写净宽（双开门为两扇合计），或改填漏风面积 leakage_area_m2。');
  });

  it('rejects a repeated door id', () => {
    const errors = errorsOf('id,from,to,width_m\nD1,Gowning,Fill room,0.9\nD1,Fill room,洁净走廊,0.9\n');
    expect(errors.map((issue) => [issue.code, issue.row])).toEqual([['duplicate-id', 3]]);
  });

  it('rejects a negative gap', () => {
    const [error] = errorsOf('from,to,width_m,gap_mm\nGowning,Fill room,0.9,-1\n');
    expect(error).toMatchObject({ code: 'out-of-range', column: 'gap_mm', found: '-1' });
  });

  it('rejects a file without doors', () => {
    expect(errorsOf('from,to\n').map((issue) => issue.code)).toEqual(['no-doors']);
  });

  it('collects every error', () => {
    const errors = errorsOf('from,to,width_m\nNowhere,Fill room,0.9\nGowning,Fill room,wide\n');
    expect(errors.map((issue) => [issue.code, issue.row])).toEqual([
      ['unknown-room', 2],
      ['invalid-number', 3],
    ]);
  });
});
