import { DEFAULT_PROJECT_AIRSIDE, type Ahu, type ProjectAirside, type TerminalSpec } from '../../domain/airside';
import type { Project } from '../../domain/project';

/** Returns the project's air-side settings, or the defaults for a project saved before they existed. */
export function airsideOf(project: Project): ProjectAirside {
  return project.airside ?? DEFAULT_PROJECT_AIRSIDE;
}

/** Returns the first tag `AHU-n` (n = 1, 2, …) that no AHU of the project carries, from a template such as `AHU-{n}`. */
export function nextAhuName(ahus: readonly Ahu[], template: (n: number) => string): string {
  const taken = new Set(ahus.map((ahu) => ahu.name.trim()));
  let n = 1;
  while (taken.has(template(n))) n += 1;
  return template(n);
}

export type AhuNameProblem = 'empty' | 'duplicate' | null;

/** Checks a typed AHU tag: it must not be empty or repeat another AHU's tag. */
export function ahuNameProblem(name: string, ahus: readonly Ahu[], ownId: string): AhuNameProblem {
  const trimmed = name.trim();
  if (trimmed === '') return 'empty';
  if (ahus.some((ahu) => ahu.id !== ownId && ahu.name.trim() === trimmed)) return 'duplicate';
  return null;
}

/** Relative tolerance under which a stored rating counts as the face-velocity default. */
const DEFAULT_RATING_TOLERANCE = 1e-9;

/**
 * Returns `spec` with `patch` applied. A rating that equalled the face-velocity default before the
 * change follows the new face size and velocity, and a rating the engineer typed is kept.
 * `ratedFor` is the face-velocity arithmetic of the engine's terminal catalog.
 */
export function patchTerminalSpec(
  spec: TerminalSpec,
  patch: Partial<Omit<TerminalSpec, 'id'>>,
  ratedFor: (faceWidthMm: number, faceLengthMm: number, faceVelocityMs: number) => number,
): TerminalSpec {
  const before = ratedFor(spec.faceWidthMm, spec.faceLengthMm, spec.faceVelocityMs);
  const wasDefault = Math.abs(spec.ratedM3h - before) <= DEFAULT_RATING_TOLERANCE * Math.max(1, before);
  const next = { ...spec, ...patch };
  if (patch.ratedM3h !== undefined || !wasDefault) return next;
  return { ...next, ratedM3h: ratedFor(next.faceWidthMm, next.faceLengthMm, next.faceVelocityMs) };
}
