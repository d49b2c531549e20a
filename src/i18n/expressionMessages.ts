import type { Finding } from '../engine/findings';
import { getRuleSets, listRegisteredRuleSets } from '../engine/rules/registry';
import type { Locale, LocalizedText } from './locale';

const EXPRESSION_CODES: ReadonlySet<string> = new Set(['expression-true', 'expression-false', 'expression-value-missing', 'expression-failed']);

/** True for findings of company expression rules, which `describeExpressionFinding` renders. */
export function isExpressionFinding(finding: Finding): boolean {
  return EXPRESSION_CODES.has(finding.reason.code);
}

function param(finding: Finding, key: string): string {
  const value = finding.reason.params?.[key];
  return value === null || value === undefined ? '' : String(value);
}

/** Renders a finding of a company expression rule as one sentence: the expression, the room values and the verdict. */
export function describeExpressionFinding(finding: Finding, locale: Locale, room: string, label: string): string {
  const zh = locale === 'zh-CN';
  const expression = param(finding, 'expression');
  switch (finding.reason.code) {
    case 'expression-true':
      return zh
        ? `${room}：${label}要求 ${expression}，取值 ${param(finding, 'values')}，满足要求。`
        : `${room}: ${label} requires ${expression}; with ${param(finding, 'values')} it holds.`;
    case 'expression-false':
      return zh
        ? `${room}：${label}要求 ${expression}，取值 ${param(finding, 'values')}，不满足要求。`
        : `${room}: ${label} requires ${expression}; with ${param(finding, 'values')} it does not hold.`;
    case 'expression-value-missing':
      return zh
        ? `${room}：${label}（${expression}）无法判定，因为缺少 ${param(finding, 'missing')}。`
        : `${room}: ${label} (${expression}) cannot be evaluated because ${param(finding, 'missing')} is missing.`;
    default:
      return zh
        ? `${room}：${label}（${expression}）无法判定，因为计算出错：${param(finding, 'detail')}。`
        : `${room}: ${label} (${expression}) cannot be evaluated because the calculation failed: ${param(finding, 'detail')}.`;
  }
}

/** Returns the label of a rule of a rule set registered at run time (a company set), or null. */
export function registeredRuleLabel(ruleId: string): LocalizedText | null {
  const setId = ruleId.split('/')[0] ?? '';
  if (!listRegisteredRuleSets().some((info) => info.id === setId)) return null;
  const rule = getRuleSets([setId])[0]!.rules.find((candidate) => candidate.id === ruleId);
  return rule?.label ?? null;
}
