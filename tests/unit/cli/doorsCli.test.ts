/**
 * `cleanplan check ROOMS.csv --doors DOORS.csv` on the five-room positive cascade of Siemens
 * Building Technologies, Lab Controls Basic Documentation, chapter "Clean Rooms": Figure 15 gives
 * the pressures (0, +12.5, +24.9, +37.4, +49.8 Pa against the personnel corridor) and Table 3 the
 * leakage area of a hinged 42 × 84 in door with ⅛ in gaps at head and jambs and ¼ in at the
 * threshold (0.255 ft² = 0.0237 m²). Derived figures: each door passes 0.83 × 0.0237 × √12.45 m³/s,
 * about 250 m³/h, so the cleanest space needs an offset of +250 m³/h, the rooms between pass on
 * what they receive (0) and the corridor takes −250 m³/h. The published pressures are rounded to
 * 0.1 Pa, so the steps alternate between 12.4 and 12.5 Pa and the offsets differ from the derived
 * ones by about 1 m³/h.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../support/cli';

const ROOMS = 'public/examples/five-room-cascade.csv';
const DOORS = 'public/examples/five-room-cascade-doors.csv';
/** Each run starts tsx and loads the rule data, so allow more than the default 5 s. */
const CLI_TIMEOUT_MS = 60_000;



/** Writes a door schedule to a fresh temporary folder and returns its path. */
function doorsFile(text: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'cleanplan-doors-')), 'doors.csv');
  writeFileSync(path, text);
  return path;
}

interface JsonDoor {
  from: string;
  to: string;
  leakage_area_m2: number | null;
  dp_pa: number | null;
  flow_m3h: number | null;
}

interface JsonRoom {
  name: string;
  offset_m3h: number | null;
  governing: string | null;
}

async function checkJson(doors: string) {
  const run = await runCli(['check', ROOMS, '--doors', doors, '--format', 'json']);
  const report = run.stdout ? (JSON.parse(run.stdout) as { doors: JsonDoor[]; rooms: JsonRoom[] }) : null;
  return { run, report };
}

const DERIVED_DOOR_FLOW_M3H = 250;
/** The rounding of the published pressures moves each door flow by up to about 1 m³/h. */
const TOLERANCE_M3H = 2;

describe('check --doors, five-room cascade', { timeout: CLI_TIMEOUT_MS }, () => {
  it('lists each door as the CSV names it', async () => {
    const { run, report } = await checkJson(DOORS);
    expect(run.code).toBe(0);
    expect(report!.doors.map((door) => [door.from, door.to])).toEqual([
      ['Cleanest space', 'Room 2'],
      ['Room 2', 'Room 1'],
      ['Room 1', 'Airlock'],
      ['Airlock', 'Personnel corridor'],
    ]);
  });

  it('gives the Table 3 leakage area', async () => {
    const { report } = await checkJson(DOORS);
    for (const door of report!.doors) expect(door.leakage_area_m2).toBeCloseTo(0.0237, 4);
  });

  it('gives door steps and flows', async () => {
    const { report } = await checkJson(DOORS);
    expect(report!.doors.map((door) => door.dp_pa)).toEqual([12.4, 12.5, 12.4, 12.5]);
    for (const door of report!.doors) expect(Math.abs(door.flow_m3h! - DERIVED_DOOR_FLOW_M3H)).toBeLessThan(TOLERANCE_M3H);
  });

  it('gives the derived offsets', async () => {
    const { report } = await checkJson(DOORS);
    const offsets = Object.fromEntries(report!.rooms.map((room) => [room.name, room.offset_m3h!]));
    expect(Math.abs(offsets['Cleanest space']! - DERIVED_DOOR_FLOW_M3H)).toBeLessThan(TOLERANCE_M3H);
    expect(Math.abs(offsets['Room 2']!)).toBeLessThan(TOLERANCE_M3H);
    expect(Math.abs(offsets['Room 1']!)).toBeLessThan(TOLERANCE_M3H);
    expect(Math.abs(offsets['Airlock']!)).toBeLessThan(TOLERANCE_M3H);
    expect(Math.abs(offsets['Personnel corridor']! + DERIVED_DOOR_FLOW_M3H)).toBeLessThan(TOLERANCE_M3H);
  });

  it('names the governing supply term', async () => {
    const { report } = await checkJson(DOORS);
    const governing = Object.fromEntries(report!.rooms.map((room) => [room.name, room.governing]));
    expect(governing['Cleanest space']).toBe('cleanliness');
    expect(Object.keys(governing)).toContain('Personnel corridor');
  });

  it('keeps the CSV order for an outside door', async () => {
    const doors = doorsFile('from,to,leakage_area_m2\noutside,Airlock,0.02\nAirlock,Personnel corridor,0.02\n');
    const { report } = await checkJson(doors);
    const outsideDoor = report!.doors[0]!;
    // The airlock is 12.5 Pa above outdoors, so air leaves it: negative from outside to the airlock.
    expect(outsideDoor).toMatchObject({ from: 'outside', to: 'Airlock', dp_pa: -12.5 });
    expect(outsideDoor.flow_m3h).toBeCloseTo(-0.83 * 0.02 * Math.sqrt(12.5) * 3600, 2);
  });

  it('prints the door table in text', async () => {
    const run = await runCli(['check', ROOMS, '--doors', DOORS]);
    expect(run.stdout).toContain('Door airflows (positive from the first room to the second)');
    expect(run.stdout).toMatch(/Cleanest space\s+Room 2\s+0\.0237\s+12\.4\s+250/);
    expect(run.stdout).toContain('Offset m³/h');
  });

  it('prints the door table in Chinese', async () => {
    const run = await runCli(['check', ROOMS, '--doors', DOORS], 'zh_CN.UTF-8');
    expect(run.stdout).toContain('门的风量（从第一个房间流向第二个房间为正）');
    expect(run.stdout).toContain('余风量 m³/h');
  });

  it('lists doors without --doors too', async () => {
    const run = await runCli(['check', ROOMS, '--format', 'json']);
    const report = JSON.parse(run.stdout) as { doors: JsonDoor[] };
    expect(report.doors).toHaveLength(4);
    expect(report.doors[0]!.leakage_area_m2).not.toBeNull();
  });
});

