import { describe, expect, it } from 'vitest';
import coolingJson from '../../../rules/airside/cooling.json';
import dispersionJson from '../../../rules/airside/dispersion.json';
import manifestJson from '../../../rules/airside/manifest.json';
import recoveryJson from '../../../rules/airside/recovery.json';
import { airsideData, airsideRule, airsideRuleLabel, loadAirsideData, type AirsideSources } from '../../../src/engine/airside/airsideData';
import { ruleLabel } from '../../../src/i18n/findingMessages';
import { RuleDataError } from '../../../src/engine/rules/validate';
import { installAirsideFindingMessages } from '../../../src/i18n/airsideFindingMessages';

// The air side's sentences load apart from findingMessages.ts; install them as the CLI and report do.
installAirsideFindingMessages();

const SHIPPED: AirsideSources = { manifest: manifestJson, cooling: coolingJson, dispersion: dispersionJson, recovery: recoveryJson };

/** Returns a deep copy of a shipped file with `edit` applied. */
function edited<T>(file: T, edit: (copy: T) => void): T {
  const copy = structuredClone(file);
  edit(copy);
  return copy;
}

function loadError(sources: Partial<AirsideSources>): RuleDataError {
  try {
    loadAirsideData({ ...SHIPPED, ...sources });
  } catch (error) {
    expect(error).toBeInstanceOf(RuleDataError);
    return error as RuleDataError;
  }
  throw new Error('expected the air-side data to be rejected');
}

describe('air-side data loading', () => {
  it('shipped files load', () => {
    expect(airsideData().cooling.airDensity.value).toBe(1.2);
    expect(airsideRule('supply-required').ruleId).toBe('airside-design/supply-required');
  });

  it('labels air-side rule ids', () => {
    expect(airsideRuleLabel('airside-design/supply-required')?.en).toBe('Design supply against the governing supply requirement');
    expect(airsideRuleLabel('gb-50073-2013/fresh-air-with-make-up')?.['zh-CN']).toBe('新风量（含补偿排风和保持正压风量）');
    expect(airsideRuleLabel('gb-50073-2013/fresh-air')).toBeNull();
    expect(ruleLabel('gb-50333-2013/self-clean-time-estimate', 'en')).toBe('Self-clean time, well-mixed estimate');
  });

  it('unknown rule id throws', () => {
    expect(() => airsideRule('no-such-rule')).toThrow(/manifest.json has no rule "no-such-rule"/);
  });

  it('rejects an unknown key', () => {
    const cooling = edited(coolingJson, (copy) => Object.assign(copy.airDensity, { density: 1.2 }));
    expect(loadError({ cooling }).message).toContain('rules/airside/cooling.json');
  });

  it('rejects a missing default activity', () => {
    const cooling = edited(coolingJson, (copy) => {
      copy.occupantSensibleHeat.defaultActivity = 'dancing';
    });
    const error = loadError({ cooling });
    expect(error.message).toContain('$.occupantSensibleHeat.defaultActivity');
    expect(error.message).toContain('"dancing"');
  });

  it('rejects a short heat row', () => {
    const cooling = edited(coolingJson, (copy) => {
      copy.occupantSensibleHeat.activities[0]!.sensibleW = [90, 80];
    });
    expect(loadError({ cooling }).message).toContain('$.occupantSensibleHeat.activities[0].sensibleW');
  });

  it('rejects unsorted temperatures', () => {
    const cooling = edited(coolingJson, (copy) => {
      copy.occupantSensibleHeat.roomTemperaturesC = [20, 24, 22, 26];
    });
    expect(loadError({ cooling }).message).toContain('roomTemperaturesC[2]');
  });

  it('rejects a filter efficiency of 1', () => {
    const dispersion = edited(dispersionJson, (copy) => {
      copy.terminalFilter.efficiency = 1;
    });
    expect(loadError({ dispersion }).message).toContain('$.terminalFilter.efficiency');
  });

  it('rejects a decay ratio of 1', () => {
    const recovery = edited(recoveryJson, (copy) => {
      copy.selfCleanDecayRatio.value = 1;
    });
    expect(loadError({ recovery }).message).toContain('$.selfCleanDecayRatio.value');
  });
});
