import type { Money } from './money';

/*
 * Chinese capital numerals for amounts in yuan (大写金额), as banks and accountants write them on
 * cheques, invoices and contracts. The conventions, paraphrased from the People's Bank of China
 * rules for filling in bills and settlement vouchers (正确填写票据和结算凭证的基本规定):
 * - digits 零壹贰叁肆伍陆柒捌玖, places 拾佰仟, groups 万 and 亿 (10¹² is 万亿), units 元角分;
 * - 整 follows an amount that ends at 元; it may be left out after 角 (this code leaves it out, so
 *   1,000,005.50 is 壹佰万零伍元伍角) and never follows 分;
 * - a zero between non-zero digits is written 零, and a run of zeros is written as one 零. A
 *   group of four that starts with zeros after a written group also gets one 零
 *   (100,010 → 壹拾万零壹拾), so does the 角 place when it is zero and 分 is not (1.05 → 壹元零伍分);
 * - 拾 at the start keeps its 壹 (10 → 壹拾).
 * Where those rules allow both forms, this code writes no 零 for a zero 万 place before a non-zero
 * 千 (1,005,000 → 壹佰万伍仟元整) and none for a zero 元 place before a non-zero 角
 * (1,680.32 → 壹仟陆佰捌拾元叁角贰分).
 */

const DIGITS = ['零', '壹', '贰', '叁', '肆', '伍', '陆', '柒', '捌', '玖'] as const;
const PLACES = ['', '拾', '佰', '仟'] as const;
const ZERO = '零';
const TEN_THOUSAND = 10_000n;
const HUNDRED_MILLION = 100_000_000n;

function digit(value: bigint): string {
  return DIGITS[Number(value)]!;
}

/** Writes 1–9999 without leading 零; zeros inside collapse to one 零 and trailing zeros vanish. */
function writeGroup(value: bigint): string {
  let text = '';
  let zeroPending = false;
  for (let place = 3; place >= 0; place--) {
    const placeDigit = (value / 10n ** BigInt(place)) % 10n;
    if (placeDigit === 0n) {
      zeroPending = text !== '';
      continue;
    }
    if (zeroPending) text += ZERO;
    text += digit(placeDigit) + PLACES[place]!;
    zeroPending = false;
  }
  return text;
}

/** Writes a positive integer of yuan, splitting at 亿 and then at 万. */
function writeInteger(value: bigint): string {
  if (value >= HUNDRED_MILLION) {
    return writeUpperAndLower(value / HUNDRED_MILLION, '亿', value % HUNDRED_MILLION, HUNDRED_MILLION / 10n);
  }
  if (value >= TEN_THOUSAND) {
    return writeUpperAndLower(value / TEN_THOUSAND, '万', value % TEN_THOUSAND, TEN_THOUSAND / 10n);
  }
  return writeGroup(value);
}

/**
 * Writes `upper` followed by its group unit, then `lower`. A non-zero `lower` below
 * `fullWidthStart` starts with zeros in its own places, so it is joined with 零.
 */
function writeUpperAndLower(upper: bigint, unit: string, lower: bigint, fullWidthStart: bigint): string {
  const upperText = writeInteger(upper) + unit;
  if (lower === 0n) return upperText;
  const joiner = lower < fullWidthStart ? ZERO : '';
  return upperText + joiner + writeInteger(lower);
}

function writeFraction(jiao: bigint, fen: bigint, hasYuan: boolean): string {
  if (jiao === 0n && fen === 0n) return hasYuan ? '整' : '';
  let jiaoText = `${digit(jiao)}角`;
  if (jiao === 0n) jiaoText = hasYuan ? ZERO : '';
  const fenText = fen === 0n ? '' : `${digit(fen)}分`;
  return jiaoText + fenText;
}

/**
 * Writes a CNY amount in capital numerals: 1,000,005.50 → 壹佰万零伍元伍角, 0.05 → 伍分,
 * 10.00 → 壹拾元整, 0 → 零元整, −5.50 → 负伍元伍角. Every amount a `Money` can store is accepted (up to
 * about 90 trillion yuan). Throws for other currencies, whose amounts are not written in 元角分.
 */
export function toChineseCapitalAmount(amount: Money): string {
  if (amount.currency !== 'CNY') {
    throw new RangeError(`Capital numerals are written for CNY amounts only, found ${amount.currency}; convert the amount to CNY first`);
  }
  const sign = amount.minor < 0 ? '负' : '';
  const fenTotal = BigInt(Math.abs(amount.minor));
  const yuan = fenTotal / 100n;
  const jiao = (fenTotal / 10n) % 10n;
  const fen = fenTotal % 10n;

  if (fenTotal === 0n) return '零元整';
  const yuanText = yuan > 0n ? `${writeInteger(yuan)}元` : '';
  return sign + yuanText + writeFraction(jiao, fen, yuan > 0n);
}
