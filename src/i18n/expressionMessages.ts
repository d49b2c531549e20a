import type { Finding } from '../engine/findings';
import type { ExpressionIssue } from '../engine/company/sandbox';
import { EXPRESSION_FUNCTIONS, EXPRESSION_SYMBOLS } from '../engine/company/variables';
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

function allowedNames(locale: Locale): string {
  const zh = locale === 'zh-CN';
  const symbols = EXPRESSION_SYMBOLS.join(', ');
  const functions = EXPRESSION_FUNCTIONS.join(', ');
  return zh ? `可用的变量和常量：${symbols}；可用的函数：${functions}。` : `Allowed variables and constants: ${symbols}. Allowed functions: ${functions}.`;
}

function issueProblem(issue: ExpressionIssue, zh: boolean): string {
  switch (issue.code) {
    case 'empty':
      return zh ? '表达式为空' : 'the expression is empty';
    case 'syntax': {
      const at = issue.position === null ? '' : zh ? `（第 ${issue.position} 个字符处）` : ` at character ${issue.position}`;
      return zh ? `语法错误${at}：${issue.detail}` : `syntax error${at}: ${issue.detail}`;
    }
    case 'assignment':
      return zh ? '不允许赋值或定义函数' : 'assignments and function definitions are not allowed';
    case 'function-not-allowed':
      return zh ? `不允许调用函数 ${issue.name}` : `the function ${issue.name} is not allowed`;
    case 'symbol-unknown':
      return zh ? `未知名称 ${issue.name}` : `unknown name ${issue.name}`;
    case 'operator-not-allowed':
      return zh ? `不允许使用运算符 ${issue.operator}` : `the operator ${issue.operator} is not allowed`;
    case 'construct-not-allowed':
      return zh ? `不允许使用 ${issue.construct}（属性访问、下标、对象、矩阵、区间或多条语句）` : `${issue.construct} is not allowed (no property access, indexing, objects, matrices, ranges or several statements)`;
    case 'string-not-allowed':
      return zh ? '不允许使用字符串' : 'strings are not allowed';
    case 'not-boolean':
      return zh ? `结果应为真或假，实际为 ${issue.found}；请写成比较式，如 ach >= 15` : `the result must be true or false, not ${issue.found}; write a comparison such as ach >= 15`;
  }
}

/** Renders an expression rejected on entry: the expression, what is wrong, and the names that may be used. */
export function describeExpressionIssue(issue: ExpressionIssue, locale: Locale): string {
  const zh = locale === 'zh-CN';
  const problem = issueProblem(issue, zh);
  return zh ? `表达式“${issue.expression}”无效：${problem}。${allowedNames(locale)}` : `Invalid expression "${issue.expression}": ${problem}. ${allowedNames(locale)}`;
}

/** Returns the label of a rule of a rule set registered at run time (a company set), or null. */
export function registeredRuleLabel(ruleId: string): LocalizedText | null {
  const setId = ruleId.split('/')[0] ?? '';
  if (!listRegisteredRuleSets().some((info) => info.id === setId)) return null;
  const rule = getRuleSets([setId])[0]!.rules.find((candidate) => candidate.id === ruleId);
  return rule?.label ?? null;
}
