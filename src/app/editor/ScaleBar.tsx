import { MM_PER_M } from '../../domain/units';
import { useT } from '../i18n';
import { useEditorStore } from './editorStore';
import { editorStrings } from './strings';

const TARGET_BAR_PX = 100;
const NICE_STEPS = [1, 2, 5];

/** Returns the 1-2-5 length in metres whose bar is closest to `TARGET_BAR_PX` at this zoom. */
export function scaleBarMetres(scale: number): number {
  const rawMetres = TARGET_BAR_PX / scale / MM_PER_M;
  const magnitude = 10 ** Math.floor(Math.log10(rawMetres));
  const candidates = [...NICE_STEPS.map((step) => step * magnitude), 10 * magnitude];
  return candidates.reduce((best, candidate) => (Math.abs(candidate - rawMetres) < Math.abs(best - rawMetres) ? candidate : best));
}

/** Scale indicator in the stage's bottom-right corner. */
export function ScaleBar() {
  const t = useT(editorStrings);
  const scale = useEditorStore((state) => state.viewport.scale);
  const metres = scaleBarMetres(scale);
  const widthPx = metres * MM_PER_M * scale;
  return (
    <div data-testid="scale-bar" style={{ position: 'absolute', right: 12, bottom: 10, fontSize: 11, textAlign: 'center', pointerEvents: 'none' }}>
      <div>{t('scaleBar', { length: Number(metres.toPrecision(3)) })}</div>
      <div style={{ width: widthPx, height: 6, borderLeft: '2px solid #37474f', borderRight: '2px solid #37474f', borderBottom: '2px solid #37474f' }} />
    </div>
  );
}
