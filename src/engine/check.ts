import type { Door, Project, Room } from '../domain/project';
import { OUTSIDE } from '../domain/project';
import type { CheckResult, DoorMetrics, Finding, FindingSummary } from './findings';
import { SUITE_INPUTS, type DoorRule, type RoomRule, type SuiteInput, type SuiteRule } from './checks/types';
import { buildRoomContext, type RoomContext, type SamplingEdition } from './rooms';
import { buildSuiteGraph, type SuiteGraph } from './suite/graph';
import type { LoadedRuleSet } from './rules/load';
import { getRuleSets } from './rules/registry';
import type { AirsideCalculator } from './airside/index';

interface RoomEntry {
  readonly context: RoomContext;
  readonly findings: readonly Finding[];
  /** Each room value suite rules may read, as a string to compare between checks. */
  readonly suiteKeys: Readonly<Record<SuiteInput, string>>;
}

interface SuiteEntry {
  /** The room entries and doors the suite findings were computed from, in project order. */
  readonly rooms: readonly RoomEntry[];
  readonly doors: readonly Door[];
  /** Findings of each suite rule, in the order of the compiled suite rules. */
  readonly findingsByRule: readonly (readonly Finding[])[];
}

/** Change to the suite inputs since the cached entry: none, some room values, or the room or door list itself. */
type SuiteChange = { readonly kind: 'none' } | { readonly kind: 'inputs'; readonly inputs: ReadonlySet<SuiteInput> } | { readonly kind: 'structure' };

interface DoorEntry {
  /** The Room objects the entry was computed from; a change to either invalidates it. */
  readonly roomA: Room;
  readonly roomB: Room | null;
  readonly metrics: DoorMetrics;
  readonly findings: readonly Finding[];
}

export interface Checker {
  /**
   * Checks `project`, reusing the results of every Room object seen in the previous call and of
   * every Door object whose two rooms are also unchanged, so an edit to one room re-evaluates
   * only that room and its doors. A suite rule runs again only when a room value it reads (use,
   * class, pressure, containment flag or area) or a door's connection changes. Reused findings are
   * the same objects as before.
   */
  check(project: Project): CheckResult;
}

function summarise(findings: readonly Finding[]): FindingSummary {
  let pass = 0;
  let fail = 0;
  let cannotEvaluate = 0;
  let notApplicable = 0;
  for (const finding of findings) {
    if (finding.outcome === 'pass') pass++;
    else if (finding.outcome === 'fail') fail++;
    else if (finding.outcome === 'cannot-evaluate') cannotEvaluate++;
    else notApplicable++;
  }
  return { pass, fail, cannotEvaluate, notApplicable };
}

interface CompiledSets {
  readonly key: string;
  readonly ruleSets: readonly LoadedRuleSet[];
  readonly roomRules: readonly RoomRule[];
  readonly doorRules: readonly DoorRule[];
  readonly suiteRules: readonly SuiteRule[];
  readonly samplingEdition: SamplingEdition;
}

/** Returns the 1999 edition only when the sets name ISO 14644-1:1999 and not the 2015 edition. */
function samplingEditionOf(ids: readonly string[]): SamplingEdition {
  const legacyOnly = ids.includes('iso-14644-1-1999') && !ids.includes('iso-14644-1-2015');
  return legacyOnly ? 'iso-14644-1-1999' : 'iso-14644-1-2015';
}

function setsKey(ruleSets: readonly LoadedRuleSet[]): string {
  return ruleSets.map((set) => `${set.info.id}@${set.info.hash}`).join('|');
}

function compileSets(ruleSets: readonly LoadedRuleSet[]): CompiledSets {
  const roomRules: RoomRule[] = [];
  const doorRules: DoorRule[] = [];
  const suiteRules: SuiteRule[] = [];
  for (const set of ruleSets) {
    for (const check of set.checks) {
      if (check.scope === 'room') roomRules.push(check);
      else if (check.scope === 'door') doorRules.push(check);
      else suiteRules.push(check);
    }
  }
  const ids = ruleSets.map((set) => set.info.id);
  return { key: setsKey(ruleSets), ruleSets, roomRules, doorRules, suiteRules, samplingEdition: samplingEditionOf(ids) };
}

