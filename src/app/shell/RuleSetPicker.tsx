import { useId, useState } from 'react';
import { designationWithEdition } from '../../engine/rules/designation';
import type { StandardFamily } from '../../engine/rules/editions';
import type { RuleSetInfo } from '../../engine/rules/types';
import { useLocaleStore, useT } from '../i18n/index';
import { shellText } from '../i18n/shell';
import { standardsText } from '../i18n/standards';
import { useProjectStore } from '../store/projectStore';
import { chosenEditions, editionFor, standardCatalogue, toggledFamily, withEdition } from './ruleSetSelection';

/** Designation with edition as the standard prints it: `ISO 14644-1:2015`, `GB 50073-2013`. */
export function ruleSetDesignation(info: Pick<RuleSetInfo, 'standard' | 'edition'>): string {
  return designationWithEdition(info.standard, info.edition);
}

/** Label of an edition in the picker: the designation with its year, or only the name for a single-edition practice set. */
function editionLabel(family: StandardFamily, edition: RuleSetInfo): string {
  return family.kind === 'practice' ? edition.standard : ruleSetDesignation(edition);
}

interface FamilyRowProps {
  readonly family: StandardFamily;
  readonly compact: boolean;
  readonly idPrefix: string;
}

/** Renders one standard: a checkbox, the chosen edition (a list when several are shipped) and how it relates to the reference date. */
function FamilyRow({ family, compact, idPrefix }: FamilyRowProps) {
  const t = useT(standardsText);
  const locale = useLocaleStore((state) => state.locale);
  const ruleSetIds = useProjectStore((state) => state.project.ruleSetIds);
  const referenceDate = useProjectStore((state) => state.project.referenceDate);
  const setProjectMeta = useProjectStore((state) => state.setProjectMeta);

  const chosen = chosenEditions(family, ruleSetIds);
  const checked = chosen.length > 0;
  const inForce = editionFor(family, referenceDate);
  const displayedId = chosen[chosen.length - 1] ?? inForce.ruleSet.id;
  const displayed = family.editions.find((edition) => edition.id === displayedId) ?? inForce.ruleSet;
  const prefix = compact ? 'topbar-' : '';
  const checkboxId = `${idPrefix}-${family.id}`;
  const inForceLabel = ruleSetDesignation(inForce.ruleSet);

  let dateNote: string | null = null;
  if (family.editions.length > 1 && checked && displayed.id !== inForce.ruleSet.id) {
    dateNote = t('editionNotDefault', { edition: ruleSetDesignation(displayed), date: referenceDate, default: inForceLabel });
  } else if (family.editions.length > 1 && inForce.basis === 'before-oldest-edition') {
    dateNote = t('editionBeforeOldest', { date: referenceDate, edition: inForceLabel });
  } else if (family.editions.length > 1 && !compact) {
    dateNote = t('editionInForce', { date: referenceDate, edition: inForceLabel });
  }

  return (
    <div className="rule-set-family" data-testid={`${prefix}standard-row-${family.id}`}>
      <label htmlFor={checkboxId} title={displayed.title[locale]}>
        <input
          id={checkboxId}
          type="checkbox"
          data-testid={`${prefix}standard-${family.id}`}
          checked={checked}
          onChange={() => setProjectMeta({ ruleSetIds: toggledFamily(ruleSetIds, family, referenceDate) })}
        />
        {family.editions.length === 1 ? editionLabel(family, displayed) : family.standard}
        {compact ? null : ` ${displayed.title[locale]}`}
        {family.kind === 'practice' ? <span className="badge badge-practice">{t('practiceBadge')}</span> : null}
      </label>
      {family.editions.length > 1 ? (
        <select
          aria-label={t('editionLabel', { standard: family.standard })}
          data-testid={`${prefix}edition-${family.id}`}
          value={displayed.id}
          disabled={!checked}
          onChange={(event) => setProjectMeta({ ruleSetIds: withEdition(ruleSetIds, family, event.target.value) })}
        >
          {family.editions.map((edition) => (
            <option key={edition.id} value={edition.id}>
              {ruleSetDesignation(edition)}
            </option>
          ))}
        </select>
      ) : null}
      {dateNote ? (
        <span className="field-hint" data-testid={`${prefix}edition-note-${family.id}`}>
          {dateNote}
        </span>
      ) : null}
    </div>
  );
}

/** Standards chosen for the project, each with its edition; used in the top bar and the project panel. */
export function RuleSetChoices({ compact = false }: { readonly compact?: boolean }) {
  const idPrefix = useId();
  return (
    <div className="rule-set-choices">
      {standardCatalogue().map((family) => (
        <FamilyRow key={family.id} family={family} compact={compact} idPrefix={idPrefix} />
      ))}
    </div>
  );
}

/** Rule-set picker of the top bar: a button that opens the list of standards and editions. */
export function RuleSetPicker() {
  const t = useT(shellText);
  const [open, setOpen] = useState(false);
  const ruleSetIds = useProjectStore((state) => state.project.ruleSetIds);
  const chosen = standardCatalogue().flatMap((family) => family.editions.filter((edition) => ruleSetIds.includes(edition.id)));
  const summary = chosen.map(ruleSetDesignation).join(', ');

  return (
    <div className="menu rule-set-picker">
      <button type="button" data-testid="rule-set-picker" aria-expanded={open} onClick={() => setOpen(!open)}>
        {t('ruleSetsLabel')}: {summary || '–'}
      </button>
      {open ? (
        <div className="menu-items rule-set-menu" onMouseLeave={() => setOpen(false)}>
          <RuleSetChoices compact />
        </div>
      ) : null}
    </div>
  );
}
