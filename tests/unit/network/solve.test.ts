import { describe, expect, it } from 'vitest';
import {
  doorLeakageTable,
  doorTableLaw,
  evaluateFlowLaw,
  gapPreset,
  generateGridNetwork,
  leakageAreaM2,
  NetworkInputError,
  offsetsFromPressures,
  orificeForm,
  orificeLaw,
  OUTSIDE_NODE,
  powerLaw,
  solveNetwork,
  type FlowLaw,
  type NetworkPath,
  type NetworkRoom,
  type NetworkSolution,
} from '../../../src/engine/network';

const SECONDS_PER_HOUR = 3600;
const FORM = orificeForm('bs-en-12101-6');
/** A 0.9 × 2.1 m single leaf with 5 mm gaps: 0.030 m². */
const SINGLE_DOOR = orificeLaw(leakageAreaM2({ type: 'single', widthM: 0.9, heightM: 2.1, gaps: gapPreset('uniform-5mm') }), FORM);

function door(id: string, from: string, to: string, law: FlowLaw = SINGLE_DOOR): NetworkPath {
  return { id, kind: 'door', from, to, law };
}

function room(id: string, offsetM3h: number | null, fixedPressurePa: number | null = null): NetworkRoom {
  return { id, fixedPressurePa, offsetM3h };
}

function byId<T extends { readonly id: string }>(items: readonly T[], id: string): T {
  return items.find((item) => item.id === id)!;
}

/** Net outflow of each room recomputed from the reported path flows (m³/h). */
function balancesFromPaths(solution: NetworkSolution): Map<string, number> {
  const balance = new Map<string, number>();
  for (const path of solution.paths) {
    balance.set(path.from, (balance.get(path.from) ?? 0) + path.flowM3h!);
    balance.set(path.to, (balance.get(path.to) ?? 0) - path.flowM3h!);
  }
  return balance;
}

describe('negative cascade (BSL-3 style suite)', () => {
  const PRESSURES = [
    { id: 'corridor', pressurePa: -10 },
    { id: 'buffer', pressurePa: -25 },
    { id: 'lab', pressurePa: -40 },
  ];
  const DOORS = [door('entrance', OUTSIDE_NODE, 'corridor'), door('corridor-buffer', 'corridor', 'buffer'), door('buffer-lab', 'buffer', 'lab')];
  const forward = offsetsFromPressures(PRESSURES, DOORS);

  it('air flows into the lab', () => {
    for (const path of forward.paths) expect(path.flowM3h!).toBeGreaterThan(0);
    const expectedM3h = evaluateFlowLaw(SINGLE_DOOR, 15).flowM3s * SECONDS_PER_HOUR;
    expect(byId(forward.paths, 'buffer-lab').flowM3h).toBeCloseTo(expectedM3h, 9);
  });

  it('needs a net exhaust from the lab', () => {
    const labOffset = byId(forward.rooms, 'lab').offsetM3h!;
    expect(labOffset).toBeLessThan(0);
    expect(labOffset).toBeCloseTo(-byId(forward.paths, 'buffer-lab').flowM3h!, 9);
  });

  it('needs no offset where inflow equals outflow', () => {
    expect(byId(forward.rooms, 'buffer').offsetM3h).toBeCloseTo(0, 9);
  });

  it('recovers the negative pressures from the offsets', () => {
    const rooms = forward.rooms.map((result) => room(result.id, result.offsetM3h));
    const inverse = solveNetwork(rooms, DOORS);
    expect(inverse.status).toBe('solved');
    for (const target of PRESSURES) expect(byId(inverse.rooms, target.id).pressurePa!).toBeCloseTo(target.pressurePa, 2);
    for (const path of inverse.paths) expect(path.flowM3h!).toBeGreaterThan(0);
  });
});

