import { useId, useState } from 'react';
import { designationWithEdition, listRuleSets } from '../../engine/index';
import type { RuleSetInfo } from '../../engine/rules/types';
import { useLocaleStore, useT } from '../i18n/index';
import { shellText } from '../i18n/shell';
import { useProjectStore } from '../store/projectStore';

let catalogue: readonly RuleSetInfo[] | null = null;

/** Return the loaded rule sets, read once, because the engine validates them when its module loads. */
function ruleSetCatalogue(): readonly RuleSetInfo[] {
  catalogue ??= listRuleSets();
  return catalogue;
}

/** Designation with edition as the standard prints it: `ISO 14644-1:2015`, `GB 50073-2013`. */
export function ruleSetDesignation(info: Pick<RuleSetInfo, 'standard' | 'edition'>): string {
  return designationWithEdition(info.standard, info.edition);
}

/**
 * Toggle a rule set in the project's list. The order of the catalogue is kept, so that reports
 * and exports list the rule sets in the same order whatever the order of clicks.
 */
function toggledIds(current: readonly string[], id: string): string[] {
  const chosen = new Set(current);
  if (chosen.has(id)) chosen.delete(id);
  else chosen.add(id);
  const known = ruleSetCatalogue().map((info) => info.id);
  const unknown = current.filter((existing) => !known.includes(existing) && chosen.has(existing));
  return [...known.filter((knownId) => chosen.has(knownId)), ...unknown];
}

/** Checkboxes for the project's rule sets, each with its edition; used in the top bar and the project panel. */
export function RuleSetChoices({ compact = false }: { readonly compact?: boolean }) {
  const locale = useLocaleStore((state) => state.locale);
  const ruleSetIds = useProjectStore((state) => state.project.ruleSetIds);
  const setProjectMeta = useProjectStore((state) => state.setProjectMeta);
  const idPrefix = useId();

  return (
    <div className="rule-set-choices">
      {ruleSetCatalogue().map((info) => (
        <label key={info.id} htmlFor={`${idPrefix}-${info.id}`} title={info.title[locale]}>
          <input
            id={`${idPrefix}-${info.id}`}
            type="checkbox"
            data-testid={compact ? `topbar-rule-set-${info.id}` : `rule-set-${info.id}`}
            checked={ruleSetIds.includes(info.id)}
            onChange={() => setProjectMeta({ ruleSetIds: toggledIds(ruleSetIds, info.id) })}
          />
          {compact ? ruleSetDesignation(info) : `${ruleSetDesignation(info)} ${info.title[locale]}`}
        </label>
      ))}
    </div>
  );
}

/** Rule-set picker of the top bar: a button that opens the checkbox list. */
export function RuleSetPicker() {
  const t = useT(shellText);
  const [open, setOpen] = useState(false);
  const ruleSetIds = useProjectStore((state) => state.project.ruleSetIds);
  const chosen = ruleSetCatalogue().filter((info) => ruleSetIds.includes(info.id));
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
