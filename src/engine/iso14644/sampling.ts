import tableA1Json from '../../../rules/iso-14644-1-2015/table-a1.json';
import { parseStrict } from '../rules/validate';
import { isoTableA1Schema, type IsoTableA1 } from '../rules/schema';

export const ISO_TABLE_A1_FILE = 'rules/iso-14644-1-2015/table-a1.json';

/** ISO 14644-1:2015 Table A.1 and formula A.1, validated when the module loads. */
export const ISO_TABLE_A1: IsoTableA1 = parseStrict(isoTableA1Schema, tableA1Json, ISO_TABLE_A1_FILE);

const rows = [...ISO_TABLE_A1.rows].sort((p, q) => p.maxAreaM2 - q.maxAreaM2);
const largestTabulatedAreaM2 = rows[rows.length - 1]!.maxAreaM2;

/**
 * Returns the minimum number of sampling locations for classifying a cleanroom of `areaM2`
 * (ISO 14644-1:2015 Annex A). Up to 1000 m² the first Table A.1 row whose area is at least
 * `areaM2` applies. Above it formula A.1 applies: 27 × A / 1000, rounded up. This is not the 1999 edition's √A. Throws a RangeError
 * for an area that is not a positive finite number.
 */
export function minimumSamplingLocations(areaM2: number): number {
  if (!Number.isFinite(areaM2) || areaM2 <= 0) {
    throw new RangeError(`Cleanroom area ${areaM2} m² is not valid: expected a positive number of m²`);
  }
  if (areaM2 > largestTabulatedAreaM2) {
    const { locationsPerReferenceArea, referenceAreaM2 } = ISO_TABLE_A1.aboveTable;
    return Math.ceil((locationsPerReferenceArea * areaM2) / referenceAreaM2);
  }
  return rows.find((row) => areaM2 <= row.maxAreaM2)!.locations;
}
