import { useMemo, useState } from 'react';
import type { Locale } from '../../i18n/locale';
import { formatCell, roomDataSheetRows } from '../../report/datasheet/rows';
import type { DataSheet, DataSheetTable } from '../../report/datasheet/types';
import { useCheckOutcome } from '../check/checkProject';
import { downloadFile, fileNameStem } from '../export/download';
import { airsideText } from '../i18n/airside';
import { useLocaleStore, useT } from '../i18n/index';
import { Dialog } from '../shell/Dialog';
import { useProjectStore } from '../store/projectStore';

type ExportFormat = 'pdf' | 'xlsx';

/** Export progress as a small state machine: idle → writing → saved or failed. */
type ExportState =
  | { readonly phase: 'idle' }
  | { readonly phase: 'writing'; readonly format: ExportFormat }
  | { readonly phase: 'saved'; readonly fileName: string }
  | { readonly phase: 'failed'; readonly detail: string };

const MIME_TYPES: Readonly<Record<ExportFormat, string>> = {
  pdf: 'application/pdf',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

export function dataSheetFileName(projectName: string, locale: Locale, format: ExportFormat): string {
  return `${fileNameStem(projectName)}-room-data-sheet-${locale}.${format}`;
}

/** Writes the sheet in `format`, loading the writer (and for the PDF, the fonts) only now. */
async function writeSheet(sheet: DataSheet, format: ExportFormat): Promise<Uint8Array> {
  if (format === 'xlsx') {
    const { roomDataSheetXlsx } = await import('../../report/datasheet/xlsx');
    return roomDataSheetXlsx(sheet);
  }
  const [{ roomDataSheetPdf }, { loadFontsInBrowser }] = await Promise.all([import('../../report/datasheet/pdf'), import('../../report/pdf/fonts.browser')]);
  return roomDataSheetPdf(sheet, { fonts: await loadFontsInBrowser() });
}

/**
 * Renders the room data sheet of the open project in the UI language: per room the geometry,
 * class, design conditions, airflows, offset, governing requirement, terminals, AHU and sampling
 * locations, then the AHU totals. The tables are `roomDataSheetRows`, the same data the PDF and
 * xlsx exports print, so the dialog and the files always agree.
 */
export default function RoomDataSheetDialog({ onClose }: { onClose(): void }) {
  const t = useT(airsideText);
  const locale = useLocaleStore((state) => state.locale);
  const project = useProjectStore((state) => state.project);
  const { result } = useCheckOutcome();
  const sheet = useMemo(() => roomDataSheetRows(project, result, locale), [project, result, locale]);
  const [exportState, setExportState] = useState<ExportState>({ phase: 'idle' });
  const busy = exportState.phase === 'writing';

  const exportAs = async (format: ExportFormat) => {
    setExportState({ phase: 'writing', format });
    try {
      const bytes = await writeSheet(sheet, format);
      const fileName = dataSheetFileName(project.name, locale, format);
      downloadFile(bytes, fileName, MIME_TYPES[format]);
      setExportState({ phase: 'saved', fileName });
    } catch (error) {
      setExportState({ phase: 'failed', detail: error instanceof Error ? error.message : String(error) });
    }
  };

  const actions = (
    <>
      <button type="button" data-testid="data-sheet-export-pdf" disabled={busy} onClick={() => void exportAs('pdf')}>
        {t('dataSheetExportPdf')}
      </button>
      <button type="button" data-testid="data-sheet-export-xlsx" disabled={busy} onClick={() => void exportAs('xlsx')}>
        {t('dataSheetExportXlsx')}
      </button>
      <button type="button" data-testid="data-sheet-close" onClick={onClose}>
        {t('close')}
      </button>
    </>
  );

  return (
    <Dialog title={t('dataSheetTitle')} onDismiss={onClose} actions={actions} testId="room-data-sheet">
      {/* The shared dialog is 720 px wide; the sheet's two dozen columns need the width of the window. */}
      <style>{'.dialog:has(.room-data-sheet) { width: min(1400px, calc(100vw - 32px)); }'}</style>
      <div className="room-data-sheet">
        <SheetTable table={sheet.rooms} locale={locale} testId="data-sheet-rooms" />
        {sheet.ahus.rows.length > 0 ? <SheetTable table={sheet.ahus} locale={locale} testId="data-sheet-ahus" /> : null}
        <ul className="field-hint" data-testid="data-sheet-notes">
          {sheet.notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
        <ExportStatus state={exportState} />
      </div>
    </Dialog>
  );
}

function ExportStatus({ state }: { readonly state: ExportState }) {
  const t = useT(airsideText);
  if (state.phase === 'idle') return null;
  if (state.phase === 'failed') {
    return (
      <p role="alert" className="field-error" data-testid="data-sheet-export-status" data-phase="failed">
        ⚠ {t('dataSheetExportFailed', { detail: state.detail })}
      </p>
    );
  }
  const message = state.phase === 'writing' ? t('dataSheetExporting', { format: state.format.toUpperCase() }) : t('dataSheetExported', { file: state.fileName });
  return (
    <p role="status" data-testid="data-sheet-export-status" data-phase={state.phase}>
      {state.phase === 'writing' ? '⏳' : '✓'} {message}
    </p>
  );
}

/** Renders one table of the sheet. Each cell carries `data-column` with its column key, so tests can find a value. */
function SheetTable({ table, locale, testId }: { readonly table: DataSheetTable; readonly locale: Locale; readonly testId: string }) {
  return (
    <>
      <h3>{table.name}</h3>
      <div style={{ overflowX: 'auto', marginBottom: 12 }}>
        <table data-testid={testId} style={{ borderCollapse: 'collapse', fontSize: 12, whiteSpace: 'nowrap' }}>
          <thead>
            <tr>
              {table.columns.map((column) => (
                <th key={column.key} scope="col" style={{ border: '1px solid #cfd8dc', padding: '2px 6px', background: '#eceff1', textAlign: 'left' }}>
                  {column.header}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.map((row, rowIndex) => (
              <tr key={rowIndex}>
                {row.map((cell, columnIndex) => {
                  const column = table.columns[columnIndex]!;
                  return (
                    <td
                      key={column.key}
                      data-column={column.key}
                      style={{ border: '1px solid #cfd8dc', padding: '2px 6px', textAlign: column.type === 'number' ? 'right' : 'left' }}
                    >
                      {formatCell(cell, column, locale)}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
