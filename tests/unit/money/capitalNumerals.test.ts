import { describe, expect, it } from 'vitest';
import { money, toChineseCapitalAmount } from '../../../src/domain/money';

/**
 * Expected strings follow the People's Bank of China rules for filling in bills and settlement
 * vouchers (正确填写票据和结算凭证的基本规定). Cases marked "PBOC example" are the worked examples
 * of those rules. The others apply the same rules to the zero patterns a quote total can have.
 */
const CASES: readonly (readonly [fen: number, expected: string, note: string])[] = [
  [100_000_550, '壹佰万零伍元伍角', 'zero run across the 万 group, no 整 after 角'],
  [5, '伍分', 'fen only: no 元, no 零, no 整'],
  [50, '伍角', 'jiao only'],
  [1_000, '壹拾元整', '拾 keeps its 壹; 整 after 元'],
  [10_001_000, '壹拾万零壹拾元整', 'lower group starting with zeros takes one 零'],
  [101_000_000, '壹佰零壹万元整', 'zero inside the 万 group; empty lower group writes nothing'],
  [140_950, '壹仟肆佰零玖元伍角', 'PBOC example: zero between digits'],
  [168_032, '壹仟陆佰捌拾元叁角贰分', 'PBOC example, the form without 零 after 元'],
  [32_504, '叁佰贰拾伍元零肆分', 'zero jiao before non-zero fen writes 零'],
  [600_714, '陆仟零柒元壹角肆分', 'two zeros in a row write one 零'],
  [105, '壹元零伍分', 'zero jiao with yuan'],
  [100, '壹元整', 'one yuan'],
  [0, '零元整', 'zero amount'],
  [100_500_000, '壹佰万伍仟元整', 'lower group 5000 starts with a digit, so no 零'],
  [10_000_000_000, '壹亿元整', 'one hundred million'],
  [10_010_000_000, '壹亿零壹拾万元整', 'zeros across the 亿 boundary into the 万 group'],
  [10_000_000_100, '壹亿零壹元整', 'zeros across both 亿 and 万 groups'],
  [100_000_000_000_000, '壹万亿元整', '10¹² yuan is 万亿'],
  [100_000_000_000_100, '壹万亿零壹元整', 'zeros from 万亿 down to 元'],
  [999_999_999_999_999, '玖万玖仟玖佰玖拾玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分', 'largest amount the brief requires'],
  [-550, '负伍元伍角', 'negative amount'],
  [-5, '负伍分', 'negative fen only'],
];

describe('toChineseCapitalAmount', () => {
  it.each(CASES)('%i fen → %s (%s)', (fen, expected) => {
    expect(toChineseCapitalAmount(money(fen, 'CNY'))).toBe(expected);
  });

  it('rejects a currency other than CNY', () => {
    expect(() => toChineseCapitalAmount(money(100, 'USD'))).toThrow(/CNY amounts only, found USD/);
  });
});
