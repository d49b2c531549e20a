import { networkRuleLabel } from '../engine/airside/networkData';
import { airsideRuleLabel, describeAirsideFinding, isAirsideFinding } from './airsideMessages';
import { registerFindingFamily, type FindingFamily } from './findingMessages';
import { describeNetworkFinding, isNetworkFinding } from './networkMessages';
import { describeTerminalFinding, isTerminalFinding, terminalRuleLabel } from './terminalMessages';

/**
 * The air side's finding sentences: pressure network, terminal layout, and supply / fresh air /
 * recovery sizing. They load with the air-side engine rather than with findingMessages.ts, so the
 * app's first screen does not carry them. Whatever renders air-side findings installs them first:
 * the command line, the PDF report, and the app once the air side has loaded.
 */

const NETWORK: FindingFamily = {
  matches: isNetworkFinding,
  describe: (finding, locale, name, label) => describeNetworkFinding(finding, locale, name, label),
  ruleLabel: networkRuleLabel,
};

const TERMINALS: FindingFamily = {
  matches: isTerminalFinding,
  describe: (finding, locale, name, label) => describeTerminalFinding(finding, locale, name(finding.roomId ?? ''), label),
  ruleLabel: terminalRuleLabel,
};

const SIZING: FindingFamily = {
  matches: isAirsideFinding,
  describe: (finding, locale, name) => describeAirsideFinding(finding, locale, name(finding.roomId ?? '')),
  ruleLabel: airsideRuleLabel,
};

/** Makes `describeFinding` and `ruleLabel` render air-side findings. Safe to call more than once. */
export function installAirsideFindingMessages(): void {
  registerFindingFamily(NETWORK);
  registerFindingFamily(TERMINALS);
  registerFindingFamily(SIZING);
}
