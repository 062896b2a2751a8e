/**
 * The outbox's storage scans stay linear: a backlog of n records costs O(n) storage work per
 * scan. Counted in operations (Storage calls and map keys copied), never in time, so the test
 * means the same on a busy machine.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  entryStore,
  memoryStorage,
  PENDING_PREFIX,
  type OutboxEntry,
  type StorageLike,
} from '../../src/consent/outbox-store.js';
import { Outbox } from '../../src/consent/outbox.js';
import { makeRecord } from '../fixtures/record.js';

/** A StorageLike that counts every call made on it. */
const counted = (inner: StorageLike) => {
  const calls = { value: 0 };
  const storage: StorageLike = {
    getItem: (key) => (calls.value++, inner.getItem(key)),
    setItem: (key, value) => (calls.value++, inner.setItem(key, value)),
    removeItem: (key) => (calls.value++, inner.removeItem(key)),
    key: (index) => (calls.value++, inner.key(index)),
    get length() {
      calls.value++;
      return inner.length;
    },
  };
  return { storage, calls };
};

/**
 * Runs `work` and counts the keys that Map key iterators handed out meanwhile: what a copy of
 * a map's keys costs, which a per-call copy in key(i) multiplies by the number of entries.
 */
const keysCopied = (work: () => void): number => {
  const original = Map.prototype.keys;
  let copied = 0;
  const spy = vi.spyOn(Map.prototype, 'keys').mockImplementation(function (this: Map<unknown, unknown>) {
    copied += this.size;
    return original.call(this);
  });
  try {
    work();
  } finally {
    spy.mockRestore();
  }
  return copied;
};

afterEach(() => vi.restoreAllMocks());

const entryJson = (recordId: string): string =>
  JSON.stringify({ record: { recordId }, endpoint: 'https://example.com/consent', headers: {}, attempts: 1 });

/** A backlog of `n` pending records, with a few leases among them as during delivery. */
const backlog = (storage: StorageLike, n: number): StorageLike => {
  for (let index = 0; index < n; index++) {
    storage.setItem(`${PENDING_PREFIX}r${index}`, entryJson(`r${index}`));
    if (index % 10 === 0) storage.setItem(`privacy-consent:lease:r${index}`, 'owner 0');
  }
  return storage;
};

/** A scan of a prepared backlog, and how many Storage calls it made (where they can be seen). */
interface Scan {
  readonly run: () => number;
  readonly calls: () => number;
}

/** Operations of one scan over `n` records: Storage calls plus map keys copied. */
const scanCost = (n: number, prepare: (n: number) => Scan): number => {
  const scan = prepare(n);
  let found = 0;
  const copied = keysCopied(() => (found = scan.run()));
  expect(found).toBe(n);
  return scan.calls() + copied;
};

/** Four times the records cost at most four times the work (plus a little slack). */
const expectLinear = (prepare: (n: number) => Scan): void => {
  const n = 100;
  const small = scanCost(n, prepare);
  const large = scanCost(4 * n, prepare);
  expect(large).toBeLessThanOrEqual(4 * small + 16);
};

describe('outbox storage scans are linear in the backlog', () => {
  it('memoryStorage: key(0) … key(length − 1)', () => {
    expectLinear((n) => {
      const { storage, calls } = counted(backlog(memoryStorage(), n));
      const run = () => {
        let pending = 0;
        for (let index = 0; index < storage.length; index++)
          if (storage.key(index)?.startsWith(PENDING_PREFIX)) pending++;
        return pending;
      };
      return { run, calls: () => calls.value };
    });
  });

  it('entryStore.list over memoryStorage', () => {
    expectLinear((n) => {
      const { storage, calls } = counted(backlog(memoryStorage(), n));
      const store = entryStore(storage, () => {});
      return { run: () => store.list(PENDING_PREFIX).length, calls: () => calls.value };
    });
  });

  it('entryStore.list over its own memory fallback (no localStorage, as in Node)', () => {
    expectLinear((n) => {
      const store = entryStore(undefined, () => {});
      const source = backlog(memoryStorage(), n);
      for (let index = 0; index < source.length; index++) {
        const key = source.key(index)!;
        if (key.startsWith(PENDING_PREFIX))
          store.write(PENDING_PREFIX, JSON.parse(source.getItem(key)!) as OutboxEntry);
      }
      // Its Storage calls are internal; the key copies counted around the scan are what grew.
      return { run: () => store.list(PENDING_PREFIX).length, calls: () => 0 };
    });
  });
});

describe('memoryStorage keys after changes', () => {
  it('sees added and removed keys, keeps the order on an overwrite', () => {
    const storage = memoryStorage();
    storage.setItem('a', '1');
    storage.setItem('b', '2');
    expect([storage.key(0), storage.key(1), storage.key(2)]).toEqual(['a', 'b', null]);
    storage.setItem('c', '3');
    expect(storage.key(2)).toBe('c');
    storage.setItem('a', 'again');
    expect([storage.key(0), storage.getItem('a')]).toEqual(['a', 'again']);
    storage.removeItem('b');
    storage.removeItem('missing');
    expect([storage.length, storage.key(0), storage.key(1), storage.key(2)]).toEqual([2, 'a', 'c', null]);
    expect(storage.key(-1)).toBeNull();
  });
});

describe('an outbox draining a backlog', () => {
  /** Storage calls made while n records each get one 503 and then a receipt. */
  const drainCost = async (n: number): Promise<number> => {
    const { storage, calls } = counted(memoryStorage());
    const answered = new Set<string>();
    const fetch = (async (_input: RequestInfo | URL, init?: RequestInit) => {
      const { recordId } = JSON.parse(String(init?.body)) as { recordId: string };
      // Replies arrive one by one, each in its own turn, as over a network.
      await new Promise((resolve) => setTimeout(resolve, 0));
      if (!answered.has(recordId)) {
        answered.add(recordId);
        return new Response('busy', { status: 503 });
      }
      return Response.json({ recordId, receivedAt: new Date().toISOString(), status: 'stored' });
    }) as typeof globalThis.fetch;
    const outbox = new Outbox({ storage, fetch, retryBounds: { min: 1, max: 20 }, random: () => 0.5 });
    const records = Array.from({ length: n }, () => makeRecord());
    await Promise.all(records.map((record) => outbox.send(record, 'https://shop.example/consent')));
    outbox.stop();
    expect(outbox.pending()).toEqual([]);
    return calls.value;
  };

  it('does storage work linear in the number of records (no scan per reply)', async () => {
    const small = await drainCost(100);
    const large = await drainCost(400);
    expect(large).toBeLessThanOrEqual(4 * small * 1.1);
  });
});
