import type { Finding, FindingReason } from '../findings';
import { makeFinding, type RoomRule, type RuleHeader } from '../checks/types';
import type { RoomContext } from '../rooms';
import { classifyIso1999 } from './iso1999';
import { classifyIso2015 } from './iso2015';
import { evaluateMicrobial } from './microbial';
import type { ClassificationMethod, ClassificationResult } from './types';

type Params = Record<string, string | number | null>;

/** The location mean or UCL that is highest relative to its limit: the figure a verdict turns on. */
interface GoverningValue {
  readonly valuePerM3: number;
  readonly limitPerM3: number;
  readonly sizeUm: string;
  /** Location label, or null for the UCL. */
  readonly location: string | null;
}

function governingValue(result: ClassificationResult): GoverningValue {
  const candidates: GoverningValue[] = result.locations.flatMap((location) =>
    location.sizes.map((size) => ({ valuePerM3: size.meanPerM3, limitPerM3: size.limitPerM3, sizeUm: size.sizeUm, location: location.label })),
  );
  for (const verdict of result.ucl) {
    candidates.push({ valuePerM3: verdict.uclPerM3, limitPerM3: verdict.limitPerM3, sizeUm: verdict.sizeUm, location: null });
  }
  return candidates.reduce((worst, candidate) =>
    candidate.valuePerM3 / candidate.limitPerM3 > worst.valuePerM3 / worst.limitPerM3 ? candidate : worst,
  );
}

function classificationFinding(header: RuleHeader, roomId: string, result: ClassificationResult): Finding {
  const common: Params = {
    room: roomId,
    isoClass: result.isoClass,
    occupancy: result.occupancy,
    requiredLocations: result.requiredLocations,
  };
  if (result.outcome === 'cannot-evaluate') {
    const { code, ...problem } = result.problems[0]!;
    const reason: FindingReason = { code: `particle-data-${code}`, params: { ...common, ...problem, problemCount: result.problems.length } };
    return makeFinding(header, { outcome: 'cannot-evaluate', roomId, required: null, actual: null, reason });
  }

  const governing = governingValue(result);
  const failedLocations = result.locations.filter((location) => !location.pass).length;
  const params: Params = {
    ...common,
    achievedClass: result.achievedClass,
    locations: result.locations.length,
    failedLocations,
    uclApplied: result.ucl.length > 0 ? 1 : 0,
    sizeUm: governing.sizeUm,
    location: governing.location,
  };
  return makeFinding(header, {
    outcome: result.outcome,
    roomId,
    required: { min: null, max: governing.limitPerM3, unit: 'particles/m3' },
    actual: governing.valuePerM3,
    reason: { code: 'particle-classification', params },
  });
}

/**
 * Compiles the ISO 14644-1 classification from measured particle counts, by the method of
 * `method`. A room without particle counts gets no finding, because measured data exist only after
 * construction and their absence is no shortfall of the design.
 */
export function compileParticleClassification(header: RuleHeader, method: ClassificationMethod): RoomRule {
  const classify = method === 'iso-14644-1-2015' ? classifyIso2015 : classifyIso1999;
  return {
    scope: 'room',
    header,
    evaluate(context: RoomContext) {
      const particles = context.room.measurements?.particles;
      if (!particles) return null;
      return classificationFinding(header, context.room.id, classify(context.metrics.areaM2, particles));
    },
  };
}

/**
 * Compiles the check of measured microbial results against the grade limits of the rule set. A
 * room without microbial results gets no finding, and one with results but no GMP grade cannot be
 * evaluated.
 */
export function compileMicrobialResults(header: RuleHeader): RoomRule {
  const ruleSetId = header.citation.ruleSetId;
  return {
    scope: 'room',
    header,
    evaluate(context: RoomContext) {
      const results = context.room.measurements?.microbial;
      if (!results) return null;

      const roomId = context.room.id;
      if (context.grade === null) {
        return makeFinding(header, { outcome: 'cannot-evaluate', roomId, required: null, actual: null, reason: { code: 'grade-missing', params: { room: roomId } } });
      }
      const evaluation = evaluateMicrobial(ruleSetId, context.grade, results)!;
      const methodsWith = (outcome: string) =>
        evaluation.methods
          .filter((verdict) => verdict.outcome === outcome)
          .map((verdict) => verdict.method)
          .join(',');
      const params: Params = { room: roomId, grade: context.grade, failed: methodsWith('fail'), notJudged: methodsWith('cannot-evaluate') };
      return makeFinding(header, { outcome: evaluation.outcome, roomId, required: null, actual: null, reason: { code: 'microbial-results', params } });
    },
  };
}
