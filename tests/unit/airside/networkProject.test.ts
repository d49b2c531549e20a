import { describe, expect, it } from 'vitest';
import type { Project } from '../../../src/domain/project';
import { solveProjectNetwork } from '../../../src/engine/airside/projectNetwork';
import { computeAirside } from '../../../src/engine/airside';
import { checkProject, getRuleSets } from '../../../src/engine/index';
import { door, project, room } from './networkFixtures';

const K = 0.83 * 3600; // BS EN 12101-6 orifice form in m³/h per m² per √Pa

function analyse(input: Project) {
  const checked = checkProject(input);
  const network = solveProjectNetwork(input, checked.rooms);
  return { network, findings: checked.findings };
}

function flowOf(network: ReturnType<typeof solveProjectNetwork>, doorId: string) {
  return network.doors.find((flow) => flow.doorId === doorId)!;
}

describe('solveProjectNetwork, offsets from design pressures', () => {
  const chain = project(
    [room('corridor', 0, { pressurePa: 0 }), room('airlock', 1, { pressurePa: 10 }), room('clean', 2, { pressurePa: 25 })],
    [door('d1', 'airlock', 'corridor', 0.02), door('d2', 'clean', 'airlock', 0.02), door('d3', 'corridor', 'outside', 0.05)],
  );
  const { network } = analyse(chain);

  it('door flows follow the orifice law', () => {
    expect(flowOf(network, 'd1').dpPa).toBeCloseTo(10, 9);
    expect(flowOf(network, 'd1').flowM3h).toBeCloseTo(K * 0.02 * Math.sqrt(10), 6);
    expect(flowOf(network, 'd2').flowM3h).toBeCloseTo(K * 0.02 * Math.sqrt(15), 6);
    expect(flowOf(network, 'd3').flowM3h).toBe(0);
  });

  it('offsets balance each room', () => {
    const d1 = flowOf(network, 'd1').flowM3h!;
    const d2 = flowOf(network, 'd2').flowM3h!;
    expect(network.rooms.get('clean')!.offsetM3h).toBeCloseTo(d2, 6);
    expect(network.rooms.get('airlock')!.offsetM3h).toBeCloseTo(d1 - d2, 6);
    expect(network.rooms.get('corridor')!.offsetM3h).toBeCloseTo(-d1, 6);
  });

  it('doors keep the project orientation', () => {
    expect(flowOf(network, 'd1')).toMatchObject({ from: 'airlock', to: 'corridor', leakageAreaM2: 0.02 });
    expect(flowOf(network, 'd3')).toMatchObject({ from: 'corridor', to: 'outside' });
  });
});

describe('solveProjectNetwork, pressures from design airflows', () => {
  // Supply 500, return 300, exhaust 0: the room pushes 200 m³/h through one 0.02 m² door to a 0 Pa corridor.
  const input = project(
    [room('corridor', 0, { pressurePa: 0 }), room('lab', 1, { supplyM3h: 500, returnM3h: 300, exhaustM3h: 0 })],
    [door('d1', 'lab', 'corridor', 0.02)],
  );
  const { network } = analyse(input);

  it('solves the room pressure', () => {
    const expectedPa = (200 / (K * 0.02)) ** 2;
    expect(network.rooms.get('lab')).toMatchObject({ pressureSource: 'solved', givenOffsetM3h: 200 });
    expect(network.rooms.get('lab')!.pressurePa).toBeCloseTo(expectedPa, 4);
    expect(flowOf(network, 'd1').flowM3h).toBeCloseTo(200, 2);
  });
});

describe('solveProjectNetwork, negative cascade', () => {
  const input = project(
    [
      room('corridor', 0, { pressurePa: 0 }),
      room('buffer', 1, { pressurePa: -15 }, { containment: true }),
      room('lab', 2, { pressurePa: -40 }, { containment: true }),
    ],
    [door('d1', 'corridor', 'buffer', 0.02), door('d2', 'buffer', 'lab', 0.02)],
  );
  const { network, findings } = analyse(input);

  it('keeps negative pressures and offsets', () => {
    expect(network.rooms.get('lab')!.pressurePa).toBe(-40);
    expect(network.rooms.get('lab')!.offsetM3h).toBeCloseTo(-K * 0.02 * Math.sqrt(25), 6);
    expect(network.rooms.get('buffer')!.offsetM3h).toBeCloseTo(K * 0.02 * (Math.sqrt(25) - Math.sqrt(15)), 6);
    expect(network.rooms.get('corridor')!.offsetM3h).toBeCloseTo(K * 0.02 * Math.sqrt(15), 6);
  });

  it('air flows into the deeper room', () => {
    expect(flowOf(network, 'd1').flowM3h).toBeGreaterThan(0);
    expect(flowOf(network, 'd2').flowM3h).toBeGreaterThan(0);
  });

  it('gives no direction finding', () => {
    expect(findings.filter((finding) => finding.ruleId === 'airside-practice/door-flow-direction')).toEqual([]);
  });
});

