import { lazy, Suspense, useState } from 'react';
import { createPortal } from 'react-dom';
import { dataSheetLauncherText } from '../i18n/dataSheetLauncher';
import { useT } from '../i18n/index';

// The dialog builds the sheet with the report module, so it loads only when first opened.
const RoomDataSheetDialog = lazy(() => import('./RoomDataSheetDialog'));

/** Renders the top-bar button that opens the room data sheet dialog, loading the dialog's code on first use. */
export function DataSheetButton() {
  const t = useT(dataSheetLauncherText);
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" data-testid="open-data-sheet" onClick={() => setOpen(true)}>
        {t('open')}
      </button>
      {/* Rendered into the body: inside the top bar the dialog would inherit the bar's colours. */}
      {open
        ? createPortal(
            <Suspense fallback={<span role="status">{t('loading')}</span>}>
              <RoomDataSheetDialog onClose={() => setOpen(false)} />
            </Suspense>,
            document.body,
          )
        : null}
    </>
  );
}