function suiteKeysOf(context: RoomContext): Record<SuiteInput, string> {
  const room = context.room;
  return {
    use: room.use ?? '',
    class: room.cleanliness === null ? '' : JSON.stringify(room.cleanliness),
    pressure: String(context.design.pressurePa ?? ''),
    containment: String(room.containment),
    area: String(context.metrics.areaM2 ?? ''),
  };
}

function evaluateRoom(room: Room, rules: readonly RoomRule[], samplingEdition: SamplingEdition): RoomEntry {
  const context = buildRoomContext(room, samplingEdition);
  const findings: Finding[] = [];
  for (const rule of rules) {
    const finding = rule.evaluate(context);
    if (finding !== null) findings.push(finding);
  }
  return { context, findings, suiteKeys: suiteKeysOf(context) };
}

/**
 * Compares the suite inputs with the cached entry. With the same rooms in the same order and the
 * same door connections, it returns the set of room values that changed. Anything else is a
 * structural change.
 */
function suiteChange(cached: SuiteEntry, rooms: readonly RoomEntry[], doors: readonly Door[]): SuiteChange {
  if (cached.rooms.length !== rooms.length || cached.doors.length !== doors.length) return { kind: 'structure' };
  const inputs = new Set<SuiteInput>();
  for (let index = 0; index < rooms.length; index++) {
    const before = cached.rooms[index]!;
    const after = rooms[index]!;
    if (before === after) continue;
    if (before.context.room.id !== after.context.room.id) return { kind: 'structure' };
    for (const input of SUITE_INPUTS) {
      if (before.suiteKeys[input] !== after.suiteKeys[input]) inputs.add(input);
    }
  }
  for (let index = 0; index < doors.length; index++) {
    const before = cached.doors[index]!;
    const after = doors[index]!;
    if (before === after) continue;
    if (before.id !== after.id || before.roomA !== after.roomA || before.roomB !== after.roomB) return { kind: 'structure' };
  }
  return inputs.size === 0 ? { kind: 'none' } : { kind: 'inputs', inputs };
}

/** Runs the suite rules, reusing a rule's cached findings when none of the room values it reads changed. */
function evaluateSuite(cached: SuiteEntry | null, rooms: readonly RoomEntry[], doors: readonly Door[], rules: readonly SuiteRule[]): SuiteEntry {
  const change: SuiteChange = cached === null ? { kind: 'structure' } : suiteChange(cached, rooms, doors);
  if (cached !== null && change.kind === 'none') return { ...cached, rooms, doors };

  let graph: SuiteGraph | null = null;
  const findingsByRule = rules.map((rule, index) => {
    const reusable = cached !== null && change.kind === 'inputs' && !rule.reads.some((input) => change.inputs.has(input));
    if (reusable) return cached.findingsByRule[index]!;
    graph ??= buildSuiteGraph(rooms.map((entry) => entry.context), doors);
    return rule.evaluate(graph);
  });
  return { rooms, doors, findingsByRule };
}

function evaluateDoor(door: Door, sideA: RoomEntry, sideB: RoomEntry | null, rules: readonly DoorRule[]): DoorEntry {
  const findings: Finding[] = [];
  for (const rule of rules) {
    const finding = rule.evaluate(door, sideA.context, sideB?.context ?? null);
    if (finding !== null) findings.push(finding);
  }
  const pressureA = sideA.context.design.pressurePa;
  const pressureB = sideB === null ? 0 : sideB.context.design.pressurePa;
  const deltaPa = pressureA !== null && pressureB !== null ? pressureA - pressureB : null;
  const metrics: DoorMetrics = { doorId: door.id, roomA: door.roomA, roomB: door.roomB, deltaPa };
  return { roomA: sideA.context.room, roomB: sideB?.context.room ?? null, metrics, findings };
}

export interface CheckerOptions {
  /**
   * Makes the air-side calculator (src/engine/airside). Without it the result has no `airside` and
   * no air-side findings. It is passed in rather than imported so that the app can load the air
   * side after the first render. src/engine/fullCheck.ts gives the checker with it.
   */
  readonly airside?: () => AirsideCalculator;
}

