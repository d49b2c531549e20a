import { describe, expect, it } from 'vitest';
import { addPastedRows, newParticleMeasurement, parseResultList } from '../../../src/app/panels/measurementDrafts';

const grade = newParticleMeasurement({ kind: 'gmp', grade: 'D' });

describe('newParticleMeasurement', () => {
  it('tests Grade D at ISO Class 8', () => {
    expect(grade.isoClass).toBe(8);
    expect(grade.occupancy).toBe('at-rest');
    expect(grade.sizesUm).toEqual(['0.5', '5']);
  });

  it('uses the room ISO class', () => {
    expect(newParticleMeasurement({ kind: 'iso', isoClass: 6.5 }).isoClass).toBe(6.5);
  });
});

describe('addPastedRows', () => {
  it('groups rows by location label', () => {
    const result = addPastedRows(grade, 'L1\t28.3\t100\t1\r\nL2\t28.3\t200\t0\nL1\t30\t150\t2\n');

    if (!result.ok) throw new Error(`paste rejected: ${result.error.code}`);
    expect(result.value.locations.map((location) => location.label)).toEqual(['L1', 'L2']);
    expect(result.value.locations[0]!.samples).toEqual([
      { volumeL: 28.3, counts: { '0.5': 100, '5': 1 } },
      { volumeL: 30, counts: { '0.5': 150, '5': 2 } },
    ]);
  });

  it.each([
    ['L1\t28.3\t100', 'pasteErrorColumns', { row: 1, found: 3, expected: 4 }],
    ['L1\t0\t100\t1', 'pasteErrorVolume', { row: 1, value: '0' }],
    ['L1\t28.3\t100\t1\nL2\t28.3\t-4\t1', 'pasteErrorCount', { row: 2, value: '-4', size: '0.5' }],
    ['L1\t28.3\t100\t1.5', 'pasteErrorCount', { row: 1, value: '1.5', size: '5' }],
    ['\n  \n', 'pasteErrorEmpty', {}],
  ])('rejects %j as %s', (text, code, params) => {
    const result = addPastedRows(grade, text);

    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe(code);
    expect(result.error.params).toMatchObject(params);
  });
});

describe('parseResultList', () => {
  it('accepts commas, spaces and full-width digits', () => {
    expect(parseResultList('1, 2 ３，4')).toEqual({ ok: true, value: [1, 2, 3, 4] });
    expect(parseResultList('')).toEqual({ ok: true, value: [] });
  });

  it('rejects a negative result', () => {
    expect(parseResultList('1, -2')).toEqual({ ok: false, invalid: '-2' });
  });
});
