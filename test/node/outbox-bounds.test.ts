/**
 * The outbox's limits, with a scripted fetch and fake timers: every retry wait lies between 1 s
 * and 1 hour, no timer gets a delay past 2^31−1 ms, a wrong clock cannot strand a record, and
 * endpoints that can never answer are refused instead of retried for ever.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { endpointProblem } from '../../src/consent/endpoint.js';
import { clampDelay, retryAfterMs } from '../../src/consent/outbox-request.js';
import { memoryStorage, Outbox, OutboxError, RETRY_BOUNDS, type OutboxOptions } from '../../src/consent/outbox.js';
import { PENDING_PREFIX } from '../../src/consent/outbox-keys.js';
import { newRecordId, type ConsentRecord } from '../../src/consent/record.js';
import { makeRecord as record } from '../fixtures/record.js';

const receiptFor = (init: RequestInit | undefined) => {
  const { recordId } = JSON.parse(String(init?.body)) as ConsentRecord;
  return JSON.stringify({ recordId, receivedAt: new Date().toISOString(), status: 'stored' });
};

/** A fetch that answers from a script of [status, headers] steps, then with receipts. */
const scriptedFetch = (...steps: [number, Record<string, string>?][]) => {
  const calls: number[] = [];
  const fetch = async (_input: RequestInfo | URL, init?: RequestInit) => {
    calls.push(Date.now());
    const [status, headers] = steps.shift() ?? [201];
    return new Response(status < 300 ? receiptFor(init) : 'busy', { status, headers });
  };
  return { fetch: fetch as typeof globalThis.fetch, calls };
};

const outboxes: Outbox[] = [];
const makeOutbox = (options: OutboxOptions) => {
  const outbox = new Outbox({ storage: memoryStorage(), ...options });
  outboxes.push(outbox);
  return outbox;
};

let delays: number[];
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'], now: Date.UTC(2026, 10, 30) });
  delays = [];
  const original = globalThis.setTimeout;
  vi.spyOn(globalThis, 'setTimeout').mockImplementation(((run: () => void, ms?: number) => {
    delays.push(ms ?? 0);
    return original(run, ms);
  }) as typeof setTimeout);
});

afterEach(() => {
  for (const outbox of outboxes.splice(0)) outbox.stop();
  vi.restoreAllMocks();
  vi.useRealTimers();
});

describe('retry waits are bounded', () => {
  it('waits at least 1 s after `Retry-After: 0` (no request storm)', async () => {
    const { fetch, calls } = scriptedFetch([503, { 'retry-after': '0' }], [503, { 'retry-after': '0' }]);
    const outbox = makeOutbox({ fetch });
    const delivery = outbox.send(record(), 'https://shop.example/consent');

    await vi.advanceTimersByTimeAsync(999);
    expect(calls).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(calls).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(1000);
    expect(calls).toHaveLength(3);
    await delivery;
    expect(calls.map((time) => time - calls[0]!)).toEqual([0, 1000, 2000]);
  });

  it('waits at least 1 s when the jittered backoff comes out as 0', async () => {
    const { fetch, calls } = scriptedFetch([500]);
    const outbox = makeOutbox({ fetch, random: () => 0 });
    const delivery = outbox.send(record(), 'https://shop.example/consent');
    await vi.advanceTimersByTimeAsync(999);
    expect(calls).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    await delivery;
    expect(calls).toHaveLength(2);
  });

  it('caps a huge Retry-After at 1 hour, and never hands a timer more than 2^31−1 ms', async () => {
    const { fetch, calls } = scriptedFetch([429, { 'retry-after': '3000000' }]);
    const outbox = makeOutbox({ fetch });
    const errors: (number | undefined)[] = [];
    outbox.addEventListener('error', (event) => errors.push(event.detail.retryIn));
    const entry = outbox.send(record(), 'https://shop.example/consent');

    await vi.advanceTimersByTimeAsync(0);
    expect(errors).toEqual([RETRY_BOUNDS.max]);
    expect(outbox.pending()[0]!.nextAttemptAt).toBe(Date.now() + RETRY_BOUNDS.max);
    await vi.advanceTimersByTimeAsync(RETRY_BOUNDS.max);
    await entry;
    expect(calls).toHaveLength(2);
    expect(Math.max(...delays)).toBeLessThanOrEqual(RETRY_BOUNDS.max);
  });

  it('treats a next-attempt time further ahead than the maximum as due (a clock that was days ahead)', async () => {
    const storage = memoryStorage();
    const stranded = record();
    const entry = { record: stranded, endpoint: 'https://shop.example/consent', headers: {}, attempts: 3 };
    storage.setItem(
      PENDING_PREFIX + stranded.recordId,
      JSON.stringify({ ...entry, nextAttemptAt: Date.now() + 10 * 86_400_000 }),
    );
    const { fetch, calls } = scriptedFetch();
    const outbox = makeOutbox({ fetch, storage });

    await outbox.flush();

    expect(calls).toHaveLength(1);
    expect(outbox.pending()).toEqual([]);
  });

  it('clamps any wait into [1 s, 1 h], unreadable values to the minimum', () => {
    expect([0, -5, 999, 1000, 5000, 3.6e6, 3e9, Number.NaN, Infinity].map((ms) => clampDelay(ms))).toEqual([
      1000, 1000, 1000, 1000, 5000, 3.6e6, 3.6e6, 1000, 1000,
    ]);
    expect(clampDelay(retryAfterMs('99999999999999999999999', Date.now())!)).toBe(RETRY_BOUNDS.max);
  });
});

