/** An in-memory {@link ConsentStore}: for tests, demos and hosts that persist elsewhere. */
import type { ConsentStore, StoredConsent } from './store.js';

/**
 * A store that lives as long as the process. Entries are deep-copied in and out, so a caller
 * mutating what it passed or got back cannot change the evidence.
 */
export const createMemoryStore = (): ConsentStore => {
  const byId = new Map<string, StoredConsent>();
  // Map iteration is insertion order; newest first means later receivedAt, then later insertion.
  const newestFirst = (): StoredConsent[] =>
    [...byId.values()]
      .reverse()
      .sort((a, b) => (a.receivedAt < b.receivedAt ? 1 : a.receivedAt > b.receivedAt ? -1 : 0));
  return {
    // The check and the set run in one synchronous step, so concurrent inserts cannot both win.
    async insert(entry) {
      const id = entry.record.recordId;
      if (byId.has(id)) return 'duplicate';
      byId.set(id, structuredClone(entry));
      return 'stored';
    },
    async get(recordId) {
      const entry = byId.get(recordId);
      return entry && structuredClone(entry);
    },
    async list({ limit, offset = 0 } = {}) {
      const page = newestFirst().slice(offset, limit === undefined ? undefined : offset + limit);
      return page.map((entry) => structuredClone(entry));
    },
    async count() {
      return byId.size;
    },
  };
};
