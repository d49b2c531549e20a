import { useEffect, useId, useState } from 'react';
import { airsideText } from '../i18n/airside';
import { useT } from '../i18n/index';
import { panelText } from '../i18n/panels';
import { parseNumberInput, type NumberFieldParse, type NumberRange } from './fieldParsing';

/**
 * Numeric field of the air-side panels. It parses and reports errors as the room panel's
 * `NumberField` does (`parseNumberInput`). It also takes a unit written as text, because W/m² and
 * K have no `UnitId`, and `required` for values that cannot be "not given", such as a door's
 * width. Invalid input shows the error and commits nothing.
 */
export interface AirsideNumberFieldProps {
  readonly label: string;
  readonly value: number | null;
  /** Unit label shown after the input, already in the UI language; null for none. */
  readonly unit: string | null;
  readonly range: NumberRange;
  /** When true, an empty field is an error instead of "not given"; required values are positive. */
  readonly required?: boolean;
  onCommit(value: number | null): void;
  readonly testId: string;
  readonly hint?: string;
  /** Decimals the stored value is shown with; all of them when absent. */
  readonly decimals?: number;
}

/** Returns the message for a failed parse, in the UI language. */
export function useParseErrorText(): (parsed: Extract<NumberFieldParse, { ok: false }>) => string {
  const t = useT(panelText);
  return (parsed) => t(parsed.error, parsed.params);
}

function storedTextOf(value: number | null, decimals: number | undefined): string {
  if (value === null) return '';
  if (decimals === undefined) return String(value);
  return String(Number(value.toFixed(decimals)));
}

export function AirsideNumberField({ label, value, unit, range, required = false, onCommit, testId, hint, decimals }: AirsideNumberFieldProps) {
  const inputId = useId();
  const t = useT(panelText);
  const tAirside = useT(airsideText);
  const errorText = useParseErrorText();
  const storedText = storedTextOf(value, decimals);
  const [draft, setDraft] = useState(storedText);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    setDraft(storedText);
    setError(null);
  }, [storedText]);

  const commit = () => {
    // Leaving an untouched field must not store the rounded text in place of the stored value.
    if (draft === storedText) {
      setError(null);
      return;
    }
    const parsed = parseNumberInput(draft, range);
    if (!parsed.ok) {
      // A required field cannot be cleared, so it does not offer that way out.
      setError(required && parsed.error === 'errorNotNumber' ? t('errorNotNumberRequired', parsed.params) : errorText(parsed));
      return;
    }
    if (parsed.value === null && required) {
      setError(tAirside('errorRequiredPositive', { field: label }));
      return;
    }
    setError(null);
    if (parsed.value !== value) onCommit(parsed.value);
  };
  const reset = () => {
    setDraft(storedText);
    setError(null);
  };

  return (
    <div className="field">
      <label htmlFor={inputId}>{label}</label>
      <div className="field-row">
        <input
          id={inputId}
          data-testid={testId}
          inputMode="decimal"
          value={draft}
          placeholder={required ? undefined : t('notGiven')}
          aria-invalid={error !== null}
          aria-describedby={error !== null ? `${inputId}-error` : undefined}
          onChange={(event) => setDraft(event.target.value)}
          onBlur={commit}
          onKeyDown={(event) => {
            if (event.key === 'Enter') event.currentTarget.blur();
            if (event.key === 'Escape') reset();
          }}
        />
        {unit !== null ? <span className="field-unit">{unit}</span> : null}
      </div>
      {error !== null ? (
        <span className="field-error" role="alert" id={`${inputId}-error`} data-testid={`${testId}-error`}>
          ⚠ {error}
        </span>
      ) : hint ? (
        <span className="field-hint">{hint}</span>
      ) : null}
    </div>
  );
}
