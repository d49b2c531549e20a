import { describe, expect, it } from 'vitest';
import { parseCleanliness } from '../../../src/engine/index';
import { formatCleanliness } from '../../../src/i18n/classMessages';

describe('GB 50687 food class parsing', () => {
  const cases: { text: string; foodClass: string }[] = [
    { text: '食品 I级', foodClass: 'I' },
    { text: '食品Ⅱ级', foodClass: 'II' },
    { text: 'Food class III', foodClass: 'III' },
    { text: 'GB 50687 Class IV', foodClass: 'IV' },
    { text: 'food II cleanroom', foodClass: 'II' },
  ];
  for (const { text, foodClass } of cases) {
    it(`reads "${text}"`, () => {
      const result = parseCleanliness(text);
      expect(result.ok).toBe(true);
      if (result.ok) expect(result.value).toEqual({ kind: 'food', foodClass });
    });
  }

  it('keeps a bare numeral as GB 50333', () => {
    const result = parseCleanliness('Ⅱ级');
    expect(result.ok && result.value.kind).toBe('hospital');
  });

  it('rejects food class V', () => {
    expect(parseCleanliness('食品 V级').ok).toBe(false);
  });

  it('formats in both languages', () => {
    expect(formatCleanliness({ kind: 'food', foodClass: 'II' }, 'zh-CN')).toBe('食品Ⅱ级（GB 50687）');
    expect(formatCleanliness({ kind: 'food', foodClass: 'II' }, 'en')).toBe('GB 50687 food class II');
  });
});
