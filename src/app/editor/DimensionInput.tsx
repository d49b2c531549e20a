import { useEffect, useRef, useState } from 'react';
import { useT } from '../i18n';
import { MIN_ROOM_SIDE_MM, parseDimensions } from './dimensions';
import { editorStrings } from './strings';
import type { ScreenPoint } from './viewport';

interface DimensionInputProps {
  /** Position of the input in stage pixels: the anchored corner. */
  readonly at: ScreenPoint;
  /** First typed character, which opened the input. */
  readonly initialText: string;
  onSubmit(widthMm: number, lengthMm: number): void;
  onCancel(): void;
}

/**
 * Input for exact room dimensions while the rectangle tool is active. Enter creates the room if
 * the text parses (see `parseDimensions` for the accepted forms). Otherwise an inline error shows
 * the expected form and nothing changes. Escape closes the input.
 */
export function DimensionInput({ at, initialText, onSubmit, onCancel }: DimensionInputProps) {
  const t = useT(editorStrings);
  const [text, setText] = useState(initialText);
  const [error, setError] = useState<string | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);

  // Focus with the caret after the character that opened the input, so typing continues it.
  useEffect(() => {
    const input = inputRef.current;
    if (!input) return;
    input.focus();
    input.setSelectionRange(input.value.length, input.value.length);
  }, []);

  const submit = () => {
    const parsed = parseDimensions(text);
    if (parsed.ok) {
      onSubmit(parsed.widthMm, parsed.lengthMm);
      return;
    }
    if (parsed.error === 'too-small') setError(t('dimensionTooSmall', { min: MIN_ROOM_SIDE_MM, width: parsed.widthMm, length: parsed.lengthMm }));
    else setError(t('dimensionInvalid', { text }));
  };

  return (
    <div style={{ position: 'absolute', left: at.x + 8, top: at.y + 8, background: '#ffffff', border: '1px solid #90a4ae', borderRadius: 4, padding: 4, fontSize: 12, maxWidth: 280, zIndex: 2 }}>
      <input
        ref={inputRef}
        data-testid="dimension-input"
        value={text}
        placeholder={t('dimensionPrompt')}
        aria-label={t('dimensionPrompt')}
        aria-invalid={error !== null}
        onChange={(event) => {
          setText(event.target.value);
          setError(null);
        }}
        onKeyDown={(event) => {
          if (event.key === 'Enter') submit();
          if (event.key === 'Escape') onCancel();
        }}
        style={{ width: 160 }}
      />
      <div style={{ color: '#607d8b' }}>{t('dimensionPrompt')}</div>
      {error && (
        <div role="alert" data-testid="dimension-error" style={{ color: '#c62828' }}>
          {error}
        </div>
      )}
    </div>
  );
}
