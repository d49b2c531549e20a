import { describe, expect, it } from 'vitest';
import type { Cleanliness } from '../../../src/domain/cleanliness';
import { parseCleanliness, type ClassParseErrorCode } from '../../../src/engine/index';
import { describeClassParseError, formatCleanliness } from '../../../src/i18n/classMessages';

const iso = (isoClass: number): Cleanliness => ({ kind: 'iso', isoClass });
const grade = (letter: 'A' | 'B' | 'C' | 'D'): Cleanliness => ({ kind: 'gmp', grade: letter });
const unclassified: Cleanliness = { kind: 'unclassified' };

// Crosswalk: FED-STD-209E Class 100/1000/10000/100000 (M3.5 … M6.5) = ISO 5/6/7/8;
// China GMP 1998 三十万级 ≈ ISO 8.5; GB 50073-2013 "N级" = ISO class N.
const ACCEPTED: [string, Cleanliness, string][] = [
  ['ISO 7', iso(7), 'ISO 7'],
  ['ISO Class 7', iso(7), 'ISO 7'],
  ['iso class 7', iso(7), 'ISO 7'],
  ['ISO7', iso(7), 'ISO 7'],
  ['ISO-7', iso(7), 'ISO 7'],
  ['7级', iso(7), 'ISO 7'],
  ['7', iso(7), 'ISO 7'],
  ['1', iso(1), 'ISO 1'],
  ['9', iso(9), 'ISO 9'],
  ['ISO 8.5', iso(8.5), 'ISO 8.5'],
  ['ISO 4.8', iso(4.8), 'ISO 4.8'],
  ['百级', iso(5), 'ISO 5'],
  ['千级', iso(6), 'ISO 6'],
  ['万级', iso(7), 'ISO 7'],
  ['十万级', iso(8), 'ISO 8'],
  ['三十万级', iso(8.5), 'ISO 8.5'],
  ['30万级', iso(8.5), 'ISO 8.5'],
  ['10,000', iso(7), 'ISO 7'],
  ['10000', iso(7), 'ISO 7'],
  ['100', iso(5), 'ISO 5'],
  ['100000级', iso(8), 'ISO 8'],
  ['Class 10000', iso(7), 'ISO 7'],
  ['Class 10,000', iso(7), 'ISO 7'],
  ['class 100', iso(5), 'ISO 5'],
  ['Class 1', iso(3), 'ISO 3'],
  ['100K', iso(8), 'ISO 8'],
  ['10K', iso(7), 'ISO 7'],
  ['1K', iso(6), 'ISO 6'],
  ['300K', iso(8.5), 'ISO 8.5'],
  ['M5.5', iso(7), 'ISO 7'],
  ['M3.5', iso(5), 'ISO 5'],
  ['m6.5', iso(8), 'ISO 8'],
  ['B', grade('B'), 'Grade B'],
  ['b', grade('B'), 'Grade B'],
  ['B级', grade('B'), 'Grade B'],
  ['Grade B', grade('B'), 'Grade B'],
  ['GMP B', grade('B'), 'Grade B'],
  ['GMP Grade A', grade('A'), 'Grade A'],
  ['C 级', grade('C'), 'Grade C'],
  ['D', grade('D'), 'Grade D'],
  ['ＩＳＯ　７', iso(7), 'ISO 7'],
  ['７级', iso(7), 'ISO 7'],
  ['Ｂ级', grade('B'), 'Grade B'],
  ['１０，０００', iso(7), 'ISO 7'],
  ['  ISO 6  ', iso(6), 'ISO 6'],
  ['NC', unclassified, 'Unclassified'],
  ['nc', unclassified, 'Unclassified'],
  ['N/C', unclassified, 'Unclassified'],
  ['非洁净', unclassified, 'Unclassified'],
  ['非洁净区', unclassified, 'Unclassified'],
  ['unclassified', unclassified, 'Unclassified'],
  ['Unclassified', unclassified, 'Unclassified'],
  ['一般区', unclassified, 'Unclassified'],
];

describe('parseCleanliness', () => {
  it.each(ACCEPTED)('accepts %j', (text, value, label) => {
    const result = parseCleanliness(text);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value).toEqual(value);
    expect(result.label).toBe(label);
  });

  it('names the legacy equivalent it mapped from', () => {
    const legacy = parseCleanliness('万级');
    expect(legacy.ok).toBe(true);
    if (legacy.ok) expect(legacy.equivalent).toBe('FED-STD-209E Class 10000 (M5.5)');
    const direct = parseCleanliness('ISO 7');
    expect(direct.ok).toBe(true);
    if (direct.ok) expect(direct.equivalent).toBeNull();
  });

  const REJECTED: [string, ClassParseErrorCode, string | undefined][] = [
    ['', 'empty', undefined],
    ['   ', 'empty', undefined],
    ['ISO 0', 'iso-class-out-of-range', '0'],
    ['ISO 10', 'iso-class-out-of-range', '10'],
    ['ISO 0.5', 'iso-class-out-of-range', '0.5'],
    ['ISO 9.5', 'iso-class-out-of-range', '9.5'],
    ['ISO 7.25', 'iso-class-step', '7.25'],
    ['7.05级', 'iso-class-step', '7.05'],
    ['Grade E', 'unknown-gmp-grade', 'E'],
    ['E级', 'unknown-gmp-grade', 'E'],
    ['GMP F', 'unknown-gmp-grade', 'F'],
    ['Class 7', 'unknown-fs209e-class', '7'],
    ['Class 500', 'unknown-fs209e-class', '500'],
    ['50K', 'unknown-fs209e-class', '50000'],
    ['M4', 'unknown-fs209e-class', 'M4'],
    ['20', 'unknown-fs209e-class', '20'],
    ['clean', 'unknown-class', undefined],
    ['ISO', 'unknown-class', undefined],
    ['八级半', 'unknown-class', undefined],
  ];

  it.each(REJECTED)('rejects %j with %s', (text, code, value) => {
    const result = parseCleanliness(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe(code);
    expect(result.error.params.text).toBe(text);
    expect(result.error.params.value).toBe(value);
  });
});

describe('describeClassParseError', () => {
  it('names the value and lists the accepted forms in English', () => {
    const result = parseCleanliness('Grade E');
    if (result.ok) throw new Error('Grade E must be rejected');
    const message = describeClassParseError(result.error, 'en');
    expect(message).toContain('"Grade E"');
    expect(message).toContain('A, B, C and D');
    expect(message).toContain('ISO Class 7');
  });

  it('names the value and lists the accepted forms in Chinese', () => {
    const result = parseCleanliness('ISO 10');
    if (result.ok) throw new Error('ISO 10 must be rejected');
    const message = describeClassParseError(result.error, 'zh-CN');
    expect(message).toContain('“ISO 10”');
    expect(message).toContain('1 至 9');
    expect(message).toContain('万级');
  });
});

describe('formatCleanliness', () => {
  it.each([
    [iso(7), 'en', 'ISO 7'],
    [iso(8.5), 'zh-CN', 'ISO 8.5级'],
    [grade('B'), 'en', 'Grade B'],
    [grade('B'), 'zh-CN', 'B级'],
    [unclassified, 'zh-CN', '非洁净区'],
  ] as const)('%j in %s is %s', (value, locale, expected) => {
    expect(formatCleanliness(value, locale)).toBe(expected);
  });
});
