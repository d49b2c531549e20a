import type { BilingualText } from '../money';
import type { PriceList, QuantityUnit, QuoteRecord } from '../quote';
import type { Activity, Company, Contact, Contract, CrmProject, User } from './types';

/** A catalog entry without a price: what can be quoted. Prices live in dated price lists. */
export interface CatalogItem {
  /** Item code, the key that price list items and quote lines refer to. */
  readonly code: string;
  readonly description: BilingualText;
  readonly unit: QuantityUnit;
  /** VAT category id the item is usually sold under (`goods`, `construction`, `modern-services`). */
  readonly vatCategory: string;
  /** Id of the quote section the item is usually listed in (e.g. `envelope`); null when free. */
  readonly section: string | null;
}

/** A named company-wide setting, e.g. the discount approval threshold. `value` is any JSON value. */
export interface CrmSetting {
  readonly key: string;
  readonly value: unknown;
}

/** Every CRM record of one company's shared records: what a CRM file contains. */
export interface CrmDataSet {
  readonly users: readonly User[];
  readonly companies: readonly Company[];
  readonly contacts: readonly Contact[];
  readonly projects: readonly CrmProject[];
  readonly activities: readonly Activity[];
  readonly contracts: readonly Contract[];
  readonly quotes: readonly QuoteRecord[];
  readonly priceLists: readonly PriceList[];
  readonly catalog: readonly CatalogItem[];
  readonly settings: readonly CrmSetting[];
}

/** Record type of each list of a data set, by list name. */
export type CrmRecordOf<K extends keyof CrmDataSet> = CrmDataSet[K][number];

export const EMPTY_CRM_DATA_SET: CrmDataSet = {
  users: [],
  companies: [],
  contacts: [],
  projects: [],
  activities: [],
  contracts: [],
  quotes: [],
  priceLists: [],
  catalog: [],
  settings: [],
};
