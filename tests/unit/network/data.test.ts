import { describe, expect, it } from 'vitest';
import { DOOR_LEAKAGE_SOURCES, doorLeakageData, gapPreset, loadDoorLeakageData, orificeForm } from '../../../src/engine/network';
import { RuleDataError } from '../../../src/engine/rules/validate';

/** Copies the shipped JSON deeply, for one test to break. */
function shippedCopy(): { orificeForms: any; gapPresets: any; doorTables: Record<string, any> } {
  return JSON.parse(JSON.stringify(DOOR_LEAKAGE_SOURCES));
}

describe('shipped door-leakage data', () => {
  it('loads', () => {
    const data = doorLeakageData();
    expect(data.orificeForms.map((form) => form.id)).toEqual(['bs-en-12101-6', 'orifice-standard-air', 'siemens-lab-controls']);
    expect(data.gapPresets.map((preset) => preset.id)).toEqual(['uniform-5mm', 'hinged-us']);
    expect(data.doorTables).toHaveLength(1);
  });

  it('computes the coefficient when none is published', () => {
    expect(orificeForm('orifice-standard-air').coefficient).toBeCloseTo(0.64 * Math.sqrt(2 / 1.2), 12);
  });

  it('cites BS EN 12101-6:2005 for the 0.83 form', () => {
    expect(orificeForm('bs-en-12101-6').citation).toEqual({ document: 'BS EN 12101-6', edition: '2005', clause: null });
  });

  it('marks every figure unverified', () => {
    const data = doorLeakageData();
    const items = [...data.orificeForms, ...data.gapPresets, ...data.doorTables];
    expect(items.every((item) => item.verified === false)).toBe(true);
  });

  it('unknown id lists known ones', () => {
    expect(() => gapPreset('uniform-3mm')).toThrow(/Unknown gap preset "uniform-3mm": use one of "uniform-5mm", "hinged-us"/);
  });
});

describe('loadDoorLeakageData', () => {
  it('unknown key names file and path', () => {
    const sources = shippedCopy();
    sources.gapPresets.presets[0].sillMm = 5;
    expect(() => loadDoorLeakageData(sources)).toThrow(RuleDataError);
    expect(() => loadDoorLeakageData(sources)).toThrow(/rules\/door-leakage\/gap-presets\.json: \$\.presets\[0\]\.sillMm/);
  });

  it('coefficient inconsistent with Cd and ρ', () => {
    const sources = shippedCopy();
    sources.orificeForms.forms[0].coefficient = 0.9;
    expect(() => loadDoorLeakageData(sources)).toThrow(/orifice-forms\.json: \$\.forms\[0\]\.coefficient: expected a coefficient within 1 % of Cd · √\(2\/ρ\) = 0\.8262, found 0\.9/);
  });

  it('rejects table rows out of order', () => {
    const sources = shippedCopy();
    sources.doorTables['door-table-uk-hospital.json'].rows[2].deltaPa = 10;
    expect(() => loadDoorLeakageData(sources)).toThrow(/\$\.rows\[2\]\.deltaPa: expected a pressure above the previous row's 10 Pa, found 10/);
  });

  it('flow falling as ΔP rises', () => {
    const sources = shippedCopy();
    sources.doorTables['door-table-uk-hospital.json'].rows[3].singleM3s = 0.01;
    expect(() => loadDoorLeakageData(sources)).toThrow(/\$\.rows\[3\]: expected flows that do not fall as the pressure rises/);
  });

  it('rejects a duplicate id', () => {
    const sources = shippedCopy();
    sources.orificeForms.forms[1].id = 'bs-en-12101-6';
    expect(() => loadDoorLeakageData(sources)).toThrow(/\$\.forms\[1\]\.id: expected an id used once in the file/);
  });

  it('rejects a discharge coefficient above 1', () => {
    const sources = shippedCopy();
    sources.orificeForms.forms[1].cd = 1.4;
    expect(() => loadDoorLeakageData(sources)).toThrow(/\$\.forms\[1\]\.cd/);
  });
});

describe('door tables', () => {
  it('rejects two tables with one id', () => {
    const sources = shippedCopy();
    sources.doorTables['door-table-copy.json'] = sources.doorTables['door-table-uk-hospital.json'];
    expect(() => loadDoorLeakageData(sources)).toThrow(/rules\/door-leakage\/door-table-copy\.json: \$\.id: expected an id used by one door table only/);
  });

  it('names the table file in row errors', () => {
    const sources = shippedCopy();
    sources.doorTables['door-table-uk-hospital.json'].unit = 'l/s';
    expect(() => loadDoorLeakageData(sources)).toThrow(/rules\/door-leakage\/door-table-uk-hospital\.json: \$\.unit/);
  });
});
