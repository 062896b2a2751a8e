import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { backoffDelay, retryAfterMs } from '../../src/consent/outbox-request.js';
import {
  memoryStorage,
  Outbox,
  OutboxError,
  RETRY_BOUNDS,
  sharedOutbox,
  type DeliveredDetail,
  type ErrorDetail,
  type OutboxEventMap,
  type OutboxOptions,
  type StorageLike,
} from '../../src/consent/outbox.js';
import { newRecordId, type ConsentReceipt, type ConsentRecord } from '../../src/consent/record.js';
import { makeRecord } from '../fixtures/record.js';

// ---- a controllable receiver: stores records once per recordId, like the real one ----

interface Scripted {
  /** Default 200: stores the record and answers its receipt. */
  readonly status?: number;
  readonly headers?: Record<string, string>;
  /** Default: the receipt for 2xx, empty otherwise. */
  readonly body?: string;
  /** ms before answering (the record is stored on arrival). */
  readonly delay?: number;
  /** Drop the connection without answering, before or after storing the record. */
  readonly destroy?: 'before-store' | 'after-store';
}

interface Post {
  readonly headers: IncomingHttpHeaders;
  readonly method: string;
  readonly record: ConsentRecord;
}

const receivers: { close: () => Promise<void> }[] = [];

