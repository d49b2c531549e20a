import { useT } from '../i18n';
import { LEGEND_COLOURS, LEGEND_ORDER } from './roomStyle';
import { editorStrings } from './strings';

/** Small class-colour legend in the stage's bottom-left corner. */
export function Legend() {
  const t = useT(editorStrings);
  return (
    <div
      data-testid="plan-legend"
      style={{ position: 'absolute', left: 8, bottom: 8, padding: '4px 8px', background: 'rgba(255,255,255,0.9)', border: '1px solid #cfd8dc', borderRadius: 4, fontSize: 11, pointerEvents: 'none' }}
    >
      <div style={{ fontWeight: 600, marginBottom: 2 }}>{t('legendTitle')}</div>
      {LEGEND_ORDER.map((key) => (
        <div key={key} style={{ display: 'flex', alignItems: 'center', gap: 4 }}>
          <span
            style={{
              display: 'inline-block',
              width: 12,
              height: 10,
              background: LEGEND_COLOURS[key],
              border: key === 'none' ? '1px dashed #37474f' : '1px solid #37474f',
            }}
          />
          {t(`legend_${key}`)}
        </div>
      ))}
    </div>
  );
}
