import type { Locale } from '../../i18n/locale';

/**
 * The room data sheet as data, in one language: the PDF and the xlsx writers print exactly these
 * tables, so both outputs show the same values.
 */

/** One cell: a number in the column's unit, text, or null for a missing value (printed as `MISSING_MARK`). */
export type DataSheetCell = string | number | null;

export interface DataSheetColumn {
  /** Stable id, the same in both languages (e.g. `areaM2`). */
  readonly key: string;
  /** Column title in the sheet's language, without the unit. */
  readonly title: string;
  /** SI unit label, e.g. `m³/h`; null for text and counts. */
  readonly unit: string | null;
  /** Title with the unit in brackets, as both outputs print it. */
  readonly header: string;
  readonly type: 'number' | 'text';
  /** Decimals the PDF prints and the xlsx number format shows; the xlsx cell keeps the full value. */
  readonly decimals: number;
}

export interface DataSheetTable {
  /** Table name in the sheet's language; the xlsx sheet takes this name. */
  readonly name: string;
  readonly columns: readonly DataSheetColumn[];
  /** One array per row, each in column order. */
  readonly rows: readonly (readonly DataSheetCell[])[];
}

export interface DataSheet {
  readonly locale: Locale;
  readonly title: string;
  readonly projectName: string;
  readonly customerName: string;
  /** One row per room, in project order; the first column is the room number the compliance report uses. */
  readonly rooms: DataSheetTable;
  /** One row per air-handling unit. */
  readonly ahus: DataSheetTable;
  /** One row per door with a computed flow, oriented so that air flows from the first room to the second. */
  readonly doors: DataSheetTable;
  /** ISO 14644-1 test plan: one row per sampling location. */
  readonly testPlan: DataSheetTable;
  /** Sentences printed under the tables: what the missing mark means, where values come from, coordinates. */
  readonly notes: readonly string[];
}

/** Printed in place of a missing value in the PDF and the xlsx file. */
export const MISSING_MARK = '—';