const startReceiver = async (port = 0) => {
  const script: Scripted[] = [];
  const posts: Post[] = [];
  const stored = new Map<string, ConsentReceipt>();
  const timers = new Set<ReturnType<typeof setTimeout>>();
  const hooks = { onPost: (_post: Post) => {} };

  const store = (recordId: string): ConsentReceipt => {
    const first = stored.get(recordId);
    if (first) return { ...first, status: 'duplicate' };
    const receipt: ConsentReceipt = { recordId, receivedAt: new Date().toISOString(), status: 'stored' };
    stored.set(recordId, receipt);
    return receipt;
  };

  const server = createServer((req, res) => {
    let text = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (text += chunk));
    req.on('end', () => {
      const post: Post = { headers: req.headers, method: req.method ?? '', record: JSON.parse(text) as ConsentRecord };
      posts.push(post);
      hooks.onPost(post);
      const step = script.shift() ?? {};
      const status = step.status ?? 200;
      if (step.destroy === 'before-store') return void req.socket.destroy();
      const receipt = status < 300 || step.destroy ? store(post.record.recordId) : undefined;
      if (step.destroy) return void req.socket.destroy();
      const answer = () => {
        res.writeHead(status, { 'content-type': 'application/json', ...step.headers });
        res.end(step.body ?? (receipt ? JSON.stringify(receipt) : ''));
      };
      if (!step.delay) return answer();
      const timer = setTimeout(() => (timers.delete(timer), answer()), step.delay);
      timers.add(timer);
    });
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const address = server.address() as AddressInfo;
  const receiver = {
    url: `http://127.0.0.1:${address.port}/consent`,
    port: address.port,
    posts,
    stored,
    hooks,
    script: (...steps: Scripted[]) => void script.push(...steps),
    close: async () => {
      for (const timer of timers) clearTimeout(timer);
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
  receivers.push(receiver);
  return receiver;
};

// ---- helpers ----

const outboxes: Outbox[] = [];

/** Fast, deterministic settings; every outbox is stopped after its test. */
const makeOutbox = (options: OutboxOptions = {}): Outbox => {
  const outbox = new Outbox({
    storage: memoryStorage(),
    backoff: { base: 10, max: 100 },
    // Short waits keep these tests quick; outbox-bounds.test.ts checks the real bounds.
    retryBounds: { min: 5, max: 2000 },
    random: () => 0.5,
    timeout: 1000,
    ...options,
  });
  outboxes.push(outbox);
  return outbox;
};

afterEach(async () => {
  for (const outbox of outboxes.splice(0)) outbox.stop();
  await Promise.all(receivers.splice(0).map((receiver) => receiver.close()));
});

/** Every detail of an event type, as it happens. */
const collect = <K extends keyof OutboxEventMap>(outbox: Outbox, type: K): OutboxEventMap[K]['detail'][] => {
  const details: OutboxEventMap[K]['detail'][] = [];
  outbox.addEventListener(type, (event) => details.push((event as OutboxEventMap[K]).detail));
  return details;
};

const nextEvent = <K extends keyof OutboxEventMap>(outbox: Outbox, type: K) =>
  new Promise<OutboxEventMap[K]['detail']>((resolve) =>
    outbox.addEventListener(type, (event) => resolve((event as OutboxEventMap[K]).detail), { once: true }),
  );

const rejection = async (promise: Promise<unknown>): Promise<OutboxError> => {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(OutboxError);
    return error as OutboxError;
  }
  throw new Error('expected an OutboxError');
};

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// ---- tests ----

describe('Outbox delivery (real HTTP)', () => {
  it('delivers on the first try with the idempotency key, JSON type and the caller’s headers', async () => {
    const receiver = await startReceiver();
    const outbox = makeOutbox();
    const delivered = collect(outbox, 'delivered');
    const record = makeRecord();

    const receipt = await outbox.send(record, receiver.url, { 'x-csrf-token': 'token-1' });

    expect(receiver.posts).toHaveLength(1);
    const [post] = receiver.posts;
    expect(post!.method).toBe('POST');
    expect(post!.headers['idempotency-key']).toBe(record.recordId);
    expect(post!.headers['content-type']).toBe('application/json');
    expect(post!.headers['x-csrf-token']).toBe('token-1');
    expect(post!.record).toEqual(record);
    expect(receipt).toEqual(receiver.stored.get(record.recordId));
    expect(receipt.status).toBe('stored');
    expect(delivered).toEqual([{ record, receipt }] satisfies DeliveredDetail[]);
    expect(outbox.pending()).toEqual([]);
  });

  it('stores the entry before the first request leaves', async () => {
    const receiver = await startReceiver();
    const storage = memoryStorage();
    const seen: (string | null)[] = [];
    const record = makeRecord();
    receiver.hooks.onPost = () => seen.push(storage.getItem(`privacy-consent:outbox:${record.recordId}`));

    await makeOutbox({ storage }).send(record, receiver.url);

    expect(seen).toHaveLength(1);
    expect(JSON.parse(seen[0]!)).toMatchObject({ record, endpoint: receiver.url, attempts: 0 });
    expect(storage.getItem(`privacy-consent:outbox:${record.recordId}`)).toBeNull();
  });

  it('retries a 503 with backoff and stores the record once', async () => {
    const receiver = await startReceiver();
    receiver.script({ status: 503, body: 'maintenance' });
    const outbox = makeOutbox();
    const errors = collect(outbox, 'error');
    const record = makeRecord();

    const receipt = await outbox.send(record, receiver.url);

    expect(receiver.posts).toHaveLength(2);
    expect(receiver.stored.size).toBe(1);
    expect(receipt.recordId).toBe(record.recordId);
    expect(errors).toHaveLength(1);
    const [error] = errors as ErrorDetail[];
    expect([error!.willRetry, error!.attempt, error!.retryIn]).toEqual([true, 1, 5]); // 0.5 × 10 × 2⁰
    expect([error!.error.code, error!.error.status, error!.error.body]).toEqual(['http', 503, 'maintenance']);
  });

  it('waits as long as Retry-After says on 429', async () => {
    const receiver = await startReceiver();
    receiver.script({ status: 429, headers: { 'retry-after': '1' } });
    const outbox = makeOutbox();
    const errors = collect(outbox, 'error');
    const startedAt = performance.now();

    await outbox.send(makeRecord(), receiver.url);

    expect(performance.now() - startedAt).toBeGreaterThanOrEqual(900);
    expect(receiver.posts).toHaveLength(2);
    expect(errors.map((error) => error.retryIn)).toEqual([1000]);
  });

  it('does not retry a 400: rejects with status and body, and keeps the entry in failed()', async () => {
    const receiver = await startReceiver();
    receiver.script({ status: 400, body: '{"error":"missing policy hash"}' });
    const outbox = makeOutbox();
    const errors = collect(outbox, 'error');
    const record = makeRecord();

    const error = await rejection(outbox.send(record, receiver.url));

    expect([error.code, error.status, error.body]).toEqual(['rejected', 400, '{"error":"missing policy hash"}']);
    expect(errors.map((detail) => [detail.willRetry, detail.attempt, detail.retryIn])).toEqual([[false, 1, undefined]]);
    expect(outbox.pending()).toEqual([]);
    expect(outbox.failed()).toEqual([
      expect.objectContaining({ record, rejection: { status: 400, body: '{"error":"missing policy hash"}' } }),
    ]);
    await sleep(100); // several backoff periods: nothing more is sent
    expect(receiver.posts).toHaveLength(1);
    outbox.discard(record.recordId);
    expect(outbox.failed()).toEqual([]);
  });

  it('retries after connection refused until the receiver comes up', async () => {
    const down = await startReceiver();
    const { port, url } = down;
    await down.close();
    const outbox = makeOutbox();
    const firstError = nextEvent(outbox, 'error');
    const delivery = outbox.send(makeRecord(), url);

    const { error, willRetry } = await firstError;
    expect([error.code, willRetry]).toEqual(['network', true]);
    const up = await startReceiver(port);
    const receipt = await delivery;

    expect(up.posts).toHaveLength(1);
    expect(up.stored.get(receipt.recordId)).toEqual(receipt);
  });

  it('treats a timeout as a network error and retries', async () => {
    const receiver = await startReceiver();
    receiver.script({ delay: 1500 });
    const outbox = makeOutbox({ timeout: 250 });
    const errors = collect(outbox, 'error');

    const receipt = await outbox.send(makeRecord(), receiver.url);

    expect(errors.map((detail) => detail.error.code)).toEqual(['timeout']);
    expect(receiver.posts).toHaveLength(2);
    // The slow first request was stored on arrival: the resend is recognised as a duplicate.
    expect(receiver.stored.size).toBe(1);
    expect(receipt.status).toBe('duplicate');
  });

  it('resends when the answer is lost after the receiver stored the record; stored once', async () => {
    const receiver = await startReceiver();
    receiver.script({ destroy: 'after-store' });
    const outbox = makeOutbox();
    const record = makeRecord();

    const receipt = await outbox.send(record, receiver.url);

    expect(receiver.posts).toHaveLength(2);
    expect(receiver.stored.size).toBe(1);
    expect(receipt).toEqual({ ...receiver.stored.get(record.recordId), status: 'duplicate' });
  });

  it('counts only a JSON receipt naming this recordId as delivered: HTML, empty and foreign receipts are retried', async () => {
    const receiver = await startReceiver();
    const foreign = JSON.stringify({ recordId: newRecordId(), receivedAt: new Date().toISOString(), status: 'stored' });
    receiver.script(
      { status: 200, headers: { 'content-type': 'text/html' }, body: '<!doctype html><title>Shop</title>' },
      { status: 204, body: '' },
      { status: 200, body: foreign },
    );
    const outbox = makeOutbox();
    const errors = collect(outbox, 'error');
    const record = makeRecord();

    const receipt = await outbox.send(record, receiver.url);

    expect(errors.map((detail) => [detail.error.code, detail.error.status, detail.willRetry])).toEqual([
      ['receipt', 200, true],
      ['receipt', 204, true],
      ['receipt', 200, true],
    ]);
    expect(errors[0]!.error.body).toContain('<title>Shop</title>');
    expect(receiver.posts).toHaveLength(4);
    // This scripted receiver stored the record at the first post; the real one answers the same way.
    expect(receipt).toEqual({ ...receiver.stored.get(record.recordId), status: 'duplicate' });
    expect(outbox.pending()).toEqual([]);
  });

  it('keeps a record while every answer is a 200 page, never reporting it delivered', async () => {
    const receiver = await startReceiver();
    const page = { status: 200, body: '<html>captive portal</html>' };
    receiver.script(page, page, page, page);
    const outbox = makeOutbox();
    const record = makeRecord();
    let delivered = false;
    void outbox.send(record, receiver.url).then(() => (delivered = true));
    while (receiver.posts.length < 4) await sleep(5);

    expect(delivered).toBe(false);
    expect(outbox.pending().map((entry) => entry.record.recordId)).toEqual([record.recordId]);
    expect(outbox.pending()[0]!.attempts).toBeGreaterThanOrEqual(3);
  });

  it('persists attempts and the next due time, so a reload continues the schedule', async () => {
    const receiver = await startReceiver();
    receiver.script({ status: 500 });
    const storage = memoryStorage();
    const clock = { now: 1_000_000 };
    const first = makeOutbox({
      storage,
      now: () => clock.now,
      backoff: { base: 60_000, max: 60_000 },
      retryBounds: RETRY_BOUNDS,
    });
    const failure = nextEvent(first, 'error');
    const record = makeRecord();
    void first.send(record, receiver.url);
    expect((await failure).retryIn).toBe(30_000);
    first.stop();
    expect(first.pending()).toEqual([expect.objectContaining({ record, attempts: 1, nextAttemptAt: 1_030_000 })]);

    const reloaded = makeOutbox({ storage, now: () => clock.now });
    clock.now += 29_000;
    await reloaded.flush();
    expect(receiver.posts).toHaveLength(1); // not due yet

    clock.now += 1_000;
    await reloaded.flush();
    expect(receiver.posts).toHaveLength(2);
    expect(reloaded.pending()).toEqual([]);
  });

  it('delivers an entry a previous page left, through flush() of a new instance, exactly once', async () => {
    const receiver = await startReceiver();
    receiver.script({ destroy: 'before-store' });
    const storage = memoryStorage();
    const first = makeOutbox({ storage, backoff: { base: 60_000, max: 60_000 }, random: () => 0 });
    const failure = nextEvent(first, 'error');
    const record = makeRecord();
    void first.send(record, receiver.url);
    await failure;
    first.stop(); // the page is gone
    await sleep(10); // past the shortest wait

    const reloaded = makeOutbox({ storage });
    const delivered = collect(reloaded, 'delivered');
    await reloaded.flush();
    await reloaded.flush();

    expect(receiver.posts).toHaveLength(2);
    expect(receiver.stored.size).toBe(1);
    expect(delivered.map((detail) => detail.receipt.status)).toEqual(['stored']);
    expect(reloaded.pending()).toEqual([]);
  });

  it('sends one request when two instances over one storage flush at once (storage lease)', async () => {
    const receiver = await startReceiver();
    receiver.script({ destroy: 'before-store' }, { delay: 50 });
    const storage = memoryStorage();
    const first = makeOutbox({ storage, random: () => 0, backoff: { base: 60_000, max: 60_000 } });
    const failure = nextEvent(first, 'error');
    void first.send(makeRecord(), receiver.url);
    await failure;
    first.stop();
    await sleep(10); // past the shortest wait

    const [a, b] = [makeOutbox({ storage }), makeOutbox({ storage })];
    await Promise.all([a.flush(), b.flush()]);

    expect(receiver.posts).toHaveLength(2); // the failed first try, then one of the two
    expect(receiver.stored.size).toBe(1);
  });

  it('settles a send() whose record another instance delivered meanwhile, with the first receipt', async () => {
    const receiver = await startReceiver();
    receiver.script({ delay: 100 });
    const storage = memoryStorage();
    const record = makeRecord();
    const entry = { record, endpoint: receiver.url, headers: {}, attempts: 1, nextAttemptAt: 0 };
    storage.setItem(`privacy-consent:outbox:${record.recordId}`, JSON.stringify(entry));
    const otherTab = makeOutbox({ storage });
    const otherFlush = otherTab.flush(); // holds the lease for ~100 ms

    const receipt = await makeOutbox({ storage }).send(record, receiver.url);
    await otherFlush;

    expect(receiver.posts).toHaveLength(2); // never at the same time: the second asks after the first ended
    expect(receiver.stored.size).toBe(1);
    expect(receipt).toEqual({ ...receiver.stored.get(record.recordId), status: 'duplicate' });
    expect(storage.getItem(`privacy-consent:outbox:${record.recordId}`)).toBeNull();
  });

  it('rejects a send() whose record another instance had rejected meanwhile, without sending it', async () => {
    const receiver = await startReceiver();
    receiver.script({ status: 422, body: 'unknown policy', delay: 100 });
    const storage = memoryStorage();
    const record = makeRecord();
    const entry = { record, endpoint: receiver.url, headers: {}, attempts: 0, nextAttemptAt: 0 };
    storage.setItem(`privacy-consent:outbox:${record.recordId}`, JSON.stringify(entry));
    const otherFlush = makeOutbox({ storage }).flush();

    const error = await rejection(makeOutbox({ storage }).send(record, receiver.url));
    await otherFlush;

    expect([error.code, error.status, error.body]).toEqual(['rejected', 422, 'unknown policy']);
    expect(receiver.posts).toHaveLength(1);
  });

  it('stop() clears the retry timer', async () => {
    const receiver = await startReceiver();
    receiver.script({ status: 503 });
    const outbox = makeOutbox({ random: () => 1, backoff: { base: 50, max: 50 } });
    const failure = nextEvent(outbox, 'error');
    void outbox.send(makeRecord(), receiver.url);
    await failure;
    outbox.stop();

    await sleep(200);
    expect(receiver.posts).toHaveLength(1);
    expect(outbox.pending()).toHaveLength(1);
  });

  it('works in Node without localStorage: memory storage, with a warning on first send', async () => {
    expect('localStorage' in globalThis).toBe(false);
    const receiver = await startReceiver();
    const outbox = new Outbox();
    outboxes.push(outbox);
    const warnings = collect(outbox, 'warning');

    const delivery = outbox.send(makeRecord(), receiver.url);
    expect(warnings).toEqual([{ code: 'storage-unavailable' }]);
    expect(outbox.pending()).toHaveLength(1);
    await delivery;

    expect(receiver.stored.size).toBe(1);
    expect(outbox.pending()).toEqual([]);
    expect(warnings).toHaveLength(1);
  });

  it('gives one started outbox per page', async () => {
    const outbox = sharedOutbox();
    outboxes.push(outbox);
    expect(sharedOutbox()).toBe(outbox);
    expect(outbox).toBeInstanceOf(Outbox);
  });
});

describe('retry timing', () => {
  it('backs off exponentially with full jitter, capped at max', () => {
    const backoff = { base: 1000, max: 60_000 };
    expect([1, 2, 3, 7, 8].map((attempt) => backoffDelay(attempt, backoff, () => 1))).toEqual([
      1000, 2000, 4000, 60_000, 60_000,
    ]);
    expect(backoffDelay(3, backoff, () => 0.25)).toBe(1000);
  });

  it('reads Retry-After as seconds or an HTTP date', () => {
    const now = Date.UTC(2026, 10, 22, 1, 0, 0);
    expect(retryAfterMs('120', now)).toBe(120_000);
    expect(retryAfterMs('Sun, 22 Nov 2026 01:00:30 GMT', now)).toBe(30_000);
    expect(retryAfterMs('Sun, 22 Nov 2026 00:00:00 GMT', now)).toBe(0);
    expect(retryAfterMs('soon', now)).toBeUndefined();
    expect(retryAfterMs(null, now)).toBeUndefined();
  });
});

// Keeps the StorageLike contract honest: localStorage's shape, usable as a test double.
describe('memoryStorage', () => {
  it('behaves like Web Storage for the outbox', () => {
    const storage: StorageLike = memoryStorage();
    storage.setItem('a', '1');
    storage.setItem('b', '2');
    storage.removeItem('a');
    expect([storage.length, storage.key(0), storage.getItem('b'), storage.getItem('a')]).toEqual([1, 'b', '2', null]);
  });
});
