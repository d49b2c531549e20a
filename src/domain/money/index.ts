/** Money as integer minor units: parsing, formatting, exact products, conversion, allocation, 大写. */
export { CURRENCY_CODES, CURRENCY_MINOR_DIGITS, isCurrencyCode, minorDigits, minorPerMajor, type CurrencyCode } from './currency';
export {
  compareFractions,
  DecimalParseError,
  formatFraction,
  fraction,
  isDecimal,
  multiplyFractions,
  parseDecimal,
  roundToInteger,
  type Fraction,
} from './decimal';
export {
  addMoney,
  compareMoney,
  CurrencyMismatchError,
  money,
  moneyAsFraction,
  multiplyMoney,
  negateMoney,
  subtractMoney,
  sumMoney,
  zeroMoney,
  type Money,
} from './money';
export { formatMoney, MoneyParseError, parseMoney } from './format';
export { convertMoney, type ConvertedMoney, type ExchangeRate } from './convert';
export { allocateProportionally } from './allocate';
export { toChineseCapitalAmount } from './capitalNumerals';
export type { BilingualText, DisplayLocale } from './locale';
