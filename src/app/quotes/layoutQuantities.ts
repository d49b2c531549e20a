import type { TerminalKind, TerminalSpec } from '../../domain/airside';
import { OUTSIDE, type Door, type Project, type Room } from '../../domain/project';
import type { QuantityOrigin } from '../../domain/quote';
import type { AirsideResult } from '../../engine/airside/types';
import { computeBoq, type Boq, type BoqOpening, type BoqQuantity, type DoorGroup, type RoomTerminalCounts } from '../../engine/boq';
import type { CheckResult } from '../../engine/findings';

/** Quantities a quote is generated from: the layout's bill of quantities plus airflow-design figures. */
export interface QuoteQuantities {
  readonly boq: Boq;
  /** Doors with a leaf, grouped by construction and width. Pass boxes and open doorways are left out. */
  readonly doors: readonly DoorGroup[];
  readonly passBoxes: BoqQuantity;
  readonly hepaTerminals: BoqQuantity;
  readonly ffus: BoqQuantity;
  readonly returnGrilles: BoqQuantity;
  readonly certificationSampling: BoqQuantity;
  readonly cleanFloorArea: BoqQuantity;
  readonly airHandlingUnits: readonly AhuDemand[];
}

/** One air-handling unit's supply airflow, from the airflow design or summed from the room metrics. */
export interface AhuDemand {
  readonly ahuId: string;
  readonly name: string;
  /** Null when the supply of the unit is not known. */
  readonly supplyM3h: number | null;
  readonly origin: QuantityOrigin;
}

export interface QuantityOptions {
  readonly doorHeightMm: number;
  readonly passBoxHeightMm: number;
  /** Terminal catalog used to tell HEPA terminals from FFUs; defaults to the project's own catalog. */
  readonly terminalCatalog?: readonly TerminalSpec[];
}

/**
 * Turns pass-box "doors" into BOQ openings of pass-box size, so they are deducted at their own
 * height and do not interrupt the floor coving like a door would.
 */
function passBoxOpenings(doors: readonly Door[], heightMm: number): BoqOpening[] {
  return doors
    .filter((door) => door.type === 'pass_box')
    .map((door) => ({ id: door.id, kind: 'pass-box' as const, roomA: door.roomA, roomB: door.roomB, widthMm: door.widthMm, heightMm: door.heightMm ?? heightMm }));
}

/**
 * Finds a terminal's kind in the catalog. An id that is not in the catalog counts as a ducted
 * HEPA terminal.
 * NOTE: when the project uses the default terminal catalog (`terminalCatalog: null`) and the
 * caller passes none, every terminal counts as HEPA, so FFU rooms need the catalog passed in.
 */
function terminalKind(terminalId: string | null | undefined, catalog: readonly TerminalSpec[]): TerminalKind {
  return catalog.find((spec) => spec.id === terminalId)?.kind ?? 'hepa';
}

function roomTerminalCounts(count: number, terminalId: string | null | undefined, catalog: readonly TerminalSpec[]): { hepaTerminals: number; ffus: number } {
  const kind = terminalKind(terminalId, catalog);
  return { hepaTerminals: kind === 'hepa' ? count : 0, ffus: kind === 'ffu' ? count : 0 };
}

/**
 * Collects terminal and return grille counts room by room: the airflow design's figures where it
 * has them, else the terminal count entered on the room. Return grilles have no room field, so
 * without a design they stay unknown. `fromDesign` receives the rooms the design supplied.
 */
function terminalCounts(rooms: readonly Room[], airside: AirsideResult | null, catalog: readonly TerminalSpec[], fromDesign: Set<string>): Record<string, RoomTerminalCounts> {
  const designByRoom = new Map((airside?.rooms ?? []).map((room) => [room.roomId, room]));
  const counts: Record<string, RoomTerminalCounts> = {};
  for (const room of rooms) {
    const design = designByRoom.get(room.id);
    const entry: { hepaTerminals?: number; ffus?: number; returnGrilles?: number } = {};
    if (design?.terminals) {
      Object.assign(entry, roomTerminalCounts(design.terminals.count, design.terminals.terminalId, catalog));
      fromDesign.add(room.id);
    } else if (room.terminalCount != null) {
      Object.assign(entry, roomTerminalCounts(room.terminalCount, room.terminalId, catalog));
    }
    if (design?.returnGrilles) entry.returnGrilles = design.returnGrilles.count;
    if (Object.keys(entry).length > 0) counts[room.id] = entry;
  }
  return counts;
}

function withBasis(quantity: BoqQuantity, basis: 'layout' | 'airflow-design', kind = quantity.kind): BoqQuantity {
  return { ...quantity, kind, origin: { ...quantity.origin, kind, basis } };
}

function isClassified(room: Room): boolean {
  return room.cleanliness !== null && room.cleanliness.kind !== 'unclassified';
}

/**
 * Counts certification sampling locations room by room: the airflow design's sampling plan where
 * it has one, else the ISO 14644-1 minimum the BOQ worked out for the room. Classified rooms with
 * neither stay incomplete.
 */