describe('mass conservation', () => {
  const network = generateGridNetwork({ rows: 6, columns: 7, seed: 11 });
  const solution = solveNetwork(network.rooms, network.paths);

  it('holds in every room to 0.1 m³/h', () => {
    expect(solution.status).toBe('solved');
    const balance = balancesFromPaths(solution);
    for (const input of network.rooms) {
      expect(Math.abs(balance.get(input.id)! - input.offsetM3h!)).toBeLessThanOrEqual(0.1);
    }
  });

  it('net offset leaves outdoors', () => {
    const netOffset = network.rooms.reduce((sum, input) => sum + input.offsetM3h!, 0);
    expect(-balancesFromPaths(solution).get(OUTSIDE_NODE)!).toBeCloseTo(netOffset, 1);
  });

  it('reports flows that follow each path law', () => {
    for (const [index, path] of solution.paths.entries()) {
      const exactM3h = evaluateFlowLaw(network.paths[index]!.law, path.deltaPa!).flowM3s * SECONDS_PER_HOUR;
      if (Math.abs(path.deltaPa!) >= 0.01) expect(path.flowM3h!).toBeCloseTo(exactM3h, 9);
    }
  });

  it('fixed pressures give back offsets', () => {
    const fixed = solution.rooms.map((result) => ({ id: result.id, pressurePa: result.pressurePa }));
    const forward = offsetsFromPressures(fixed, network.paths);
    forward.rooms.forEach((result, index) => {
      expect(Math.abs(result.offsetM3h! - network.rooms[index]!.offsetM3h!)).toBeLessThanOrEqual(0.01);
    });
  });
});

describe('1,000-room grid', () => {
  const network = generateGridNetwork({ rows: 25, columns: 40 });
  const solution = solveNetwork(network.rooms, network.paths);

  it('has 1,000 rooms and about 2,000 doors', () => {
    expect(network.rooms).toHaveLength(1000);
    expect(network.paths.length).toBeGreaterThan(1950);
  });

  it('solves within tolerance', () => {
    expect(solution.status).toBe('solved');
    expect(solution.maxResidualM3h!).toBeLessThanOrEqual(0.01);
    expect(solution.iterations).toBeLessThan(50);
  });

  it('conserves mass per room', () => {
    const balance = balancesFromPaths(solution);
    for (const input of network.rooms) {
      expect(Math.abs(balance.get(input.id)! - input.offsetM3h!)).toBeLessThanOrEqual(0.1);
    }
  });

  it('is deterministic', () => {
    const again = solveNetwork(network.rooms, network.paths);
    expect(again.rooms.map((result) => result.pressurePa)).toEqual(solution.rooms.map((result) => result.pressurePa));
  });

  it('reports non-convergence when the iterations run out', () => {
    const capped = solveNetwork(network.rooms, network.paths, { settings: { maxIterations: 1 } });
    expect(capped.status).toBe('not-converged');
    expect(capped.iterations).toBe(1);
    expect(capped.rooms.every((result) => result.pressurePa === null)).toBe(true);
    const finding = capped.findings.find((item) => item.code === 'not-converged')!;
    expect(finding.roomIds).toHaveLength(1000);
    expect(finding.params.maxResidualM3h as number).toBeGreaterThan(0.01);
  });
});

describe('rooms that cannot be evaluated', () => {
  it('isolated room with offset', () => {
    const solution = solveNetwork([room('a', 100), room('sealed', 50)], [door('d1', 'a', OUTSIDE_NODE)]);
    expect(solution.status).toBe('partial');
    expect(solution.iterations).toBeLessThan(10);
    expect(byId(solution.rooms, 'sealed').pressurePa).toBeNull();
    expect(byId(solution.rooms, 'a').pressurePa!).toBeGreaterThan(0);
    expect(solution.findings).toEqual([{ code: 'no-path', roomIds: ['sealed'], pathIds: [], unevaluatedRoomIds: ['sealed'], params: { offsetM3h: 50 } }]);
  });

  it('subnetwork without a reference', () => {
    const rooms = [room('a', 100), room('b', -40), room('c', 10)];
    const solution = solveNetwork(rooms, [door('d1', 'a', 'b'), door('d2', 'b', 'c')]);
    expect(solution.status).toBe('partial');
    expect(solution.iterations).toBe(0);
    expect(solution.rooms.every((result) => result.pressurePa === null)).toBe(true);
    expect(solution.paths.every((path) => path.flowM3h === null)).toBe(true);
    expect(solution.findings).toHaveLength(1);
    expect(solution.findings[0]!.code).toBe('no-reference');
    expect(solution.findings[0]!.roomIds).toEqual(['a', 'b', 'c']);
    expect(solution.findings[0]!.params.netOffsetM3h).toBeCloseTo(70, 9);
  });

  it('fixed room as reference', () => {
    const rooms = [room('held', null, 20), room('b', 30)];
    const solution = solveNetwork(rooms, [door('d1', 'held', 'b')]);
    expect(solution.status).toBe('solved');
    expect(byId(solution.rooms, 'b').pressurePa!).toBeGreaterThan(20);
    expect(byId(solution.rooms, 'held').offsetM3h).toBeCloseTo(-30, 2);
  });

  it('room without pressure or offset', () => {
    const rooms = [room('a', 100), room('unknown', null), room('c', 20, 15)];
    const paths = [door('d1', 'a', 'unknown'), door('d2', 'unknown', OUTSIDE_NODE), door('d3', 'c', OUTSIDE_NODE), door('d4', 'c', 'unknown')];
    const solution = solveNetwork(rooms, paths);
    expect(solution.status).toBe('partial');
    const finding = solution.findings.find((item) => item.code === 'missing-input')!;
    expect(finding.roomIds).toEqual(['unknown']);
    expect(finding.unevaluatedRoomIds).toEqual(['a', 'unknown']);
    expect(byId(solution.rooms, 'a').pressurePa).toBeNull();
    expect(byId(solution.rooms, 'c').pressurePa).toBe(15);
    expect(byId(solution.rooms, 'c').offsetM3h).toBeNull();
    expect(byId(solution.paths, 'd3').flowM3h!).toBeGreaterThan(0);
  });

  it('missing target pressure in the forward direction', () => {
    const solution = offsetsFromPressures([{ id: 'a', pressurePa: 10 }, { id: 'b', pressurePa: null }], [door('d1', 'a', 'b'), door('d2', 'a', OUTSIDE_NODE)]);
    expect(solution.status).toBe('partial');
    expect(solution.findings.map((item) => item.code)).toEqual(['missing-input']);
    expect(byId(solution.rooms, 'a').offsetM3h).toBeNull();
    expect(byId(solution.paths, 'd2').deltaPa).toBe(10);
  });
});

