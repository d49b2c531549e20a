import { describe, expect, it } from 'vitest';
import { hospitalClassTable } from '../../../src/engine/hospital/classTable';

// GB 50333-2013 Table 3.0.3 (zone and periphery classes, bacteria limits), Table 4.0.1 (self-clean
// time) and clause 3.0.2 (surgical zone beyond the table); GB 50333-2002 Table 3.0.3 for comparison.

describe('GB 50333-2013 class table', () => {
  const table = hospitalClassTable('gb-50333-2013');
  const row = (hospitalClass: string) => table.classes.find((entry) => entry.hospitalClass === hospitalClass)!;

  it.each([
    ['I', 5, 6, 0.2, 0.4, 5, 10, 10],
    ['II', 6, 7, 0.75, 1.5, 25, 50, 20],
    ['III', 7, 8, 2, 4, 75, 150, 20],
  ] as const)('class %s', (hospitalClass, zoneIso, peripheryIso, zonePlate, peripheryPlate, zoneM3, peripheryM3, selfClean) => {
    expect(row(hospitalClass)).toEqual({
      hospitalClass,
      zoneIsoClass: zoneIso,
      peripheryIsoClass: peripheryIso,
      zoneSettlingCfuPerPlate: zonePlate,
      peripherySettlingCfuPerPlate: peripheryPlate,
      zoneAirborneCfuPerM3: zoneM3,
      peripheryAirborneCfuPerM3: peripheryM3,
      selfCleanMinutes: selfClean,
    });
  });

  it('class IV is ISO 8.5 throughout', () => {
    expect(row('IV')).toMatchObject({ zoneIsoClass: 8.5, peripheryIsoClass: 8.5, zoneSettlingCfuPerPlate: 6, selfCleanMinutes: 30 });
  });

  it('surgical zone margins', () => {
    expect(table.surgicalZoneMargins).toContainEqual({ hospitalClass: 'I', variant: 'general', sidesM: 0.9, endsM: 0.4 });
    expect(table.surgicalZoneMargins).toContainEqual({ hospitalClass: 'I', variant: 'ophthalmic', sidesM: 1.2, endsM: 1.2 });
    expect(table.surgicalZoneMargins).toContainEqual({ hospitalClass: 'II', variant: 'general', sidesM: 0.6, endsM: 0.4 });
    expect(table.surgicalZoneMargins).toContainEqual({ hospitalClass: 'III', variant: 'general', sidesM: 0.4, endsM: 0.4 });
    expect(table.surgicalZoneMargins.some((margin) => margin.hospitalClass === 'IV')).toBe(false);
  });
});

describe('GB 50333-2002 class table', () => {
  it('class IV allows 5 cfu per plate', () => {
    const row = hospitalClassTable('gb-50333-2002').classes.find((entry) => entry.hospitalClass === 'IV')!;
    expect(row).toMatchObject({ zoneIsoClass: 8.5, zoneSettlingCfuPerPlate: 5, zoneAirborneCfuPerM3: 175 });
  });

  it('is unverified', () => {
    expect(hospitalClassTable('gb-50333-2002').verified).toBe(false);
  });
});