function samplingQuantity(boqSampling: BoqQuantity, airside: AirsideResult | null): BoqQuantity {
  const designed = new Map((airside?.rooms ?? []).filter((room) => room.sampling !== null).map((room) => [room.roomId, room.sampling!.count]));
  const byRoom = boqSampling.byRoom.map((entry) => ({ roomId: entry.roomId, value: designed.get(entry.roomId) ?? entry.value }));
  for (const [roomId, value] of designed) if (!byRoom.some((entry) => entry.roomId === roomId)) byRoom.push({ roomId, value });
  const incompleteRoomIds = boqSampling.origin.incompleteRoomIds.filter((roomId) => !designed.has(roomId));
  const total = byRoom.reduce((sum, entry) => sum + entry.value, 0);
  return {
    ...boqSampling,
    value: total,
    quoteValue: String(total),
    byRoom,
    origin: { ...boqSampling.origin, basis: designed.size > 0 ? 'airflow-design' : 'layout', roomIds: byRoom.map((entry) => entry.roomId), incompleteRoomIds },
  };
}

function passBoxQuantity(project: Project): BoqQuantity {
  const passBoxes = project.doors.filter((door) => door.type === 'pass_box');
  const byRoom = new Map<string, number>();
  for (const door of passBoxes) {
    const sides = door.roomB === OUTSIDE ? [door.roomA] : [door.roomA, door.roomB];
    for (const roomId of sides) byRoom.set(roomId, (byRoom.get(roomId) ?? 0) + 1 / sides.length);
  }
  return {
    kind: 'pass-boxes',
    value: passBoxes.length,
    quoteValue: String(passBoxes.length),
    unit: 'piece',
    byRoom: [...byRoom].map(([roomId, value]) => ({ roomId, value })),
    origin: { kind: 'pass-boxes', basis: 'layout', roomIds: [...byRoom.keys()], wallCount: 0, deductions: [], incompleteRoomIds: [] },
  };
}

/**
 * Lists the AHUs to price. With an airflow design, each designed AHU with its supply. Without one,
 * the whole suite is treated as one system whose supply is the sum of the rooms' design supply.
 * Rooms whose supply is unknown are listed as incomplete, so the band may be too small.
 */
function ahuDemands(project: Project, result: CheckResult | null): AhuDemand[] {
  const designed = result?.airside?.ahus ?? [];
  if (designed.length > 0) {
    return designed.map((ahu) => ({
      ahuId: ahu.ahuId,
      name: ahu.name,
      supplyM3h: ahu.supplyM3h,
      origin: { kind: 'air-handling-units', basis: 'airflow-design', roomIds: ahu.roomIds, wallCount: 0, deductions: [], incompleteRoomIds: ahu.supplyM3h === null ? ahu.roomIds : [] },
    }));
  }
  const metrics = result?.rooms ?? [];
  const known = metrics.filter((room) => room.supplyM3h !== null && room.supplyM3h > 0);
  const knownIds = new Set(known.map((room) => room.roomId));
  const unknownIds = project.rooms.filter((room) => isClassified(room) && !knownIds.has(room.id)).map((room) => room.id);
  const supply = known.reduce((sum, room) => sum + room.supplyM3h!, 0);
  return [
    {
      ahuId: 'suite',
      name: 'AHU-1',
      supplyM3h: known.length > 0 ? supply : null,
      origin: { kind: 'air-handling-units', basis: 'layout', roomIds: [...knownIds], wallCount: 0, deductions: [], incompleteRoomIds: unknownIds },
    },
  ];
}

/**
 * Computes every quantity a generated quote needs. HEPA terminals, FFUs, return grilles, sampling
 * locations and AHU airflows come from `result.airside` where the checker produced them, room by
 * room, and otherwise from the counts entered on the rooms, the ISO 14644-1 minimum sampling
 * locations of the BOQ, and the rooms' design supply.
 */
export function collectQuoteQuantities(project: Project, result: CheckResult | null, options: QuantityOptions): QuoteQuantities {
  const catalog = options.terminalCatalog ?? project.airside?.terminalCatalog ?? [];
  const airside = result?.airside ?? null;
  const fromDesign = new Set<string>();
  const terminals = terminalCounts(project.rooms, airside, catalog, fromDesign);
  // NOTE: a quantity is marked as from the airflow design when any room's count came from it,
  // even if other rooms fell back to counts entered on the room.
  const basis = fromDesign.size > 0 ? 'airflow-design' : 'layout';
  const grilleBasis = (airside?.rooms ?? []).some((room) => room.returnGrilles !== null) ? 'airflow-design' : 'layout';

  const doorsWithLeaves = project.doors.filter((door) => door.type !== 'pass_box');
  const boqProject: Project = { ...project, doors: doorsWithLeaves };
  const doorTypes = Object.fromEntries(doorsWithLeaves.map((door) => [door.id, door.type ?? 'single']));
  const boq = computeBoq(boqProject, {
    doorHeightMm: options.doorHeightMm,
    openings: passBoxOpenings(project.doors, options.passBoxHeightMm),
    doorTypes,
    terminals,
  });

  return {
    boq,
    doors: boq.doors.filter((group) => group.type !== 'opening'),
    passBoxes: passBoxQuantity(project),
    hepaTerminals: withBasis(boq.hepaTerminals!, basis),
    ffus: withBasis(boq.ffus!, basis),
    returnGrilles: withBasis(boq.returnGrilles!, grilleBasis),
    certificationSampling: samplingQuantity(boq.certificationSampling, airside),
    cleanFloorArea: withBasis(boq.floorFinish, 'layout', 'clean-floor-area'),
    airHandlingUnits: ahuDemands(project, result),
  };
}
