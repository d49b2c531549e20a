import { describe, expect, it } from 'vitest';
import { parseDimensions, parseSideMetres } from '../../../src/app/editor/dimensions';

describe('parseDimensions', () => {
  it.each([
    ['6000x5400', 6000, 5400],
    ['6x5.4', 6000, 5400],
    ['6 × 5.4', 6000, 5400],
    ['6000*5400', 6000, 5400],
    ['6000X5400', 6000, 5400],
    ['6m x 5400mm', 6000, 5400],
    [' 3.25 m x 2.4 m ', 3250, 2400],
    ['450x300', 450, 300],
  ])('accepts %s', (text, widthMm, lengthMm) => {
    expect(parseDimensions(text)).toEqual({ ok: true, widthMm, lengthMm });
  });

  it.each(['', '6000', '6,5x4', 'sixbyfour', '6x5400', '-6x5', '6x5x4', '6 x'])('rejects %j', (text) => {
    expect(parseDimensions(text)).toEqual({ ok: false, error: 'invalid' });
  });

  it('rejects sides under the minimum', () => {
    expect(parseDimensions('0.2x5')).toEqual({ ok: false, error: 'too-small', widthMm: 200, lengthMm: 5000 });
  });
});

describe('parseSideMetres', () => {
  it.each([
    ['6', 6000],
    ['5.4', 5400],
    [' 0.3 ', 300],
  ])('reads %j', (text, expected) => {
    expect(parseSideMetres(text)).toBe(expected);
  });

  it.each(['', 'abc', '0.2', '-3', '5,4'])('rejects %j', (text) => {
    expect(parseSideMetres(text)).toBeNull();
  });
});
