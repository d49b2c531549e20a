import { useState } from 'react';
import { estimateOrCount, OrCountInputError, type OrCountInput, type OrCountInputName, type OrCountMethodId, type OrCountResult } from '../../engine/hospital/orCount';
import { formatNumber } from '../../i18n/format';
import type { Locale } from '../../i18n/locale';
import { useLocaleStore, useT } from '../i18n/index';
import { hospitalText, type HospitalKey } from '../i18n/hospital';
import { shellText } from '../i18n/shell';
import { Dialog } from '../shell/Dialog';
import { NumberField } from './fields';

import { useOrCountCalculatorStore } from './orCountCalculatorStore';

const INPUTS: readonly { readonly name: OrCountInputName; readonly label: HospitalKey }[] = [
  { name: 'surgicalPatientBeds', label: 'inputSurgicalPatientBeds' },
  { name: 'meanStayDays', label: 'inputMeanStayDays' },
  { name: 'workingDaysPerYear', label: 'inputWorkingDaysPerYear' },
  { name: 'operationsPerOrPerDay', label: 'inputOperationsPerOrPerDay' },
  { name: 'surgicalBeds', label: 'inputSurgicalBeds' },
  { name: 'totalBeds', label: 'inputTotalBeds' },
];

const METHOD_LABELS: Readonly<Record<OrCountMethodId, HospitalKey>> = {
  formula: 'methodFormula',
  'surgical-beds': 'methodSurgicalBeds',
  'gb51039-total-beds': 'methodGb51039TotalBeds',
  'gb51039-surgical-beds': 'methodGb51039SurgicalBeds',
  'thumb-general': 'methodThumbGeneral',
  'thumb-surgery-heavy': 'methodThumbSurgeryHeavy',
};

const EMPTY_INPUT: OrCountInput = {
  surgicalPatientBeds: null,
  meanStayDays: null,
  workingDaysPerYear: null,
  operationsPerOrPerDay: null,
  surgicalBeds: null,
  totalBeds: null,
};

/**
 * Dialog that estimates the number of operating rooms from bed numbers, before any plan exists.
 * Every method shows its own result and source, and practice figures are marked as such.
 */
export default function OrCountCalculator() {
  const open = useOrCountCalculatorStore((state) => state.open);
  const hide = useOrCountCalculatorStore((state) => state.hide);
  const t = useT(hospitalText);
  const tShell = useT(shellText);
  const [input, setInput] = useState<OrCountInput>(EMPTY_INPUT);
  if (!open) return null;

  return (
    <Dialog
      title={t('orCountTitle')}
      onDismiss={hide}
      testId="or-count-dialog"
      actions={
        <button type="button" data-testid="or-count-close" onClick={hide}>
          {tShell('close')}
        </button>
      }
    >
      <p>{t('orCountIntro')}</p>
      {INPUTS.map((field) => (
        <NumberField
          key={field.name}
          label={t(field.label)}
          value={input[field.name]}
          unit={null}
          range={{ min: 0, minExclusive: true }}
          onCommit={(value) => setInput({ ...input, [field.name]: value })}
          testId={`or-count-${field.name}`}
        />
      ))}
      <OrCountResults input={input} />
    </Dialog>
  );
}

function OrCountResults({ input }: { readonly input: OrCountInput }) {
  const t = useT(hospitalText);
  const locale = useLocaleStore((state) => state.locale);
  let results: OrCountResult[];
  try {
    results = estimateOrCount(input);
  } catch (error) {
    // The fields reject values ≤ 0, so this is reached only if that check and the engine's differ.
    if (!(error instanceof OrCountInputError)) throw error;
    const label = INPUTS.find((field) => field.name === error.input)?.label;
    return <p role="alert">{t('inputInvalid', { input: label ? t(label) : error.input })}</p>;
  }

  return (
    <table className="or-count-results" data-testid="or-count-results">
      <thead>
        <tr>
          <th>{t('columnMethod')}</th>
          <th>{t('columnResult')}</th>
          <th>{t('columnSource')}</th>
        </tr>
      </thead>
      <tbody>
        {results.map((result) => (
          <tr key={result.method} data-testid={`or-count-${result.method}`}>
            <td>{t(METHOD_LABELS[result.method])}</td>
            <td data-testid={`or-count-${result.method}-result`}>{resultText(result, locale, t)}</td>
            <td>
              {result.source[locale]}
              {result.kind === 'practice' ? ` (${t('kindPractice')})` : ''}
              {result.verified ? null : <span className="badge-unverified"> {t('badgeUnverified')}</span>}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function resultText(result: OrCountResult, locale: Locale, t: (key: HospitalKey, params?: Record<string, string | number>) => string): string {
  if (result.status === 'missing-input') {
    const separator = locale === 'zh-CN' ? '、' : ', ';
    const names = result.missing.map((name) => t(INPUTS.find((field) => field.name === name)!.label));
    return t('resultMissing', { inputs: names.join(separator) });
  }
  if (result.min === result.max) return t('resultSingle', { exact: formatNumber(result.min, locale, 1), rounded: result.roundedMin });
  return t('resultRange', {
    min: formatNumber(result.min, locale, 1),
    max: formatNumber(result.max, locale, 1),
    roundedMin: result.roundedMin,
    roundedMax: result.roundedMax,
  });
}
