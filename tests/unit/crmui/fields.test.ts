import { describe, expect, it } from 'vitest';
import { parseDateField, parseEmailField, parseMoneyField, parsePercentField, parsePercentText, parseRequiredText, parseWholeNumberField } from '../../../src/app/crm/forms/fields';

describe('parseMoneyField', () => {
  it('reads grouped yuan with two decimals as fen', () => {
    expect(parseMoneyField('1,000,005.50', 'CNY')).toEqual({ ok: true, value: { minor: 100_000_550, currency: 'CNY' } });
  });

  it('reads the yuan sign and full-width digits', () => {
    expect(parseMoneyField('￥１２３.４', 'CNY')).toEqual({ ok: true, value: { minor: 12_340, currency: 'CNY' } });
  });

  it('treats empty text as not estimated', () => {
    expect(parseMoneyField('  ', 'CNY')).toEqual({ ok: true, value: null });
  });

  it('rejects a third decimal instead of rounding', () => {
    expect(parseMoneyField('2,500,000.125', 'CNY')).toEqual({ ok: false, error: 'errorMoneyDecimals', params: { value: '2,500,000.125', currency: 'CNY', digits: 2 } });
  });

  it('rejects another currency', () => {
    expect(parseMoneyField('USD 100', 'CNY')).toMatchObject({ ok: false, error: 'errorMoneyCurrency' });
  });

  it('rejects text that is not an amount', () => {
    expect(parseMoneyField('1,00,000', 'CNY')).toMatchObject({ ok: false, error: 'errorMoney' });
  });
});

describe('date, e-mail and text fields', () => {
  it('accepts a real calendar date', () => {
    expect(parseDateField('2026-02-28')).toEqual({ ok: true, value: '2026-02-28' });
  });

  it('rejects 30 February', () => {
    expect(parseDateField('2026-02-30')).toEqual({ ok: false, error: 'errorDate', params: { value: '2026-02-30' } });
  });

  it('requires a date when asked', () => {
    expect(parseDateField('', true)).toEqual({ ok: false, error: 'errorRequired', params: {} });
    expect(parseDateField('')).toEqual({ ok: true, value: null });
  });

  it('checks e-mail addresses', () => {
    expect(parseEmailField('wu.lei@example.com')).toEqual({ ok: true, value: 'wu.lei@example.com' });
    expect(parseEmailField('wu.lei@')).toEqual({ ok: false, error: 'errorEmail', params: { value: 'wu.lei@' } });
  });

  it('trims required text and rejects blanks', () => {
    expect(parseRequiredText('  苏州  ')).toEqual({ ok: true, value: '苏州' });
    expect(parseRequiredText('   ')).toEqual({ ok: false, error: 'errorRequired', params: {} });
  });
});

describe('percent and whole-number fields', () => {
  it('keeps a probability from 0 to 100', () => {
    expect(parsePercentField('60')).toEqual({ ok: true, value: 60 });
    expect(parsePercentField('')).toEqual({ ok: true, value: null });
  });

  it('rejects a probability above 100', () => {
    expect(parsePercentField('120')).toEqual({ ok: false, error: 'errorAboveMax', params: { value: '120', max: 100 } });
  });

  it('keeps the VIP share as decimal text', () => {
    expect(parsePercentText('12.5')).toEqual({ ok: true, value: '12.5' });
    expect(parsePercentText('')).toEqual({ ok: false, error: 'errorRequired', params: {} });
  });

  it('rejects a fractional project count', () => {
    expect(parseWholeNumberField('1.5', 1)).toEqual({ ok: false, error: 'errorNotWhole', params: { value: '1.5' } });
    expect(parseWholeNumberField('0', 1)).toEqual({ ok: false, error: 'errorBelowMin', params: { value: '0', min: 1 } });
  });
});
