import { createStore, promisifyRequest, type UseStore } from 'idb-keyval';
import type { CompanyRuleSetDocument } from '../../engine/company/document';
import { loadCompanyRuleSet, parseCompanyRuleSetFile, RuleSetExpressionError, serialiseCompanyRuleSet } from '../../engine/company/document';
import type { LoadedRuleSet } from '../../engine/rules/load';
import { RuleDataError } from '../../engine/rules/validate';
import type { LocalizedText } from '../../i18n/locale';
import { toStorageError } from './storageErrors';

/**
 * Browser storage of company rule sets in IndexedDB (through idb-keyval), in a database of its
 * own so that the project database keeps its layout:
 * - `rule-set:<id>`: the rule-set file text, exactly as "export" writes it, so loading goes
 *   through the same strict parser as importing a file;
 * - `rule-set-index`: a list of `StoredRuleSetEntry` for the rule-set list.
 * A save validates the document first and writes the text and the index in one transaction.
 */

export const RULE_SET_DATABASE_NAME = 'cleanplan-rule-sets';
export const RULE_SET_STORE_NAME = 'rule-sets';
const INDEX_KEY = 'rule-set-index';
/** Written into saved and exported files as `generator`. */
const GENERATOR = 'cleanplan app';

export interface StoredRuleSetEntry {
  readonly id: string;
  readonly title: LocalizedText;
  readonly edition: string;
  /** Content hash of the saved set, as reports print it. */
  readonly hash: string;
  /** Time of the last successful save (ISO 8601). */
  readonly updatedAt: string;
}

/** A company rule set read back from storage or a file: the editable document and its compiled form. */
export interface CompanyRuleSetRecord {
  readonly document: CompanyRuleSetDocument;
  readonly ruleSet: LoadedRuleSet;
  /** The file text, as stored and as exported. */
  readonly text: string;
}

export type RuleSetImportResult =
  | { readonly ok: true; readonly record: CompanyRuleSetRecord }
  | { readonly ok: false; readonly error: RuleDataError | RuleSetExpressionError };

export interface CompanyRuleSetStorage {
  /** Validates and stores the document; throws RuleDataError or RuleSetExpressionError, storing nothing, when it is invalid. */
  save(document: CompanyRuleSetDocument, savedAt: Date): Promise<CompanyRuleSetRecord>;
  /** Validates a rule-set file and stores it; an invalid file leaves the stored sets unchanged. */
  importFile(text: string, fileName: string, savedAt: Date): Promise<RuleSetImportResult>;
  /** Returns the stored set, or null when none has this id. */
  load(id: string): Promise<CompanyRuleSetRecord | null>;
  list(): Promise<readonly StoredRuleSetEntry[]>;
}

export function ruleSetKey(id: string): string {
  return `rule-set:${id}`;
}

/** Opens the company rule-set storage; `store` lets tests point it at another idb-keyval store. */
export function createCompanyRuleSetStorage(store?: UseStore): CompanyRuleSetStorage {
  let resolvedStore = store;
  const useStore: UseStore = (mode, callback) => {
    resolvedStore ??= createStore(RULE_SET_DATABASE_NAME, RULE_SET_STORE_NAME);
    return resolvedStore(mode, callback);
  };

  async function saveRecord(record: CompanyRuleSetRecord, savedAt: Date): Promise<CompanyRuleSetRecord> {
    const info = record.ruleSet.info;
    const entry: StoredRuleSetEntry = { id: info.id, title: info.title, edition: info.edition, hash: info.hash, updatedAt: savedAt.toISOString() };
    await guard(() => writeAtomically(useStore, record.text, entry));
    return record;
  }

  return {
    async save(document, savedAt) {
      const text = serialiseCompanyRuleSet(document, savedAt, GENERATOR);
      const id = String(document.ruleSet.id);
      const ruleSet = loadCompanyRuleSet(JSON.parse(text), `IndexedDB ${ruleSetKey(id)}`);
      return saveRecord({ document, ruleSet, text }, savedAt);
    },
    async importFile(text, fileName, savedAt) {
      let parsed: { document: CompanyRuleSetDocument; ruleSet: LoadedRuleSet };
      try {
        parsed = parseCompanyRuleSetFile(text, fileName);
      } catch (error) {
        if (error instanceof RuleDataError || error instanceof RuleSetExpressionError) return { ok: false, error };
        throw error;
      }
      return { ok: true, record: await saveRecord({ ...parsed, text }, savedAt) };
    },
    async load(id) {
      const text = await guard(() => readValue<string>(useStore, ruleSetKey(id)));
      if (text === null) return null;
      return { ...parseCompanyRuleSetFile(text, `IndexedDB ${ruleSetKey(id)}`), text };
    },
    list: () => guard(async () => (await readValue<StoredRuleSetEntry[]>(useStore, INDEX_KEY)) ?? []),
  };
}

async function guard<T>(operation: () => Promise<T>): Promise<T> {
  try {
    return await operation();
  } catch (error) {
    throw toStorageError(error);
  }
}

async function readValue<T>(useStore: UseStore, key: string): Promise<T | null> {
  const value = await useStore('readonly', (store) => promisifyRequest<T | undefined>(store.get(key)));
  return value ?? null;
}

/** Writes the file text and its index entry in one readwrite transaction, reading the index inside it. */
function writeAtomically(useStore: UseStore, text: string, entry: StoredRuleSetEntry): Promise<void> {
  return useStore('readwrite', (store) => {
    store.put(text, ruleSetKey(entry.id));
    const indexRequest = store.get(INDEX_KEY);
    indexRequest.onsuccess = () => {
      const entries = (indexRequest.result as StoredRuleSetEntry[] | undefined) ?? [];
      store.put([entry, ...entries.filter((existing) => existing.id !== entry.id)], INDEX_KEY);
    };
    return promisifyRequest(store.transaction);
  });
}
