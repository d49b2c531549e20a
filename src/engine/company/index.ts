/**
 * Public API of company rule sets. It is not re-exported from `src/engine/index.ts` because the
 * expression sandbox pulls in mathjs: the app imports this module only from lazily loaded code.
 */
export { copyRuleSet, type CopyOptions } from './copy';
export {
  companyRuleSetHash,
  loadCompanyRuleSet,
  parseCompanyRuleSetFile,
  RuleSetExpressionError,
  serialiseCompanyRuleSet,
  type CompanyRuleSetDocument,
} from './document';
export { compileExpressionRule, ExpressionRuleError, type ExpressionField, type ExpressionRuleData } from './expressionRule';
export { COMPANY_ID_PREFIX, RULE_SET_FILE_FORMAT, RULE_SET_FILE_SCHEMA_VERSION, ruleSetFileSchema } from './fileSchema';
export { compileRuleExpression, evaluateRuleExpression, type CompiledExpression, type ExpressionEvaluation, type ExpressionIssue, type ExpressionResult } from './sandbox';
export { listEditableNumbers, setEditableNumber, type EditableNumber } from './thresholds';
export { EXPRESSION_CONSTANTS, EXPRESSION_FUNCTIONS, EXPRESSION_SYMBOLS, ROOM_VARIABLE_NAMES, readRoomVariable, type RoomVariableName, type RoomVariableValue } from './variables';
