import particleLimitsJson from '../../rules/china-gmp-2010/particle-limits.json';
import type { GmpGrade } from '../domain/cleanliness';
import { gmpParticleLimitsSchema, type GmpParticleLimits } from './rules/schema';
import { parseStrict } from './rules/validate';

export const GMP_PARTICLE_LIMITS_FILE = 'rules/china-gmp-2010/particle-limits.json';

/** China GMP 2010 Annex 1 grade particle limits, validated when the module loads. */
export const GMP_PARTICLE_LIMITS: GmpParticleLimits = parseStrict(gmpParticleLimitsSchema, particleLimitsJson, GMP_PARTICLE_LIMITS_FILE);

/** Maximum particles/m³ at ≥0.5 µm and ≥5 µm; null where the annex sets no limit (never 0). */
export interface GradeSizeLimits {
  readonly '0.5': number | null;
  readonly '5': number | null;
}

export interface GradeLimits {
  readonly grade: GmpGrade;
  readonly atRest: GradeSizeLimits;
  readonly inOperation: GradeSizeLimits;
}

const limitsByGrade = new Map<GmpGrade, GradeLimits>(GMP_PARTICLE_LIMITS.grades.map((entry) => [entry.grade, entry]));

/** Returns the particle limits of a GMP grade at rest and in operation (China GMP 2010 Annex 1, Art. 9). */
export function gmpGradeLimits(grade: GmpGrade): GradeLimits {
  return limitsByGrade.get(grade)!;
}
