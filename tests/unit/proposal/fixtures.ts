import { deflateSync } from 'node:zlib';
import type { TerminalSpec } from '../../../src/domain/airside';
import { EMPTY_DESIGN, OUTSIDE, type PointMm, type Project, type Room } from '../../../src/domain/project';
import type { AirsideResult, RoomAirside } from '../../../src/engine/airside/types';
import type { CheckResult } from '../../../src/engine/findings';

/*
 * A three-room suite with shared walls and openings, for quote quantities and the proposal PDF.
 *
 *   y=0      +---------+------------------+
 *            | R1 9 m² | R2 18 m²         |   R1, R2: ISO 8, clear height 2.6 m
 *   y=3000   +---------+------------------+
 *            | R3 36 m²                   |   R3: ISO 7, clear height 3.0 m
 *   y=7000   +----------------------------+
 *            x=0      3000               9000
 *
 * Walls, each once: partitions R1|R2 3 m × 2.6, R1|R3 3 m × 3.0, R2|R3 6 m × 3.0 (the higher
 * room sets the height) = 34.8 m²; exterior R1 6 m × 2.6, R2 9 m × 2.6, R3 17 m × 3.0 = 90.0 m².
 * Openings: two single doors 900 × 2100 (1.89 m² each), one double door 1200 × 2100 (2.52 m²) and
 * one pass box 600 × 600 (0.36 m²) = 6.66 m², so wall panels = 124.8 − 6.66 = 118.14 m².
 * Coving: wall–ceiling = perimeters 12 + 18 + 26 = 56 m; floor–wall = 56 − 0.9 (d1) − 2 × 0.9 (d2)
 * − 2 × 1.2 (d3) = 50.9 m (the pass box sits above the floor).
 */

function rectangle(x0: number, y0: number, x1: number, y1: number): PointMm[] {
  return [
    { x: x0, y: y0 },
    { x: x1, y: y0 },
    { x: x1, y: y1 },
    { x: x0, y: y1 },
  ];
}

function room(id: string, name: string, polygon: PointMm[], heightM: number, isoClass: number, supplyM3h: number | null): Room {
  return {
    id,
    name,
    use: null,
    polygon,
    clearHeightM: heightM,
    cleanliness: { kind: 'iso', isoClass },
    classLabel: `ISO ${isoClass}`,
    airflowPattern: null,
    containment: false,
    design: { ...EMPTY_DESIGN, supplyM3h, pressurePa: isoClass === 7 ? 15 : 10 },
  };
}

export const TERMINALS: readonly TerminalSpec[] = [
  { id: 'H-484', kind: 'hepa', name: 'HEPA box 484 × 484', faceWidthMm: 484, faceLengthMm: 484, ratedM3h: 500, faceVelocityMs: 0.45 },
  { id: 'FFU-1175', kind: 'ffu', name: 'FFU 1175 × 575', faceWidthMm: 575, faceLengthMm: 1175, ratedM3h: 1000, faceVelocityMs: 0.45 },
];

export function buildSuite(): Project {
  return {
    id: 'quote-suite',
    name: '口服固体制剂车间',
    customerName: '华东制药有限公司',
    referenceDate: '2026-11-30',
    ruleSetIds: ['iso-14644-1-2015', 'gb-50073-2013'],
    rooms: [
      room('r1', '一更', rectangle(0, 0, 3000, 3000), 2.6, 8, 900),
      room('r2', '洁净走廊', rectangle(3000, 0, 9000, 3000), 2.6, 8, 1500),
      room('r3', '压片间', rectangle(0, 3000, 9000, 7000), 3.0, 7, 6000),
    ],
    doors: [
      { id: 'd1', roomA: 'r1', roomB: OUTSIDE, position: { x: 1500, y: 0 }, widthMm: 900, type: 'single' },
      { id: 'd2', roomA: 'r1', roomB: 'r2', position: { x: 3000, y: 1500 }, widthMm: 900, type: 'single' },
      { id: 'd3', roomA: 'r2', roomB: 'r3', position: { x: 6000, y: 3000 }, widthMm: 1200, type: 'double' },
      { id: 'p1', roomA: 'r1', roomB: 'r3', position: { x: 1500, y: 3000 }, widthMm: 600, heightMm: 600, type: 'pass_box' },
    ],
    airside: { leakageMethod: 'gaps', doorTableId: null, ahus: [{ id: 'ahu-1', name: 'AHU-1' }, { id: 'ahu-2', name: 'AHU-2' }], terminalCatalog: TERMINALS },
  };
}

function roomAirside(roomId: string, terminalId: string, terminals: number, grilles: number, sampling: number): RoomAirside {
  return {
    roomId,
    supply: { candidates: [], governing: null, requiredM3h: null, marginM3h: null, incomplete: true },
    offsetM3h: null,
    pressurePa: null,
    freshAir: [],
    recovery: null,
    terminals: { terminalId, count: terminals, coveragePct: null, derivedCount: terminals, positionsMm: [] },
    returnGrilles: { count: grilles, returnM3h: 0, positionsMm: [] },
    sampling: { count: sampling, edition: 'iso-14644-1-2015', positionsMm: [], sampleVolumeL: null },
  };
}

/**
 * An airflow design for the suite as the checker would attach it: HEPA boxes in R1 and R2, FFUs in
 * R3, and two AHUs of 8,000 and 24,000 m³/h. Sampling counts are the design's own (R3 gets 10,
 * one above the ISO 14644-1:2015 Table A.1 minimum of 9), so a test can tell them from the BOQ's.
 */
export const SUITE_AIRSIDE: AirsideResult = {
  rooms: [roomAirside('r1', 'H-484', 2, 2, 5), roomAirside('r2', 'H-484', 3, 2, 6), roomAirside('r3', 'FFU-1175', 12, 6, 10)],
  doors: [],
  ahus: [
    { ahuId: 'ahu-1', name: 'AHU-1', roomIds: ['r1', 'r2'], supplyM3h: 8000, returnM3h: null, freshAirM3h: null, exhaustM3h: null, freshAirRatioPct: null },
    { ahuId: 'ahu-2', name: 'AHU-2', roomIds: ['r3'], supplyM3h: 24000, returnM3h: null, freshAirM3h: null, exhaustM3h: null, freshAirRatioPct: null },
  ],
  airlocks: [],
};

export function withAirside(result: CheckResult): CheckResult {
  return { ...result, airside: SUITE_AIRSIDE };
}

function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc ^= byte;
    for (let bit = 0; bit < 8; bit++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typed = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typed));
  return Buffer.concat([length, typed, crc]);
}

/** Encodes a solid-colour RGB PNG as a data URL, standing in for a company logo or seal image. */
export function solidPngDataUrl(width: number, height: number, rgb: readonly [number, number, number]): string {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const row = Buffer.concat([Buffer.from([0]), Buffer.from(Array.from({ length: width }, () => [...rgb]).flat())]);
  const pixels = deflateSync(Buffer.concat(Array.from({ length: height }, () => row)));
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const png = Buffer.concat([signature, pngChunk('IHDR', header), pngChunk('IDAT', pixels), pngChunk('IEND', Buffer.alloc(0))]);
  return `data:image/png;base64,${png.toString('base64')}`;
}
