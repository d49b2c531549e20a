import type { ReactNode } from 'react';
import type { User } from '../../../domain/crm';
import { FieldError } from './FieldError';
import type { FieldParse } from './fields';

export interface TextFieldProps {
  readonly label: string;
  readonly value: string;
  readonly testId: string;
  /** The parse of `value`; its error shows once `showErrors` is set. */
  readonly parse?: FieldParse<unknown>;
  readonly showErrors?: boolean;
  readonly type?: 'text' | 'date' | 'email' | 'tel';
  readonly inputMode?: 'decimal' | 'numeric';
  readonly wide?: boolean;
  readonly multiline?: boolean;
  onChange(value: string): void;
}

/** Renders a labelled text input with its parse error under it. */
export function TextField({ label, value, testId, parse, showErrors = false, type = 'text', inputMode, wide, multiline, onChange }: TextFieldProps) {
  const invalid = showErrors && parse !== undefined && !parse.ok;
  return (
    <label className={wide ? 'crm-wide' : undefined}>
      {label}
      {multiline ? (
        <textarea value={value} aria-invalid={invalid} data-testid={testId} onChange={(event) => onChange(event.target.value)} />
      ) : (
        <input type={type} inputMode={inputMode} value={value} aria-invalid={invalid} data-testid={testId} onChange={(event) => onChange(event.target.value)} />
      )}
      {invalid && parse !== undefined ? <FieldError parse={parse} /> : null}
    </label>
  );
}

export interface SelectFieldProps<V extends string> {
  readonly label: string;
  readonly value: V;
  readonly testId: string;
  readonly options: readonly { readonly value: V; readonly label: string }[];
  onChange(value: V): void;
  readonly children?: ReactNode;
}

export function SelectField<V extends string>({ label, value, testId, options, onChange }: SelectFieldProps<V>) {
  return (
    <label>
      {label}
      <select value={value} data-testid={testId} onChange={(event) => onChange(event.target.value as V)}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </label>
  );
}

/** Options for an owner select: every user by name. */
export function ownerOptions(users: readonly User[]): { value: string; label: string }[] {
  return users.map((user) => ({ value: user.id, label: user.name }));
}
