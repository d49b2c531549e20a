import { describe, expect, it } from 'vitest';
import { parseNumberInput, type NumberRange } from '../../../src/app/panels/fieldParsing';
import { isIsoDate } from '../../../src/app/panels/ProjectPanel';

const HEIGHT: NumberRange = { min: 0, minExclusive: true };
const RH: NumberRange = { min: 0, max: 100 };
const OCCUPANTS: NumberRange = { min: 0, integer: true };
const PRESSURE: NumberRange = {};

describe('parseNumberInput', () => {
  const accepted: readonly [string, NumberRange, number | null][] = [
    ['', HEIGHT, null],
    ['   ', RH, null],
    ['2.7', HEIGHT, 2.7],
    [' 2.70 ', HEIGHT, 2.7],
    ['２．７', HEIGHT, 2.7],
    ['.5', HEIGHT, 0.5],
    ['-15', PRESSURE, -15],
    ['−12.5', PRESSURE, -12.5],
    ['100', RH, 100],
    ['0', RH, 0],
    ['3', OCCUPANTS, 3],
    ['1e3', PRESSURE, 1000],
  ];
  it.each(accepted)('accepts %j', (text, range, expected) => {
    expect(parseNumberInput(text, range)).toEqual({ ok: true, value: expected });
  });

  const rejected: readonly [string, NumberRange, string][] = [
    ['12,5', HEIGHT, 'errorDecimalComma'],
    ['abc', HEIGHT, 'errorNotNumber'],
    ['2.7 m', HEIGHT, 'errorNotNumber'],
    ['1,000', PRESSURE, 'errorDecimalComma'],
    ['Infinity', PRESSURE, 'errorNotNumber'],
    ['-2.7', HEIGHT, 'errorNotPositive'],
    ['0', HEIGHT, 'errorNotPositive'],
    ['101', RH, 'errorAboveMax'],
    ['-1', RH, 'errorBelowMin'],
    ['2.5', OCCUPANTS, 'errorNotWhole'],
  ];
  it.each(rejected)('rejects %j', (text, range, error) => {
    const parsed = parseNumberInput(text, range);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toBe(error);
  });

  it('names the value and the bound', () => {
    const parsed = parseNumberInput('120', RH);
    expect(parsed).toEqual({ ok: false, error: 'errorAboveMax', params: { value: '120', max: 100 } });
  });
});

describe('isIsoDate', () => {
  it.each(['2026-12-04', '2024-02-29'])('accepts %s', (text) => {
    expect(isIsoDate(text)).toBe(true);
  });
  it.each(['2026-02-30', '2026-13-01', '04.12.2026', '2026-12-4', ''])('rejects %j', (text) => {
    expect(isIsoDate(text)).toBe(false);
  });
});
