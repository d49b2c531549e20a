/**
 * Rule sets of the air side's own sizing and layout practice. Their findings accompany every check
 * whatever `--standard` names, because they judge the design's arithmetic (supply against the
 * governing requirement, terminal layout, door pressure practice) rather than a chosen standard.
 */
const AIRSIDE_PRACTICE_SETS = ['airside-design/', 'airside-practice/', 'terminal-layout/'];

/** True for a finding of the air side's practice sets (by its `rule` id in the CLI JSON). */
export function isAirsidePracticeRule(ruleId: string): boolean {
  return AIRSIDE_PRACTICE_SETS.some((prefix) => ruleId.startsWith(prefix));
}

/** Returns the findings a chosen standard produced, leaving out the air side's practice findings. */
export function standardFindings<T extends { readonly rule: string }>(findings: readonly T[]): T[] {
  return findings.filter((finding) => !isAirsidePracticeRule(finding.rule));
}
