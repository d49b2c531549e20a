import { useSyncExternalStore } from 'react';

/**
 * The app's view, kept in the URL hash so that reload and the browser's back button return to it.
 * `#/design` (or no hash) is the plan workspace; `#/crm/...` is the CRM. This module imports only
 * React, because the app shell loads it before the CRM chunk.
 */
export type CrmView = 'companies' | 'pipeline' | 'follow-ups' | 'tiers' | 'rfm' | 'dashboard';

export type AppRoute =
  | { readonly workspace: 'design' }
  | { readonly workspace: 'crm'; readonly view: CrmView }
  | { readonly workspace: 'crm'; readonly view: 'company'; readonly companyId: string }
  | { readonly workspace: 'crm'; readonly view: 'project'; readonly projectId: string };

export const CRM_VIEWS: readonly CrmView[] = ['dashboard', 'companies', 'pipeline', 'follow-ups', 'tiers', 'rfm'];

/** Reads a hash such as `#/crm/companies/c-12`; anything unknown under `#/crm` opens the dashboard. */
export function parseRoute(hash: string): AppRoute {
  const parts = hash.replace(/^#\/?/, '').split('/').filter((part) => part !== '').map(decodeURIComponent);
  if (parts[0] !== 'crm') return { workspace: 'design' };

  const [, section, id] = parts;
  if (section === 'companies' && id !== undefined) return { workspace: 'crm', view: 'company', companyId: id };
  if (section === 'projects' && id !== undefined) return { workspace: 'crm', view: 'project', projectId: id };
  const view = CRM_VIEWS.find((candidate) => candidate === section);
  return { workspace: 'crm', view: view ?? 'dashboard' };
}

export function formatRoute(route: AppRoute): string {
  if (route.workspace === 'design') return '#/design';
  if (route.view === 'company') return `#/crm/companies/${encodeURIComponent(route.companyId)}`;
  if (route.view === 'project') return `#/crm/projects/${encodeURIComponent(route.projectId)}`;
  return `#/crm/${route.view}`;
}

/** Pushes a history entry for `route`; the `hashchange` event re-renders every `useRoute` caller. */
export function navigate(route: AppRoute): void {
  const hash = formatRoute(route);
  if (window.location.hash !== hash) window.location.hash = hash;
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

function currentHash(): string {
  return window.location.hash;
}

/** Returns the route of the current URL hash and re-renders when it changes. */
export function useRoute(): AppRoute {
  const hash = useSyncExternalStore(subscribe, currentHash, () => '');
  return parseRoute(hash);
}
