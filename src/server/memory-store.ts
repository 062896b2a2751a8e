/** An in-memory {@link ConsentStore}: for tests, demos and hosts that persist elsewhere. */
import { dueReconfirmations, oldestFirst, subjectState } from './consent-state.js';
import type { ConsentStore, StoredConsent } from './store.js';

/**
 * A store that lives as long as the process. Entries are deep-copied in and out, so a caller
 * mutating what it passed or got back cannot change the evidence.
 */
export const createMemoryStore = (): ConsentStore => {
  const byId = new Map<string, StoredConsent>();
  const bySubject = new Map<string, StoredConsent[]>();
  // Map iteration is insertion order; newest first means later receivedAt, then later insertion.
  const newestFirst = (): StoredConsent[] => oldestFirst([...byId.values()]).reverse();
  const history = (subject: string): StoredConsent[] => oldestFirst(bySubject.get(subject) ?? []);
  const append = (entry: StoredConsent) => {
    const id = entry.record.recordId;
    const first = byId.get(id);
    if (first) return { status: 'duplicate' as const, entry: structuredClone(first) };
    const copy = structuredClone(entry);
    byId.set(id, copy);
    const subject = copy.record.subject;
    if (subject !== undefined) {
      const entries = bySubject.get(subject);
      if (entries) entries.push(copy);
      else bySubject.set(subject, [copy]);
    }
    return { status: 'stored' as const, entry: structuredClone(copy) };
  };
  return {
    // The check and the set run in one synchronous step, so concurrent appends cannot both win.
    async append(entry) {
      return append(entry);
    },
    async insert(entry) {
      return append(entry).status;
    },
    async get(recordId) {
      const entry = byId.get(recordId);
      return entry && structuredClone(entry);
    },
    async history(subject) {
      return structuredClone(history(subject));
    },
    async state(subject) {
      return structuredClone(subjectState(subject, history(subject)));
    },
    async dueForReconfirmation(asOf) {
      const states = [...bySubject.keys()].map((subject) => subjectState(subject, history(subject)));
      return structuredClone(dueReconfirmations(states, asOf));
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
