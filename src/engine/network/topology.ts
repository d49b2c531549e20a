import { OUTSIDE_NODE, type NetworkFinding, type NetworkPath, type NetworkRoom } from './types';

const SECONDS_PER_HOUR = 3600;

/** The network with nodes as indices: node 0 is `outside`, room i is node i + 1. */
export interface IndexedNetwork {
  readonly nodeIds: readonly string[];
  readonly pathFrom: Int32Array;
  readonly pathTo: Int32Array;
  /** Fixed pressure per node (Pa), NaN where the pressure is not fixed. */
  readonly fixedPressurePa: Float64Array;
  /** Given offset per node (m³/s), NaN where none was given. */
  readonly givenOffsetM3s: Float64Array;
}

/** Builds the indexed form of a validated network. */
export function indexNetwork(rooms: readonly NetworkRoom[], paths: readonly NetworkPath[]): IndexedNetwork {
  const nodeIds = [OUTSIDE_NODE, ...rooms.map((room) => room.id)];
  const nodeIndex = new Map(nodeIds.map((id, index) => [id, index]));
  const fixedPressurePa = new Float64Array(nodeIds.length).fill(Number.NaN);
  const givenOffsetM3s = new Float64Array(nodeIds.length).fill(Number.NaN);
  fixedPressurePa[0] = 0;
  rooms.forEach((room, index) => {
    if (room.fixedPressurePa !== null) fixedPressurePa[index + 1] = room.fixedPressurePa;
    if (room.offsetM3h !== null) givenOffsetM3s[index + 1] = room.offsetM3h / SECONDS_PER_HOUR;
  });
  const pathFrom = Int32Array.from(paths, (path) => nodeIndex.get(path.from)!);
  const pathTo = Int32Array.from(paths, (path) => nodeIndex.get(path.to)!);
  return { nodeIds, pathFrom, pathTo, fixedPressurePa, givenOffsetM3s };
}

/** Unknowns of the Newton solve, the nodes that cannot be evaluated, and the findings that explain them. */
export interface Topology {
  /** 1 for nodes whose pressure is solved. */
  readonly unknown: Uint8Array;
  /** 1 for nodes whose pressure cannot be evaluated. */
  readonly unevaluated: Uint8Array;
  readonly findings: readonly NetworkFinding[];
}

function findRoot(parent: Int32Array, node: number): number {
  let root = node;
  while (parent[root] !== root) root = parent[root]!;
  let current = node;
  while (parent[current] !== root) {
    const next = parent[current]!;
    parent[current] = root;
    current = next;
  }
  return root;
}

interface Component {
  readonly members: number[];
  hasReference: boolean;
  pathCount: number;
}

/** Groups nodes of unknown pressure that are joined by paths not passing through a fixed pressure. */
function freeComponents(network: IndexedNetwork): Map<number, Component> {
  const nodeCount = network.nodeIds.length;
  const isFixed = (node: number) => !Number.isNaN(network.fixedPressurePa[node]!);
  const parent = Int32Array.from({ length: nodeCount }, (_, node) => node);
  network.pathFrom.forEach((from, path) => {
    const to = network.pathTo[path]!;
    if (!isFixed(from) && !isFixed(to)) parent[findRoot(parent, from)] = findRoot(parent, to);
  });

  const components = new Map<number, Component>();
  for (let node = 0; node < nodeCount; node++) {
    if (isFixed(node)) continue;
    const root = findRoot(parent, node);
    const component = components.get(root) ?? { members: [], hasReference: false, pathCount: 0 };
    component.members.push(node);
    components.set(root, component);
  }
  network.pathFrom.forEach((from, path) => {
    const to = network.pathTo[path]!;
    const freeEnd = isFixed(from) ? to : from;
    const component = components.get(findRoot(parent, freeEnd));
    if (component === undefined) return;
    component.pathCount++;
    if (isFixed(from) || isFixed(to)) component.hasReference = true;
  });
  return components;
}

function describeUnsolvable(network: IndexedNetwork, component: Component): NetworkFinding | null {
  const ids = component.members.map((node) => network.nodeIds[node]!);
  const missing = component.members.filter((node) => Number.isNaN(network.givenOffsetM3s[node]!));
  if (missing.length > 0) {
    const missingIds = missing.map((node) => network.nodeIds[node]!);
    return { code: 'missing-input', roomIds: missingIds, pathIds: [], unevaluatedRoomIds: ids, params: {} };
  }

  const netOffsetM3h = component.members.reduce((sum, node) => sum + network.givenOffsetM3s[node]! * SECONDS_PER_HOUR, 0);
  if (component.pathCount === 0) {
    return { code: 'no-path', roomIds: ids, pathIds: [], unevaluatedRoomIds: ids, params: { offsetM3h: netOffsetM3h } };
  }
  if (!component.hasReference) {
    return { code: 'no-reference', roomIds: ids, pathIds: [], unevaluatedRoomIds: ids, params: { netOffsetM3h } };
  }
  return null;
}

/**
 * Decides which pressures can be solved. A group of rooms with unknown pressures is solvable when
 * a path joins it to a fixed pressure (at least the outdoors) and every member has an offset.
 * Otherwise its pressures are undetermined or contradictory, and one finding gives the reason.
 */
export function analyseTopology(network: IndexedNetwork): Topology {
  const nodeCount = network.nodeIds.length;
  const unknown = new Uint8Array(nodeCount);
  const unevaluated = new Uint8Array(nodeCount);
  const findings: NetworkFinding[] = [];

  for (const component of freeComponents(network).values()) {
    const finding = describeUnsolvable(network, component);
    const flags = finding === null ? unknown : unevaluated;
    for (const node of component.members) flags[node] = 1;
    if (finding !== null) findings.push(finding);
  }
  return { unknown, unevaluated, findings };
}
