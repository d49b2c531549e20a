import { money } from '../../../src/domain/money';
import type { Contract } from '../../../src/domain/crm';

const yuan = (amount: number) => money(amount * 100, 'CNY');

function contract(companyId: string, projectId: string, signedOn: string, revenueYuan: number, costYuan: number): Contract {
  return { id: `${projectId}-contract`, companyId, projectId, signedOn, revenue: yuan(revenueYuan), cost: yuan(costYuan) };
}

/** Fifteen customers, C01 to C15. */
export const COMPANY_IDS = Array.from({ length: 15 }, (_, index) => `C${String(index + 1).padStart(2, '0')}`);

/**
 * Contracts of the fifteen customers. Net revenue signed in 2025 (yuan), worked by hand:
 *   C01 500,000 (2,000,000 − 1,500,000, plus a break-even contract)   C07 120,000
 *   C02 400,000                                                      C08 100,000
 *   C03 300,000                                                      C09  80,000
 *   C04 300,000 (tied with C03; C04 also signed in 2024)             C10  50,000
 *   C05 200,000                                                      C11  20,000
 *   C06 150,000 (plus a break-even contract)                         C12 −30,000
 *   C13 0 in 2025 (contracts only in 2024)
 *   C14 no contract; C15 first contract in 2026, after the period.
 */
export const CONTRACTS: readonly Contract[] = [
  contract('C01', 'P01a', '2025-11-15', 2_000_000, 1_500_000),
  contract('C01', 'P01b', '2025-03-01', 600_000, 600_000),
  contract('C02', 'P02a', '2025-02-10', 1_600_000, 1_200_000),
  contract('C03', 'P03a', '2025-09-01', 1_300_000, 1_000_000),
  contract('C04', 'P04a', '2024-05-01', 800_000, 700_000),
  contract('C04', 'P04b', '2025-04-20', 1_200_000, 900_000),
  contract('C05', 'P05a', '2025-12-01', 700_000, 500_000),
  contract('C06', 'P06a', '2025-10-10', 400_000, 250_000),
  contract('C06', 'P06b', '2025-06-01', 300_000, 300_000),
  contract('C07', 'P07a', '2025-01-15', 320_000, 200_000),
  contract('C07', 'P07b', '2023-06-01', 200_000, 150_000),
  contract('C08', 'P08a', '2025-03-03', 500_000, 400_000),
  contract('C09', 'P09a', '2025-07-05', 280_000, 200_000),
  contract('C10', 'P10a', '2025-08-20', 1_000_000, 950_000),
  contract('C11', 'P11a', '2025-05-05', 120_000, 100_000),
  contract('C12', 'P12a', '2025-11-30', 100_000, 130_000),
  contract('C13', 'P13a', '2024-08-08', 900_000, 600_000),
  contract('C13', 'P13b', '2024-02-02', 300_000, 200_000),
  contract('C15', 'P15a', '2026-02-01', 500_000, 300_000),
];

export { yuan };