/**
 * Creates an incremental checker. With `ruleSets` it always applies those; without, it applies
 * the rule sets named by each project's `ruleSetIds` and clears its cache when they change.
 */
export function createChecker(ruleSets?: readonly LoadedRuleSet[], options: CheckerOptions = {}): Checker {
  const fixed = ruleSets ? compileSets(ruleSets) : null;
  let compiled: CompiledSets | null = fixed;
  let roomCache = new WeakMap<Room, RoomEntry>();
  let doorCache = new WeakMap<Door, DoorEntry>();
  let suiteCache: SuiteEntry | null = null;
  const airsideCalculator = options.airside?.() ?? null;

  function setsFor(project: Project): CompiledSets {
    if (fixed) return fixed;
    // Key on content hashes as well as ids: a company rule set edited and registered again under
    // the same id must not be judged with the rules compiled from its old content.
    const ruleSets = getRuleSets(project.ruleSetIds);
    if (compiled === null || compiled.key !== setsKey(ruleSets)) {
      compiled = compileSets(ruleSets);
      roomCache = new WeakMap();
      doorCache = new WeakMap();
      suiteCache = null;
    }
    return compiled;
  }

  function roomEntry(room: Room, sets: CompiledSets): RoomEntry {
    let entry = roomCache.get(room);
    if (entry === undefined) {
      entry = evaluateRoom(room, sets.roomRules, sets.samplingEdition);
      roomCache.set(room, entry);
    }
    return entry;
  }

  function doorEntry(door: Door, sideA: RoomEntry, sideB: RoomEntry | null, rules: readonly DoorRule[]): DoorEntry {
    const cached = doorCache.get(door);
    const roomB = sideB?.context.room ?? null;
    if (cached !== undefined && cached.roomA === sideA.context.room && cached.roomB === roomB) return cached;

    const entry = evaluateDoor(door, sideA, sideB, rules);
    doorCache.set(door, entry);
    return entry;
  }

  return {
    check(project) {
      const sets = setsFor(project);
      const entriesById = new Map<string, RoomEntry>();
      const roomEntries: RoomEntry[] = [];
      const findings: Finding[] = [];
      const rooms = project.rooms.map((room) => {
        const entry = roomEntry(room, sets);
        entriesById.set(room.id, entry);
        roomEntries.push(entry);
        for (const finding of entry.findings) findings.push(finding);
        return entry.context.metrics;
      });

      const doors: DoorMetrics[] = [];
      for (const door of project.doors) {
        const sideA = entriesById.get(door.roomA);
        const sideB = door.roomB === OUTSIDE ? null : entriesById.get(door.roomB);
        // NOTE: a door naming a room id that is not in the project is left out of the result.
        // Project loading is expected to reject such doors before they get here.
        if (sideA === undefined || sideB === undefined) continue;
        const entry = doorEntry(door, sideA, sideB, sets.doorRules);
        doors.push(entry.metrics);
        for (const finding of entry.findings) findings.push(finding);
      }

      if (sets.suiteRules.length > 0) {
        suiteCache = evaluateSuite(suiteCache, roomEntries, project.doors, sets.suiteRules);
        for (const ruleFindings of suiteCache.findingsByRule) {
          for (const finding of ruleFindings) findings.push(finding);
        }
      }

      if (airsideCalculator === null) return { rooms, doors, findings, summary: summarise(findings) };
      // The air side reads the rule check's metrics and door verdicts, so it runs last.
      const airside = airsideCalculator.compute(project, { rooms, doors, findings, summary: summarise(findings) }, sets.ruleSets);
      for (const finding of airside.findings) findings.push(finding);
      return { rooms, doors, findings, summary: summarise(findings), airside: airside.airside };
    },
  };
}

/** Checks a project against `ruleSets`, or against the rule sets its `ruleSetIds` name. */
export function checkProject(project: Project, ruleSets?: readonly LoadedRuleSet[], options: CheckerOptions = {}): CheckResult {
  return createChecker(ruleSets ?? getRuleSets(project.ruleSetIds), options).check(project);
}
