import { useEffect, useMemo, useSyncExternalStore } from 'react';
import type { Project } from '../../domain/project';
import { createChecker, type Checker } from '../../engine/check';
import { listRuleSets } from '../../engine/rules/registry';
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
 * an edit to one room re-checks only that room and its doors. It starts as the rule check alone,
 * so that the air side (pressure network, supply sizing, terminals) stays out of the first
 * screen's download. `loadAirside` swaps in a checker with the air side once that code has loaded.
 */
let checker: Checker = createChecker();
let lastChecked: { readonly project: Project; readonly outcome: CheckOutcome } | null = null;

type AirsideState = 'idle' | 'loading' | 'ready' | 'failed';
let airsideState: AirsideState = 'idle';
let airsideLoad: Promise<void> | null = null;
const airsideListeners = new Set<() => void>();

function setAirsideState(state: AirsideState): void {
  airsideState = state;
  for (const listener of airsideListeners) listener();
}

/** Loads the air-side engine and its finding sentences once; later calls return the same promise. */
export function loadAirside(): Promise<void> {
  airsideLoad ??= (async () => {
    setAirsideState('loading');
    try {
      const [engine, messages] = await Promise.all([import('../../engine/airside/index'), import('../../i18n/airsideFindingMessages')]);
      messages.installAirsideFindingMessages();
      checker = createChecker(undefined, { airside: engine.createAirsideCalculator });
      lastChecked = null;
      setAirsideState('ready');
    } catch (error) {
      airsideLoad = null;
      setAirsideState('failed');
      throw error;
    }
  })();
  return airsideLoad;
}

function subscribeAirside(listener: () => void): () => void {
  airsideListeners.add(listener);
  return () => airsideListeners.delete(listener);
}

/** Returns whether the air side is part of the check yet; a change re-renders the caller. */
export function useAirsideState(): AirsideState {
  return useSyncExternalStore(subscribeAirside, () => airsideState);
}

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

/** Checks a project with the air side included, loading it first when needed (exports use this). */
export async function checkOpenProjectWithAirside(project: Project): Promise<CheckOutcome> {
  await loadAirside();
  return checkOpenProject(project);
}

/**
 * Return the check outcome of the open project, recomputed when the project changes and once more
 * when the air side has loaded.
 */
export function useCheckOutcome(): CheckOutcome {
  const project = useProjectStore((state) => state.project);
  const airside = useAirsideState();
  useEffect(() => {
    // A failed load is retried on the next mount; meanwhile the rule check alone is shown.
    loadAirside().catch((error: unknown) => console.error('Air-side code failed to load', error));
  }, []);
  return useMemo(() => checkOpenProject(project), [project, airside]);
}

/** Info of the project's rule sets in the project's order; unknown ids are left out. */
export function projectRuleSets(project: Project): RuleSetInfo[] {
  const byId = new Map(listRuleSets().map((info) => [info.id, info]));
  return project.ruleSetIds.flatMap((id) => {
    const info = byId.get(id);
    return info ? [info] : [];
  });
}
