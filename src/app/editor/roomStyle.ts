import type { Cleanliness, GmpGrade, HospitalClass } from '../../domain/cleanliness';

/**
 * Fill colours by cleanliness class, from dark blue for the cleanest to orange for ISO 9.
 * GMP grades take the colour of an ISO class near their limits: A ≈ ISO 5, C ≈ ISO 7, D ≈ ISO 8,
 * and B ≈ ISO 6, between its at-rest ISO 5 and in-operation ISO 7. GB 50333 operating department
 * classes take the colour of their surgical-zone ISO class in the 2013 edition (I ISO 5, II ISO 6,
 * III ISO 7, IV ISO 8.5). This is a display choice only.
 */
export type LegendKey = 'iso1to4' | 'iso5' | 'iso6' | 'iso7' | 'iso8' | 'iso9' | 'unclassified' | 'none';

export const LEGEND_COLOURS: Readonly<Record<LegendKey, string>> = {
  iso1to4: '#3949ab',
  iso5: '#1e88e5',
  iso6: '#26a69a',
  iso7: '#66bb6a',
  iso8: '#d4e157',
  iso9: '#ffb74d',
  unclassified: '#bdbdbd',
  none: 'transparent',
};

export const LEGEND_ORDER: readonly LegendKey[] = ['iso1to4', 'iso5', 'iso6', 'iso7', 'iso8', 'iso9', 'unclassified', 'none'];

const GRADE_KEYS: Readonly<Record<GmpGrade, LegendKey>> = { A: 'iso5', B: 'iso6', C: 'iso7', D: 'iso8' };
const HOSPITAL_CLASS_KEYS: Readonly<Record<HospitalClass, LegendKey>> = { I: 'iso5', II: 'iso6', III: 'iso7', IV: 'iso9' };

export function legendKeyOf(cleanliness: Cleanliness | null): LegendKey {
  if (cleanliness === null) return 'none';
  if (cleanliness.kind === 'unclassified') return 'unclassified';
  if (cleanliness.kind === 'gmp') return GRADE_KEYS[cleanliness.grade];
  if (cleanliness.kind === 'hospital') return HOSPITAL_CLASS_KEYS[cleanliness.hospitalClass];
  // NOTE: GB 50687 food classes have no verified ISO equivalent, so they get no class colour.
  if (cleanliness.kind === 'food') return 'none';
  const isoClass = cleanliness.isoClass;
  if (isoClass < 5) return 'iso1to4';
  if (isoClass < 6) return 'iso5';
  if (isoClass < 7) return 'iso6';
  if (isoClass < 8) return 'iso7';
  if (isoClass < 8.5) return 'iso8';
  return 'iso9';
}
