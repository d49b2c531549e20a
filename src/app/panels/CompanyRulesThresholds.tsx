import { useState } from 'react';
import type { CompanyRuleSetDocument } from '../../engine/company/document';
import { listEditableNumbers, setEditableNumber, type EditableNumber } from '../../engine/company/thresholds';
import { unitLabel } from '../../i18n/format';
import type { UnitId } from '../../domain/units';
import { useLocaleStore, useT } from '../i18n/index';
import { companyRulesText } from '../i18n/companyRules';

interface ThresholdsProps {
  readonly document: CompanyRuleSetDocument;
  onChange(document: CompanyRuleSetDocument): void;
}

function pathKey(entry: EditableNumber): string {
  return entry.path.join('.');
}

/** Renders one editable number, committed on Enter or blur and rejected with a message when it is not a number. */
function ThresholdRow({ entry, document, onChange }: ThresholdsProps & { readonly entry: EditableNumber }) {
  const t = useT(companyRulesText);
  const locale = useLocaleStore((state) => state.locale);
  const [text, setText] = useState(String(entry.value));
  const [error, setError] = useState<string | null>(null);
  const key = pathKey(entry);

  const commit = () => {
    const value = Number(text.trim());
    if (text.trim() === '' || !Number.isFinite(value)) {
      setError(t('invalidNumber', { text }));
      return;
    }
    setError(null);
    if (value !== entry.value) onChange(setEditableNumber(document, entry.path, value));
  };

  return (
    <tr data-testid="company-threshold" data-path={key}>
      <td>{entry.owner}</td>
      <td>{entry.path.slice(3).join('.')}</td>
      <td>
        <input
          aria-label={`${entry.owner} ${entry.key}`}
          data-testid={`company-threshold-input-${key}`}
          value={text}
          onChange={(event) => setText(event.target.value)}
          onBlur={commit}
          onKeyDown={(event) => {
            if (event.key === 'Enter') commit();
          }}
        />
        {error === null ? null : <span role="alert">{error}</span>}
      </td>
      <td>{entry.unit === null ? '' : unitLabel(entry.unit as UnitId, locale)}</td>
    </tr>
  );
}

/** Table of every number in the copied rules and tables, each editable, with its unit. */
export function CompanyRulesThresholds({ document, onChange }: ThresholdsProps) {
  const t = useT(companyRulesText);
  const entries = listEditableNumbers(document);
  return (
    <table className="company-thresholds" data-testid="company-thresholds">
      <thead>
        <tr>
          <th>{t('columnRule')}</th>
          <th>{t('columnKey')}</th>
          <th>{t('columnNumber')}</th>
          <th>{t('columnUnit')}</th>
        </tr>
      </thead>
      <tbody>
        {entries.map((entry) => (
          <ThresholdRow key={`${pathKey(entry)}=${entry.value}`} entry={entry} document={document} onChange={onChange} />
        ))}
      </tbody>
    </table>
  );
}
