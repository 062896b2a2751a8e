/**
 * Per-record send locks, so two tabs never send the same record at the same time: Web Locks where
 * the platform has them (the browser frees them when a tab dies), else a lease in storage that
 * expires on its own.
 */
import type { EntryStore } from './outbox-store.js';

const LOCK_PREFIX = 'privacy-consent:send:';

/**
 * The send locks of one outbox. `run` skips (false) rather than waits when another sender holds
 * the lock; `releaseAll` lets go early, for `stop()`: requests still on the wire may complete, and
 * the receiver's idempotency absorbs the overlap with the next holder.
 */
export const sendLocks = (store: EntryStore, now: () => number, leaseMs: number) => {
  const owner = Math.random().toString(36).slice(2);
  const releases = new Set<() => void>();

  /** Resolves when `work` ends or `releaseAll` runs, whichever is first; then `onRelease`, at once. */
  const holdUntil = (work: () => Promise<void>, onRelease = () => {}) =>
    new Promise<void>((resolve) => {
      const release = () => {
        if (!releases.delete(release)) return;
        onRelease();
        resolve();
      };
      releases.add(release);
      void work().then(release, release);
    });

  const run = async (recordId: string, work: () => Promise<void>): Promise<boolean> => {
    const locks = globalThis.navigator?.locks;
    if (locks)
      return locks.request(LOCK_PREFIX + recordId, { ifAvailable: true }, async (lock) => {
        if (lock) await holdUntil(work);
        return Boolean(lock);
      });
    const start = now();
    if (!store.lease(recordId, owner, start, start + leaseMs)) return false;
    await holdUntil(work, () => store.release(recordId, owner));
    return true;
  };

  const releaseAll = () => {
    for (const release of [...releases]) release();
  };

  return { run, releaseAll };
};
