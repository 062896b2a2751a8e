/**
 * The Node chaos run shared by test/node/chaos.test.ts and bench/chaos.ts: records from the
 * seed policies go through several `Outbox` instances on one storage (two "tabs" at a time,
 * each stopped and replaced by a fresh instance now and then, as a page reload would), through
 * the chaos proxy, with offline periods, until nothing is pending. Then the SQLite store is read
 * back and compared with what was created.
 */
import { isDeepStrictEqual } from 'node:util';
import { buildRecord } from '../../src/consent/build-record.js';
import { consentForm, type Decisions } from '../../src/consent/form-model.js';
import { memoryStorage, Outbox, type OutboxOptions } from '../../src/consent/outbox.js';
import type { ConsentRecord } from '../../src/consent/record.js';
import { loadPolicyFiles, type KnownPolicy } from '../../src/server/index.js';
import { seedPath } from '../node/seeds.js';
import { startChaosProxy, type ChaosOptions, type ChaosStats } from './proxy.js';
import { mulberry32, seededUuid, sleep } from './random.js';

export interface NodeChaosOptions {
  /** How many records to create (default 300). */
  readonly records?: number;
  /** Seeds the proxy's faults, the records and the outboxes' jitter (default 0x5eed). */
  readonly seed?: number;
  /** Outbox instances alive at once on the shared storage, like tabs (default 2). */
  readonly tabs?: number;
  /** How many times an instance is stopped and replaced while records are created (default 6). */
  readonly reloads?: number;
  /** Offline periods: while records are created, and one more while draining (default 3). */
  readonly offlinePeriods?: number;
  /** Length of each offline period, ms (default 400). */
  readonly offlineMs?: number;
  /** Records created per batch (default 10)… */
  readonly batch?: number;
  /** …with this pause between batches, ms (default 20)… */
  readonly pause?: number;
  /**
   * …and no new batch while more than this many records are pending outside an offline period
   * (default 80): records trickle in as people sign up, they do not arrive in one burst, and on
   * a busy machine a huge backlog only turns answers into client timeouts (harmless, but slow).
   * Offline periods still pile records up past it.
   */
  readonly backlog?: number;
  /** Give up waiting for the outboxes to drain after this long, ms (default 60000). */
  readonly drainTimeout?: number;
  /** Proxy settings (pass rate, weights, delay). */
  readonly chaos?: Omit<ChaosOptions, 'policies' | 'seed'>;
  /** Outbox settings: short waits, so a run takes seconds. */
  readonly outbox?: OutboxOptions;
}

export interface NodeChaosResult {
  readonly created: number;
  /** Rows in the SQLite store. */
  readonly stored: number;
  /** Records stored more than once (rows with a repeated recordId, or a second `onStored`). */
  readonly duplicates: readonly string[];
  /** Records created but not stored. */
  readonly lost: readonly string[];
  /** Rows whose recordId nobody created. */
  readonly unknown: readonly string[];
  /** Rows whose record differs from the one created. */
  readonly altered: readonly string[];
  /** Entries in the outboxes' `failed()`. */
  readonly failed: number;
  /** Entries still pending when the run ended (0 unless the drain timed out). */
  readonly pending: number;
  readonly drained: boolean;
  /** From the first record created to the moment nothing was pending any more, ms. */
  readonly drainMs: number;
  /** Outbox instances used, replacements included. */
  readonly instances: number;
  /** Failed attempts the outboxes reported, by error code (`network`, `timeout`, `http`, `receipt`, …). */
  readonly retries: Readonly<Record<string, number>>;
  readonly stats: ChaosStats;
}

/** What a node test or bench reports for one run: every field but the stats, as numbers. */
export const summarize = (result: NodeChaosResult) => ({
  created: result.created,
  stored: result.stored,
  duplicates: result.duplicates.length,
  lost: result.lost.length,
  unknown: result.unknown.length,
  altered: result.altered.length,
  failed: result.failed,
  pending: result.pending,
});

/** A record as the form would post it, granting the required items and a random share of the rest. */
const recordFor = ({ policy, hash }: KnownPolicy, random: () => number, index: number): ConsentRecord => {
  const form = consentForm(policy);
  const decisions: Decisions = Object.fromEntries(
    form.items
      .filter((entry) => entry.required || random() < 0.5)
      .map((entry) => [
        entry.id,
        entry.item.channels
          ? { granted: true, channels: Object.fromEntries(entry.item.channels.map((channel) => [channel.id, true])) }
          : { granted: true },
      ]),
  );
  return buildRecord({
    policy,
    hash,
    form,
    decisions,
    ageConfirmed: true,
    locale: 'ko',
    subject: `chaos-${index}`,
    recordId: seededUuid(random),
    now: new Date(Date.UTC(2026, 10, 22, 1, 0, 0, index)),
  });
};

