import type { DoorGapsMm } from '../../domain/airside';
import { parseNumberInput, type NumberFieldParse } from './fieldParsing';

/** The four gap inputs of the door panel as typed (mm). */
export interface GapsDraft {
  readonly headMm: string;
  readonly thresholdMm: string;
  readonly jambMm: string;
  readonly meetingMm: string;
}

export type GapKey = keyof GapsDraft;

export const GAP_KEYS: readonly GapKey[] = ['headMm', 'thresholdMm', 'jambMm', 'meetingMm'];

const GAP_RANGE = { min: 0 } as const;

export type GapsParse =
  | { readonly ok: true; readonly gaps: DoorGapsMm }
  | { readonly ok: false; readonly gap: GapKey; readonly problem: 'missing' }
  | { readonly ok: false; readonly gap: GapKey; readonly problem: 'invalid'; readonly parse: Extract<NumberFieldParse, { ok: false }> };

/** Returns the draft of stored gaps, or an empty draft when the door uses the preset. */
export function gapsDraftOf(gaps: DoorGapsMm | null | undefined): GapsDraft {
  if (!gaps) return { headMm: '', thresholdMm: '', jambMm: '', meetingMm: '' };
  return { headMm: String(gaps.headMm), thresholdMm: String(gaps.thresholdMm), jambMm: String(gaps.jambMm), meetingMm: String(gaps.meetingMm) };
}

/**
 * Parses the gap inputs. Head, threshold and jamb are required, and an empty meeting edge is 0 mm,
 * as the project file reads it. Every gap must be a number of at least 0. The first bad input is
 * reported, in the order the panel lists them.
 */
export function parseGapsDraft(draft: GapsDraft): GapsParse {
  const values: Partial<Record<GapKey, number>> = {};
  for (const key of GAP_KEYS) {
    const parsed = parseNumberInput(draft[key], GAP_RANGE);
    if (!parsed.ok) return { ok: false, gap: key, problem: 'invalid', parse: parsed };
    if (parsed.value === null && key !== 'meetingMm') return { ok: false, gap: key, problem: 'missing' };
    values[key] = parsed.value ?? 0;
  }
  return {
    ok: true,
    gaps: { headMm: values.headMm ?? 0, thresholdMm: values.thresholdMm ?? 0, jambMm: values.jambMm ?? 0, meetingMm: values.meetingMm ?? 0 },
  };
}