describe('solveProjectNetwork, unsolvable rooms', () => {
  it('isolated room with airflows has no path', () => {
    const input = project([room('island', 0, { supplyM3h: 300, returnM3h: 200, exhaustM3h: 0 })], []);
    const { network, findings } = analyse(input);
    expect(network.rooms.get('island')!.pressurePa).toBeNull();
    expect(findings).toContainEqual(expect.objectContaining({ ruleId: 'airside-practice/network-connected', outcome: 'cannot-evaluate', roomId: 'island' }));
  });

  it('rooms joined only to each other have no reference', () => {
    const flows = { supplyM3h: 300, returnM3h: 200, exhaustM3h: 0 };
    const input = project([room('a', 0, flows), room('b', 1, flows)], [door('d1', 'a', 'b', 0.02)]);
    const { findings } = analyse(input);
    const finding = findings.find((entry) => entry.reason.code === 'network-no-reference')!;
    expect(finding.outcome).toBe('cannot-evaluate');
    expect(finding.roomIds).toEqual(['a', 'b']);
  });

  it('room without pressure or airflows is missing input', () => {
    const input = project([room('corridor', 0, { pressurePa: 0 }), room('store', 1, {})], [door('d1', 'store', 'corridor', 0.02)]);
    const { network, findings } = analyse(input);
    expect(findings).toContainEqual(expect.objectContaining({ ruleId: 'airside-practice/network-room-input', roomId: 'store' }));
    expect(network.rooms.get('corridor')!.offsetM3h).toBeNull();
    expect(flowOf(network, 'd1').flowM3h).toBeNull();
  });

  it('offset a tiny door cannot pass fails the pressure limit', () => {
    const input = project(
      [room('corridor', 0, { pressurePa: 0 }), room('lab', 1, { supplyM3h: 5_000, returnM3h: 0, exhaustM3h: 0 })],
      [door('d1', 'lab', 'corridor', 0.001)],
    );
    const { findings } = analyse(input);
    const finding = findings.find((entry) => entry.ruleId === 'airside-practice/room-pressure-holdable')!;
    expect(finding.outcome).toBe('fail');
    expect(finding.actual).toBeGreaterThan(150);
    expect(finding.required).toEqual({ min: -150, max: 150, unit: 'Pa' });
  });
});

describe('solveProjectNetwork, design contradictions', () => {
  function balance(returnM3h: number) {
    const input = project(
      [room('corridor', 0, { pressurePa: 0 }), room('clean', 1, { pressurePa: 20, supplyM3h: 1_000, returnM3h, exhaustM3h: 0 })],
      [door('d1', 'clean', 'corridor', 0.02)],
    );
    return analyse(input).findings.find((entry) => entry.ruleId === 'airside-practice/room-offset-balance')!;
  }
  const neededM3h = K * 0.02 * Math.sqrt(20);

  it('airflows that cannot hold the pressure fail', () => {
    const finding = balance(1_000);
    expect(finding.outcome).toBe('fail');
    expect(finding.actual).toBe(0);
    expect(finding.required!.min).toBeCloseTo(neededM3h - 10, 6);
  });

  it('airflows that hold the pressure pass', () => {
    const finding = balance(1_000 - Math.round(neededM3h));
    expect(finding.outcome).toBe('pass');
  });
});

describe('doorStepFindings', () => {
  it('solved step is judged by the project rule', () => {
    const input = project(
      [
        room('corridor', 0, { pressurePa: 0 }, { cleanliness: { kind: 'iso', isoClass: 8 } }),
        room('clean', 1, { supplyM3h: 300, returnM3h: 250, exhaustM3h: 0 }, { cleanliness: { kind: 'iso', isoClass: 7 } }),
      ],
      [door('d1', 'clean', 'corridor', 0.05)],
    );
    const { findings } = analyse(input);
    const step = findings.find((entry) => entry.reason.code === 'network-solved-step')!;
    // 50 m³/h through 0.05 m² is about 0.15 Pa, well under the 5 Pa of GB 50073-2013 6.2.2.
    expect(step.ruleId).toBe('gb-50073-2013/dp-between-classes');
    expect(step.outcome).toBe('fail');
    expect(step.actual).toBeLessThan(1);
    expect(step.reason.params?.verdict).toBe('below-min');
  });

  it('step no rule judges meets the practice minimum', () => {
    const input = project([room('a', 0, { pressurePa: 10 }), room('b', 1, { pressurePa: 9 })], [door('d1', 'a', 'b', 0.02)]);
    const { findings } = analyse(input);
    const step = findings.find((entry) => entry.ruleId === 'airside-practice/door-step-minimum')!;
    expect(step.outcome).toBe('fail');
    expect(step.actual).toBeCloseTo(1, 9);
    expect(step.required).toEqual({ min: 2.5, max: null, unit: 'Pa' });
  });

  it('design step judged by a rule gets no second finding', () => {
    const input = project(
      [room('a', 0, { pressurePa: 10 }, { cleanliness: { kind: 'iso', isoClass: 7 } }), room('b', 1, { pressurePa: 0 })],
      [door('d1', 'a', 'b', 0.02)],
    );
    const { findings } = analyse(input);
    expect(findings.filter((entry) => entry.doorId === 'd1').map((entry) => entry.ruleId)).toEqual(['gb-50073-2013/dp-between-classes']);
  });
});

