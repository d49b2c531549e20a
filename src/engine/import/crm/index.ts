/** Company and contact import from CSV and xlsx: reading, header mapping and row checks. */
export { checkColumnMapping, CRM_IMPORT_COLUMNS, describeMappingProblem, suggestColumnMapping, type ColumnMapping, type CrmImportColumn, type CrmImportField, type MappingProblem } from './columns';
export { ImportFileError, readCsvTable, readImportTable, readXlsxTable, type ImportFileErrorCode, type ImportTable } from './table';
export { describeCrmRowIssue, type CrmRowIssue, type CrmRowIssueCode } from './rowIssues';
export { planCrmImport, type CrmImportContext, type CrmImportPlan, type CrmImportRow } from './rows';
