import type { Room } from '../../domain/project';
import type { Finding } from '../../engine/findings';
import { formatActualText, formatCitationText, formatRequirementText } from './findingText';
import type { ReportContext } from './page';

/** The cells of one finding row apart from verdict and kind. */
export interface FindingRow {
  readonly requirement: string;
  readonly required: string;
  readonly actual: string;
  readonly citation: string;
}

/**
 * Builds the texts of a finding row. A door or pressure finding names the room on the other side
 * (or outdoors) under the requirement.
 */
export function describeFindingRow(finding: Finding, roomsById: ReadonlyMap<string, Room>, ctx: ReportContext): FindingRow {
  const label = finding.ruleId;
  const otherSide = otherSideText(finding, roomsById, ctx);
  return {
    requirement: otherSide ? `${label}\n↔ ${otherSide}` : label,
    required: formatRequirementText(finding.required, ctx.locale),
    actual: formatActualText(finding, ctx.locale),
    citation: formatCitationText(finding.citation),
  };
}

function otherSideText(finding: Finding, roomsById: ReadonlyMap<string, Room>, ctx: ReportContext): string | null {
  if (finding.otherRoomId === null) return null;
  if (finding.otherRoomId === 'outside') return ctx.text.outside;
  return roomsById.get(finding.otherRoomId)?.name ?? finding.otherRoomId;
}
