import { useEffect, useId, useState, type KeyboardEvent, type ReactNode } from 'react';
import type { UnitId } from '../../domain/units';
import { unitLabel } from '../../i18n/format';
import { useLocaleStore, useT } from '../i18n/index';
import { panelText } from '../i18n/panels';
import { parseNumberInput, type NumberRange } from './fieldParsing';

/**
 * Form fields of the panels. Each keeps a draft while the user types and commits it on blur or
 * Enter, so one edit is one undo step. Escape restores the stored value. Invalid input shows an
 * inline error and commits nothing.
 */

interface FieldFrameProps {
  readonly label: string;
  readonly inputId: string;
  readonly error: string | null;
  readonly hint?: string;
  readonly children: ReactNode;
}

function FieldFrame({ label, inputId, error, hint, children }: FieldFrameProps) {
  return (
    <div className="field">
      <label htmlFor={inputId}>{label}</label>
      {children}
      {error !== null ? (
        <span className="field-error" role="alert" id={`${inputId}-error`}>
          ⚠ {error}
        </span>
      ) : hint ? (
        <span className="field-hint">{hint}</span>
      ) : null}
    </div>
  );
}

/** Draft text that follows the stored value whenever the stored value changes (undo, other edits). */
function useDraft(storedText: string) {
  const [draft, setDraft] = useState(storedText);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    setDraft(storedText);
    setError(null);
  }, [storedText]);
  return { draft, setDraft, error, setError };
}

function commitOnEnter(event: KeyboardEvent<HTMLInputElement>, reset: () => void) {
  if (event.key === 'Enter') event.currentTarget.blur();
  if (event.key === 'Escape') reset();
}

export interface NumberFieldProps {
  readonly label: string;
  readonly value: number | null;
  readonly unit: UnitId | null;
  readonly range: NumberRange;
  onCommit(value: number | null): void;
  readonly testId: string;
  readonly hint?: string;
}

export function NumberField({ label, value, unit, range, onCommit, testId, hint }: NumberFieldProps) {
  const inputId = useId();
  const t = useT(panelText);
  const locale = useLocaleStore((state) => state.locale);
  const storedText = value === null ? '' : String(value);
  const { draft, setDraft, error, setError } = useDraft(storedText);

  const commit = () => {
    const parsed = parseNumberInput(draft, range);
    if (!parsed.ok) {
      setError(t(parsed.error, parsed.params));
      return;
    }
    setError(null);
    if (parsed.value !== value) onCommit(parsed.value);
  };

  return (
    <FieldFrame label={label} inputId={inputId} error={error} hint={hint}>
      <div className="field-row">
        <input
          id={inputId}
          data-testid={testId}
          inputMode="decimal"
          value={draft}
          placeholder={t('notGiven')}
          aria-invalid={error !== null}
          aria-describedby={error !== null ? `${inputId}-error` : undefined}
          onChange={(event) => setDraft(event.target.value)}
          onBlur={commit}
          onKeyDown={(event) =>
            commitOnEnter(event, () => {
              setDraft(storedText);
              setError(null);
            })
          }
        />
        {unit !== null ? <span className="field-unit">{unitLabel(unit, locale)}</span> : null}
      </div>
    </FieldFrame>
  );
}

export interface TextFieldProps {
  readonly label: string;
  readonly value: string;
  /** Returns an error message for invalid text, or null to commit it. */
  validate?(text: string): string | null;
  onCommit(value: string): void;
  readonly testId: string;
  readonly hint?: string;
  /** Extra line under the input, e.g. the parsed class. */
  readonly status?: ReactNode;
}

export function TextField({ label, value, validate, onCommit, testId, hint, status }: TextFieldProps) {
  const inputId = useId();
  const { draft, setDraft, error, setError } = useDraft(value);

  const commit = () => {
    const problem = validate?.(draft) ?? null;
    setError(problem);
    if (problem === null && draft !== value) onCommit(draft);
  };

  return (
    <FieldFrame label={label} inputId={inputId} error={error} hint={hint}>
      <input
        id={inputId}
        data-testid={testId}
        value={draft}
        aria-invalid={error !== null}
        onChange={(event) => setDraft(event.target.value)}
        onBlur={commit}
        onKeyDown={(event) =>
          commitOnEnter(event, () => {
            setDraft(value);
            setError(null);
          })
        }
      />
      {error === null ? status : null}
    </FieldFrame>
  );
}

export interface SelectFieldProps<V extends string> {
  readonly label: string;
  readonly value: V;
  readonly options: readonly { readonly value: V; readonly label: string }[];
  onCommit(value: V): void;
  readonly testId: string;
}

/** Render a select that commits on change, because choosing an option is already one deliberate edit. */
export function SelectField<V extends string>({ label, value, options, onCommit, testId }: SelectFieldProps<V>) {
  const inputId = useId();
  return (
    <FieldFrame label={label} inputId={inputId} error={null}>
      <select
        id={inputId}
        data-testid={testId}
        value={value}
        onChange={(event) => {
          const chosen = options.find((option) => option.value === event.target.value);
          if (chosen && chosen.value !== value) onCommit(chosen.value);
        }}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}