describe('check --doors, invalid schedules', { timeout: CLI_TIMEOUT_MS }, () => {
  it('rejects an unknown room name', async () => {
    const doors = doorsFile('from,to,width_m\nRoom 1,Rom 2,0.9\n');
    const run = await runCli(['check', ROOMS, '--doors', doors]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`${doors}, row 2, column to: expected the name of a room in the room schedule, or outside, found "Rom 2"; correct the name, or add the room to the room schedule.`);
    expect(run.stderr).toContain(`error: ${doors}: 1 error(s); nothing was checked.`);
  });

  it('rejects an unknown room name in Chinese', async () => {
    const doors = doorsFile('from,to,width_m\nRoom 1,Rom 2,0.9\n');
    const run = await runCli(['check', ROOMS, '--doors', doors], 'zh_CN.UTF-8');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`${doors}，第 2 行，列“to”：应为房间表中的房间名称，或“室外”，实为“Rom 2”；请更正名称，或在房间表中添加该房间。`);
  });

  it('rejects a decimal comma', async () => {
    const doors = doorsFile('from;to;width_m\nRoom 1;Room 2;0,9\n');
    const run = await runCli(['check', ROOMS, '--doors', doors]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('row 2, column width_m: expected a number greater than 0 (m), found "0,9"; use a decimal point (0.9, not 0,9).');
  });

  it('rejects an unknown door type', async () => {
    const doors = doorsFile('from,to,type,width_m\nRoom 1,Room 2,revolving,0.9\n');
    const run = await runCli(['check', ROOMS, '--doors', doors]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('column type: expected a door type, found "revolving"; write single, double, sliding, pass_box or opening');
  });

  it('rejects gap and area together', async () => {
    const doors = doorsFile('from,to,width_m,gap_mm,leakage_area_m2\nRoom 1,Room 2,0.9,3,0.02\n');
    const run = await runCli(['check', ROOMS, '--doors', doors]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('column gap_mm: expected gap_mm or leakage_area_m2, not both, found "3"');
  });

  it('rejects a missing to column', async () => {
    const doors = doorsFile('from,width_m\nRoom 1,0.9\n');
    const run = await runCli(['check', ROOMS, '--doors', doors]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('row 1: expected a column named to, found nothing; add the from and to columns');
  });

  it('rejects a missing doors file', async () => {
    const run = await runCli(['check', ROOMS, '--doors', 'no-such-doors.csv']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('no-such-doors.csv: file not found.');
  });

  it('rejects --doors on iso14644', async () => {
    const run = await runCli(['iso14644', '--class', '7', '--doors', DOORS]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('option --doors does not apply to the iso14644 command');
  });
});
