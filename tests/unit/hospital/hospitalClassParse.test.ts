import { describe, expect, it } from 'vitest';
import { cleanlinessLabel, parseCleanliness } from '../../../src/engine/classes/parseCleanliness';
import { formatCleanliness } from '../../../src/i18n/classMessages';
import { EMPTY_DESIGN, type Project } from '../../../src/domain/project';
import { parseProjectFile, serializeProjectFile } from '../../../src/domain/projectFile';

describe('parseCleanliness, GB 50333 classes', () => {
  const cases: [string, 'I' | 'II' | 'III' | 'IV'][] = [
    ['I', 'I'],
    ['II', 'II'],
    ['iii', 'III'],
    ['IV', 'IV'],
    ['Ⅰ级', 'I'],
    ['Ⅳ级', 'IV'],
    ['II级', 'II'],
    ['Ⅱ级洁净手术室', 'II'],
    ['Class II OR', 'II'],
    ['Class I OR', 'I'],
    ['GB 50333 Class III', 'III'],
  ];
  it.each(cases)('reads %s as class %s', (text, hospitalClass) => {
    const result = parseCleanliness(text);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.value).toEqual({ kind: 'hospital', hospitalClass });
  });

  it('keeps GMP grades and ISO classes unchanged', () => {
    expect(parseCleanliness('B级')).toMatchObject({ ok: true, value: { kind: 'gmp', grade: 'B' } });
    expect(parseCleanliness('7级')).toMatchObject({ ok: true, value: { kind: 'iso', isoClass: 7 } });
  });

  it('rejects numerals beyond IV', () => {
    expect(parseCleanliness('V').ok).toBe(false);
    expect(parseCleanliness('VI级').ok).toBe(false);
  });

  it('round-trips the canonical label', () => {
    const label = cleanlinessLabel({ kind: 'hospital', hospitalClass: 'II' });
    expect(label).toBe('GB 50333 Class II');
    expect(parseCleanliness(label)).toMatchObject({ ok: true, value: { kind: 'hospital', hospitalClass: 'II' } });
  });

  it('formats in both languages', () => {
    expect(formatCleanliness({ kind: 'hospital', hospitalClass: 'II' }, 'zh-CN')).toBe('Ⅱ级（GB 50333）');
    expect(formatCleanliness({ kind: 'hospital', hospitalClass: 'IV' }, 'en')).toBe('GB 50333 Class IV');
  });
});

function projectWith(roomFields: Record<string, unknown>): Project {
  const room = {
    id: 'or1',
    name: 'OR 1',
    use: 'operating-room',
    polygon: [
      { x: 0, y: 0 },
      { x: 6000, y: 0 },
      { x: 6000, y: 5400 },
      { x: 0, y: 5400 },
    ],
    clearHeightM: 3,
    cleanliness: null,
    classLabel: null,
    airflowPattern: null,
    containment: false,
    design: EMPTY_DESIGN,
    ...roomFields,
  };
  return { id: 'p', name: 'OR suite', customerName: '', referenceDate: '2026-01-15', ruleSetIds: [], rooms: [room as never], doors: [] };
}

describe('project file, hospital fields', () => {
  it('round-trips a hospital class and biosafety', () => {
    const project = projectWith({
      cleanliness: { kind: 'hospital', hospitalClass: 'II' },
      biosafety: { level: 'BSL-3', type: 'b1' },
    });
    const result = parseProjectFile(serializeProjectFile(project, new Date('2026-01-15T00:00:00Z')), 'or.cleanplan.json');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.project.rooms[0]!.cleanliness).toEqual({ kind: 'hospital', hospitalClass: 'II' });
    expect(result.project.rooms[0]!.biosafety).toEqual({ level: 'BSL-3', type: 'b1' });
  });

  it('loads an older room without biosafety unchanged', () => {
    const result = parseProjectFile(serializeProjectFile(projectWith({}), new Date('2026-01-15T00:00:00Z')), 'old.cleanplan.json');
    expect(result.ok).toBe(true);
    if (result.ok) expect('biosafety' in result.project.rooms[0]!).toBe(false);
  });

  it('rejects an unknown biosafety level', () => {
    const project = projectWith({ biosafety: { level: 'BSL-5', type: null } });
    const result = parseProjectFile(serializeProjectFile(project, new Date('2026-01-15T00:00:00Z')), 'bad.cleanplan.json');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]!.path).toBe('project.rooms[0].biosafety.level');
  });

  it('rejects an unknown hospital class', () => {
    const project = projectWith({ cleanliness: { kind: 'hospital', hospitalClass: 'V' } });
    const result = parseProjectFile(serializeProjectFile(project, new Date('2026-01-15T00:00:00Z')), 'bad.cleanplan.json');
    expect(result.ok).toBe(false);
  });
});
