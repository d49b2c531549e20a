import type { Cleanliness } from '../../../src/domain/cleanliness';
import { EMPTY_DESIGN, type Door, type PointMm, type Project, type Room, type RoomDesign } from '../../../src/domain/project';

/**
 * Builds a small sterile-filling suite with Chinese room names: GMP grades and ISO classes, a filling
 * room whose air change rate is too low for GB 50073, a containment room held at −15 Pa, and
 * doors on the shared walls. Figures are invented for the report tests, not taken from a case.
 */
export function buildFixtureProject(): Project {
  const rooms: Room[] = [
    room('r-gown1', '一更', 'gowning', rectangle(0, 0, 4000, 3000), gmp('D'), 'D级', { ach: 20, pressurePa: 10 }),
    room('r-gown2', '二更', 'gowning', rectangle(4000, 0, 7000, 3000), gmp('C'), 'C级', { ach: 30, pressurePa: 20 }),
    room('r-fill', '灌装间', 'filling', rectangle(7000, 0, 12000, 3000), iso(7), '万级', { ach: 8, pressurePa: 35 }),
    room('r-corr', '洁净走廊', 'clean-corridor', rectangle(0, 3000, 12000, 5500), iso(8), '十万级', {
      ach: 18,
      pressurePa: 25,
    }),
    room('r-weigh', '称量间', 'production', rectangle(0, 5500, 4000, 9500), iso(7), 'ISO 7', { supplyM3h: 2400, pressurePa: 15 }),
    room('r-iso', '负压隔离间', 'laboratory', rectangle(4000, 5500, 8000, 9500), iso(8), 'ISO 8', {
      ach: 15,
      pressurePa: -15,
    }, true),
    room('r-mal', '物料气闸', 'material-airlock', rectangle(8000, 5500, 12000, 9500), iso(8), '100K', {}),
  ];
  const doors: Door[] = [
    door('d-out', 'r-gown1', 'outside', { x: 0, y: 1500 }),
    door('d-g1g2', 'r-gown1', 'r-gown2', { x: 4000, y: 1500 }),
    door('d-g2c', 'r-gown2', 'r-corr', { x: 5500, y: 3000 }),
    door('d-fill', 'r-corr', 'r-fill', { x: 9500, y: 3000 }),
    door('d-weigh', 'r-corr', 'r-weigh', { x: 2000, y: 5500 }),
    door('d-iso', 'r-corr', 'r-iso', { x: 6000, y: 5500 }),
    door('d-mal', 'r-corr', 'r-mal', { x: 10000, y: 5500 }),
  ];
  return {
    id: 'p-fixture',
    name: '无菌制剂车间洁净区',
    customerName: '华东制药有限公司',
    referenceDate: '2026-11-30',
    ruleSetIds: ['iso-14644-1-2015', 'gb-50073-2013', 'china-gmp-2010'],
    rooms,
    doors,
  };
}

function room(
  id: string,
  name: string,
  use: string,
  polygon: PointMm[],
  cleanliness: Cleanliness,
  classLabel: string,
  design: Partial<RoomDesign>,
  containment = false,
): Room {
  return {
    id,
    name,
    use,
    polygon,
    clearHeightM: 2.7,
    cleanliness,
    classLabel,
    airflowPattern: null,
    containment,
    design: { ...EMPTY_DESIGN, ...design },
  };
}

function door(id: string, roomA: string, roomB: string, position: PointMm): Door {
  return { id, roomA, roomB, position, widthMm: 900 };
}

function rectangle(x1: number, y1: number, x2: number, y2: number): PointMm[] {
  return [
    { x: x1, y: y1 },
    { x: x2, y: y1 },
    { x: x2, y: y2 },
    { x: x1, y: y2 },
  ];
}

function iso(isoClass: number): Cleanliness {
  return { kind: 'iso', isoClass };
}

function gmp(grade: 'A' | 'B' | 'C' | 'D'): Cleanliness {
  return { kind: 'gmp', grade };
}
