import { lazy, Suspense } from 'react';
import { create } from 'zustand';
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

/** Mounts the company rule-set dialog while it is open, loading its code on first use. */
export function CompanyRulesLauncher() {
  const open = useCompanyRulesStore((state) => state.open);
  const t = useT(companyRulesMenuText);
  if (!open) return null;
  return (
    <Suspense fallback={<p data-testid="company-rules-loading">{t('loading')}</p>}>
      <CompanyRulesPanel />
    </Suspense>
  );
}
