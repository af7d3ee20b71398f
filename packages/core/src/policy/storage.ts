/** The few calls RefundGuard needs from a key-value store; `window.localStorage` fits. */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** A store that lives as long as the page: used when real storage is missing or broken. */
export function createMemoryStorage(): KeyValueStorage {
  const values = new Map<string, string>();
  return {
    getItem: (key) => values.get(key) ?? null,
    setItem: (key, value) => {
      values.set(key, value);
    },
    removeItem: (key) => {
      values.delete(key);
    },
  };
}

/**
 * Wrap a browser store so that nothing it does can throw.
 *
 * `getBackend` is called lazily because merely reading `window.localStorage`
 * throws in some privacy modes. Every value is also kept in memory, so when the
 * backend fails part-way (quota full, storage revoked) no state is lost for the
 * rest of the page's life. `onFailure` (which must not throw) hears about it once,
 * the first time the backend is missing or throws, so that what is lost when the
 * page closes is not lost silently.
 */
export function createSafeStorage(
  getBackend: () => KeyValueStorage | null | undefined,
  onFailure?: () => void,
): KeyValueStorage {
  const memory = createMemoryStorage();
  let failed = false;
  const attempt = <T>(use: (backend: KeyValueStorage) => T): T | undefined => {
    try {
      // A missing backend throws here too, and counts as a failure.
      return use(getBackend() as KeyValueStorage);
    } catch {
      if (!failed) {
        failed = true;
        onFailure?.();
      }
      return undefined;
    }
  };
  return {
    getItem: (key) => memory.getItem(key) ?? attempt((backend) => backend.getItem(key)) ?? null,
    setItem: (key, value) => {
      memory.setItem(key, value);
      attempt((backend) => backend.setItem(key, value));
    },
    removeItem: (key) => {
      memory.removeItem(key);
      attempt((backend) => backend.removeItem(key));
    },
  };
}
