import { useMemo } from 'react';
import type { TerminalSpec } from '../../domain/airside';
import type { Project } from '../../domain/project';
import { projectTerminalCatalog } from '../../engine/airside/terminalCatalog';

/**
 * Returns the terminal catalog the project's rooms choose from: the project's own catalog, or the
 * engine's defaults from `rules/terminals/` while the project has none.
 */
export function useTerminalCatalog(project: Project): readonly TerminalSpec[] {
  const catalog = project.airside?.terminalCatalog;
  // Recompute only when the catalog changes, not on every edit of the project.
  return useMemo(() => projectTerminalCatalog(project), [catalog]); // eslint-disable-line react-hooks/exhaustive-deps
}
