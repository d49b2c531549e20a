import { fraction, multiplyMoney, sumMoney, type CurrencyCode, type Money } from '../money';
import { PIPELINE_STAGES, type CrmProject, type PipelineStage } from './types';

export interface StageValue {
  readonly stage: PipelineStage;
  readonly projects: number;
  /** Sum of expected values of the open projects in the stage (projects without one add nothing). */
  readonly expected: Money;
  /** Sum of expected value × win probability, each rounded to the minor unit. */
  readonly weighted: Money;
}

/**
 * Sums open projects (not lost) by pipeline stage, in pipeline order, for the pipeline board and
 * dashboard. Throws when a project's expected value is in another currency than `currency`.
 */
export function pipelineValueByStage(projects: readonly CrmProject[], currency: CurrencyCode): StageValue[] {
  const open = projects.filter((project) => project.lostReason === null);
  for (const project of open) {
    const probability = project.probabilityPct;
    if (probability !== null && !(probability >= 0 && probability <= 100)) {
      throw new RangeError(`Project ${project.id}: win probability is ${probability} %: expected a number from 0 to 100`);
    }
  }
  return PIPELINE_STAGES.map((stage) => {
    const inStage = open.filter((project) => project.stage === stage);
    const valued = inStage.filter((project) => project.expectedValue !== null);
    const expected = sumMoney(valued.map((project) => project.expectedValue!), currency);
    const weightedParts = valued.map((project) => multiplyMoney(project.expectedValue!, fraction(BigInt(Math.round((project.probabilityPct ?? 0) * 100)), 10_000n)));
    return { stage, projects: inStage.length, expected, weighted: sumMoney(weightedParts, currency) };
  });
}

/** Returns the project marked lost with its reason; throws when the reason is empty. */
export function markProjectLost(project: CrmProject, reason: string): CrmProject {
  if (reason.trim() === '') throw new RangeError(`Project ${project.id}: a lost project needs a lost reason; enter why it was lost`);
  return { ...project, lostReason: reason.trim() };
}
