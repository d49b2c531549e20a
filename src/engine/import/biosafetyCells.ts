import { BIOSAFETY_LEVELS, BIOSAFETY_TYPES, type Biosafety, type BiosafetyLevel, type BiosafetyType } from '../../domain/biosafety';

/**
 * Biosafety level as written in schedules after folding: `BSL-3`, `BSL3`, `BSL 3 b1`, `ABSL-3`,
 * `P3` (the common Chinese name for BSL-3), `ABSL-3 b2`, `BSL-3（b1）`, `BSL-3 b1类`.
 */
const LEVEL_PATTERN = /^(a?bsl|p)-?([1-4])(?:-?\(?(a|b1|b2)\)?(?:类|型)?)?$/;

/** Parses a `biosafety_level` cell; empty is null (not a laboratory), unreadable text is an error. */
export function parseBiosafetyCell(cell: string): { ok: true; value: Biosafety | null } | { ok: false } {
  const compact = cell.normalize('NFKC').toLowerCase().replace(/[\s_]+/g, '');
  if (compact === '') return { ok: true, value: null };
  const match = LEVEL_PATTERN.exec(compact);
  if (!match) return { ok: false };

  const prefix = match[1] === 'absl' ? 'ABSL' : 'BSL';
  const level = `${prefix}-${match[2]}` as BiosafetyLevel;
  const type = (match[3] ?? null) as BiosafetyType | null;
  if (!BIOSAFETY_LEVELS.includes(level) || (type !== null && !BIOSAFETY_TYPES.includes(type))) return { ok: false };
  return { ok: true, value: { level, type } };
}

const YES = new Set(['yes', 'y', 'true', '1', '是', '有', '负压']);
const NO = new Set(['no', 'n', 'false', '0', '否', '无']);

/** Parses a yes/no cell (`containment`/`负压`); empty is null (not given), other text is an error. */
export function parseYesNoCell(cell: string): { ok: true; value: boolean | null } | { ok: false } {
  const folded = cell.normalize('NFKC').trim().toLowerCase();
  if (folded === '') return { ok: true, value: null };
  if (YES.has(folded)) return { ok: true, value: true };
  if (NO.has(folded)) return { ok: true, value: false };
  return { ok: false };
}
