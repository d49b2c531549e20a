import { liveQuery, type Subscription } from 'dexie';

/** State of a live query: loading until the first result, then the latest result or error. */
export type LiveState<T> =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly value: T }
  | { readonly status: 'error'; readonly error: Error };

/** A query result that follows database changes, in the shape `useSyncExternalStore` expects. */
export interface LiveSource<T> {
  subscribe(listener: () => void): () => void;
  /** The current state; the same object until the result changes, as React requires. */
  getSnapshot(): LiveState<T>;
}

const LOADING: LiveState<never> = { status: 'loading' };

/**
 * Wraps `query` in Dexie's `liveQuery`: it re-runs whenever a table or index range it read
 * changes, in this tab or another. The query runs while at least one listener is subscribed.
 * Create one source per set of query arguments (e.g. in `useMemo`) and pass its `subscribe` and
 * `getSnapshot` to `useSyncExternalStore`.
 */
export function createLiveSource<T>(query: () => Promise<T> | T): LiveSource<T> {
  let state: LiveState<T> = LOADING;
  const listeners = new Set<() => void>();
  let subscription: Subscription | null = null;

  const publish = (next: LiveState<T>) => {
    state = next;
    for (const listener of [...listeners]) listener();
  };

  return {
    subscribe(listener) {
      listeners.add(listener);
      subscription ??= liveQuery(query).subscribe({
        next: (value) => publish({ status: 'ready', value }),
        error: (error: unknown) => publish({ status: 'error', error: error instanceof Error ? error : new Error(String(error)) }),
      });
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0 && subscription !== null) {
          subscription.unsubscribe();
          subscription = null;
        }
      };
    },
    getSnapshot: () => state,
  };
}
