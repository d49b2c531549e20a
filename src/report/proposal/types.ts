import type { BilingualText } from '../../domain/money';
import type { Project } from '../../domain/project';
import type { PricedQuote, VatRateTable } from '../../domain/quote';
import type { CheckResult } from '../../engine/findings';
import type { RuleSetInfo } from '../../engine/rules/types';
import type { PdfFonts } from '../pdf/types';

/** The contractor issuing the proposal. Logo and seal are optional PNG or JPEG data URLs. */
export interface ProposalCompany {
  readonly name: string;
  readonly address: string;
  readonly phone: string;
  readonly email: string;
  /** Unified social credit code (统一社会信用代码) or another tax id. An empty string is not printed. */
  readonly taxId: string;
  readonly logoDataUrl: string | null;
  /** Company seal (公章) printed over the signature block. */
  readonly sealDataUrl: string | null;
}

export interface ProposalCustomer {
  readonly name: string;
  readonly contactName: string | null;
  /** Site address of the project. */
  readonly site: string | null;
}

/** Identity and dates of the quote revision being printed. */
export interface ProposalQuoteInfo {
  readonly number: string;
  /** Revision as printed, e.g. `R2`. */
  readonly revision: string;
  /** `YYYY-MM-DD` */
  readonly quoteDate: string;
  /** Last day the offer is valid, `YYYY-MM-DD`. */
  readonly validUntil: string;
}

export interface ProposalMilestone {
  readonly label: BilingualText;
  /** Share of the tax-inclusive total in percent, as a decimal string. The shares must add up to 100. */
  readonly pct: string;
}

/** Everything the proposal prints. Figures come only from `priced`, so they match the screen and the xlsx. */
export interface ProposalPdfInput {
  readonly company: ProposalCompany;
  readonly customer: ProposalCustomer;
  /** Name of the sales project, printed on the cover. */
  readonly projectTitle: string;
  readonly quote: ProposalQuoteInfo;
  readonly priced: PricedQuote;
  /** VAT rates the quote was priced with, so the totals can name each category by its label. */
  readonly vatRates: VatRateTable;
  /** The drawn layout the quote was generated from, with its check result and the rule sets used. */
  readonly plan: Project;
  readonly result: CheckResult;
  readonly ruleSets: readonly RuleSetInfo[];
  /** Scope of work in the proposal's language. With null the PDF lists the quote sections instead. */
  readonly scope: string | null;
  readonly paymentMilestones: readonly ProposalMilestone[];
  readonly terms: readonly BilingualText[];
  readonly fonts: PdfFonts;
  readonly generatedAt: Date;
}
