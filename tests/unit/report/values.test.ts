import { describe, expect, test } from 'vitest';
import { EMPTY_DESIGN, type Room } from '../../../src/domain/project';
import type { RoomMetrics } from '../../../src/engine/findings';
import { formatSignedPressure, formatTimestamp, roomClassText } from '../../../src/report/pdf/values';

describe('formatSignedPressure', () => {
  test.each([
    [15, '+15 Pa'],
    [-30, '−30 Pa'],
    [-2.5, '−2.5 Pa'],
    [0, '0 Pa'],
    [null, '–'],
  ])('%s Pa prints as %s', (pressure, expected) => {
    expect(formatSignedPressure(pressure, 'en')).toBe(expected);
  });
});

describe('formatTimestamp', () => {
  test('prints UTC minutes', () => {
    expect(formatTimestamp(new Date('2026-03-05T07:08:59Z'))).toBe('2026-03-05 07:08 UTC');
  });
});

describe('roomClassText', () => {
  const room: Room = {
    id: 'r1',
    name: '灌装间',
    use: null,
    polygon: [],
    clearHeightM: 2.7,
    cleanliness: null,
    classLabel: null,
    airflowPattern: null,
    containment: false,
    design: EMPTY_DESIGN,
  };
  const metrics = { roomId: 'r1', isoClass: 5 } as RoomMetrics;

  test('typed legacy name with ISO class', () => {
    const legacy = { ...room, cleanliness: { kind: 'iso' as const, isoClass: 7 }, classLabel: '万级' };
    expect(roomClassText(legacy, undefined, 'zh-CN')).toBe('万级 (ISO 7)');
  });

  test('typed ISO name printed once', () => {
    const typed = { ...room, cleanliness: { kind: 'iso' as const, isoClass: 7 }, classLabel: 'iso 7' };
    expect(roomClassText(typed, undefined, 'en')).toBe('iso 7');
  });

  test('GMP grade adds its at-rest ISO class', () => {
    const graded = { ...room, cleanliness: { kind: 'gmp' as const, grade: 'B' as const }, classLabel: 'B级' };
    expect(roomClassText(graded, metrics, 'en')).toBe('B级 (Grade B, ISO 5 at rest)');
    expect(roomClassText(graded, metrics, 'zh-CN')).toBe('B级 (静态 ISO 5)');
  });

  test('missing class prints a dash', () => {
    expect(roomClassText(room, undefined, 'en')).toBe('–');
  });
});
