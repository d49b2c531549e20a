import {
  absDependencies,
  addDependencies,
  andDependencies,
  create,
  divideDependencies,
  eDependencies,
  equalDependencies,
  largerDependencies,
  largerEqDependencies,
  maxDependencies,
  minDependencies,
  modDependencies,
  multiplyDependencies,
  notDependencies,
  orDependencies,
  parseDependencies,
  piDependencies,
  powDependencies,
  roundDependencies,
  smallerDependencies,
  smallerEqDependencies,
  sqrtDependencies,
  subtractDependencies,
  unaryMinusDependencies,
  unaryPlusDependencies,
  unequalDependencies,
  xorDependencies,
  type FactoryFunctionMap,
  type MathNode,
} from 'mathjs';
import { EXPRESSION_CONSTANTS, EXPRESSION_FUNCTIONS, isRoomVariableName, type RoomVariableName, type RoomVariableValue } from './variables';

/** mathjs functions behind the operators an expression may use (`+ - * / ^ %`, comparisons, `and or not xor`). */
const OPERATOR_FUNCTIONS: ReadonlySet<string> = new Set([
  'add',
  'subtract',
  'multiply',
  'divide',
  'unaryMinus',
  'unaryPlus',
  'pow',
  'mod',
  'equal',
  'unequal',
  'smaller',
  'smallerEq',
  'larger',
  'largerEq',
  'and',
  'or',
  'not',
  'xor',
]);

/** mathjs functions no expression may reach, replaced on the instance by ones that throw. */
const DISABLED_FUNCTIONS = ['import', 'createUnit', 'evaluate', 'parse', 'simplify', 'derivative', 'resolve', 'compile', 'create', 'factory', 'config'];

/** Node types that carry no risk once their children are checked. */
const PLAIN_NODE_TYPES: ReadonlySet<string> = new Set(['ParenthesisNode', 'ConditionalNode']);

/** Reason an expression was rejected on entry, as data; `describeExpressionIssue` renders it in zh-CN or en. */
export type ExpressionIssue =
  | { readonly code: 'empty'; readonly expression: string }
  | { readonly code: 'syntax'; readonly expression: string; readonly position: number | null; readonly detail: string }
  | { readonly code: 'assignment'; readonly expression: string }
  | { readonly code: 'function-not-allowed'; readonly expression: string; readonly name: string }
  | { readonly code: 'symbol-unknown'; readonly expression: string; readonly name: string }
  | { readonly code: 'operator-not-allowed'; readonly expression: string; readonly operator: string }
  | { readonly code: 'construct-not-allowed'; readonly expression: string; readonly construct: string }
  | { readonly code: 'string-not-allowed'; readonly expression: string }
  | { readonly code: 'not-boolean'; readonly expression: string; readonly found: string };

/** An expression that passed validation, compiled once, with the room variables it reads. */
export interface CompiledExpression {
  readonly source: string;
  readonly variables: readonly RoomVariableName[];
  /** Evaluates against a scope holding every name in `variables`; the result is whatever mathjs returns. */
  evaluate(scope: ReadonlyMap<RoomVariableName, number | boolean>): unknown;
}

export type ExpressionResult = { readonly ok: true; readonly expression: CompiledExpression } | { readonly ok: false; readonly issue: ExpressionIssue };

function throwDisabled(name: string): () => never {
  return () => {
    throw new Error(`${name} is disabled in rule expressions`);
  };
}

/**
 * Builds the one mathjs instance rule expressions run in: only arithmetic, comparison, logical,
 * min/max/abs/round/sqrt and the constants pi and e, with plain numbers (no BigNumber). `parse` is
 * kept privately for `compileRuleExpression`. On the instance, it and the other functions that
 * could define, import or evaluate code are replaced by functions that throw.
 */
