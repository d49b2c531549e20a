import { checkProject, listRuleSets } from '../../../src/engine/index';
import type { Project } from '../../../src/domain/project';
import type { Locale } from '../../../src/i18n/locale';
import { loadFontsFromDisk } from '../../../src/report/pdf/fonts.node';
import { renderCompliancePdf, type CompliancePdfInput, type GlyphWarning } from '../../../src/report/pdf/index';
import { pdfToText, writeTempPdf } from './pdfTools';

export const GENERATED_AT = new Date('2026-12-04T08:30:00Z');

/** Builds the report input by running the real engine on `project`. */
export function reportInput(project: Project, locale: Locale): CompliancePdfInput {
  const result = checkProject(project);
  const ruleSets = listRuleSets().filter((info) => project.ruleSetIds.includes(info.id));
  return { project, result, ruleSets, locale, generatedAt: GENERATED_AT };
}

export interface RenderedReport {
  readonly bytes: Uint8Array;
  readonly path: string;
  readonly text: string;
  readonly warnings: GlyphWarning[];
}

/** Checks `project`, renders its report in `locale` and extracts the text with pdftotext. */
export async function renderReport(project: Project, locale: Locale): Promise<RenderedReport> {
  const fonts = await loadFontsFromDisk();
  const { bytes, warnings } = await renderCompliancePdf(reportInput(project, locale), fonts);
  const path = writeTempPdf(bytes, `report-${locale}.pdf`);
  return { bytes, path, text: pdfToText(path), warnings };
}