describe('checks on the solution', () => {
  const PRESSURES = [
    { id: 'a', pressurePa: 30 },
    { id: 'b', pressurePa: 28 },
  ];
  const PATHS = [door('d1', 'a', 'b'), door('d2', 'b', OUTSIDE_NODE)];

  it('small door ΔP', () => {
    const solution = offsetsFromPressures(PRESSURES, PATHS, { checks: { minDoorDeltaPa: 5 } });
    expect(solution.findings).toHaveLength(1);
    expect(solution.findings[0]).toMatchObject({ code: 'small-door-dp', roomIds: ['a', 'b'], pathIds: ['d1'], params: { deltaPa: 2, minDeltaPa: 5 } });
  });

  it('leaks skip the ΔP check', () => {
    const leak: NetworkPath = { ...door('l1', 'a', 'b'), kind: 'leak' };
    const solution = offsetsFromPressures(PRESSURES, [leak, PATHS[1]!], { checks: { minDoorDeltaPa: 5 } });
    expect(solution.findings).toEqual([]);
  });

  it('room pressure above the limit', () => {
    const solution = solveNetwork([room('a', 2000)], [door('d1', 'a', OUTSIDE_NODE)], { checks: { maxRoomPressurePa: 100 } });
    expect(solution.findings.map((item) => item.code)).toEqual(['pressure-limit']);
    expect(solution.findings[0]!.params.pressurePa as number).toBeGreaterThan(100);
  });

  it('negative room pressure below the limit', () => {
    const solution = solveNetwork([room('a', -2000)], [door('d1', 'a', OUTSIDE_NODE)], { checks: { maxRoomPressurePa: 100 } });
    expect(byId(solution.rooms, 'a').pressurePa!).toBeLessThan(-100);
    expect(solution.findings.map((item) => item.code)).toEqual(['pressure-limit']);
  });

  it('target pressure missed', () => {
    const rooms = [{ ...room('a', 100), targetPressurePa: 15 }];
    const solution = solveNetwork(rooms, [door('d1', 'a', OUTSIDE_NODE)], { checks: { pressureTolerancePa: 1 } });
    const pressurePa = byId(solution.rooms, 'a').pressurePa!;
    expect(Math.abs(pressurePa - 15)).toBeGreaterThan(1);
    expect(solution.findings).toMatchObject([{ code: 'target-pressure-missed', roomIds: ['a'], params: { targetPressurePa: 15 } }]);
  });

  it('fixed room offset mismatch', () => {
    const rooms = [room('a', 100, 10)];
    const solution = solveNetwork(rooms, [door('d1', 'a', OUTSIDE_NODE)], { checks: { offsetToleranceM3h: 5 } });
    const needed = evaluateFlowLaw(SINGLE_DOOR, 10).flowM3s * SECONDS_PER_HOUR;
    expect(byId(solution.rooms, 'a').residualM3h).toBeCloseTo(needed - 100, 9);
    expect(solution.findings).toMatchObject([{ code: 'offset-mismatch', roomIds: ['a'] }]);
  });

  it('required directions that form a cycle', () => {
    const paths: NetworkPath[] = [
      { ...door('d1', 'a', 'b'), requiredFlow: 'from-to' },
      { ...door('d2', 'b', 'c'), requiredFlow: 'from-to' },
      { ...door('d3', 'a', 'c'), requiredFlow: 'to-from' },
      door('d4', 'c', OUTSIDE_NODE),
    ];
    const solution = offsetsFromPressures([{ id: 'a', pressurePa: 10 }, { id: 'b', pressurePa: 5 }, { id: 'c', pressurePa: 1 }], paths);
    const cycle = solution.findings.find((item) => item.code === 'direction-cycle')!;
    expect(new Set(cycle.roomIds)).toEqual(new Set(['a', 'b', 'c']));
    expect(new Set(cycle.pathIds)).toEqual(new Set(['d1', 'd2', 'd3']));
    expect(cycle.params).toEqual({ roomCount: 3, throughOutside: 0 });
    const reversed = solution.findings.filter((item) => item.code === 'reverse-flow');
    expect(reversed.map((item) => item.pathIds[0])).toEqual(['d3']);
  });

  it('cycle through the outdoors', () => {
    const paths: NetworkPath[] = [{ ...door('d1', 'a', OUTSIDE_NODE), requiredFlow: 'from-to' }, { ...door('d2', OUTSIDE_NODE, 'a'), requiredFlow: 'from-to' }];
    const solution = offsetsFromPressures([{ id: 'a', pressurePa: 10 }], paths);
    const cycle = solution.findings.find((item) => item.code === 'direction-cycle')!;
    expect(cycle.roomIds).toEqual(['a']);
    expect(cycle.params).toEqual({ roomCount: 1, throughOutside: 1 });
  });

  it('consistent directions, no cycle', () => {
    const paths: NetworkPath[] = [{ ...door('d1', 'a', 'b'), requiredFlow: 'from-to' }, { ...door('d2', 'b', OUTSIDE_NODE), requiredFlow: 'from-to' }];
    const solution = offsetsFromPressures([{ id: 'a', pressurePa: 10 }, { id: 'b', pressurePa: 5 }], paths);
    expect(solution.findings).toEqual([]);
  });

  it('no flow counts as reverse flow', () => {
    const paths: NetworkPath[] = [{ ...door('d1', 'a', 'b'), requiredFlow: 'to-from' }];
    const solution = offsetsFromPressures([{ id: 'a', pressurePa: 5 }, { id: 'b', pressurePa: 5 }], paths);
    expect(solution.findings.map((item) => item.code)).toEqual(['reverse-flow']);
  });
});

