/**
 * Golden case through the project path (rooms and doors of a Project, checked by checkProject):
 * the five-room positive cascade of Siemens Building Technologies, Lab Controls Basic
 * Documentation, chapter "Clean Rooms". Figure 15 publishes the pressures against the personnel
 * corridor in steps of +0.050 in. w.c. (12.45 Pa). Table 3 of the same chapter publishes the
 * leakage area of a hinged 42 × 84 in door, 0.255 ft² (0.0237 m²), with ⅛ in gaps at head and
 * jambs and ¼ in at the threshold.
 *
 * Derived figures, not published: with one such door between neighbours and no other leakage,
 * each door passes 0.83 × 0.0237 × √12.45 m³/s ≈ 250 m³/h (BS EN 12101-6 orifice form), so the
 * cleanest space needs an offset of +250 m³/h, room 2, room 1 and the airlock 0, and the corridor,
 * held at 0 Pa, −250 m³/h. The sign flips for the mirrored negative cascade.
 */
import { describe, expect, it } from 'vitest';
import { EMPTY_DESIGN, type Door, type Project, type Room } from '../../src/domain/project';
import { checkProject, type AirsideResult } from '../../src/engine/index';

const PA_PER_IN_WC = 249.089;
const STEP_PA = 0.05 * PA_PER_IN_WC;
const MM_PER_IN = 25.4;
const DERIVED_DOOR_FLOW_M3H = 250;
/** The derived 250 m³/h rounds 249.6 m³/h; the recomputed flow lies within 1 m³/h of it. */
const FLOW_TOLERANCE_M3H = 1;

const CHAIN = ['corridor', 'airlock', 'room-1', 'room-2', 'cleanest'] as const;

function cascade(sign: 1 | -1, doorSpec: Partial<Door>): Project {
  const rooms: Room[] = CHAIN.map((id, index) => ({
    id,
    name: id,
    use: id === 'airlock' ? 'airlock' : null,
    polygon: [
      { x: index * 4_000, y: 0 },
      { x: (index + 1) * 4_000, y: 0 },
      { x: (index + 1) * 4_000, y: 4_000 },
      { x: index * 4_000, y: 4_000 },
    ],
    clearHeightM: 2.7,
    cleanliness: { kind: 'iso', isoClass: 8 },
    classLabel: 'ISO 8',
    airflowPattern: null,
    containment: sign < 0 && index > 0,
    design: { ...EMPTY_DESIGN, pressurePa: sign * index * STEP_PA },
  }));
  // Each door is drawn from the room further up the chain to the one below it.
  const doors: Door[] = CHAIN.slice(1).map((id, index) => ({
    id: `door-${index + 1}`,
    roomA: id,
    roomB: CHAIN[index]!,
    position: null,
    widthMm: 42 * MM_PER_IN,
    ...doorSpec,
  }));
  return { id: 'siemens-cascade', name: 'Siemens five-room cascade', customerName: '', referenceDate: '2026-01-01', ruleSetIds: ['gb-50073-2013'], rooms, doors };
}

function airsideOf(project: Project): AirsideResult {
  const airside = checkProject(project).airside;
  if (airside === undefined) throw new Error('checkProject returned no air-side result');
  return airside;
}

function offsetOf(airside: AirsideResult, roomId: string): number {
  return airside.rooms.find((room) => room.roomId === roomId)!.offsetM3h!;
}

/** The door as Table 3 describes it: height and gaps from the door data, or its area entered. */
const DOOR_SPECS: readonly { readonly label: string; readonly door: Partial<Door> }[] = [
  {
    label: 'size and gaps',
    door: { type: 'single', heightMm: 84 * MM_PER_IN, gapsMm: { headMm: MM_PER_IN / 8, thresholdMm: MM_PER_IN / 4, jambMm: MM_PER_IN / 8, meetingMm: MM_PER_IN / 8 } },
  },
  { label: 'entered area', door: { leakageAreaM2: 0.0237 } },
];

describe.each(DOOR_SPECS)('five-room cascade from the project, $label', ({ door }) => {
  const airside = airsideOf(cascade(1, door));

  it('door leakage area is 0.0237 m²', () => {
    for (const flow of airside.doors) expect(flow.leakageAreaM2).toBeCloseTo(0.0237, 4);
  });

  it('every door passes about 250 m³/h down the chain', () => {
    for (const flow of airside.doors) {
      expect(flow.dpPa).toBeCloseTo(STEP_PA, 9);
      expect(Math.abs(flow.flowM3h! - DERIVED_DOOR_FLOW_M3H)).toBeLessThan(FLOW_TOLERANCE_M3H);
    }
  });

  it('cleanest space needs +250 m³/h', () => {
    expect(Math.abs(offsetOf(airside, 'cleanest') - DERIVED_DOOR_FLOW_M3H)).toBeLessThan(FLOW_TOLERANCE_M3H);
  });

  it('rooms between need no offset', () => {
    for (const id of ['room-2', 'room-1', 'airlock']) expect(offsetOf(airside, id)).toBeCloseTo(0, 6);
  });

  it('corridor takes −250 m³/h', () => {
    expect(offsetOf(airside, 'corridor')).toBeCloseTo(-offsetOf(airside, 'cleanest'), 6);
  });

  it('airlock is a cascade airlock', () => {
    expect(airside.airlocks).toEqual([{ roomId: 'airlock', type: 'cascade' }]);
  });
});

describe('mirrored negative cascade from the project', () => {
  const airside = airsideOf(cascade(-1, { leakageAreaM2: 0.0237 }));

  it('innermost room exhausts 250 m³/h net', () => {
    expect(Math.abs(offsetOf(airside, 'cleanest') + DERIVED_DOOR_FLOW_M3H)).toBeLessThan(FLOW_TOLERANCE_M3H);
  });

  it('corridor supplies 250 m³/h net', () => {
    expect(Math.abs(offsetOf(airside, 'corridor') - DERIVED_DOOR_FLOW_M3H)).toBeLessThan(FLOW_TOLERANCE_M3H);
  });

  it('air flows up the chain', () => {
    for (const flow of airside.doors) expect(flow.flowM3h!).toBeLessThan(-DERIVED_DOOR_FLOW_M3H + FLOW_TOLERANCE_M3H);
  });

  it('pressures stay negative', () => {
    const pressures = airside.rooms.map((room) => room.pressurePa!);
    expect(pressures.slice(1).every((pressure) => pressure < 0)).toBe(true);
    expect(pressures[4]).toBeCloseTo(-4 * STEP_PA, 9);
  });
});
