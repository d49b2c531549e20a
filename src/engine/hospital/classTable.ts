import classes2002 from '../../../rules/gb-50333-2002/classes.json';
import classes2013 from '../../../rules/gb-50333-2013/classes.json';
import { hospitalClassTableSchema, type HospitalClassTable } from '../rules/hospitalSchema';
import { parseStrict } from '../rules/validate';

export type HospitalClassTableEdition = 'gb-50333-2013' | 'gb-50333-2002';

const SOURCES: Readonly<Record<HospitalClassTableEdition, { readonly data: unknown; readonly file: string }>> = {
  'gb-50333-2013': { data: classes2013, file: 'rules/gb-50333-2013/classes.json' },
  'gb-50333-2002': { data: classes2002, file: 'rules/gb-50333-2002/classes.json' },
};

const parsed = new Map<HospitalClassTableEdition, HospitalClassTable>();

/**
 * Returns the GB 50333 class table of an edition: zone and periphery ISO classes, bacteria limits,
 * self-clean time and surgical-zone margins. A data error names the file and JSON path.
 */
export function hospitalClassTable(edition: HospitalClassTableEdition): HospitalClassTable {
  let table = parsed.get(edition);
  if (table === undefined) {
    const source = SOURCES[edition];
    table = parseStrict(hospitalClassTableSchema, source.data, source.file);
    parsed.set(edition, table);
  }
  return table;
}
