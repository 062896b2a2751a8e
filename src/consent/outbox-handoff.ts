/**
 * Stores a record for delivery at once, before the outbox module has loaded. The outbox is a
 * lazy chunk; without this, a person who chooses and leaves the page in the same instant would
 * leave no trace. The outbox finds the entry (same key and shape) and sends it, on this page
 * or on the next one that loads any element.
 */
import type { ConsentRecord } from './record.js';
import { PENDING_PREFIX } from './outbox-keys.js';
import type { OutboxEntry } from './outbox-store.js';

/** Returns false when the browser refused to store it (private mode, sandboxed iframe, quota). */
export const saveForDelivery = (
  record: ConsentRecord,
  endpoint: string,
  headers: Readonly<Record<string, string>> = {},
): boolean => {
  const entry: OutboxEntry = { record, endpoint, headers, attempts: 0, nextAttemptAt: 0 };
  try {
    const storage = globalThis.localStorage;
    if (!storage) return false;
    storage.setItem(`${PENDING_PREFIX}${record.recordId}`, JSON.stringify(entry));
    return true;
  } catch {
    // The outbox keeps it in memory; the caller warns.
    return false;
  }
};
