import type { Requirement } from '../findings';
import type { RuleHeader, SuiteRule } from '../checks/types';
import type { SuitePressureDirectionRule } from '../rules/schema';
import { rankSide, sideId, type SuiteDoor } from './graph';
import { SuiteVerdicts } from './suiteFinding';

/** Any step above zero in the required direction: the rule names a direction of flow, not a figure. */
const POSITIVE_STEP: Requirement = { min: 0, minExclusive: true, max: null, unit: 'Pa' };

/**
 * Compiles the rule that air flows from the cleaner room to the less clean one through every door,
 * or into the cleaner room when it is a containment room. Each door with the flow the wrong way
 * (`wrong-direction`) or with no flow at all between two classes (`equal-pressure`) is a failure
 * naming both rooms. Doors between rooms of the same class, and between two non-clean spaces, are
 * not judged.
 *
 * The required directions can never form a cycle: in any cycle, its cleanest room would need both
 * of its cycle doors to point out of it (or, as a containment room, both into it). With static
 * pressures the design flows cannot form one either, so a door with equal pressures between
 * different classes is the only way a design fails to give a direction.
 */
export function compileSuitePressureDirection(header: RuleHeader, rule: SuitePressureDirectionRule): SuiteRule {
  function judgeDoor(verdicts: SuiteVerdicts, suiteDoor: SuiteDoor): void {
    const { door, sideA, sideB } = suiteDoor;
    const rankA = rankSide(sideA, rule.rankBy);
    const rankB = rankSide(sideB, rule.rankBy);
    if (rankA.state === 'non-clean' && rankB.state === 'non-clean') return;
    if (rankA.state === 'unknown' || rankB.state === 'unknown') {
      verdicts.cannotEvaluate(rankA.state === 'unknown' ? sideA.room.id : sideId(sideB), 'class-missing');
      return;
    }
    const rankValueA = rankA.state === 'clean' ? rankA.rank : Number.POSITIVE_INFINITY;
    const rankValueB = rankB.state === 'clean' ? rankB.rank : Number.POSITIVE_INFINITY;
    if (rankValueA === rankValueB) return;

    const aIsCleaner = rankValueA < rankValueB;
    const cleaner = aIsCleaner ? sideA : sideB!;
    const other = aIsCleaner ? sideB : sideA;
    const cleanerPa = cleaner.design.pressurePa;
    const otherPa = other === null ? 0 : other.design.pressurePa;
    if (cleanerPa === null || otherPa === null) {
      verdicts.cannotEvaluate(cleanerPa === null ? cleaner.room.id : sideId(other), 'pressure-missing');
      return;
    }

    const containment = cleaner.room.containment;
    const step = containment ? otherPa - cleanerPa : cleanerPa - otherPa;
    if (step > 0) {
      verdicts.pass();
      return;
    }
    const otherId = sideId(other);
    verdicts.fail({
      roomIds: [cleaner.room.id, otherId],
      doorId: door.id,
      otherRoomId: otherId,
      required: POSITIVE_STEP,
      actual: step,
      reason: {
        code: step === 0 ? 'equal-pressure' : 'wrong-direction',
        params: { direction: containment ? 'cleaner-lower' : 'cleaner-higher', cleanerPa, otherPa },
      },
    });
  }

  return {
    scope: 'suite',
    header,
    reads: ['class', 'pressure', 'containment', 'use'],
    evaluate(graph) {
      const verdicts = new SuiteVerdicts(header);
      for (const suiteDoor of graph.doors) judgeDoor(verdicts, suiteDoor);
      return verdicts.findings({ code: 'flow-directions-hold' }, { code: 'no-class-change' });
    },
  };
}
