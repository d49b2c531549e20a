import * as z from 'zod/mini';
import crosswalkJson from '../../../rules/hospital-class-crosswalk.json';
import type { HospitalClass } from '../../domain/cleanliness';
import { RuleDataError, formatJsonPath } from '../rules/validate';
import { hospitalClassTable } from './classTable';

const FILE = 'rules/hospital-class-crosswalk.json';

const hospitalClass = z.enum(['I', 'II', 'III', 'IV']);

const crosswalkSchema = z.strictObject({
  format: z.literal('cleanplan-hospital-class-crosswalk'),
  standard: z.literal('GB 50333'),
  edition: z.literal('2013'),
  operatingRooms: z.strictObject({
    clause: z.string().check(z.minLength(1)),
    note: z.string().check(z.minLength(1)),
  }),
  auxiliaryRooms: z.strictObject({
    clause: z.string().check(z.minLength(1)),
    verified: z.boolean(),
    lastChecked: z.iso.date(),
    note: z.string().check(z.minLength(1)),
    classes: z
      .array(
        z.strictObject({
          hospitalClass,
          isoClass: z.number().check(z.minimum(1), z.maximum(9)),
          localZoneIsoClass: z.nullable(z.number().check(z.minimum(1), z.maximum(9))),
        }),
      )
      .check(z.length(4)),
  }),
});

type HospitalClassCrosswalk = z.infer<typeof crosswalkSchema>;

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value: unknown = data;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/** Validates the crosswalk file; an error names the file, the JSON path, zod's expectation and the value found. */
export function loadHospitalClassCrosswalk(data: unknown): HospitalClassCrosswalk {
  const result = z.safeParse(crosswalkSchema, data);
  if (result.success) return result.data;

  const issue = result.error.issues[0]!;
  const found = valueAt(data, issue.path);
  throw new RuleDataError(FILE, formatJsonPath(issue.path), issue.message, found === undefined ? 'nothing' : JSON.stringify(found));
}

/** The hospital class crosswalk, validated once when the module loads. */
const CROSSWALK = loadHospitalClassCrosswalk(crosswalkJson);

/**
 * Origin of a hospital room's ISO class: the periphery class of a GB 50333 operating room,
 * or the class of an auxiliary room of the same GB 50333 class.
 */
export type HospitalIsoBasis = 'operating-room-periphery' | 'auxiliary-room';

/** The ISO class that ISO 14644-1 and GB 50073 rules use for a room with a GB 50333 class. */
export interface HospitalIsoEquivalent {
  readonly hospitalClass: HospitalClass;
  readonly isoClass: number;
  readonly basis: HospitalIsoBasis;
  /** Standard designation with edition and the table the class was read from, e.g. "GB 50333-2013 Table 3.0.3". */
  readonly source: string;
  /** False while the table has not been compared with the official text (the auxiliary-room table). */
  readonly verified: boolean;
}

const designation = `${CROSSWALK.standard}-${CROSSWALK.edition}`;

/**
 * Returns the ISO class for a room with a GB 50333-2013 class, as a whole room. An operating room
 * takes its periphery class (Table 3.0.3), because the surgical zone is only the area over the
 * table. Every other room takes the auxiliary-room class (Table 3.0.4). The two tables give the
 * same ISO class for each GB 50333 class, so a room whose use is unknown gets the same number
 * either way, and only the cited table differs.
 */
export function hospitalIsoEquivalent(hospitalClass: HospitalClass, isOperatingRoom: boolean): HospitalIsoEquivalent {
  if (isOperatingRoom) {
    const table = hospitalClassTable('gb-50333-2013');
    const row = table.classes.find((entry) => entry.hospitalClass === hospitalClass)!;
    const source = `${designation} ${CROSSWALK.operatingRooms.clause}`;
    return { hospitalClass, isoClass: row.peripheryIsoClass, basis: 'operating-room-periphery', source, verified: table.verified };
  }

  const auxiliary = CROSSWALK.auxiliaryRooms;
  const row = auxiliary.classes.find((entry) => entry.hospitalClass === hospitalClass)!;
  const source = `${designation} ${auxiliary.clause}`;
  return { hospitalClass, isoClass: row.isoClass, basis: 'auxiliary-room', source, verified: auxiliary.verified };
}

/** Returns the auxiliary-room rows of GB 50333-2013 Table 3.0.4 with their verification state, for reports. */
export function hospitalAuxiliaryClassTable(): HospitalClassCrosswalk['auxiliaryRooms'] {
  return CROSSWALK.auxiliaryRooms;
}
