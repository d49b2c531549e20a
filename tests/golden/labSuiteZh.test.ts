import { describe, expect, it } from 'vitest';
import { EMPTY_DESIGN, type Door, type Project, type Room } from '../../src/domain/project';
import { checkProject } from '../../src/engine/index';

// Source: a Chinese seven-room laboratory suite (changing rooms, clean corridor, three test rooms)
// with design pressures and supply airflows from a public building-model study. Areas, heights
// and classes are not published, so every room has a placeholder outline (areaKnown: false) and
// no class. Expected: air-change and grade rules cannot be evaluated; total supply 3 760 m³/h.
const SCHEDULE: { name: string; pressurePa: number; supplyM3h: number | null; connectsTo: string[] }[] = [
  { name: '外走道', pressurePa: 0, supplyM3h: null, connectsTo: ['一更'] },
  { name: '一更', pressurePa: 10, supplyM3h: 235, connectsTo: ['外走道', '二更'] },
  { name: '二更', pressurePa: 15, supplyM3h: 331, connectsTo: ['一更', '洁净走廊'] },
  { name: '洁净走廊', pressurePa: 25, supplyM3h: 968, connectsTo: ['二更', '测试间一', '测试间二', '测试间三'] },
  { name: '测试间一', pressurePa: 30, supplyM3h: 689, connectsTo: ['洁净走廊'] },
  { name: '测试间二', pressurePa: 35, supplyM3h: 815, connectsTo: ['洁净走廊'] },
  { name: '测试间三', pressurePa: 30, supplyM3h: 722, connectsTo: ['洁净走廊'] },
];

function labSuite(): Project {
  const rooms: Room[] = SCHEDULE.map((row, index) => ({
    id: `room-${index}`,
    name: row.name,
    use: null,
    polygon: [
      { x: index * 3_000, y: 0 },
      { x: index * 3_000 + 2_000, y: 0 },
      { x: index * 3_000 + 2_000, y: 2_000 },
      { x: index * 3_000, y: 2_000 },
    ],
    clearHeightM: null,
    cleanliness: null,
    classLabel: null,
    airflowPattern: null,
    containment: false,
    areaKnown: false,
    design: { ...EMPTY_DESIGN, pressurePa: row.pressurePa, supplyM3h: row.supplyM3h },
  }));
  const idOf = (name: string) => rooms.find((room) => room.name === name)!.id;
  const doors: Door[] = [];
  SCHEDULE.forEach((row) => {
    for (const other of row.connectsTo) {
      const [a, b] = [idOf(row.name), idOf(other)].sort();
      if (!doors.some((door) => door.roomA === a && door.roomB === b)) {
        doors.push({ id: `${a}|${b}`, roomA: a!, roomB: b!, position: null, widthMm: 900 });
      }
    }
  });
  const ruleSetIds = ['iso-14644-1-2015', 'gb-50073-2013', 'china-gmp-2010'];
  return { id: 'lab', name: '实验室', customerName: '', referenceDate: '2026-01-01', ruleSetIds, rooms, doors };
}

describe('Chinese seven-room lab suite', () => {
  const result = checkProject(labSuite());

  it('totals 3 760 m³/h of supply', () => {
    const total = result.rooms.reduce((sum, room) => sum + (room.supplyM3h ?? 0), 0);
    expect(total).toBe(3_760);
  });

  it('has six doors', () => {
    expect(result.doors).toHaveLength(6);
  });

  it('cannot evaluate air changes in any room', () => {
    const ach = result.findings.filter((f) => f.ruleId.startsWith('gb-50073-2013/ach-'));
    expect(ach).toHaveLength(14);
    for (const finding of ach) expect(finding.outcome).toBe('cannot-evaluate');
    expect(result.rooms.every((room) => room.ach === null)).toBe(true);
  });

  it('cannot evaluate any grade rule', () => {
    const grade = result.findings.filter((f) => f.ruleId.startsWith('china-gmp-2010/'));
    expect(grade.length).toBeGreaterThan(0);
    for (const finding of grade) expect(finding.outcome).toBe('cannot-evaluate');
  });

  it('passes nothing', () => {
    expect(result.summary.pass).toBe(0);
    expect(result.summary.fail).toBe(0);
  });
});
