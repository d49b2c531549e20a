/**
 * Failure classes of browser storage, each with its own message to the user:
 * - `quota`: the origin's storage quota is used up (`QuotaExceededError`);
 * - `blocked`: another tab keeps the database open at an older version, or an upgrade is pending;
 * - `unavailable`: IndexedDB is missing or refused (private windows, disabled site data);
 * - `unknown`: anything else, shown with the browser's own message.
 */
export type StorageFailureKind = 'quota' | 'blocked' | 'unavailable' | 'unknown';

export class ProjectStorageError extends Error {
  readonly kind: StorageFailureKind;

  constructor(kind: StorageFailureKind, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'ProjectStorageError';
    this.kind = kind;
  }
}

const KIND_BY_DOM_ERROR_NAME: Readonly<Record<string, StorageFailureKind>> = {
  QuotaExceededError: 'quota',
  VersionError: 'blocked',
  AbortError: 'unknown',
  InvalidStateError: 'unavailable',
  SecurityError: 'unavailable',
  NotAllowedError: 'unavailable',
};

/** Wrap any error thrown by IndexedDB or idb-keyval in a `ProjectStorageError` with its class. */
export function toStorageError(error: unknown): ProjectStorageError {
  if (error instanceof ProjectStorageError) return error;

  const name = error instanceof Error || isDomExceptionLike(error) ? error.name : '';
  const message = error instanceof Error || isDomExceptionLike(error) ? error.message : String(error);
  const missingIndexedDb = error instanceof ReferenceError && message.includes('indexedDB');
  const kind = missingIndexedDb ? 'unavailable' : (KIND_BY_DOM_ERROR_NAME[name] ?? 'unknown');
  return new ProjectStorageError(kind, `${name || 'Error'}: ${message}`, { cause: error });
}

function isDomExceptionLike(value: unknown): value is { name: string; message: string } {
  return typeof value === 'object' && value !== null && 'name' in value && 'message' in value;
}
