import type { Room } from '../../domain/project';
import type { Finding } from '../../engine/findings';
import { describeFinding, formatRequirement, ruleLabel } from '../../i18n/findingMessages';
import { formatActualText, formatCitationText } from './findingText';
import type { ReportContext } from './page';
import { installAirsideFindingMessages } from '../../i18n/airsideFindingMessages';

// Air-side findings (network, terminals, sizing) are rendered here, so their sentences must be in.
installAirsideFindingMessages();

/** The texts of one finding row apart from verdict and kind. */
export interface FindingRow {
  readonly requirement: string;
  readonly required: string;
  readonly actual: string;
  readonly citation: string;
  /**
   * Sentence explaining a failure, such as a value below the limit or a reversed pressure step,
   * or naming the input a "cannot evaluate" finding lacks. Null for other outcomes.
   */
  readonly explanation: string | null;
}

/**
 * Builds the texts of a finding row. A door or pressure finding names the room on the other side
 * (or outdoors) under the requirement.
 */
export function describeFindingRow(finding: Finding, roomsById: ReadonlyMap<string, Room>, ctx: ReportContext): FindingRow {
  const label = ruleLabel(finding.ruleId, ctx.locale);
  const otherSide = otherSideText(finding, roomsById, ctx);
  const roomName = (id: string) => roomsById.get(id)?.name ?? id;
  const explained = finding.outcome === 'fail' || finding.outcome === 'cannot-evaluate';
  return {
    requirement: otherSide ? `${label}\n↔ ${otherSide}` : label,
    required: finding.required ? formatRequirement(finding.required, ctx.locale) : '–',
    actual: formatActualText(finding, ctx.locale),
    citation: formatCitationText(finding.citation),
    explanation: explained ? describeFinding(finding, ctx.locale, roomName) : null,
  };
}

function otherSideText(finding: Finding, roomsById: ReadonlyMap<string, Room>, ctx: ReportContext): string | null {
  if (finding.otherRoomId === null) return null;
  if (finding.otherRoomId === 'outside') return ctx.text.outside;
  return roomsById.get(finding.otherRoomId)?.name ?? finding.otherRoomId;
}