describe('records other tabs left', () => {
  it('are found by a started outbox within a minute, even while it has nothing of its own', async () => {
    const storage = memoryStorage();
    const failing = scriptedFetch([503], [503], [503]);
    const closedTab = makeOutbox({ fetch: failing.fetch, storage });
    const record1 = record();
    void closedTab.send(record1, 'https://shop.example/consent').catch(() => {});
    await vi.advanceTimersByTimeAsync(0);
    closedTab.stop();

    const { fetch, calls } = scriptedFetch();
    const openTab = makeOutbox({ fetch, storage });
    await openTab.start(); // not due yet: nothing sent
    expect(calls).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(calls).toHaveLength(1);
    expect(openTab.pending()).toEqual([]);
  });
});

describe('endpoints', () => {
  it('refuses javascript:, data: and other non-http(s) endpoints at once: no request, nothing stored', async () => {
    for (const endpoint of ['javascript:alert(1)', 'data:text/plain,x', 'ftp://shop.example/x', 'not a url']) {
      const { fetch, calls } = scriptedFetch();
      const outbox = makeOutbox({ fetch });
      const errors: string[] = [];
      outbox.addEventListener('error', (event) => errors.push(`${event.detail.error.code}/${event.detail.willRetry}`));

      const error = await outbox.send(record(), endpoint).catch((reason: unknown) => reason);

      expect(error).toBeInstanceOf(OutboxError);
      expect((error as OutboxError).code).toBe('endpoint');
      expect(errors).toEqual(['endpoint/false']);
      expect(calls).toEqual([]);
      expect(outbox.pending()).toEqual([]);
    }
  });

  it('moves a stored entry with an unusable endpoint to failed() instead of retrying it', async () => {
    const storage = memoryStorage();
    const stored = record();
    storage.setItem(
      PENDING_PREFIX + stored.recordId,
      JSON.stringify({ record: stored, endpoint: 'javascript:void 0', headers: {}, attempts: 0, nextAttemptAt: 0 }),
    );
    const { fetch, calls } = scriptedFetch();
    const outbox = makeOutbox({ fetch, storage });

    await outbox.flush();
    await vi.advanceTimersByTimeAsync(RETRY_BOUNDS.max);

    expect(calls).toEqual([]);
    expect(outbox.pending()).toEqual([]);
    expect(outbox.failed().map((entry) => entry.record.recordId)).toEqual([stored.recordId]);
  });

  it('allows https anywhere and plain http only on this machine unless the host opts in', () => {
    expect(endpointProblem('https://shop.example/consent')).toBeUndefined();
    expect(endpointProblem('http://127.0.0.1:8080/consent')).toBeUndefined();
    expect(endpointProblem('http://localhost/consent')).toBeUndefined();
    expect(endpointProblem('http://shop.localhost/consent')).toBeUndefined();
    expect(endpointProblem('http://[::1]/consent')).toBeUndefined();
    expect(endpointProblem('http://shop.example/consent')).toBe('insecure');
    expect(endpointProblem('http://127.0.0.1.evil.example/consent')).toBe('insecure');
    expect(endpointProblem('http://shop.example/consent', true)).toBeUndefined();
    expect(endpointProblem('javascript:alert(1)', true)).toBe('scheme');
    expect(endpointProblem('/relative/consent')).toBe('scheme');
  });
});

describe('record ids', () => {
  it('are UUID v4 without crypto.randomUUID (missing outside secure contexts)', () => {
    vi.spyOn(globalThis.crypto, 'randomUUID').mockImplementation(() => {
      throw new TypeError('crypto.randomUUID is not a function');
    });
    const ids = Array.from({ length: 50 }, newRecordId);
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(new Set(ids).size).toBe(50);
  });
});