describe('solveProjectNetwork, door cases', () => {
  it('reverse flow into a solved containment room fails', () => {
    const input = project(
      [room('corridor', 0, { pressurePa: 0 }), room('lab', 1, { supplyM3h: 600, returnM3h: 400, exhaustM3h: 0 }, { containment: true })],
      [door('d1', 'corridor', 'lab', 0.02)],
    );
    const { findings } = analyse(input);
    const finding = findings.find((entry) => entry.reason.code === 'network-reverse-flow')!;
    expect(finding).toMatchObject({ ruleId: 'airside-practice/door-flow-direction', outcome: 'fail', doorId: 'd1' });
  });

  it('sealed door passes no air', () => {
    const input = project([room('a', 0, { pressurePa: 10 }), room('b', 1, { pressurePa: 0 })], [door('d1', 'a', 'b', 0)]);
    const { network } = analyse(input);
    expect(flowOf(network, 'd1')).toMatchObject({ leakageAreaM2: 0, dpPa: 10, flowM3h: 0 });
  });

  it('door without a size is reported', () => {
    const input = project([room('a', 0, { pressurePa: 10 }), room('b', 1, { pressurePa: 0 })], [door('d1', 'a', 'b', 0, { leakageAreaM2: null, widthMm: 0 })]);
    const { network, findings } = analyse(input);
    expect(flowOf(network, 'd1')).toMatchObject({ leakageAreaM2: null, flowM3h: null });
    expect(findings).toContainEqual(
      expect.objectContaining({ ruleId: 'airside-practice/door-leakage-input', outcome: 'cannot-evaluate', doorId: 'd1', reason: expect.objectContaining({ params: expect.objectContaining({ field: 'widthMm' }) }) }),
    );
  });

  it('recognises cascade, bubble and sink airlocks', () => {
    const airlockAt = (pressurePa: number) =>
      project(
        [room('a', 0, { pressurePa: 20 }), room('lock', 1, { pressurePa }, { use: 'airlock' }), room('b', 2, { pressurePa: 0 })],
        [door('d1', 'a', 'lock', 0.02), door('d2', 'lock', 'b', 0.02)],
      );
    expect(analyse(airlockAt(10)).network.airlocks).toEqual([{ roomId: 'lock', type: 'cascade' }]);
    expect(analyse(airlockAt(30)).network.airlocks).toEqual([{ roomId: 'lock', type: 'bubble' }]);
    expect(analyse(airlockAt(-10)).network.airlocks).toEqual([{ roomId: 'lock', type: 'sink' }]);
  });

  it('rooms that are not airlocks are not classified', () => {
    const input = project(
      [room('a', 0, { pressurePa: 20 }), room('mid', 1, { pressurePa: 10 }, { use: 'corridor' }), room('b', 2, { pressurePa: 0 })],
      [door('d1', 'a', 'mid', 0.02), door('d2', 'mid', 'b', 0.02)],
    );
    expect(analyse(input).network.airlocks).toEqual([]);
  });
});

describe('computeAirside', () => {
  it('repeats the findings the check appended', () => {
    const input = project(
      [room('a', 0, { pressurePa: 10 }), room('b', 1, { pressurePa: 9 }), room('c', 2, { supplyM3h: 400, returnM3h: 300, exhaustM3h: 0 })],
      [door('d1', 'a', 'b', 0.02), door('d2', 'b', 'c', 0.02)],
    );
    const checked = checkProject(input);
    const again = computeAirside(input, checked, getRuleSets(input.ruleSetIds));
    expect(again.findings.length).toBeGreaterThan(0);
    expect(checked.findings.slice(-again.findings.length)).toEqual(again.findings);
    expect(again.airside).toEqual(checked.airside);
  });
});
