import { memo, useMemo, useState } from 'react';
import { OUTSIDE, type Project } from '../../domain/project';
import type { Finding, Outcome, RequirementKind } from '../../engine/findings';
import { formatQuantity } from '../../i18n/format';
import { citationText, describeFinding, formatRequirement, kindLabel, outcomeLabel, ruleLabel } from '../../i18n/findingMessages';
import type { Locale } from '../../i18n/locale';
import { useCheckOutcome } from '../check/checkProject';
import { findingsText, type FindingsKey } from '../i18n/findings';
import { useLocaleStore, useT } from '../i18n/index';
import { useProjectStore } from '../store/projectStore';

/** Failures first: the order of the groups in the panel. */
export const OUTCOME_ORDER: readonly Outcome[] = ['fail', 'cannot-evaluate', 'pass', 'not-applicable'];

/** Icons beside the outcome text, so outcomes differ without colour too. */
const OUTCOME_ICONS: Readonly<Record<Outcome, string>> = {
  fail: '✗',
  'cannot-evaluate': '?',
  pass: '✓',
  'not-applicable': '–',
};

/** Findings rendered per group before a "show all" button; thousands of rows would stall typing. */
const GROUP_PAGE_SIZE = 200;

/** Group findings by outcome in `OUTCOME_ORDER`, keeping the engine's order inside each group. */
export function groupFindings(findings: readonly Finding[]): Map<Outcome, Finding[]> {
  const groups = new Map<Outcome, Finding[]>(OUTCOME_ORDER.map((outcome) => [outcome, []]));
  for (const finding of findings) groups.get(finding.outcome)?.push(finding);
  return groups;
}

/** True when the finding concerns the room: as its own room, the other side of a door, or one a suite finding names. */
function concernsRoom(finding: Finding, roomId: string): boolean {
  return finding.roomId === roomId || finding.otherRoomId === roomId || (finding.roomIds?.includes(roomId) ?? false);
}

/** Live findings of the open project, grouped failures first; clicking one selects its room. */
export function FindingsPanel() {
  const t = useT(findingsText);
  const locale = useLocaleStore((state) => state.locale);
  const project = useProjectStore((state) => state.project);
  const selection = useProjectStore((state) => state.selection);
  const { result, unknownRuleSetIds } = useCheckOutcome();
  const [onlySelected, setOnlySelected] = useState(false);

  const selectedRoomId = selection?.kind === 'room' ? selection.id : null;
  const filterRoomId = onlySelected ? selectedRoomId : null;
  const visible = useMemo(
    () => (filterRoomId === null ? result.findings : result.findings.filter((finding) => concernsRoom(finding, filterRoomId))),
    [result, filterRoomId],
  );
  const groups = useMemo(() => groupFindings(visible), [visible]);

  return (
    <section className="panel findings-panel" data-testid="findings-panel" aria-label={t('title')}>
      <div className="findings-header">
        <h2>{t('title')}</h2>
        <div className="findings-counts" data-testid="findings-counts">
          {OUTCOME_ORDER.map((outcome) => (
            <span key={outcome} className={`badge outcome-${outcome}`} data-testid={`count-${outcome}`}>
              {OUTCOME_ICONS[outcome]} {outcomeLabel(outcome, locale)} {groups.get(outcome)?.length ?? 0}
            </span>
          ))}
        </div>
        <label className="field-row">
          <input type="checkbox" data-testid="findings-filter-selected" checked={onlySelected} onChange={(event) => setOnlySelected(event.target.checked)} />
          {t('filterSelected')}
        </label>
      </div>

      {unknownRuleSetIds.length > 0 ? (
        <p className="notice notice-warning" role="status">
          {t('unknownRuleSets', { ids: unknownRuleSetIds.join(', ') })}
        </p>
      ) : null}
      {visible.length === 0 ? <p className="field-hint notice">{t(filterRoomId === null ? 'none' : 'noneForRoom')}</p> : null}

      {OUTCOME_ORDER.map((outcome) => {
        const findings = groups.get(outcome) ?? [];
        if (findings.length === 0) return null;
        return <FindingGroup key={outcome} outcome={outcome} findings={findings} project={project} locale={locale} />;
      })}
    </section>
  );
}

