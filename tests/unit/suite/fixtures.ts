import type { Cleanliness } from '../../../src/domain/cleanliness';
import { EMPTY_DESIGN, OUTSIDE, type Door, type Project, type Room } from '../../../src/domain/project';
import type { Finding } from '../../../src/engine/findings';
import { checkProject } from '../../../src/engine/index';
import { loadRuleSet, type LoadedRuleSet } from '../../../src/engine/rules/load';
import { getRuleSets } from '../../../src/engine/rules/registry';
import { ruleSetSchema } from '../../../src/engine/rules/schema';
import layoutPractice from '../../../rules/suite-layout-practice/ruleset.json';

export const iso = (isoClass: number): Cleanliness => ({ kind: 'iso', isoClass });
export const grade = (value: 'A' | 'B' | 'C' | 'D'): Cleanliness => ({ kind: 'gmp', grade: value });
export const NC: Cleanliness = { kind: 'unclassified' };

interface RoomSpec {
  readonly use?: string | null;
  readonly cleanliness?: Cleanliness | null;
  readonly pressurePa?: number | null;
  readonly containment?: boolean;
  /** Floor area in m², drawn as a square. */
  readonly areaM2?: number;
}

/** Builds a room with a square outline; rooms are placed in a row, which the suite rules ignore. */
export function room(id: string, spec: RoomSpec): Room {
  const side = Math.sqrt(spec.areaM2 ?? 16) * 1_000;
  return {
    id,
    name: id,
    use: spec.use ?? null,
    polygon: [
      { x: 0, y: 0 },
      { x: side, y: 0 },
      { x: side, y: side },
      { x: 0, y: side },
    ],
    clearHeightM: 2.7,
    cleanliness: spec.cleanliness === undefined ? null : spec.cleanliness,
    classLabel: null,
    airflowPattern: null,
    containment: spec.containment ?? false,
    design: { ...EMPTY_DESIGN, pressurePa: spec.pressurePa === undefined ? null : spec.pressurePa },
  };
}

/** Builds doors from pairs of room ids; `outside` names the outdoors. */
export function doors(...pairs: readonly (readonly [string, string])[]): Door[] {
  return pairs.map(([roomA, roomB], index) => ({ id: `d${index + 1}`, roomA, roomB: roomB === 'outside' ? OUTSIDE : roomB, position: null, widthMm: 900 }));
}

export function project(rooms: Room[], doorList: Door[], ruleSetIds: string[] = ['china-gmp-2010']): Project {
  return { id: 'p', name: 'p', customerName: '', referenceDate: '2026-12-04', ruleSetIds, rooms, doors: doorList };
}

let practice: LoadedRuleSet | null = null;

/** Loads the layout-practice rule set from its folder, once. */
export function layoutPracticeSet(): LoadedRuleSet {
  practice ??= loadRuleSet({ folder: 'rules/suite-layout-practice', files: { 'ruleset.json': { data: layoutPractice, schema: ruleSetSchema } } });
  return practice;
}

/** Returns the findings of one rule, by its full id. */
export function findingsOf(suite: Project, ruleId: string, ruleSets?: readonly LoadedRuleSet[]): Finding[] {
  const result = checkProject(suite, ruleSets ?? getRuleSets(suite.ruleSetIds));
  return result.findings.filter((finding) => finding.ruleId === ruleId);
}

/** Returns the outcomes and reason codes of one rule's findings, e.g. `fail:wrong-direction`. */
export function verdicts(findings: readonly Finding[]): string[] {
  return findings.map((finding) => `${finding.outcome}:${finding.reason.code}`);
}
