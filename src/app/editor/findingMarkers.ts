import { OUTSIDE } from '../../domain/project';
import type { CheckResult, Finding } from '../../engine/findings';

export interface RoomMarker {
  readonly roomId: string;
  /** Failing findings about the room, of any kind. */
  readonly failures: number;
  readonly cannotEvaluate: number;
}

export interface FindingMarkers {
  /** Rooms with at least one failing or not evaluable finding. */
  readonly rooms: readonly RoomMarker[];
  /** Doors with a failing finding (pressure step). */
  readonly failingDoorIds: ReadonlySet<string>;
}

const NO_MARKERS: FindingMarkers = { rooms: [], failingDoorIds: new Set() };

const NO_ROOMS: readonly string[] = [];

/** Returns the rooms a finding marks: every room a suite finding names, else the finding's own room. */
function markedRoomIds(finding: Finding): readonly string[] {
  if (finding.roomIds !== undefined) return finding.roomIds.filter((roomId) => roomId !== OUTSIDE);
  return finding.roomId === null ? NO_ROOMS : [finding.roomId];
}

/**
 * Condenses a check result into canvas markers: per room, the count of failing and of "cannot
 * evaluate" findings (a room shows red when any fail, grey when only some cannot be evaluated),
 * and the doors whose findings fail.
 */
export function findingMarkers(result: CheckResult | null | undefined): FindingMarkers {
  if (!result) return NO_MARKERS;

  const counts = new Map<string, { failures: number; cannotEvaluate: number }>();
  const failingDoorIds = new Set<string>();
  for (const finding of result.findings) {
    if (finding.outcome === 'fail' && finding.doorId !== null) failingDoorIds.add(finding.doorId);
    if (finding.outcome !== 'fail' && finding.outcome !== 'cannot-evaluate') continue;
    for (const roomId of markedRoomIds(finding)) {
      const count = counts.get(roomId) ?? { failures: 0, cannotEvaluate: 0 };
      if (finding.outcome === 'fail') count.failures += 1;
      else count.cannotEvaluate += 1;
      counts.set(roomId, count);
    }
  }
  const rooms = [...counts].map(([roomId, count]) => ({ roomId, ...count }));
  return { rooms, failingDoorIds };
}