interface FindingGroupProps {
  readonly outcome: Outcome;
  readonly findings: readonly Finding[];
  readonly project: Project;
  readonly locale: Locale;
}

function FindingGroup({ outcome, findings, project, locale }: FindingGroupProps) {
  const t = useT(findingsText);
  const [expanded, setExpanded] = useState(false);
  const roomNames = useMemo(() => new Map(project.rooms.map((room) => [room.id, room.name])), [project.rooms]);
  const renderedFindings = expanded ? findings : findings.slice(0, GROUP_PAGE_SIZE);

  const roomName = (id: string) => (id === OUTSIDE ? t('outside') : (roomNames.get(id) ?? id));
  return (
    <div className="finding-group" data-testid={`finding-group-${outcome}`}>
      <h3 className={`outcome-${outcome}`}>
        {OUTCOME_ICONS[outcome]} {outcomeLabel(outcome, locale)} ({findings.length})
      </h3>
      <ul className="finding-list">
        {renderedFindings.map((finding, index) => (
          <li key={`${finding.ruleId}|${finding.roomId ?? ''}|${finding.doorId ?? ''}|${index}`}>
            <FindingItem finding={finding} locale={locale} roomName={roomName} />
          </li>
        ))}
      </ul>
      {renderedFindings.length < findings.length ? (
        <button type="button" onClick={() => setExpanded(true)}>
          {t('showAll', { count: findings.length })}
        </button>
      ) : null}
    </div>
  );
}

interface FindingItemProps {
  readonly finding: Finding;
  readonly locale: Locale;
  roomName(id: string): string;
}

const FindingItem = memo(function FindingItem({ finding, locale, roomName }: FindingItemProps) {
  const t = useT(findingsText);
  const select = useProjectStore((state) => state.select);

  const roomIds = finding.roomIds ?? [finding.roomId, finding.otherRoomId].filter((id): id is string => id !== null);
  const rooms = roomIds.map(roomName);
  const required = finding.required === null ? '–' : formatRequirement(finding.required, locale);
  // A missing design value matters only where it stopped the evaluation; sampling-location
  // findings, for one, pass without any design value.
  const actualMissing = finding.outcome === 'cannot-evaluate' ? t('notGiven') : '–';
  const actual = finding.actual === null ? actualMissing : formatQuantity(finding.actual, finding.required?.unit ?? 'count', locale, 2);
  const roomId = finding.roomId;

  return (
    <button
      type="button"
      className="finding"
      data-testid="finding"
      data-rule-id={finding.ruleId}
      data-outcome={finding.outcome}
      data-room-id={finding.roomId ?? ''}
      data-room-ids={roomIds.join(' ')}
      onClick={() => {
        if (roomId !== null) select({ kind: 'room', id: roomId });
      }}
    >
      <span className="finding-line">
        <span className={`badge outcome-${finding.outcome}`}>
          {OUTCOME_ICONS[finding.outcome]} {outcomeLabel(finding.outcome, locale)}
        </span>
        <span className="badge badge-kind">{kindLabel(finding.kind, locale)}</span>
        {finding.verified ? null : (
          <span className="badge badge-unverified" title={t('unverifiedTitle')}>
            {t('unverified')}
          </span>
        )}
        <span className="finding-rule">{ruleLabel(finding.ruleId, locale)}</span>
        <span>{rooms.length > 0 ? rooms.join(' ↔ ') : t('projectWide')}</span>
      </span>
      <span className="finding-line finding-detail">
        <span>
          {t('required')}: {required}
        </span>
        <span>
          {t('actual')}: {actual}
        </span>
        <span data-testid="finding-citation">{citationText(finding.citation, locale)}</span>
      </span>
      <span className="finding-detail">{describeFinding(finding, locale, roomName)}</span>
    </button>
  );
});
