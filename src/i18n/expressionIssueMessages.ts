import type { ExpressionIssue } from '../engine/company/sandbox';
import { EXPRESSION_FUNCTIONS, EXPRESSION_SYMBOLS } from '../engine/company/variables';
import type { Locale } from './locale';

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
      // NOTE: `detail` is mathjs's own message, in English in both languages.
      let at = '';
      if (issue.position !== null) at = zh ? `（第 ${issue.position} 个字符处）` : ` at character ${issue.position}`;
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
