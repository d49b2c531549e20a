import { useState, type FormEvent, type ReactNode } from 'react';
import { useCrmT } from '../text';

export interface FormShellProps {
  readonly title: string;
  readonly testId: string;
  readonly children: ReactNode;
  /** True when every field parses; the form saves nothing otherwise. */
  readonly valid: boolean;
  /** Called when the user submits with every field valid. A rejection is shown, and the typed values stay in the form. */
  onSave(): Promise<void>;
  onCancel(): void;
  /** Tells the fields to show their errors, which stay hidden until the first save attempt. */
  onAttempt(): void;
}

/** Returns a new record id: a prefix naming the record type and a random UUID. */
export function newRecordId(prefix: string): string {
  return `${prefix}-${crypto.randomUUID()}`;
}

/**
 * Renders the frame of a CRM form: title, fields, Save and Cancel. Save with an invalid field only reveals the
 * field errors. A failed save keeps the typed values and shows the error from storage.
 */
export function FormShell({ title, testId, children, valid, onSave, onCancel, onAttempt }: FormShellProps) {
  const t = useCrmT();
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    onAttempt();
    if (!valid || saving) return;
    setSaving(true);
    setSaveError(null);
    try {
      await onSave();
    } catch (error) {
      setSaveError(error instanceof Error ? error.message : String(error));
    } finally {
      setSaving(false);
    }
  }

  return (
    <form className="crm-panel" data-testid={testId} onSubmit={(event) => void submit(event)} noValidate>
      <h3>{title}</h3>
      <div className="crm-form">{children}</div>
      {saveError === null ? null : (
        <p className="crm-error" role="alert" data-testid="save-error">
          {t('saveFailed', { detail: saveError })}
        </p>
      )}
      <div className="crm-actions">
        <button type="submit" className="primary" disabled={saving} data-testid={`${testId}-save`}>
          {t('save')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('cancel')}
        </button>
      </div>
    </form>
  );
}
