import { describe, expect, it } from 'vitest';
import catalogJson from '../../../rules/terminals/catalog.json';
import returnGrillesJson from '../../../rules/terminals/return-grilles.json';
import {
  parseReturnGrilleFile,
  terminalCatalogFile,
  terminalCatalogFileSchema,
  terminalRuleHeader,
  terminalRulesFile,
} from '../../../src/engine/airside/terminalData';
import { RuleDataError, parseStrict } from '../../../src/engine/rules/validate';

function clone<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

describe('rules/terminals data', () => {
  it('loads the shipped files', () => {
    expect(terminalCatalogFile().faceVelocity.valueMs).toBe(0.45);
    expect(terminalCatalogFile().faceVelocity.kind).toBe('practice');
    expect(terminalCatalogFile().faceVelocity.verified).toBe(false);
    expect(parseReturnGrilleFile(returnGrillesJson, 'return-grilles.json').defaultGrilleId).toBe('grille-600x200');
    expect(terminalRulesFile().rules.map((rule) => rule.id)).toEqual(['coverage-fits', 'capacity']);
  });

  it('builds rule headers with the practice citation', () => {
    expect(terminalRuleHeader('capacity')).toEqual({
      ruleId: 'terminal-layout/capacity',
      kind: 'practice',
      citation: { ruleSetId: 'terminal-layout', standard: 'Cleanroom terminal layout practice', edition: '2026', clause: 'Terminal count × rated airflow at least the required supply' },
      verified: true,
    });
  });

  it('rejects a misspelt catalog key with its path', () => {
    const data = clone(catalogJson) as { terminals: Record<string, unknown>[] };
    data.terminals[2]!.faceWidth = 610;
    expect(() => parseStrict(terminalCatalogFileSchema, data, 'rules/terminals/catalog.json')).toThrow(RuleDataError);
    expect(() => parseStrict(terminalCatalogFileSchema, data, 'rules/terminals/catalog.json')).toThrow(/rules\/terminals\/catalog\.json: \$\.terminals\[2\]/);
  });

  it('rejects a face size that is not positive', () => {
    const data = clone(catalogJson) as { terminals: Record<string, unknown>[] };
    data.terminals[0]!.faceLengthMm = 0;
    expect(() => parseStrict(terminalCatalogFileSchema, data, 'catalog.json')).toThrow(/\$\.terminals\[0\]\.faceLengthMm/);
  });

  it('rejects a default grille that is not listed', () => {
    const data = clone(returnGrillesJson);
    data.defaultGrilleId = 'grille-999x999';
    expect(() => parseReturnGrilleFile(data, 'return-grilles.json')).toThrow(
      'return-grilles.json: $.defaultGrilleId: expected one of the grille ids ("grille-400x200", "grille-600x200", "grille-800x250", "grille-1000x300"), found "grille-999x999"',
    );
  });
});
