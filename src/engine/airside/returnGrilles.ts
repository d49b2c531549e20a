import type { Room } from '../../domain/project';
import type { RoomMetrics } from '../findings';
import { faceVelocityAirflowM3h } from './terminalCatalog';
import { returnGrilleFile } from './terminalData';
import { placeAlongWalls } from './placement';
import type { ReturnGrilleLayout } from './types';

/** Slack on the count division, so that a return of exactly n grille ratings needs n grilles. */
const COUNT_TOLERANCE = 1e-9;

/**
 * Counts and places a room's low-level return grilles. Each grille is the default size of
 * `rules/terminals/return-grilles.json` rated at that file's face velocity (practice figures, not a
 * standard's), and the count is the return airflow over that rating, rounded up. Grilles are spread
 * over the walls in proportion to their length, on walls at least one grille wide.
 *
 * `returnM3h` is the room's return airflow, as the caller settles it (the design value, or supply −
 * exhaust − offset). Returns null when it is unknown. A return at or below zero needs no grilles.
 * Positions are empty when the room's area is not known, because its outline is then a placeholder.
 */
export function layoutReturnGrilles(input: { room: Room; metrics: RoomMetrics; returnM3h: number | null }): ReturnGrilleLayout | null {
  const { room, metrics, returnM3h } = input;
  if (returnM3h === null || !Number.isFinite(returnM3h)) return null;

  const data = returnGrilleFile();
  const grille = data.grilles.find((candidate) => candidate.id === data.defaultGrilleId)!;
  const ratedM3h = faceVelocityAirflowM3h(grille.widthMm, grille.heightMm, data.faceVelocity.valueMs);
  const count = returnM3h <= 0 ? 0 : Math.ceil(returnM3h / ratedM3h - COUNT_TOLERANCE);
  const positionsMm = metrics.areaM2 === null ? [] : placeAlongWalls(room.polygon, count, grille.widthMm);

  return {
    grilleId: grille.id,
    grilleWidthMm: grille.widthMm,
    grilleHeightMm: grille.heightMm,
    ratedM3h,
    count,
    returnM3h,
    positionsMm,
  };
}
