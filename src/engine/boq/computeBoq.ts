import type { Project, Room } from '../../domain/project';
import { polygonAreaM2 } from '../geometry';
import { doorGroups, samplingQuantity, terminalQuantity } from './counts';
import { covingQuantities, floorAreaQuantity } from './finishes';
import type { Boq, BoqParameters } from './types';
import { wallPanelQuantity } from './walls';

/**
 * Splits rooms into those with a drawn outline and those without one (imported without an area,
 * or a zero-area polygon). Quantities leave out the undrawn rooms and list them as incomplete.
 */
function splitByOutline(rooms: readonly Room[]): { drawn: Room[]; undrawn: Room[] } {
  const drawn: Room[] = [];
  const undrawn: Room[] = [];
  for (const room of rooms) {
    const hasOutline = room.areaKnown !== false && polygonAreaM2(room.polygon) > 0;
    if (hasOutline) drawn.push(room);
    else undrawn.push(room);
  }
  return { drawn, undrawn };
}

function checkParameters(parameters: BoqParameters): void {
  if (!Number.isFinite(parameters.doorHeightMm) || parameters.doorHeightMm <= 0) {
    throw new RangeError(`Door height ${parameters.doorHeightMm} mm is not valid: expected a positive number of mm, e.g. 2100`);
  }
  for (const opening of parameters.openings ?? []) {
    if (!(opening.widthMm > 0) || !(opening.heightMm > 0)) {
      throw new RangeError(`Opening ${opening.id} is ${opening.widthMm} × ${opening.heightMm} mm: expected a positive width and height in mm`);
    }
  }
}

/**
 * Computes a bill of quantities from a drawn project: wall panels (each wall once, openings
 * deducted), ceiling panels and floor finish (room floor areas), coving, doors by type and size,
 * airflow terminals when counts are given, and certification sampling locations. Every quantity
 * keeps its origin (rooms, walls, deductions, rooms left out for missing input).
 * NOTE: rooms placed by a schedule import have areas but no real positions, so their wall
 * quantities reflect the import layout, not the building.
 */
export function computeBoq(project: Project, parameters: BoqParameters): Boq {
  checkParameters(parameters);
  const { drawn, undrawn } = splitByOutline(project.rooms);
  const undrawnIds = new Set(undrawn.map((room) => room.id));

  const { quantity: wallPanels, walls } = wallPanelQuantity(project, drawn, parameters, undrawnIds);
  const coving = covingQuantities(project, drawn, undrawnIds);

  return {
    wallPanels,
    walls,
    ceilingPanels: floorAreaQuantity('ceiling-panels', drawn, undrawnIds),
    floorFinish: floorAreaQuantity('floor-finish', drawn, undrawnIds),
    covingFloor: coving.floor,
    covingCeiling: coving.ceiling,
    doors: doorGroups(project, parameters),
    hepaTerminals: terminalQuantity('hepa-terminals', drawn, parameters),
    ffus: terminalQuantity('ffus', drawn, parameters),
    returnGrilles: terminalQuantity('return-grilles', drawn, parameters),
    certificationSampling: samplingQuantity(drawn, undrawn),
  };
}
