import { describe, expect, it } from 'vitest';
import { gapsDraftOf, parseGapsDraft } from '../../../src/app/panels/doorGaps';

const complete = { headMm: '3', thresholdMm: '6.35', jambMm: '3.175', meetingMm: '' };

describe('parseGapsDraft', () => {
  it('reads an empty meeting edge as 0 mm', () => {
    const parsed = parseGapsDraft(complete);
    expect(parsed).toEqual({ ok: true, gaps: { headMm: 3, thresholdMm: 6.35, jambMm: 3.175, meetingMm: 0 } });
  });

  it('reports the first missing required gap', () => {
    const parsed = parseGapsDraft({ ...complete, thresholdMm: '', jambMm: '' });
    expect(parsed).toEqual({ ok: false, gap: 'thresholdMm', problem: 'missing' });
  });

  it('rejects a negative gap with its value', () => {
    const parsed = parseGapsDraft({ ...complete, jambMm: '-1' });
    expect(parsed.ok).toBe(false);
    if (parsed.ok || parsed.problem !== 'invalid') throw new Error('expected an invalid gap');
    expect(parsed.gap).toBe('jambMm');
    expect(parsed.parse.error).toBe('errorBelowMin');
    expect(parsed.parse.params).toEqual({ value: '-1', min: 0 });
  });

  it('rejects a decimal comma', () => {
    const parsed = parseGapsDraft({ ...complete, headMm: '3,5' });
    expect(parsed.ok).toBe(false);
    if (parsed.ok || parsed.problem !== 'invalid') throw new Error('expected an invalid gap');
    expect(parsed.parse.error).toBe('errorDecimalComma');
  });

  it('round-trips stored gaps through the draft', () => {
    const gaps = { headMm: 5, thresholdMm: 5, jambMm: 5, meetingMm: 2 };
    expect(parseGapsDraft(gapsDraftOf(gaps))).toEqual({ ok: true, gaps });
    expect(gapsDraftOf(null)).toEqual({ headMm: '', thresholdMm: '', jambMm: '', meetingMm: '' });
  });
});
