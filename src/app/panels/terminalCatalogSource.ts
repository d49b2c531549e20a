import { useMemo } from 'react';
import type { TerminalSpec } from '../../domain/airside';
import type { Project } from '../../domain/project';

/**
 * Returns the terminal catalog the project's rooms choose from: the project's own catalog, or an
 * empty list while the project uses the defaults.
 */
// TODO: return the engine's default catalog (rules/terminals) when the project has none, once the engine exports it.
export function terminalCatalogOf(project: Project): readonly TerminalSpec[] {
  return project.airside?.terminalCatalog ?? [];
}

export function useTerminalCatalog(project: Project): readonly TerminalSpec[] {
  const catalog = project.airside?.terminalCatalog;
  return useMemo(() => terminalCatalogOf(project), [catalog]); // eslint-disable-line react-hooks/exhaustive-deps
}
