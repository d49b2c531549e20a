import type { Finding, FindingReason, Outcome, Requirement } from '../findings';
import type { RuleHeader } from '../checks/types';

/** Fields of one suite-level finding besides its outcome. */
export interface SuiteFindingFields {
  /** Rooms the finding names; the first is also `roomId`. */
  readonly roomIds: readonly string[];
  readonly doorId?: string | null;
  readonly otherRoomId?: string | null;
  readonly required?: Requirement | null;
  readonly actual?: number | null;
  readonly reason: FindingReason;
}

/** Builds a suite-level finding, which lists every room it concerns in `roomIds`. */
export function makeSuiteFinding(header: RuleHeader, outcome: Outcome, fields: SuiteFindingFields): Finding {
  return {
    ruleId: header.ruleId,
    outcome,
    kind: header.kind,
    roomId: fields.roomIds[0] ?? null,
    otherRoomId: fields.otherRoomId ?? null,
    doorId: fields.doorId ?? null,
    roomIds: fields.roomIds,
    citation: header.citation,
    required: fields.required ?? null,
    actual: fields.actual ?? null,
    verified: header.verified,
    reason: fields.reason,
  };
}

/**
 * Collects a suite rule's verdicts and turns them into findings: every failure, then one
 * "cannot evaluate" naming the rooms whose missing input stopped a judgement, and one pass only
 * when nothing failed and nothing was missing. A missing input therefore never ends as a pass.
 */
export class SuiteVerdicts {
  private readonly failures: Finding[] = [];
  private readonly missing = new Map<string, string>();
  private judged = 0;

  constructor(private readonly header: RuleHeader) {}

  fail(fields: SuiteFindingFields): void {
    this.judged++;
    this.failures.push(makeSuiteFinding(this.header, 'fail', fields));
  }

  pass(): void {
    this.judged++;
  }

  /** Records that `roomId` lacks an input (`code`: class-missing, pressure-missing, use-missing, area-missing). */
  cannotEvaluate(roomId: string, code: string): void {
    if (!this.missing.has(roomId)) this.missing.set(roomId, code);
  }

  /** Returns the findings. `passReason` explains the single suite-wide pass, `notApplicable` the case with nothing judged. */
  findings(passReason: FindingReason, notApplicable: FindingReason): Finding[] {
    const findings = [...this.failures];
    if (this.missing.size > 0) {
      const roomIds = [...this.missing.keys()];
      const codes = [...new Set(this.missing.values())].sort();
      findings.push(makeSuiteFinding(this.header, 'cannot-evaluate', { roomIds, reason: { code: 'suite-input-missing', params: { missing: codes.join(',') } } }));
    }
    if (findings.length > 0) return findings;
    if (this.judged === 0) return [makeSuiteFinding(this.header, 'not-applicable', { roomIds: [], reason: notApplicable })];
    return [makeSuiteFinding(this.header, 'pass', { roomIds: [], reason: passReason })];
  }
}
