import type { Project } from '../domain/project';
import { createAirsideCalculator } from './airside/index';
import { checkProject as checkRules, createChecker as createRuleChecker, type Checker } from './check';
import type { CheckResult } from './findings';
import type { LoadedRuleSet } from './rules/load';

/**
 * The check with the air side: rule findings, then the pressure network, governing supply,
 * terminals and AHU totals. The command line, the reports and the tests use these. The app starts
 * with the rule check alone (src/engine/check.ts) and adds the air side once its code has loaded.
 */

/** Creates an incremental checker that also computes the air side; see `createChecker` in check.ts. */
export function createChecker(ruleSets?: readonly LoadedRuleSet[]): Checker {
  return createRuleChecker(ruleSets, { airside: createAirsideCalculator });
}

/** Checks a project, air side included, against `ruleSets` or the rule sets its `ruleSetIds` name. */
export function checkProject(project: Project, ruleSets?: readonly LoadedRuleSet[]): CheckResult {
  return checkRules(project, ruleSets, { airside: createAirsideCalculator });
}
