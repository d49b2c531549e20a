import { lazy, Suspense, useEffect } from 'react';
import { create } from 'zustand';
import { listRuleSets, registerRuleSet } from '../../engine/rules/registry';
import { useProjectStore } from '../store/projectStore';
import { useT } from '../i18n/index';
import { companyRulesMenuText } from '../i18n/companyRulesMenu';

interface CompanyRulesState {
  readonly open: boolean;
  show(): void;
  hide(): void;
}

/** Whether the company rule-set dialog is open; the project menu opens it. */
export const useCompanyRulesStore = create<CompanyRulesState>()((set) => ({
  open: false,
  show: () => set({ open: true }),
  hide: () => set({ open: false }),
}));

// The dialog imports the expression sandbox (mathjs), so it is loaded only when first opened.
const CompanyRulesPanel = lazy(() => import('./CompanyRulesPanel'));

/** Prefix of company rule-set ids, as `COMPANY_ID_PREFIX` in the company module, which is loaded lazily. */
const COMPANY_PREFIX = 'company-';

/** Loads the stored company sets `ids` names, registers them, and re-checks the project without an undo step. */
async function registerStoredSets(ids: readonly string[]): Promise<void> {
  const { createCompanyRuleSetStorage } = await import('../persistence/companyRuleSets');
  const storage = createCompanyRuleSetStorage();
  let registered = 0;
  for (const id of ids) {
    // A set that is missing or no longer valid stays unregistered, and the findings panel lists its id as unknown.
    const record = await storage.load(id).catch(() => null);
    if (record === null) continue;
    registerRuleSet(record.ruleSet);
    registered += 1;
  }
  if (registered === 0) return;

  const temporal = useProjectStore.temporal.getState();
  temporal.pause();
  useProjectStore.getState().setProjectMeta({ ruleSetIds: [...useProjectStore.getState().project.ruleSetIds] });
  temporal.resume();
}

/** Registers the stored company sets that the open project names, such as after a reload. */
function useStoredCompanySets(): void {
  const ruleSetIds = useProjectStore((state) => state.project.ruleSetIds);
  useEffect(() => {
    const known = new Set(listRuleSets().map((info) => info.id));
    const missing = ruleSetIds.filter((id) => id.startsWith(COMPANY_PREFIX) && !known.has(id));
    if (missing.length > 0) void registerStoredSets(missing);
  }, [ruleSetIds]);
}

/** Mounts the company rule-set dialog while it is open, loading its code on first use. */
export function CompanyRulesLauncher() {
  useStoredCompanySets();
  const open = useCompanyRulesStore((state) => state.open);
  const t = useT(companyRulesMenuText);
  if (!open) return null;
  return (
    <Suspense fallback={<p data-testid="company-rules-loading">{t('loading')}</p>}>
      <CompanyRulesPanel />
    </Suspense>
  );
}
