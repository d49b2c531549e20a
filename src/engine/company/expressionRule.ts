import type { LocalizedText } from '../../i18n/locale';
import type { Finding, RequirementKind } from '../findings';
import type { RoomContext } from '../rooms';
import { makeFinding, type RoomRule, type RuleHeader } from '../checks/types';
import { compileRuleExpression, evaluateRuleExpression, type CompiledExpression, type ExpressionEvaluation, type ExpressionIssue } from './sandbox';
import { readRoomVariable, type RoomVariableName } from './variables';

/** A company rule whose condition is a mathjs expression over room variables, as stored in a rule-set file. */
export interface ExpressionRuleData {
  /** Kebab-case, unique in the rule set. */
  readonly id: string;
  readonly kind: RequirementKind;
  readonly label: LocalizedText;
  /** Clause text printed with each finding, e.g. `Company standard CS-07 §4.2`. */
  readonly clause: string;
  /** When present, the rule judges only rooms for which this expression is true. */
  readonly appliesWhen?: string;
  /** Must be true for the room to pass. */
  readonly requirement: string;
  readonly verified: boolean;
  readonly note?: string;
}

/** Expression field of a rule that an issue is about. */
export type ExpressionField = 'appliesWhen' | 'requirement';

export class ExpressionRuleError extends Error {
  readonly ruleId: string;
  readonly field: ExpressionField;
  readonly issue: ExpressionIssue;

  constructor(ruleId: string, field: ExpressionField, issue: ExpressionIssue) {
    super(`rule "${ruleId}", ${field}: invalid expression "${issue.expression}" (${issue.code})`);
    this.name = 'ExpressionRuleError';
    this.ruleId = ruleId;
    this.field = field;
    this.issue = issue;
  }
}

function compileField(ruleId: string, field: ExpressionField, text: string): CompiledExpression {
  const result = compileRuleExpression(text);
  if (!result.ok) throw new ExpressionRuleError(ruleId, field, result.issue);
  return result.expression;
}

/** Lists `name = value` for every variable an expression reads, for the finding's sentence. */
function describeValues(context: RoomContext, names: readonly RoomVariableName[]): string {
  return names.map((name) => `${name} = ${String(readRoomVariable(name, context))}`).join(', ');
}

function evaluationFinding(header: RuleHeader, context: RoomContext, expression: CompiledExpression, evaluation: ExpressionEvaluation): Finding {
  const roomId = context.room.id;
  const base = { roomId, required: null, actual: null };
  if (evaluation.kind === 'missing') {
    const params = { expression: expression.source, missing: evaluation.missing.join(', ') };
    return makeFinding(header, { ...base, outcome: 'cannot-evaluate', reason: { code: 'expression-value-missing', params } });
  }
  if (evaluation.kind === 'error') {
    const params = { expression: expression.source, detail: evaluation.detail };
    return makeFinding(header, { ...base, outcome: 'cannot-evaluate', reason: { code: 'expression-failed', params } });
  }
  const params = { expression: expression.source, values: describeValues(context, expression.variables) };
  const outcome = evaluation.value ? 'pass' : 'fail';
  return makeFinding(header, { ...base, outcome, reason: { code: evaluation.value ? 'expression-true' : 'expression-false', params } });
}

/**
 * Compiles an expression rule into a room check. Throws ExpressionRuleError when either expression
 * is outside the sandbox's language. A room for which `appliesWhen` is false gets no finding; a
 * missing value in either expression gives "cannot evaluate".
 */
export function compileExpressionRule(header: RuleHeader, rule: ExpressionRuleData): RoomRule {
  const appliesWhen = rule.appliesWhen === undefined ? null : compileField(rule.id, 'appliesWhen', rule.appliesWhen);
  const requirement = compileField(rule.id, 'requirement', rule.requirement);

  return {
    scope: 'room',
    header,
    evaluate(context) {
      const read = (name: RoomVariableName) => readRoomVariable(name, context);
      if (appliesWhen !== null) {
        const applies = evaluateRuleExpression(appliesWhen, read);
        if (applies.kind !== 'value') return evaluationFinding(header, context, appliesWhen, applies);
        if (!applies.value) return null;
      }
      return evaluationFinding(header, context, requirement, evaluateRuleExpression(requirement, read));
    },
  };
}
