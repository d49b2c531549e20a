import type { TerminalSpec } from '../../domain/airside';
import type { Project } from '../../domain/project';
import { MM_PER_M, SECONDS_PER_HOUR } from '../../domain/units';
import { terminalCatalogFile } from './terminalData';

/**
 * Computes a filter's airflow from its face and face velocity: Q = W × L × v × 3600, in m³/h for
 * W and L in mm and v in m/s. This is the arithmetic the default catalog's ratings follow.
 */
export function faceVelocityAirflowM3h(faceWidthMm: number, faceLengthMm: number, faceVelocityMs: number): number {
  const faceAreaM2 = (faceWidthMm / MM_PER_M) * (faceLengthMm / MM_PER_M);
  return faceAreaM2 * faceVelocityMs * SECONDS_PER_HOUR;
}

let defaults: readonly TerminalSpec[] | null = null;

/**
 * Returns the default terminal catalog of `rules/terminals/catalog.json`, each entry rated at the
 * file's face velocity by `faceVelocityAirflowM3h`. The ratings are not rounded.
 */
export function defaultTerminalCatalog(): readonly TerminalSpec[] {
  if (defaults === null) {
    const file = terminalCatalogFile();
    const faceVelocityMs = file.faceVelocity.valueMs;
    defaults = Object.freeze(
      file.terminals.map((entry) => ({
        ...entry,
        faceVelocityMs,
        ratedM3h: faceVelocityAirflowM3h(entry.faceWidthMm, entry.faceLengthMm, faceVelocityMs),
      })),
    );
  }
  return defaults;
}

/** Returns the project's own terminal catalog, or the defaults when the project has none. */
export function projectTerminalCatalog(project: Project): readonly TerminalSpec[] {
  return project.airside?.terminalCatalog ?? defaultTerminalCatalog();
}
