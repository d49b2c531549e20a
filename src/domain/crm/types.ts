import type { Money } from '../money';

export type Industry = 'pharma' | 'food' | 'electronics' | 'hospital' | 'lab' | 'other';
export const INDUSTRIES: readonly Industry[] = ['pharma', 'food', 'electronics', 'hospital', 'lab', 'other'];

/** Role of a contact in a cleanroom project: the owner (业主), EPC contractor, design institute, QA, purchasing. */
export type ContactRole = 'owner' | 'epc' | 'design-institute' | 'qa' | 'purchasing';
export const CONTACT_ROLES: readonly ContactRole[] = ['owner', 'epc', 'design-institute', 'qa', 'purchasing'];

/** Sales pipeline stage, in the order a cleanroom project moves through them. */
export type PipelineStage =
  | 'lead'
  | 'site-survey'
  | 'design'
  | 'quotation'
  | 'negotiation'
  | 'contract'
  | 'construction'
  | 'acceptance-testing'
  | 'service';

export const PIPELINE_STAGES: readonly PipelineStage[] = [
  'lead',
  'site-survey',
  'design',
  'quotation',
  'negotiation',
  'contract',
  'construction',
  'acceptance-testing',
  'service',
];

export type ActivityKind = 'visit' | 'call' | 'meeting' | 'site-survey' | 'email';
export const ACTIVITY_KINDS: readonly ActivityKind[] = ['visit', 'call', 'meeting', 'site-survey', 'email'];

/** Role of a user: managers may reassign records between owners. */
export type UserRole = 'sales' | 'manager';
export const USER_ROLES: readonly UserRole[] = ['sales', 'manager'];

/** A person who owns CRM records (the `ownerId` of companies, contacts, projects and activities). */
export interface User {
  readonly id: string;
  readonly name: string;
  readonly role: UserRole;
}

/** A customer company. Every record has an owner (a salesperson's user id) that a manager can reassign. */
export interface Company {
  readonly id: string;
  readonly name: string;
  readonly industry: Industry;
  /** Region as the company's sales territories name it, e.g. `华东` or `Jiangsu`. */
  readonly region: string;
  /** Lead source, e.g. exhibition, referral or tender website. */
  readonly source: string;
  readonly ownerId: string;
  /** Date the company was first recorded (`YYYY-MM-DD`); absent in records made before it existed. */
  readonly createdOn?: string;
  /** Free notes about the customer. */
  readonly notes?: string;
}

export interface Contact {
  readonly id: string;
  readonly companyId: string;
  readonly name: string;
  readonly roles: readonly ContactRole[];
  readonly phone: string | null;
  readonly email: string | null;
  readonly ownerId: string;
}

/** A sales opportunity: one cleanroom project of a customer. */
export interface CrmProject {
  readonly id: string;
  readonly companyId: string;
  readonly name: string;
  readonly site: string;
  readonly industry: Industry;
  readonly stage: PipelineStage;
  /** Expected contract value; null until estimated. */
  readonly expectedValue: Money | null;
  /** Win probability in percent (0–100); null until estimated. */
  readonly probabilityPct: number | null;
  /** Expected close date (`YYYY-MM-DD`). */
  readonly closeDate: string | null;
  /** Set when the project was lost; `stage` then stays where it was lost. */
  readonly lostReason: string | null;
  readonly ownerId: string;
  /** Rule sets the layout is checked against, by rule set id (e.g. `gb-50073-2013`). */
  readonly ruleSetIds: readonly string[];
  /**
   * Id of the plan project (the drawn layout) in the browser's project storage, or null before a
   * layout is drawn. The plan project is stored separately; this is only a link.
   */
  readonly drawingId: string | null;
}

/** A visit, call, meeting, site survey or email, with the follow-up it leads to. */
export interface Activity {
  readonly id: string;
  readonly kind: ActivityKind;
  readonly companyId: string;
  readonly projectId: string | null;
  readonly contactId: string | null;
  /** Date of the activity (`YYYY-MM-DD`). */
  readonly date: string;
  readonly notes: string;
  readonly nextStep: string | null;
  /** Due date of the next step (`YYYY-MM-DD`); null when no follow-up is planned. */
  readonly nextStepDue: string | null;
  /** Date the next step was done; null while it is open. */
  readonly followUpDoneOn: string | null;
  readonly ownerId: string;
}

/** A signed contract, the input of customer value tiers and RFM segments. */
export interface Contract {
  readonly id: string;
  readonly companyId: string;
  readonly projectId: string;
  /** Signing date (`YYYY-MM-DD`). */
  readonly signedOn: string;
  /** Contract revenue (tax-exclusive, as booked). */
  readonly revenue: Money;
  /** Cost of delivering the contract, so that net revenue = revenue − cost. */
  readonly cost: Money;
}
