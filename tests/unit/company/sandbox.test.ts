import { describe, expect, it } from 'vitest';
import { compileRuleExpression, evaluateRuleExpression, type ExpressionIssue } from '../../../src/engine/company/sandbox';
import type { RoomVariableName, RoomVariableValue } from '../../../src/engine/company/variables';

function issueOf(text: string): ExpressionIssue {
  const result = compileRuleExpression(text);
  if (result.ok) throw new Error(`expected "${text}" to be rejected`);
  return result.issue;
}

function evaluate(text: string, values: Partial<Record<RoomVariableName, RoomVariableValue>>) {
  const result = compileRuleExpression(text);
  if (!result.ok) throw new Error(`expected "${text}" to compile, got ${result.issue.code}`);
  return evaluateRuleExpression(result.expression, (name) => values[name] ?? null);
}

describe('expression sandbox rejections', () => {
  const cases: [string, ExpressionIssue['code'], Record<string, string>][] = [
    ['import({}, {})', 'function-not-allowed', { name: 'import' }],
    ['createUnit("x")', 'function-not-allowed', { name: 'createUnit' }],
    ['evaluate("1")', 'function-not-allowed', { name: 'evaluate' }],
    ['parse("1")', 'function-not-allowed', { name: 'parse' }],
    ['compile("1")', 'function-not-allowed', { name: 'compile' }],
    ['simplify("x")', 'function-not-allowed', { name: 'simplify' }],
    ['f(x) = x', 'assignment', {}],
    ['x = 1', 'assignment', {}],
    ['ach = 20', 'assignment', {}],
    ['a.b', 'construct-not-allowed', { construct: 'AccessorNode' }],
    ['ach[1] > 0', 'construct-not-allowed', { construct: 'AccessorNode' }],
    ['{a: 1}', 'construct-not-allowed', { construct: 'ObjectNode' }],
    ['[1, 2] == 1', 'construct-not-allowed', { construct: 'ArrayNode' }],
    ['1:3', 'construct-not-allowed', { construct: 'RangeNode' }],
    ['ach > 1; ach < 3', 'construct-not-allowed', { construct: 'BlockNode' }],
    ['"s"', 'string-not-allowed', {}],
    ['ach > 1 or "s" == "s"', 'string-not-allowed', {}],
    ['det(ach) > 1', 'function-not-allowed', { name: 'det' }],
    ['ach > floor(3)', 'function-not-allowed', { name: 'floor' }],
    ['area > 3', 'symbol-unknown', { name: 'area' }],
    ['ach > NaNs', 'symbol-unknown', { name: 'NaNs' }],
    ['ach > 1 m', 'symbol-unknown', { name: 'm' }],
    ['ach! > 1', 'operator-not-allowed', { operator: '!' }],
    ["ach' > 1", 'operator-not-allowed', { operator: "'" }],
    ['ach * 2', 'not-boolean', {}],
    ['', 'empty', {}],
    ['   ', 'empty', {}],
  ];

  for (const [text, code, fields] of cases) {
    it(`rejects ${JSON.stringify(text)} as ${code}`, () => {
      const issue = issueOf(text);
      expect(issue.code).toBe(code);
      for (const [key, value] of Object.entries(fields)) expect((issue as unknown as Record<string, unknown>)[key]).toBe(value);
    });
  }

  it('reports the position of a syntax error', () => {
    const issue = issueOf('ach >= (15');
    expect(issue.code).toBe('syntax');
    if (issue.code !== 'syntax') return;
    expect(issue.position).toBe(11);
  });
});

describe('expression sandbox evaluation', () => {
  it('passes a true requirement', () => {
    expect(evaluate('ach >= 15', { ach: 18 })).toEqual({ kind: 'value', value: true });
  });

  it('fails a false requirement', () => {
    expect(evaluate('ach >= 15', { ach: 12 })).toEqual({ kind: 'value', value: false });
  });

  it('gives missing for a null variable', () => {
    expect(evaluate('ach >= 15 and pressure_pa >= 10', { ach: 20 })).toEqual({ kind: 'missing', missing: ['pressure_pa'] });
  });

  it('keeps negative pressures negative', () => {
    expect(evaluate('pressure_pa <= -15', { pressure_pa: -20 })).toEqual({ kind: 'value', value: true });
    expect(evaluate('pressure_pa <= -15', { pressure_pa: 5 })).toEqual({ kind: 'value', value: false });
  });

  it('reads flags and allowed functions', () => {
    expect(evaluate('containment ? pressure_pa < 0 : pressure_pa > 0', { containment: true, pressure_pa: -10 })).toEqual({ kind: 'value', value: true });
    expect(evaluate('max(supply_m3h, 3 * exhaust_m3h) <= round(sqrt(area_m2) * 100)', { supply_m3h: 900, exhaust_m3h: 200, area_m2: 100 })).toEqual({ kind: 'value', value: true });
    expect(evaluate('abs(min(temperature_c, 30) - 22) <= 2 and pi > 3 and e < 3', { temperature_c: 23 })).toEqual({ kind: 'value', value: true });
  });

  it('accepts chained comparisons', () => {
    expect(evaluate('45 <= rh_pct <= 65', { rh_pct: 50 })).toEqual({ kind: 'value', value: true });
    expect(evaluate('45 <= rh_pct <= 65', { rh_pct: 70 })).toEqual({ kind: 'value', value: false });
  });

  it('lists the variables an expression reads', () => {
    const result = compileRuleExpression('ach >= 15 and iso_class <= 7 and ach < 60');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.expression.variables).toEqual(['ach', 'iso_class']);
  });
});