function createSandbox(): { parse: (text: string) => MathNode } {
  // mathjs 15 types each *Dependencies export as possibly undefined, though every one is defined.
  const factories = {
    addDependencies,
    subtractDependencies,
    multiplyDependencies,
    divideDependencies,
    unaryMinusDependencies,
    unaryPlusDependencies,
    powDependencies,
    modDependencies,
    equalDependencies,
    unequalDependencies,
    smallerDependencies,
    smallerEqDependencies,
    largerDependencies,
    largerEqDependencies,
    andDependencies,
    orDependencies,
    notDependencies,
    xorDependencies,
    minDependencies,
    maxDependencies,
    absDependencies,
    roundDependencies,
    sqrtDependencies,
    piDependencies,
    eDependencies,
    parseDependencies,
  } as unknown as Record<string, FactoryFunctionMap>;
  const math = create(factories, { number: 'number' });
  const parse = math.parse.bind(math) as (text: string) => MathNode;
  const instance = math as unknown as Record<string, unknown>;
  for (const name of DISABLED_FUNCTIONS) instance[name] = throwDisabled(name);
  return { parse };
}

let sandbox: { parse: (text: string) => MathNode } | null = null;

function sandboxParse(text: string): MathNode {
  sandbox ??= createSandbox();
  return sandbox.parse(text);
}

const ALLOWED_FUNCTIONS: ReadonlySet<string> = new Set(EXPRESSION_FUNCTIONS);
const ALLOWED_CONSTANTS: ReadonlySet<string> = new Set(EXPRESSION_CONSTANTS);

/** Reads the 1-based character position mathjs puts in its syntax errors, `(char 7)`. */
function syntaxPosition(message: string): number | null {
  const match = /\(char (\d+)\)/.exec(message);
  return match ? Number(match[1]) : null;
}

interface WalkState {
  readonly expression: string;
  readonly variables: Set<RoomVariableName>;
}

function checkConstant(node: MathNode, state: WalkState): ExpressionIssue | null {
  const value = (node as unknown as { value: unknown }).value;
  if (typeof value === 'number' || typeof value === 'boolean') return null;
  if (typeof value === 'string') return { code: 'string-not-allowed', expression: state.expression };
  return { code: 'construct-not-allowed', expression: state.expression, construct: String(value) };
}

function checkSymbol(name: string, state: WalkState): ExpressionIssue | null {
  if (isRoomVariableName(name)) {
    state.variables.add(name);
    return null;
  }
  if (ALLOWED_CONSTANTS.has(name)) return null;
  return { code: 'symbol-unknown', expression: state.expression, name };
}

function checkFunctionCall(node: MathNode, state: WalkState): ExpressionIssue | null {
  const call = node as unknown as { fn: MathNode & { name?: string }; args: MathNode[] };
  if (call.fn.type !== 'SymbolNode' || call.fn.name === undefined) {
    return { code: 'construct-not-allowed', expression: state.expression, construct: call.fn.type };
  }
  if (!ALLOWED_FUNCTIONS.has(call.fn.name)) return { code: 'function-not-allowed', expression: state.expression, name: call.fn.name };
  return firstIssue(call.args, state);
}

function checkOperator(node: MathNode, state: WalkState): ExpressionIssue | null {
  const operator = node as unknown as { fn: string; op: string; args: MathNode[] };
  if (!OPERATOR_FUNCTIONS.has(operator.fn)) return { code: 'operator-not-allowed', expression: state.expression, operator: operator.op };
  return firstIssue(operator.args, state);
}

function checkRelational(node: MathNode, state: WalkState): ExpressionIssue | null {
  const relation = node as unknown as { conditionals: string[]; params: MathNode[] };
  const disallowed = relation.conditionals.find((name) => !OPERATOR_FUNCTIONS.has(name));
  if (disallowed !== undefined) return { code: 'operator-not-allowed', expression: state.expression, operator: disallowed };
  return firstIssue(relation.params, state);
}

function firstIssue(nodes: readonly MathNode[], state: WalkState): ExpressionIssue | null {
  for (const child of nodes) {
    const issue = checkNode(child, state);
    if (issue !== null) return issue;
  }
  return null;
}

/**
 * Walks the parsed tree and returns the first construct outside the sandbox's language. Every node
 * type is named here: a type mathjs adds later is rejected until it is listed.
 */
