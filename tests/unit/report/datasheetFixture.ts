import type { Door, Project, Room } from '../../../src/domain/project';
import type { AirsideResult, RoomAirside } from '../../../src/engine/airside/types';
import type { CheckResult, Citation } from '../../../src/engine/findings';
import { checkProject } from '../../../src/engine/index';
import { buildFixtureProject } from './fixtureProject';

/**
 * The report fixture suite with AHUs, a terminal catalog and design temperatures, checked by the
 * real engine. Its `airside` block is hand-written: it is a fixture for the data sheet formatter
 * only, and its figures are invented, not engine output. Tests built on it check that each figure
 * reaches the right cell, never that the figures are right.
 */
export function buildDataSheetFixture(): { project: Project; result: CheckResult } {
  const base = buildFixtureProject();
  const project: Project = {
    ...base,
    rooms: base.rooms.map(withAirsideInputs),
    doors: base.doors.map(withDoorType),
    airside: {
      leakageMethod: 'gaps',
      doorTableId: null,
      ahus: [
        { id: 'ahu-1', name: 'AHU-1' },
        { id: 'ahu-2', name: 'AHU-2' },
      ],
      terminalCatalog: [
        { id: 'hepa-484', kind: 'hepa', name: 'HEPA 484×484', faceWidthMm: 484, faceLengthMm: 484, ratedM3h: 379, faceVelocityMs: 0.45 },
      ],
    },
  };
  const checked = checkProject(project);
  return { project, result: { ...checked, airside: FORMATTER_AIRSIDE } };
}

function withAirsideInputs(room: Room): Room {
  const design = { ...room.design, temperatureC: 22, rhPct: 50, exhaustM3h: room.id === 'r-iso' ? 900 : null };
  const ahuId = room.id === 'r-iso' ? 'ahu-2' : 'ahu-1';
  return { ...room, design, ahuId, terminalId: room.id === 'r-fill' ? 'hepa-484' : null };
}

function withDoorType(door: Door): Door {
  return door.id === 'd-mal' ? { ...door, type: 'pass_box' } : door;
}

const GB_50073: Citation = { ruleSetId: 'gb-50073-2013', standard: 'GB 50073', edition: '2013', clause: '6.4.2' };

/** Airside of the filling room: every field set, so every room column has a value. */
const FILLING: RoomAirside = {
  roomId: 'r-fill',
  supply: {
    candidates: [],
    governing: 'cleanliness',
    requiredM3h: 1215.5,
    marginM3h: 310.25,
    incomplete: false,
  },
  offsetM3h: 420.4,
  pressurePa: 35,
  freshAir: [
    {
      ruleSetId: 'gb-50073-2013',
      citation: GB_50073,
      terms: [
        { term: 'make-up', m3h: 420 },
        { term: 'per-person', m3h: 160 },
      ],
      governing: 'make-up',
      requiredM3h: 420,
    },
  ],
  recovery: null,
  terminals: { terminalId: 'hepa-484', count: 4, coveragePct: 6.25, derivedCount: 3, countOverridden: true, positionsMm: [] },
  returnGrilles: { count: 3, returnM3h: 795.1, positionsMm: [] },
  sampling: {
    count: 3,
    edition: 'iso-14644-1-2015',
    positionsMm: [
      { x: 7833, y: 1000 },
      { x: 9500, y: 1000 },
      { x: 11167, y: 2000 },
    ],
    sampleVolumeL: 2.83,
    largestSizeUm: '5',
    limitPerM3: 2930,
    minDurationMin: 1,
  },
};

/** Airside of the negative-pressure room: supply incomplete, pressure solved rather than given. */
const ISOLATION: RoomAirside = {
  roomId: 'r-iso',
  supply: { candidates: [], governing: 'make-up', requiredM3h: 640, marginM3h: null, incomplete: true },
  offsetM3h: -260,
  pressurePa: -15,
  freshAir: [],
  recovery: null,
  terminals: null,
  returnGrilles: null,
  sampling: null,
};

const FORMATTER_AIRSIDE: AirsideResult = {
  rooms: [FILLING, ISOLATION],
  doors: [
    { doorId: 'd-out', from: 'r-gown1', to: 'outside', leakageAreaM2: 0.0213, dpPa: 10, flowM3h: 301.6 },
    { doorId: 'd-fill', from: 'r-corr', to: 'r-fill', leakageAreaM2: 0.0185, dpPa: -10, flowM3h: -262.2 },
    { doorId: 'd-mal', from: 'r-corr', to: 'r-mal', leakageAreaM2: null, dpPa: null, flowM3h: null },
  ],
  ahus: [
    {
      ahuId: 'ahu-1',
      name: 'AHU-1',
      roomIds: ['r-gown1', 'r-gown2', 'r-fill', 'r-corr', 'r-weigh', 'r-mal'],
      supplyM3h: 12000,
      returnM3h: 10200,
      freshAirM3h: 1800,
      exhaustM3h: null,
      freshAirRatioPct: 15,
      missingRoomIds: { supplyM3h: ['r-mal'], returnM3h: [], freshAirM3h: [], exhaustM3h: ['r-gown1', 'r-gown2'] },
      known: true,
    },
    { ahuId: 'ahu-2', name: 'AHU-2', roomIds: ['r-iso'], supplyM3h: null, returnM3h: null, freshAirM3h: null, exhaustM3h: 900, freshAirRatioPct: null, known: false },
  ],
  airlocks: [],
};
