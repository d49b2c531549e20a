import type { Finding } from '../engine/findings';
import { terminalRulesFile } from '../engine/airside/terminalData';
import { formatNumber, formatQuantity } from './format';
import type { Locale, LocalizedText } from './locale';

/**
 * Sentences for the supply-terminal findings of `src/engine/airside/terminals.ts`: the
 * `terminal-layout` rules (faces fit the ceiling, terminals deliver the supply) and a rule set's
 * minimum filter coverage judged on the terminal layout.
 */

type Params = NonNullable<Finding['reason']['params']>;

const TERMINAL_CODE_PREFIX = 'terminal-';

/** True for the findings `describeTerminalFinding` renders, whose reason codes start with `terminal-`. */
export function isTerminalFinding(finding: Finding): boolean {
  return finding.reason.code.startsWith(TERMINAL_CODE_PREFIX);
}

/** Returns the label of a `terminal-layout/…` rule, or null for any other rule id. */
export function terminalRuleLabel(ruleId: string): LocalizedText | null {
  const data = terminalRulesFile();
  const rule = data.rules.find((candidate) => `${data.id}/${candidate.id}` === ruleId);
  return rule?.label ?? null;
}

function text(p: Params, key: string): string {
  const value = p[key];
  return value === null || value === undefined ? '' : String(value);
}

function count(p: Params, locale: Locale): string {
  return typeof p.count === 'number' ? formatNumber(p.count, locale, 0) : '–';
}

/** `6 × HEPA 610×610` in English, `6 台 HEPA 610×610` in Chinese. */
function terminals(p: Params, locale: Locale): string {
  return locale === 'zh-CN' ? `${count(p, locale)} 台 ${text(p, 'terminal')}` : `${count(p, locale)} × ${text(p, 'terminal')}`;
}

function coverage(p: Params, locale: Locale): string {
  return formatQuantity(typeof p.coveragePct === 'number' ? p.coveragePct : null, '%', locale, 1);
}

function coverageSentence(finding: Finding, locale: Locale, room: string, label: string): string {
  const p = finding.reason.params ?? {};
  const zh = locale === 'zh-CN';
  const maximum = formatQuantity(finding.required?.max ?? null, '%', locale, 0);
  if (finding.outcome === 'pass') {
    return zh
      ? `${room}：${label}——${terminals(p, locale)}覆盖顶棚 ${coverage(p, locale)}（不超过 ${maximum}），满足要求。`
      : `${room}: ${label}: ${terminals(p, locale)} cover ${coverage(p, locale)} of the ceiling (at most ${maximum}), which meets it.`;
  }
  return zh
    ? `${room}：${label}——${terminals(p, locale)}需覆盖顶棚 ${coverage(p, locale)}，超过顶棚面积，无法布置；请选用单位面积风量更大的送风末端，或降低送风量。`
    : `${room}: ${label}: ${terminals(p, locale)} would cover ${coverage(p, locale)} of the ceiling, more than it has; choose a terminal with more airflow per face area or lower the supply.`;
}

function capacitySentence(finding: Finding, locale: Locale, room: string, label: string): string {
  const p = finding.reason.params ?? {};
  const zh = locale === 'zh-CN';
  const rated = formatQuantity(typeof p.ratedM3h === 'number' ? p.ratedM3h : null, 'm3/h', locale, 0);
  const delivered = formatQuantity(finding.actual, 'm3/h', locale, 0);
  const required = formatQuantity(finding.required?.min ?? null, 'm3/h', locale, 0);
  const derived = typeof p.derivedCount === 'number' ? formatNumber(p.derivedCount, locale, 0) : '–';
  if (finding.outcome === 'pass') {
    return zh
      ? `${room}：${label}——${terminals(p, locale)}（单台 ${rated}）共 ${delivered}，送风需求 ${required}，满足要求。`
      : `${room}: ${label}: ${terminals(p, locale)} at ${rated} each give ${delivered} against the required ${required}, which meets it.`;
  }
  return zh
    ? `${room}：${label}——${terminals(p, locale)}（单台 ${rated}）共 ${delivered}，低于送风需求 ${required}；请将数量增至至少 ${derived} 台。`
    : `${room}: ${label}: ${terminals(p, locale)} at ${rated} each give ${delivered}, less than the required ${required}; raise the count to at least ${derived}.`;
}

function minimumCoverageSentence(finding: Finding, locale: Locale, room: string, label: string): string {
  const p = finding.reason.params ?? {};
  const zh = locale === 'zh-CN';
  const minimum = formatQuantity(finding.required?.min ?? null, '%', locale, 0);
  if (finding.outcome === 'pass') {
    return zh
      ? `${room}：${label}（顶棚送风末端，垂直单向流）要求不低于 ${minimum}，${terminals(p, locale)}覆盖 ${coverage(p, locale)}，满足要求。`
      : `${room}: ${label} for ceiling terminals (vertical flow) requires at least ${minimum}; ${terminals(p, locale)} cover ${coverage(p, locale)}, which meets it.`;
  }
  return zh
    ? `${room}：${label}（顶棚送风末端，垂直单向流）要求不低于 ${minimum}，${terminals(p, locale)}仅覆盖 ${coverage(p, locale)}，低于下限；请增加送风末端数量或选用更大的末端。`
    : `${room}: ${label} for ceiling terminals (vertical flow) requires at least ${minimum}; ${terminals(p, locale)} cover only ${coverage(p, locale)}, which is below the minimum; add terminals or choose larger ones.`;
}

/** Says why a terminal finding could not be judged and what to enter. */
function missingClause(finding: Finding, locale: Locale): string {
  const p = finding.reason.params ?? {};
  const zh = locale === 'zh-CN';
  switch (finding.reason.code) {
    case 'terminal-unknown':
      return zh
        ? `送风末端“${text(p, 'terminalId')}”不在项目的末端目录中；请从目录中选择或将其加入目录`
        : `the terminal "${text(p, 'terminalId')}" is not in the project's terminal catalog; choose a catalog entry or add it to the catalog`;
    case 'terminal-count-missing':
      return zh
        ? '送风需求未知且未填写末端数量；请填写送风设计参数或末端数量'
        : 'the required supply is unknown and no terminal count is entered; enter the supply design values or a terminal count';
    case 'terminal-supply-missing':
      return zh ? '送风需求未知；请填写送风设计参数' : 'the required supply is unknown; enter the supply design values';
    case 'terminal-area-missing':
      return zh ? '房间面积未知；请绘制房间或填写面积' : 'the room area is not known; draw the room or enter its area';
    case 'terminal-count-invalid':
      return zh
        ? `填写的末端数量 ${text(p, 'override')} 不是大于或等于 0 的整数；请填写整数`
        : `the entered terminal count ${text(p, 'override')} is not a whole number of 0 or more; enter a whole number`;
    default:
      return finding.reason.code;
  }
}

/** Renders a terminal finding as one sentence in `locale`, given the room's display name and the rule's label. */
export function describeTerminalFinding(finding: Finding, locale: Locale, room: string, label: string): string {
  const judged = finding.outcome === 'pass' || finding.outcome === 'fail';
  if (judged && finding.reason.code === 'terminal-coverage') return coverageSentence(finding, locale, room, label);
  if (judged && finding.reason.code === 'terminal-capacity') return capacitySentence(finding, locale, room, label);
  if (judged && finding.reason.code === 'terminal-coverage-minimum') return minimumCoverageSentence(finding, locale, room, label);

  const because = missingClause(finding, locale);
  return locale === 'zh-CN' ? `${room}：${label}无法判定，因为${because}。` : `${room}: ${label} cannot be evaluated because ${because}.`;
}
