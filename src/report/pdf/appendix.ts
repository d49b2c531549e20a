import { startSection, type ReportContext } from './page';
import { drawTable } from './tables';
import type { CompliancePdfInput } from './types';

/** Writes the full SHA-256 of each rule set, which the cover abbreviates. */
export function writeRuleSetHashes(ctx: ReportContext, input: CompliancePdfInput): void {
  const y = startSection(ctx, ctx.text.hashesHeading);
  drawTable(ctx, {
    startY: y,
    head: [[...ctx.text.hashColumns]],
    body: input.ruleSets.map((ruleSet) => [`${ruleSet.standard} (${ruleSet.id})`, ruleSet.edition, ruleSet.hash]),
    columnStyles: { 0: { cellWidth: 50 }, 1: { cellWidth: 16 } },
  });
}
