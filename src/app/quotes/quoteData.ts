import type { Company, Contact, CrmProject } from '../../domain/crm';
import type { Project } from '../../domain/project';
import { describeProjectFileIssue } from '../../domain/projectFile/issues';
import type { Locale } from '../../i18n/locale';
import {
  createQuote,
  DEFAULT_VAT_RATES,
  priceQuote,
  selectPriceList,
  type PriceDisplay,
  type PriceList,
  type PricedQuote,
  type QuoteContent,
  type QuoteRecord,
} from '../../domain/quote';
import type { CheckResult } from '../../engine/findings';
import type { RuleSetInfo } from '../../engine/rules/types';
import type { ProposalCompany } from '../../report/proposal/types';
import { checkOpenProjectWithAirside, projectRuleSets } from '../check/checkProject';
import { crm } from '../crm/data';
import { createProjectStorage, type StoredProjectEntry } from '../persistence/projectStorage';
import { DEFAULT_CATALOG } from './catalog';
import { quoteFromLayout } from './fromLayout';

/** A stored drawing with its check result, as the quote is generated from it. */
export interface CheckedDrawing {
  readonly project: Project;
  readonly result: CheckResult;
  readonly ruleSets: readonly RuleSetInfo[];
  readonly unknownRuleSetIds: readonly string[];
}

export type DrawingState =
  | { readonly status: 'none' }
  | { readonly status: 'loaded'; readonly drawing: CheckedDrawing }
  | { readonly status: 'failed'; readonly id: string; readonly describe: (locale: Locale) => string };

/** Everything the quote workspace shows for one CRM project. */
export interface WorkspaceData {
  readonly project: CrmProject;
  readonly company: Company | null;
  readonly contacts: readonly Contact[];
  readonly quotes: readonly QuoteRecord[];
  readonly drawing: DrawingState;
  readonly storedDrawings: readonly StoredProjectEntry[];
  /** The default catalog's price lists followed by the lists stored in the CRM (imported with CRM data). */
  readonly priceLists: readonly PriceList[];
}

const storage = createProjectStorage();

function errorDetail(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

async function loadDrawing(id: string | null): Promise<DrawingState> {
  if (id === null) return { status: 'none' };
  try {
    const loaded = await storage.loadProject(id);
    if (loaded.status === 'missing') {
      return { status: 'failed', id, describe: (locale) => (locale === 'zh-CN' ? '此浏览器中没有保存该图纸' : 'the drawing is not stored in this browser') };
    }
    if (loaded.status === 'invalid') {
      const { errors } = loaded;
      return { status: 'failed', id, describe: (locale) => errors.map((issue) => describeProjectFileIssue(issue, locale)).join(' ') };
    }
    const outcome = await checkOpenProjectWithAirside(loaded.project);
    const drawing = { project: loaded.project, result: outcome.result, ruleSets: projectRuleSets(loaded.project), unknownRuleSetIds: outcome.unknownRuleSetIds };
    return { status: 'loaded', drawing };
  } catch (error) {
    const detail = errorDetail(error);
    return { status: 'failed', id, describe: () => detail };
  }
}

/** Loads the CRM project, its customer, quotes and linked drawing. Returns null when the project is not found. */
export async function loadWorkspaceData(crmProjectId: string): Promise<WorkspaceData | null> {
  const project = await crm().getProject(crmProjectId);
  if (project === null) return null;
  const [company, contacts, quotes, drawing, storedDrawings, storedPriceLists] = await Promise.all([
    crm().getCompany(project.companyId),
    crm().listContacts(project.companyId),
    crm().listQuotesByProject(project.id),
    loadDrawing(project.drawingId),
    storage.listProjects(),
    crm().listPriceLists(),
  ]);
  const priceLists = [...DEFAULT_CATALOG.priceLists, ...storedPriceLists];
  return { project, company, contacts, quotes, drawing, storedDrawings, priceLists };
}

/** Links a stored drawing to the CRM project. */
export async function linkDrawing(project: CrmProject, drawingId: string): Promise<void> {
  await crm().upsertProject({ ...project, drawingId });
}

/** Today's date as `YYYY-MM-DD` in the browser's time zone. */
export function todayIsoDate(now: Date = new Date()): string {
  const month = String(now.getMonth() + 1).padStart(2, '0');
  const day = String(now.getDate()).padStart(2, '0');
  return `${now.getFullYear()}-${month}-${day}`;
}

/** Generates the quote content of a drawing with the default catalog's price list in force on `quoteDate`. */
export function contentFromDrawing(drawing: CheckedDrawing, quoteDate: string): QuoteContent {
  return quoteFromLayout({ project: drawing.project, result: drawing.result, catalog: DEFAULT_CATALOG, quoteDate }).content;
}

/** Creates and stores a new quote whose R1 is generated from the drawing. */
export async function createQuoteFromDrawing(project: CrmProject, drawing: CheckedDrawing): Promise<QuoteRecord> {
  const quoteDate = todayIsoDate();
  const content = contentFromDrawing(drawing, quoteDate);
  const number = await crm().allocateQuoteNumber(quoteDate);
  const record = createQuote({ id: crypto.randomUUID(), number, projectId: project.id }, content, new Date().toISOString());
  return crm().saveQuote(record);
}

/**
 * Prices content with the default VAT rates and the price list in force on the quote date. A stored
 * list in force replaces the default one when its `validFrom` is later, as `selectPriceList` decides.
 * Without a list in force, only lines that carry their own unit price can be priced.
 */
export function priceContent(content: QuoteContent, priceDisplay: PriceDisplay, priceLists: readonly PriceList[]): PricedQuote {
  const inForce = priceLists.some((list) => list.currency === content.currency && list.validFrom <= content.quoteDate && (list.validTo === null || content.quoteDate <= list.validTo));
  const priceList = inForce ? selectPriceList(priceLists, content.currency, content.quoteDate) : null;
  return priceQuote(content, priceList, {
    vatRates: DEFAULT_VAT_RATES,
    priceDisplay,
    approvalThresholdPct: DEFAULT_CATALOG.quoteDefaults.approvalThresholdPct,
  });
}

/** Settings key of the company block printed on proposals. */
const COMPANY_SETTING = 'proposal-company';

export const EMPTY_COMPANY: ProposalCompany = { name: '', address: '', phone: '', email: '', taxId: '', logoDataUrl: null, sealDataUrl: null };

export function loadCompanyBlock(): Promise<ProposalCompany> {
  return crm().getSetting<ProposalCompany>(COMPANY_SETTING, EMPTY_COMPANY);
}

export function saveCompanyBlock(company: ProposalCompany): Promise<void> {
  return crm().putSetting(COMPANY_SETTING, company);
}
