import type { Door, Project, Room } from '../domain/project';
import { OUTSIDE } from '../domain/project';
import type { CheckResult, DoorMetrics, Finding, FindingSummary } from './findings';
import type { DoorRule, RoomRule } from './checks/types';
import { buildRoomContext, type RoomContext } from './rooms';
import type { LoadedRuleSet } from './rules/load';
import { getRuleSets } from './rules/registry';

interface RoomEntry {
  readonly context: RoomContext;
  readonly findings: readonly Finding[];
}

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
   * only that room and its doors. Reused findings are the same objects as before.
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
  readonly roomRules: readonly RoomRule[];
  readonly doorRules: readonly DoorRule[];
}

function compileSets(ruleSets: readonly LoadedRuleSet[]): CompiledSets {
  const roomRules: RoomRule[] = [];
  const doorRules: DoorRule[] = [];
  for (const set of ruleSets) {
    for (const check of set.checks) {
      if (check.scope === 'room') roomRules.push(check);
      else doorRules.push(check);
    }
  }
  return { key: ruleSets.map((set) => set.info.id).join('|'), roomRules, doorRules };
}

function evaluateRoom(room: Room, rules: readonly RoomRule[]): RoomEntry {
  const context = buildRoomContext(room);
  const findings: Finding[] = [];
  for (const rule of rules) {
    const finding = rule.evaluate(context);
    if (finding !== null) findings.push(finding);
  }
  return { context, findings };
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

/**
 * Creates an incremental checker. With `ruleSets` it always applies those; without, it applies
 * the rule sets named by each project's `ruleSetIds` and clears its cache when they change.
 */
export function createChecker(ruleSets?: readonly LoadedRuleSet[]): Checker {
  const fixed = ruleSets ? compileSets(ruleSets) : null;
  let compiled: CompiledSets | null = fixed;
  let roomCache = new WeakMap<Room, RoomEntry>();
  let doorCache = new WeakMap<Door, DoorEntry>();

  function setsFor(project: Project): CompiledSets {
    if (fixed) return fixed;
    const key = project.ruleSetIds.join('|');
    if (compiled === null || compiled.key !== key) {
      compiled = compileSets(getRuleSets(project.ruleSetIds));
      roomCache = new WeakMap();
      doorCache = new WeakMap();
    }
    return compiled;
  }

  function roomEntry(room: Room, rules: readonly RoomRule[]): RoomEntry {
    let entry = roomCache.get(room);
    if (entry === undefined) {
      entry = evaluateRoom(room, rules);
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
      const findings: Finding[] = [];
      const rooms = project.rooms.map((room) => {
        const entry = roomEntry(room, sets.roomRules);
        entriesById.set(room.id, entry);
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
      return { rooms, doors, findings, summary: summarise(findings) };
    },
  };
}

/** Checks a project against `ruleSets`, or against the rule sets its `ruleSetIds` name. */
export function checkProject(project: Project, ruleSets?: readonly LoadedRuleSet[]): CheckResult {
  return createChecker(ruleSets ?? getRuleSets(project.ruleSetIds)).check(project);
}
