import type { Company, Contract } from '../../domain/crm';
import { crm, listAllCompanies } from './data';
import type { LiveState } from './db/live';
import { useLive } from './useLive';

export interface CustomerRecords {
  readonly companies: readonly Company[];
  readonly contracts: readonly Contract[];
}

/** Reads every company and contract and keeps them current, for value tiers, RFM and the dashboard. */
export function useCustomerRecords(): LiveState<CustomerRecords> {
  return useLive(async () => {
    const [companies, contracts] = await Promise.all([listAllCompanies(), crm().listContracts({})]);
    return { companies, contracts };
  }, []);
}
