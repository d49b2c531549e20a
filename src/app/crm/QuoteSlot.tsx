import { lazy, Suspense, type ComponentType } from 'react';
import { useCrmT } from './text';

type QuoteWorkspaceModule = { readonly default: ComponentType<{ readonly crmProjectId: string }> };

// The quote workspace is its own lazy chunk. A glob import resolves to no loader when the module is
// absent, so the CRM builds and runs with or without it.
const loaders = import.meta.glob<QuoteWorkspaceModule>('../quotes/QuoteWorkspace.tsx');
const loadQuoteWorkspace = Object.values(loaders)[0];
const QuoteWorkspace = loadQuoteWorkspace === undefined ? null : lazy(loadQuoteWorkspace);

/** Mounts the quote workspace of one CRM project, or a note that quotes are not available in this build. */
export function QuoteSlot({ crmProjectId }: { readonly crmProjectId: string }) {
  const t = useCrmT();
  if (QuoteWorkspace === null) return <p className="crm-muted" data-testid="quotes-unavailable">{t('quotesUnavailable')}</p>;
  return (
    <Suspense fallback={<p className="crm-muted">{t('loading')}</p>}>
      <QuoteWorkspace crmProjectId={crmProjectId} />
    </Suspense>
  );
}
