import { useMemo, useRef, useSyncExternalStore, type DependencyList } from 'react';
import { createLiveSource, type LiveState } from './db/live';

/**
 * Runs `query` against the CRM database and re-renders whenever the records it read change, in
 * this tab or another. A new query starts when `deps` change, as with `useMemo`.
 */
export function useLive<T>(query: () => Promise<T>, deps: DependencyList): LiveState<T> {
  // The query closes over the values in `deps`, so those are its dependencies.
  const source = useMemo(() => createLiveSource(query), deps);
  return useSyncExternalStore(source.subscribe, source.getSnapshot);
}

/**
 * Returns the latest ready value, kept while a new query loads, so a list does not blank out on
 * every keystroke of a search. Returns `fallback` until the first result.
 */
export function useLatestValue<T>(state: LiveState<T>, fallback: T): T {
  const latest = useRef<T>(fallback);
  if (state.status === 'ready') latest.current = state.value;
  return latest.current;
}

/** Returns the value of a ready live state, or `fallback` while loading or after an error. */
export function liveValue<T>(state: LiveState<T>, fallback: T): T {
  return state.status === 'ready' ? state.value : fallback;
}
