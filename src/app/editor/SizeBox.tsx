import { useState } from 'react';
import { MM_PER_M } from '../../domain/units';
import { useProjectStore } from '../store/projectStore';
import { useT } from '../i18n';
import { MIN_ROOM_SIDE_MM, parseSideMetres } from './dimensions';
import { asAxisAlignedRectangle } from './geometry';
import { setRectangleSize } from './resize';
import { roomsById } from './roomIndex';
import { editorStrings } from './strings';

function formatMetres(valueMm: number): string {
  return String(Number((valueMm / MM_PER_M).toFixed(3)));
}

interface SideFieldProps {
  readonly testId: string;
  readonly label: string;
  readonly valueMm: number;
  onCommit(valueMm: number): void;
}

/** Field for one side length in metres. It applies the value on Enter or blur, and only when it is valid. */
function SideField({ testId, label, valueMm, onCommit }: SideFieldProps) {
  const t = useT(editorStrings);
  const [text, setText] = useState(formatMetres(valueMm));
  const [error, setError] = useState<string | null>(null);

  const commit = () => {
    const parsed = parseSideMetres(text);
    if (parsed === null) {
      setError(t('sizeInvalid', { min: MIN_ROOM_SIDE_MM / MM_PER_M, text }));
      return;
    }
    setError(null);
    if (parsed !== valueMm) onCommit(parsed);
  };

  return (
    <label style={{ display: 'inline-flex', alignItems: 'center', gap: 4, whiteSpace: 'nowrap' }}>
      {label}
      <input
        data-testid={testId}
        value={text}
        style={{ width: 64, padding: '0 4px' }}
        aria-invalid={error !== null}
        onChange={(event) => setText(event.target.value)}
        onBlur={commit}
        onKeyDown={(event) => {
          if (event.key === 'Enter') commit();
        }}
      />
      {error && (
        <span role="alert" style={{ color: '#c62828', whiteSpace: 'normal', maxWidth: 260 }}>
          {error}
        </span>
      )}
    </label>
  );
}

/**
 * Editable width × length (m) of the selected rectangular room, shown in the status line under the
 * stage so that it never covers the plan.
 */
export function SizeBox() {
  const t = useT(editorStrings);
  const room = useProjectStore((state) => (state.selection?.kind === 'room' ? roomsById(state.project.rooms).get(state.selection.id) : undefined));
  const bounds = room ? asAxisAlignedRectangle(room.polygon) : null;
  if (!room || !bounds) return null;

  const widthMm = bounds.maxX - bounds.minX;
  const lengthMm = bounds.maxY - bounds.minY;
  const apply = (newWidthMm: number, newLengthMm: number) => {
    const polygon = setRectangleSize(room.polygon, newWidthMm, newLengthMm);
    if (!polygon) return;
    useProjectStore.getState().updateRoom(room.id, { polygon, areaKnown: true });
  };

  return (
    <div
      key={`${room.id}:${widthMm}:${lengthMm}`}
      data-testid="size-box"
      style={{ display: 'flex', gap: 12, alignItems: 'center', marginLeft: 'auto' }}
    >
      <SideField testId="size-width" label={t('widthM')} valueMm={widthMm} onCommit={(value) => apply(value, lengthMm)} />
      <SideField testId="size-length" label={t('lengthM')} valueMm={lengthMm} onCommit={(value) => apply(widthMm, value)} />
    </div>
  );
}