export const runNodeChaos = async (options: NodeChaosOptions = {}): Promise<NodeChaosResult> => {
  const {
    records: count = 300,
    seed = 0x5eed,
    tabs: tabCount = 2,
    reloads = 6,
    offlinePeriods = 3,
    offlineMs = 400,
    batch = 10,
    pause = 20,
    backlog = 80,
    drainTimeout = 60_000,
  } = options;
  const policies = await loadPolicyFiles([seedPath('smartro'), seedPath('qsolution'), seedPath('sellmate')]);
  const proxy = await startChaosProxy({ policies, seed, ...options.chaos });
  const random = mulberry32(seed ^ 0x9e3779b9);
  const jitter = mulberry32(seed ^ 0x85ebca6b);
  const storage = memoryStorage();
  const outboxOptions: OutboxOptions = {
    storage,
    backoff: { base: 20, max: 250 },
    retryBounds: { min: 5, max: 500 },
    random: jitter,
    // Generous: a busy machine must not turn every answer into a timeout (that is only a retry anyway).
    timeout: 5000,
    ...options.outbox,
  };

  const all: Outbox[] = [];
  const retries: Record<string, number> = {};
  /** The send() promises of each instance; a stopped instance may leave its own pending for good. */
  const sends = new Map<Outbox, Promise<unknown>[]>();
  const open = (): Outbox => {
    const outbox = new Outbox(outboxOptions);
    all.push(outbox);
    sends.set(outbox, []);
    // start() flushes what earlier instances left, as a reloaded page does.
    outbox.addEventListener('error', ({ detail }) => {
      retries[detail.error.code] = (retries[detail.error.code] ?? 0) + 1;
    });
    void outbox.start();
    return outbox;
  };
  const tabs = Array.from({ length: tabCount }, open);
  const offlineTimers = new Set<ReturnType<typeof setTimeout>>();
  const goOffline = (): void => {
    proxy.setOffline(true);
    const timer = setTimeout(() => {
      offlineTimers.delete(timer);
      proxy.setOffline(false);
    }, offlineMs);
    offlineTimers.add(timer);
  };

  const created = new Map<string, ConsentRecord>();
  const started = Date.now();
  const batches = Math.ceil(count / batch);
  // Events spread over the batches: reloads, and all offline periods but the last one.
  const reloadAt = new Set(Array.from({ length: reloads }, (_, i) => Math.floor(((i + 1) * batches) / (reloads + 1))));
  const offlineAt = new Set(
    Array.from({ length: Math.max(0, offlinePeriods - 1) }, (_, i) =>
      Math.floor(((i + 0.5) * batches) / offlinePeriods),
    ),
  );
  let reloaded = 0;
  try {
    for (let b = 0; b < batches; b++) {
      if (offlineAt.has(b)) goOffline();
      if (reloadAt.has(b)) {
        // A reload: the page's outbox goes away mid-delivery, the next page's takes over.
        const tab = reloaded++ % tabCount;
        tabs[tab]!.stop();
        tabs[tab] = open();
      }
      for (let i = b * batch; i < Math.min(count, (b + 1) * batch); i++) {
        const record = recordFor(policies[i % policies.length]!, random, i);
        created.set(record.recordId, record);
        const outbox = tabs[i % tabCount]!;
        const delivery = outbox.send(record, proxy.url);
        delivery.catch(() => {}); // a rejection shows up in failed()
        sends.get(outbox)!.push(delivery);
      }
      await sleep(pause);
      while (offlineTimers.size === 0 && tabs[0]!.pending().length > backlog) await sleep(pause);
    }
    if (offlinePeriods > 0) goOffline();

    // Drained: nothing pending, every live instance's send() settled, no request at the proxy,
    // and still so a moment later (an instance may re-queue a record another one delivered).
    const deadline = Date.now() + drainTimeout;
    const live = () => tabs.flatMap((outbox) => sends.get(outbox)!);
    let settled = false;
    void Promise.allSettled(live()).then(() => (settled = true));
    let quiet = 0;
    let drainedAt = 0;
    while (quiet < 4 && Date.now() < deadline) {
      await sleep(25);
      const empty = tabs[0]!.pending().length === 0 && proxy.inFlight() === 0 && offlineTimers.size === 0;
      if (empty && settled) {
        drainedAt ||= Date.now();
        quiet += 1;
      } else {
        drainedAt = 0;
        quiet = 0;
      }
    }
    const drained = quiet >= 4;
    for (const outbox of tabs) outbox.stop();
    await proxy.idle();

    const rows = await proxy.store.list();
    const seen = new Map<string, number>();
    for (const row of rows) seen.set(row.record.recordId, (seen.get(row.record.recordId) ?? 0) + 1);
    const duplicates = new Set([
      ...[...seen].filter(([, times]) => times > 1).map(([id]) => id),
      ...[...proxy.storedTimes].filter(([, times]) => times > 1).map(([id]) => id),
    ]);
    const altered = rows
      .filter((row) => {
        const original = created.get(row.record.recordId);
        return original && !isDeepStrictEqual(row.record, JSON.parse(JSON.stringify(original)));
      })
      .map((row) => row.record.recordId);
    return {
      created: created.size,
      stored: rows.length,
      duplicates: [...duplicates],
      lost: [...created.keys()].filter((id) => !seen.has(id)),
      unknown: [...seen.keys()].filter((id) => !created.has(id)),
      altered,
      failed: tabs[0]!.failed().length,
      pending: tabs[0]!.pending().length,
      drained,
      drainMs: (drainedAt || Date.now()) - started,
      instances: all.length,
      retries: { ...retries },
      stats: structuredClone(proxy.stats),
    };
  } finally {
    for (const timer of offlineTimers) clearTimeout(timer);
    for (const outbox of all) outbox.stop();
    await proxy.close();
  }
};
