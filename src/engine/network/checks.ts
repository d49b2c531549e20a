import { directedCycles } from './cycles';
import { OUTSIDE_NODE, type NetworkChecks, type NetworkFinding, type NetworkPath, type NetworkRoom, type PathSolution, type RoomSolution } from './types';

function roomsOnly(ids: readonly string[]): string[] {
  return ids.filter((id) => id !== OUTSIDE_NODE);
}

function finding(code: NetworkFinding['code'], roomIds: readonly string[], pathIds: readonly string[], params: NetworkFinding['params']): NetworkFinding {
  return { code, roomIds: roomsOnly(roomIds), pathIds, unevaluatedRoomIds: [], params };
}

/** Doors whose |ΔP| is below the minimum step. */
function smallDoorSteps(paths: readonly NetworkPath[], solved: readonly PathSolution[], minDeltaPa: number): NetworkFinding[] {
  return solved.flatMap((result, index) => {
    const path = paths[index]!;
    if (path.kind !== 'door' || result.deltaPa === null || Math.abs(result.deltaPa) >= minDeltaPa) return [];
    return [finding('small-door-dp', [path.from, path.to], [path.id], { deltaPa: result.deltaPa, minDeltaPa, from: path.from, to: path.to })];
  });
}

function roomPressureChecks(rooms: readonly NetworkRoom[], solved: readonly RoomSolution[], checks: NetworkChecks): NetworkFinding[] {
  const findings: NetworkFinding[] = [];
  solved.forEach((result, index) => {
    const room = rooms[index]!;
    const pressurePa = result.pressurePa;
    if (result.pressureSource !== 'solved' || pressurePa === null) return;
    const { maxRoomPressurePa, pressureTolerancePa } = checks;
    if (maxRoomPressurePa !== undefined && Math.abs(pressurePa) > maxRoomPressurePa) {
      findings.push(finding('pressure-limit', [room.id], [], { pressurePa, maxPressurePa: maxRoomPressurePa }));
    }
    const target = room.targetPressurePa;
    if (pressureTolerancePa !== undefined && target !== undefined && target !== null && Math.abs(pressurePa - target) > pressureTolerancePa) {
      findings.push(finding('target-pressure-missed', [room.id], [], { pressurePa, targetPressurePa: target, tolerancePa: pressureTolerancePa }));
    }
  });
  return findings;
}

function offsetMismatches(rooms: readonly NetworkRoom[], solved: readonly RoomSolution[], toleranceM3h: number): NetworkFinding[] {
  return solved.flatMap((result, index) => {
    const room = rooms[index]!;
    if (result.pressureSource !== 'fixed' || result.residualM3h === null || Math.abs(result.residualM3h) <= toleranceM3h) return [];
    const params = { requiredOffsetM3h: result.offsetM3h, givenOffsetM3h: room.offsetM3h, toleranceM3h };
    return [finding('offset-mismatch', [room.id], [], params)];
  });
}

/** Required directions that chain back on themselves: no pressures can make air follow them all. */
function requiredDirectionCycles(rooms: readonly NetworkRoom[], paths: readonly NetworkPath[]): NetworkFinding[] {
  const nodeIds = [OUTSIDE_NODE, ...rooms.map((room) => room.id)];
  const nodeIndex = new Map(nodeIds.map((id, index) => [id, index]));
  const edges: number[][] = nodeIds.map(() => []);
  const directed = paths.filter((path) => path.requiredFlow !== undefined);
  for (const path of directed) {
    const [upstream, downstream] = path.requiredFlow === 'from-to' ? [path.from, path.to] : [path.to, path.from];
    edges[nodeIndex.get(upstream)!]!.push(nodeIndex.get(downstream)!);
  }

  return directedCycles(edges).map((component) => {
    const members = new Set(component.map((node) => nodeIds[node]!));
    const pathIds = directed.filter((path) => members.has(path.from) && members.has(path.to)).map((path) => path.id);
    const roomIds = roomsOnly([...members]);
    return finding('direction-cycle', roomIds, pathIds, { roomCount: roomIds.length, throughOutside: members.has(OUTSIDE_NODE) ? 1 : 0 });
  });
}

/** Paths where air does not flow in the required direction (including no flow at all). */
function reverseFlows(paths: readonly NetworkPath[], solved: readonly PathSolution[]): NetworkFinding[] {
  return solved.flatMap((result, index) => {
    const path = paths[index]!;
    if (path.requiredFlow === undefined || result.flowM3h === null) return [];
    const flowInRequiredDirectionM3h = path.requiredFlow === 'from-to' ? result.flowM3h : -result.flowM3h;
    if (flowInRequiredDirectionM3h > 0) return [];
    return [finding('reverse-flow', [path.from, path.to], [path.id], { flowM3h: result.flowM3h, requiredFlow: path.requiredFlow })];
  });
}

function tableRangeFindings(paths: readonly NetworkPath[], solved: readonly PathSolution[]): NetworkFinding[] {
  return solved.flatMap((result, index) => {
    const path = paths[index]!;
    if (!result.outsideTableRange || path.law.kind !== 'table') return [];
    const points = path.law.points;
    const params = { deltaPa: result.deltaPa, tableId: path.law.tableId, minDeltaPa: points[0]!.deltaPa, maxDeltaPa: points[points.length - 1]!.deltaPa };
    return [finding('outside-table-range', [path.from, path.to], [path.id], params)];
  });
}

/** Turns solved pressures and flows into findings. A limit check runs only when its limit is given. */
export function checkSolution(
  rooms: readonly NetworkRoom[],
  paths: readonly NetworkPath[],
  solvedRooms: readonly RoomSolution[],
  solvedPaths: readonly PathSolution[],
  checks: NetworkChecks,
): NetworkFinding[] {
  const findings: NetworkFinding[] = [...requiredDirectionCycles(rooms, paths), ...reverseFlows(paths, solvedPaths)];
  if (checks.minDoorDeltaPa !== undefined) findings.push(...smallDoorSteps(paths, solvedPaths, checks.minDoorDeltaPa));
  findings.push(...roomPressureChecks(rooms, solvedRooms, checks));
  if (checks.offsetToleranceM3h !== undefined) findings.push(...offsetMismatches(rooms, solvedRooms, checks.offsetToleranceM3h));
  findings.push(...tableRangeFindings(paths, solvedPaths));
  return findings;
}
