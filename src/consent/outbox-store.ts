/**
 * Where the outbox keeps its entries: one storage key per record, so two tabs writing their own
 * records never overwrite each other. Browser storage when usable, memory otherwise.
 */
import type { ConsentRecord } from './record.js';

/** The part of the Web Storage API the outbox uses; `localStorage` and {@link memoryStorage} fit. */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
  key(index: number): string | null;
  readonly length: number;
}

/** A record waiting for delivery (or, with `rejection`, one the receiver refused). */
export interface OutboxEntry {
  readonly record: ConsentRecord;
  readonly endpoint: string;
  /** The caller's extra request headers (e.g. a CSRF token), kept for resends after a reload. */
  readonly headers: Readonly<Record<string, string>>;
  /** Failed attempts so far; the backoff continues from here after a reload. */
  readonly attempts: number;
  /** When the next attempt is due, epoch ms. */
  readonly nextAttemptAt: number;
  /** Set on rejected entries: the final HTTP status and the start of the server's answer. */
  readonly rejection?: { readonly status: number; readonly body: string };
}

import { LEASE_PREFIX } from './outbox-keys.js';

export { FAILED_PREFIX, PENDING_PREFIX } from './outbox-keys.js';

/** A StorageLike held in memory: lost with the page, but enough to deliver while it lives. */
export const memoryStorage = (): StorageLike => {
  const items = new Map<string, string>();
  // A scan calls key(0) … key(length − 1): one snapshot of the keys serves the whole scan and is
  // dropped only when a key is added or removed. Copying the keys on every call made each scan
  // quadratic (1,000 pending records with one retry each took over a minute of CPU).
  let keys: string[] | undefined;
  return {
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => {
      if (!items.has(key)) keys = undefined;
      items.set(key, String(value));
    },
    removeItem: (key) => {
      if (items.delete(key)) keys = undefined;
    },
    key: (index) => (keys ??= [...items.keys()])[index] ?? null,
    get length() {
      return items.size;
    },
  };
};

/** `localStorage` if it can be written; Safari private mode and sandboxed iframes throw on access or write. */
export const usableLocalStorage = (): StorageLike | undefined => {
  try {
    const storage = globalThis.localStorage;
    if (!storage) return undefined;
    const probe = `${LEASE_PREFIX}probe`;
    storage.setItem(probe, probe);
    storage.removeItem(probe);
    return storage;
  } catch {
    return undefined;
  }
};

const parseEntry = (text: string | null): OutboxEntry | undefined => {
  if (text === null) return undefined;
  try {
    const entry = JSON.parse(text) as Partial<OutboxEntry> | null;
    // Skip what is not ours or was written by an incompatible version rather than crash a page.
    return typeof entry?.record?.recordId === 'string' && typeof entry.endpoint === 'string'
      ? (entry as OutboxEntry)
      : undefined;
  } catch {
    return undefined;
  }
};

/**
 * Entries over a durable storage with a memory fallback for writes it refuses (quota, revoked
 * access), so a record is never dropped; `onVolatile` hears when that happens.
 */
export const entryStore = (durable: StorageLike | undefined, onVolatile: () => void) => {
  const volatile = memoryStorage();
  const get = (key: string): string | null => {
    try {
      return volatile.getItem(key) ?? durable?.getItem(key) ?? null;
    } catch {
      return null;
    }
  };
  const set = (key: string, value: string): void => {
    try {
      if (!durable) throw new Error('no durable storage');
      durable.setItem(key, value);
      volatile.removeItem(key);
    } catch {
      volatile.setItem(key, value);
      onVolatile();
    }
  };
  const remove = (key: string): void => {
    volatile.removeItem(key);
    try {
      durable?.removeItem(key);
    } catch {
      // Unreadable storage holds nothing we could remove.
    }
  };
  const keys = (storage: StorageLike | undefined): string[] => {
    try {
      return Array.from({ length: storage?.length ?? 0 }, (_, index) => storage!.key(index) ?? '');
    } catch {
      return [];
    }
  };
  const list = (prefix: string): OutboxEntry[] => {
    const ids = new Set([...keys(durable), ...keys(volatile)].filter((key) => key.startsWith(prefix)));
    return [...ids].flatMap((key) => parseEntry(get(key)) ?? []);
  };

  return {
    read: (prefix: string, recordId: string) => parseEntry(get(prefix + recordId)),
    write: (prefix: string, entry: OutboxEntry) => set(prefix + entry.record.recordId, JSON.stringify(entry)),
    remove: (prefix: string, recordId: string) => remove(prefix + recordId),
    list,
    /**
     * Takes the send lease on a record unless another owner holds an unexpired one. Storage has
     * no compare-and-set, so this is best effort: the receiver's idempotency covers the rest.
     */
    lease: (recordId: string, owner: string, now: number, until: number): boolean => {
      const [holder = '', expiry = '0'] = (get(LEASE_PREFIX + recordId) ?? '').split(' ');
      if (holder && holder !== owner && Number(expiry) > now) return false;
      set(LEASE_PREFIX + recordId, `${owner} ${until}`);
      return get(LEASE_PREFIX + recordId)?.startsWith(`${owner} `) ?? false;
    },
    release: (recordId: string, owner: string): void => {
      if (get(LEASE_PREFIX + recordId)?.startsWith(`${owner} `)) remove(LEASE_PREFIX + recordId);
    },
  };
};

/** The entry store the outbox works on. */
export type EntryStore = ReturnType<typeof entryStore>;
