import { useStore } from 'zustand';
import { useProjectStore } from '../store/projectStore';
import { useT } from '../i18n';
import { airflowOverlayText } from '../i18n/airflowOverlay';
import { useAirflowOverlayStore } from './airflowOverlayStore';
import { SNAP_STEPS_MM, useEditorStore, type SnapStepMm, type ToolId } from './editorStore';
import { editorStrings } from './strings';
import type { EditorStringKey } from './strings';

const TOOL_BUTTONS: readonly { readonly id: ToolId; readonly testId: string; readonly label: EditorStringKey; readonly icon: string }[] = [
  { id: 'select', testId: 'tool-select', label: 'toolSelect', icon: '↖' },
  { id: 'rect', testId: 'tool-rect', label: 'toolRect', icon: '▭' },
  { id: 'polygon', testId: 'tool-polygon', label: 'toolPolygon', icon: '⬠' },
  { id: 'door', testId: 'tool-door', label: 'toolDoor', icon: '⊏' },
  { id: 'pan', testId: 'tool-pan', label: 'toolPan', icon: '⇔' },
];

interface ToolbarProps {
  onSelectTool(toolId: ToolId): void;
  onUndo(): void;
  onRedo(): void;
  onZoom(factor: number): void;
  onFit(): void;
}

/** Editor toolbar: tools, grid snap step, undo/redo and zoom. Rendered by `PlanEditor` above the stage. */
export function Toolbar({ onSelectTool, onUndo, onRedo, onZoom, onFit }: ToolbarProps) {
  const t = useT(editorStrings);
  const toolId = useEditorStore((state) => state.toolId);
  const snapStepMm = useEditorStore((state) => state.snapStepMm);
  const canUndo = useStore(useProjectStore.temporal, (state) => state.pastStates.length > 0);
  const canRedo = useStore(useProjectStore.temporal, (state) => state.futureStates.length > 0);
  const tOverlay = useT(airflowOverlayText);
  const overlay = useAirflowOverlayStore();

  const button = (testId: string, label: string, icon: string, onClick: () => void, options: { pressed?: boolean; disabled?: boolean } = {}) => (
    <button
      key={testId}
      type="button"
      data-testid={testId}
      title={label}
      aria-label={label}
      aria-pressed={options.pressed}
      disabled={options.disabled}
      onClick={onClick}
      style={{
        minWidth: 32,
        height: 30,
        border: '1px solid #b0bec5',
        borderRadius: 4,
        background: options.pressed ? '#bbdefb' : '#ffffff',
        cursor: options.disabled ? 'default' : 'pointer',
      }}
    >
      {icon}
    </button>
  );

  return (
    <div role="toolbar" aria-label={t('toolbarLabel')} style={{ display: 'flex', gap: 4, padding: 4, alignItems: 'center', flexWrap: 'wrap', borderBottom: '1px solid #cfd8dc', background: '#fafafa' }}>
      {TOOL_BUTTONS.map((tool) => button(tool.testId, t(tool.label), tool.icon, () => onSelectTool(tool.id), { pressed: toolId === tool.id }))}
      <span style={{ width: 8 }} />
      {button('undo', t('undo'), '↶', onUndo, { disabled: !canUndo })}
      {button('redo', t('redo'), '↷', onRedo, { disabled: !canRedo })}
      <span style={{ width: 8 }} />
      {button('zoom-out', t('zoomOut'), '−', () => onZoom(1 / 1.25))}
      {button('zoom-in', t('zoomIn'), '+', () => onZoom(1.25))}
      {button('zoom-fit', t('zoomFit'), '⤢', onFit)}
      <span style={{ width: 8 }} />
      {button('overlay-terminals', tOverlay('toggleTerminals'), '▣', overlay.toggleTerminals, { pressed: overlay.showTerminals })}
      {button('overlay-sampling', tOverlay('toggleSampling'), '⊙', overlay.toggleSampling, { pressed: overlay.showSampling })}
      <span style={{ width: 8 }} />
      <label title={t('snapStep')} style={{ display: 'flex', alignItems: 'center', gap: 4, fontSize: 13, whiteSpace: 'nowrap' }}>
        <span>{t('snapLabel')}</span>
        <select
          data-testid="snap-step"
          aria-label={t('snapStep')}
          value={snapStepMm}
          onChange={(event) => useEditorStore.getState().setSnapStep(Number(event.target.value) as SnapStepMm)}
          style={{ width: 'auto' }}
        >
          {SNAP_STEPS_MM.map((step) => (
            <option key={step} value={step}>
              {t('snapStepOption', { step })}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
