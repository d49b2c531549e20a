import { create } from 'zustand';
import type { Locale } from '../../i18n/locale';
import type { CompliancePdfInput, GlyphWarning } from '../../report/pdf/types';
import { checkOpenProjectWithAirside, projectRuleSets } from '../check/checkProject';
import { useProjectStore } from '../store/projectStore';
import { downloadFile, fileNameStem } from './download';

/**
 * PDF export as a small state machine:
 * idle → loading (report module and font files) → confirm (only when some characters have no
 * glyph) → rendering → done or failed. The report module and jsPDF are imported here with
 * `import()` only, so they stay out of the initial bundle.
 */
export type PdfExportState =
  | { readonly phase: 'idle' }
  | { readonly phase: 'loading'; readonly locale: Locale }
  | { readonly phase: 'confirm'; readonly locale: Locale; readonly warnings: readonly GlyphWarning[] }
  | { readonly phase: 'rendering'; readonly locale: Locale }
  | { readonly phase: 'done'; readonly locale: Locale; readonly fileName: string }
  | { readonly phase: 'failed'; readonly locale: Locale; readonly detail: string };

interface PdfExportStore {
  readonly state: PdfExportState;
  /** Start exporting the open project in `locale`; ignored while an export is running. */
  start(locale: Locale): Promise<void>;
  /** Continue after the missing-glyph warning, with placeholders in the PDF. */
  confirm(): Promise<void>;
  /** Close the dialog: cancels at the confirm step, dismisses after done or failed. */
  close(): void;
}

/** The inputs of a started export, kept between the confirm step and rendering. */
let pendingInput: CompliancePdfInput | null = null;

export function pdfFileName(projectName: string, locale: Locale): string {
  return `${fileNameStem(projectName)}-compliance-${locale}.pdf`;
}

function errorDetail(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

async function buildInput(locale: Locale): Promise<CompliancePdfInput> {
  const project = useProjectStore.getState().project;
  const { result } = await checkOpenProjectWithAirside(project);
  return { project, result, ruleSets: projectRuleSets(project), locale, generatedAt: new Date() };
}

export const usePdfExportStore = create<PdfExportStore>()((set, get) => {
  const render = async (input: CompliancePdfInput) => {
    set({ state: { phase: 'rendering', locale: input.locale } });
    try {
      const [report, fontLoader] = await Promise.all([import('../../report/pdf/index'), import('../../report/pdf/fonts.browser')]);
      const fonts = await fontLoader.loadFontsInBrowser();
      const { bytes } = await report.renderCompliancePdf(input, fonts);
      const fileName = pdfFileName(input.project.name, input.locale);
      downloadFile(bytes, fileName, 'application/pdf');
      set({ state: { phase: 'done', locale: input.locale, fileName } });
    } catch (error) {
      set({ state: { phase: 'failed', locale: input.locale, detail: errorDetail(error) } });
    } finally {
      pendingInput = null;
    }
  };

  return {
    state: { phase: 'idle' },

    async start(locale) {
      const phase = get().state.phase;
      if (phase === 'loading' || phase === 'rendering' || phase === 'confirm') return;
      set({ state: { phase: 'loading', locale } });

      try {
        const report = await import('../../report/pdf/index');
        const input = await buildInput(locale);
        const warnings = report.findMissingGlyphs(input);
        if (warnings.length > 0) {
          pendingInput = input;
          set({ state: { phase: 'confirm', locale, warnings } });
          return;
        }
        await render(input);
      } catch (error) {
        set({ state: { phase: 'failed', locale, detail: errorDetail(error) } });
      }
    },

    async confirm() {
      const input = pendingInput;
      if (get().state.phase !== 'confirm' || input === null) return;
      await render(input);
    },

    close() {
      const phase = get().state.phase;
      if (phase === 'loading' || phase === 'rendering') return;
      pendingInput = null;
      set({ state: { phase: 'idle' } });
    },
  };
});
