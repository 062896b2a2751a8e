/**
 * The outbox is not part of any element's first load, but it must be ready before a person
 * chooses (so a record is stored the moment it exists) and it must send what an earlier page
 * left. So every element asks for it once the page is idle.
 */
import type * as Outbox from '../../consent/outbox.js';

type OutboxModule = typeof Outbox;

let loading: Promise<OutboxModule> | undefined;

/**
 * The outbox module, loading it now if needed; its shared instance is started. A failed load
 * (the network dropped during the download) is forgotten, so the next call tries again.
 */
export const loadOutbox = (): Promise<OutboxModule> => {
  loading ??= import('../../consent/outbox.js').then(
    (module) => {
      module.sharedOutbox();
      return module;
    },
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
};

/** Loads the outbox when the page is idle (and flushes leftovers from earlier pages). */
export const loadOutboxWhenIdle = (): void => {
  if (loading) return;
  const later = globalThis.requestIdleCallback ?? ((run: () => void) => setTimeout(run, 1));
  // A failure here is retried by the next delivery; records wait in storage meanwhile.
  later(() => void loadOutbox().catch(() => {}));
};