describe('table law in the network', () => {
  const table = doorLeakageTable('uk-hospital-door-leakage');
  const single = doorTableLaw(table, 'single');

  it('row flow gives row pressure', () => {
    const solution = solveNetwork([room('a', 0.05 * SECONDS_PER_HOUR)], [door('d1', 'a', OUTSIDE_NODE, single)]);
    expect(byId(solution.rooms, 'a').pressurePa!).toBeCloseTo(10, 3);
    expect(solution.findings).toEqual([]);
  });

  it('door below the first row', () => {
    const solution = solveNetwork([room('a', 0.02 * SECONDS_PER_HOUR)], [door('d1', 'a', OUTSIDE_NODE, single)]);
    expect(byId(solution.rooms, 'a').pressurePa!).toBeCloseTo(5 * (2 / 3) ** 2, 3);
    expect(solution.findings).toMatchObject([{ code: 'outside-table-range', pathIds: ['d1'], params: { tableId: 'uk-hospital-door-leakage', minDeltaPa: 5, maxDeltaPa: 40 } }]);
  });

  it('solves across a flat segment', () => {
    const rooms = [room('a', 0.06 * SECONDS_PER_HOUR), room('b', -0.02 * SECONDS_PER_HOUR)];
    const paths = [door('d1', 'a', 'b', single), door('d2', 'b', OUTSIDE_NODE, single)];
    const solution = solveNetwork(rooms, paths);
    expect(solution.status).toBe('solved');
    expect(byId(solution.paths, 'd1').flowM3h!).toBeCloseTo(0.06 * SECONDS_PER_HOUR, 1);
  });
});

