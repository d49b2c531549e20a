import { useMemo } from 'react';
import type { Project } from '../../domain/project';
import { createChecker, listRuleSets } from '../../engine/index';
import type { CheckResult } from '../../engine/findings';
import type { RuleSetInfo } from '../../engine/rules/types';
import { useProjectStore } from '../store/projectStore';

export interface CheckOutcome {
  readonly result: CheckResult;
  /** Rule-set ids of the project that this build does not have; they are left out of the check. */
  readonly unknownRuleSetIds: readonly string[];
}

/**
 * One checker for the app. It reuses per-room results for rooms whose objects are unchanged, so
 * an edit to one room re-checks only that room and its doors.
 */
const checker = createChecker();
let lastChecked: { readonly project: Project; readonly outcome: CheckOutcome } | null = null;

/**
 * Check a project, returning the previous outcome when the project object is the same. Rule-set
 * ids this build does not know (a file from a newer version) are skipped and reported, because
 * the engine rejects unknown ids.
 */
export function checkOpenProject(project: Project): CheckOutcome {
  if (lastChecked?.project === project) return lastChecked.outcome;

  const knownIds = new Set(listRuleSets().map((info) => info.id));
  const unknownRuleSetIds = project.ruleSetIds.filter((id) => !knownIds.has(id));
  const checkable = unknownRuleSetIds.length === 0 ? project : { ...project, ruleSetIds: project.ruleSetIds.filter((id) => knownIds.has(id)) };
  const outcome: CheckOutcome = { result: checker.check(checkable), unknownRuleSetIds };

  lastChecked = { project, outcome };
  return outcome;
}

/** Return the check outcome of the open project, recomputed when the project changes. */
export function useCheckOutcome(): CheckOutcome {
  const project = useProjectStore((state) => state.project);
  return useMemo(() => checkOpenProject(project), [project]);
}

/** Info of the project's rule sets in the project's order; unknown ids are left out. */
export function projectRuleSets(project: Project): RuleSetInfo[] {
  const byId = new Map(listRuleSets().map((info) => [info.id, info]));
  return project.ruleSetIds.flatMap((id) => {
    const info = byId.get(id);
    return info ? [info] : [];
  });
}