function checkNode(node: MathNode, state: WalkState): ExpressionIssue | null {
  switch (node.type) {
    case 'ConstantNode':
      return checkConstant(node, state);
    case 'SymbolNode':
      return checkSymbol((node as unknown as { name: string }).name, state);
    case 'FunctionNode':
      return checkFunctionCall(node, state);
    case 'OperatorNode':
      return checkOperator(node, state);
    case 'RelationalNode':
      return checkRelational(node, state);
    case 'AssignmentNode':
    case 'FunctionAssignmentNode':
      return { code: 'assignment', expression: state.expression };
  }
  if (PLAIN_NODE_TYPES.has(node.type)) {
    const children: MathNode[] = [];
    node.forEach((child) => children.push(child));
    return firstIssue(children, state);
  }
  return { code: 'construct-not-allowed', expression: state.expression, construct: node.type };
}

/** Describes a value for the "must give true or false" message. */
function describeResult(value: unknown): string {
  if (typeof value === 'number') return `a number (${value})`;
  return typeof value;
}

/**
 * Evaluates the expression once with every variable at 1 (flags false) to reject one that gives a
 * number instead of true/false, such as `ach * 2`. A runtime error in this probe is not an issue:
 * real room values may avoid it, and evaluation reports it then.
 */
function probeIssue(expression: CompiledExpression): ExpressionIssue | null {
  const scope = new Map<RoomVariableName, number | boolean>(expression.variables.map((name) => [name, name === 'containment' || name === 'unidirectional' ? false : 1]));
  let result: unknown;
  try {
    result = expression.evaluate(scope);
  } catch {
    return null;
  }
  if (typeof result === 'boolean') return null;
  return { code: 'not-boolean', expression: expression.source, found: describeResult(result) };
}

/**
 * Parses, checks and compiles a rule expression. Only numbers, true/false, the room variables, pi
 * and e, the operators of arithmetic, comparison and logic, `? :` and the functions in
 * EXPRESSION_FUNCTIONS are accepted, and the expression must give true or false. Anything else
 * (assignments, function definitions, strings, property access, matrices, other functions such
 * as `import` or `evaluate`) is returned as an issue, never run.
 */
export function compileRuleExpression(text: string): ExpressionResult {
  const expression = text.trim();
  if (expression === '') return { ok: false, issue: { code: 'empty', expression: text } };

  let tree: MathNode;
  try {
    tree = sandboxParse(expression);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, issue: { code: 'syntax', expression, position: syntaxPosition(detail), detail } };
  }

  const state: WalkState = { expression, variables: new Set() };
  const issue = checkNode(tree, state);
  if (issue !== null) return { ok: false, issue };

  const code = tree.compile();
  const compiled: CompiledExpression = {
    source: expression,
    variables: [...state.variables],
    evaluate: (scope) => code.evaluate(new Map<string, unknown>(scope)),
  };
  const probe = probeIssue(compiled);
  return probe === null ? { ok: true, expression: compiled } : { ok: false, issue: probe };
}

/** Outcome of evaluating a compiled expression for one room. */
export type ExpressionEvaluation =
  | { readonly kind: 'value'; readonly value: boolean }
  | { readonly kind: 'missing'; readonly missing: readonly RoomVariableName[] }
  | { readonly kind: 'error'; readonly detail: string };

/**
 * Evaluates `expression` with the room values `read` gives. A variable that is null makes the result
 * `missing`, never a verdict; a result that is not true/false or a mathjs error gives `error`.
 */
export function evaluateRuleExpression(expression: CompiledExpression, read: (name: RoomVariableName) => RoomVariableValue): ExpressionEvaluation {
  const scope = new Map<RoomVariableName, number | boolean>();
  const missing: RoomVariableName[] = [];
  for (const name of expression.variables) {
    const value = read(name);
    if (value === null) missing.push(name);
    else scope.set(name, value);
  }
  if (missing.length > 0) return { kind: 'missing', missing };

  let result: unknown;
  try {
    result = expression.evaluate(scope);
  } catch (error) {
    return { kind: 'error', detail: error instanceof Error ? error.message : String(error) };
  }
  if (typeof result !== 'boolean') return { kind: 'error', detail: `the expression gave ${describeResult(result)}, not true or false` };
  return { kind: 'value', value: result };
}