describe('mixed flow laws', () => {
  it('solves laminar and orifice paths together', () => {
    const rooms = [room('a', 400), room('b', -150)];
    const paths: NetworkPath[] = [door('d1', 'a', 'b'), { id: 'l1', kind: 'leak', from: 'b', to: OUTSIDE_NODE, law: powerLaw(0.002, 1) }, { id: 'l2', kind: 'leak', from: 'a', to: OUTSIDE_NODE, law: powerLaw(0.001, 0.65) }];
    const solution = solveNetwork(rooms, paths);
    expect(solution.status).toBe('solved');
    const balance = balancesFromPaths(solution);
    expect(balance.get('a')!).toBeCloseTo(400, 1);
    expect(balance.get('b')!).toBeCloseTo(-150, 1);
  });
});

describe('randomised networks', () => {
  /** Linear congruential numbers in [0, 1), so that every run builds the same networks. */
  function sequence(seed: number): () => number {
    let state = seed;
    return () => {
      state = (state * 1103515245 + 12345) % 2147483648;
      return state / 2147483648;
    };
  }

  /** Builds a network of 2–61 rooms with random paths, laws, offsets and a few fixed pressures. */
  function randomNetwork(random: () => number): { rooms: NetworkRoom[]; paths: NetworkPath[] } {
    const count = 2 + Math.floor(random() * 60);
    const nodeId = (index: number) => (index === count ? OUTSIDE_NODE : `r${index}`);
    const rooms = Array.from({ length: count }, (_, index) => {
      const fixed = random() < 0.1 ? (random() - 0.5) * 100 : null;
      const scale = [1, 100, 10_000][Math.floor(random() * 3)]!;
      return room(nodeId(index), fixed === null ? (random() - 0.4) * scale : null, fixed);
    });
    const table = doorLeakageTable('uk-hospital-door-leakage');
    const paths = Array.from({ length: Math.floor(count * (0.8 + random() * 2)) }, (_, index): NetworkPath => {
      const from = Math.floor(random() * (count + 1));
      const to = (from + 1 + Math.floor(random() * count)) % (count + 1);
      const useTable = random() < 0.15;
      const law = useTable ? doorTableLaw(table, random() < 0.5 ? 'single' : 'double') : powerLaw(Math.exp(-14 + random() * 12), 0.5 + random() * 0.5);
      return { id: `p${index}`, kind: 'door', from: nodeId(from), to: nodeId(to), law };
    });
    return { rooms, paths };
  }

  it('always converge and conserve mass', () => {
    const random = sequence(2026);
    for (let trial = 0; trial < 300; trial++) {
      const { rooms, paths } = randomNetwork(random);
      const solution = solveNetwork(rooms, paths);
      expect(solution.status).not.toBe('not-converged');
      for (const result of solution.rooms) {
        if (result.pressureSource === 'solved') expect(Math.abs(result.residualM3h!)).toBeLessThanOrEqual(0.01);
      }
    }
  });
});

describe('input errors', () => {
  it('unknown room in a path', () => {
    expect(() => solveNetwork([room('a', 1)], [door('d1', 'a', 'kitchen')])).toThrow(NetworkInputError);
    expect(() => solveNetwork([room('a', 1)], [door('d1', 'a', 'kitchen')])).toThrow(/paths\[0\]\.to: expected a room id of the network or "outside", found "kitchen"/);
  });

  it('duplicate room id', () => {
    expect(() => solveNetwork([room('a', 1), room('a', 2)], [])).toThrow(/rooms\[1\]\.id: expected an id used by one room only/);
  });

  it('room named outside', () => {
    expect(() => solveNetwork([room(OUTSIDE_NODE, 1)], [])).toThrow(/rooms\[0\]\.id/);
  });

  it('path from a room to itself', () => {
    expect(() => solveNetwork([room('a', 1)], [door('d1', 'a', 'a')])).toThrow(/paths\[0\]\.to: expected a node other than "from"/);
  });

  it('path that carries no air', () => {
    const closed: NetworkPath = { id: 'd1', kind: 'door', from: 'a', to: OUTSIDE_NODE, law: { kind: 'power', coefficient: 0, exponent: 0.5 } };
    expect(() => solveNetwork([room('a', 1)], [closed])).toThrow(/paths\[0\]\.law\.coefficient: expected a positive flow coefficient/);
  });

  it('offset that is not a number', () => {
    expect(() => solveNetwork([room('a', Number.NaN)], [])).toThrow(/rooms\[0\]\.offsetM3h: expected a finite number or null, found NaN/);
  });

  it('non-positive solver setting', () => {
    expect(() => solveNetwork([], [], { settings: { maxIterations: 0 } })).toThrow(/settings\.maxIterations/);
  });
});
