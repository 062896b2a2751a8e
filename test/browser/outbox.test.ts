import { expect, waitUntil } from '@open-wc/testing';
import {
  Outbox,
  OutboxError,
  sharedOutbox,
  type OutboxEntry,
  type OutboxEventMap,
  type OutboxOptions,
} from '../../src/consent/outbox.js';
import type { ConsentReceipt, ConsentRecord } from '../../src/consent/record.js';
import { clearOutboxStorage, makeRecord } from './helpers.js';

// ---- a fake receiver behind a fake fetch: stores each recordId once, like the real one ----

interface Call {
  readonly url: string;
  readonly init: RequestInit;
  readonly record: ConsentRecord;
}

const fakeReceiver = () => {
  const stored = new Map<string, ConsentReceipt>();
  const calls: Call[] = [];
  const gates: (() => void)[] = [];
  const state = { offline: false, hangNext: 0, delay: 0 };

  const store = (recordId: string): ConsentReceipt => {
    const first = stored.get(recordId);
    if (first) return { ...first, status: 'duplicate' };
    const receipt: ConsentReceipt = { recordId, receivedAt: new Date().toISOString(), status: 'stored' };
    stored.set(recordId, receipt);
    return receipt;
  };

  /** Held until `release()`, or rejected like the browser does when the request is aborted. */
  const hang = (signal: AbortSignal | null | undefined) =>
    new Promise<void>((resolve, reject) => {
      gates.push(resolve);
      signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
    });

  const fetch = async (input: RequestInfo | URL, init: RequestInit = {}): Promise<Response> => {
    const record = JSON.parse(init.body as string) as ConsentRecord;
    calls.push({ url: String(input), init, record });
    if (state.offline) throw new TypeError('Failed to fetch');
    if (state.hangNext > 0) {
      state.hangNext -= 1;
      await hang(init.signal);
    }
    if (state.delay) await new Promise((resolve) => setTimeout(resolve, state.delay));
    const receipt = store(record.recordId);
    return new Response(JSON.stringify(receipt), { status: 200, headers: { 'content-type': 'application/json' } });
  };

  return { fetch, calls, stored, state, release: () => gates.shift()?.() };
};

// ---- helpers ----

const PREFIX = 'privacy-consent:';
const outboxes: Outbox[] = [];

const makeOutbox = (options: OutboxOptions = {}): Outbox => {
  const outbox = new Outbox({ backoff: { base: 10, max: 100 }, random: () => 0.5, ...options });
  outboxes.push(outbox);
  return outbox;
};

const nextEvent = <K extends keyof OutboxEventMap>(outbox: Outbox, type: K) =>
  new Promise<OutboxEventMap[K]['detail']>((resolve) =>
    outbox.addEventListener(type, (event) => resolve((event as OutboxEventMap[K]).detail), { once: true }),
  );

const pendingKey = (record: ConsentRecord) => `${PREFIX}outbox:${record.recordId}`;

/** Leaves an entry in localStorage that is due now, as a page that closed mid-retry would. */
const leaveEntry = (endpoint: string): ConsentRecord => {
  const record = makeRecord();
  const entry: OutboxEntry = { record, endpoint, headers: {}, attempts: 1, nextAttemptAt: Date.now() };
  localStorage.setItem(pendingKey(record), JSON.stringify(entry));
  return record;
};

/** In a real reload the old page is gone before the new one starts; here, wait for its lock. */
const lockFreed = (record: ConsentRecord) =>
  waitUntil(async () => {
    const { held = [] } = await navigator.locks.query();
    return !held.some((lock) => lock.name === `${PREFIX}send:${record.recordId}`);
  });

beforeEach(clearOutboxStorage);
afterEach(() => {
  for (const outbox of outboxes.splice(0)) outbox.stop();
  clearOutboxStorage();
});

// ---- tests ----

describe('Outbox in the browser', () => {
  it('keeps the entry in localStorage (endpoint made absolute) while in flight and removes it once delivered', async () => {
    const receiver = fakeReceiver();
    receiver.state.hangNext = 1;
    const record = makeRecord();
    const delivery = makeOutbox({ fetch: receiver.fetch }).send(record, '/consent');

    await waitUntil(() => receiver.calls.length === 1);
    expect(JSON.parse(localStorage.getItem(pendingKey(record))!)).to.deep.include({
      record,
      endpoint: new URL('/consent', location.href).href,
    });
    receiver.release();
    const receipt = await delivery;

    expect(receipt).to.deep.equal(receiver.stored.get(record.recordId));
    expect(localStorage.getItem(pendingKey(record))).to.equal(null);
  });

  it('sends with the real fetch and keeps a rejected record under the failed prefix', async () => {
    const record = makeRecord();
    const outbox = makeOutbox(); // global fetch and localStorage
    try {
      // The test server has no such route: a plain 4xx, which must not be retried.
      await outbox.send(record, '/no-such-consent-endpoint', { 'x-csrf-token': 't' });
      expect.fail('should be rejected');
    } catch (error) {
      expect(error).to.be.instanceOf(OutboxError);
      expect((error as OutboxError).code).to.equal('rejected');
      expect((error as OutboxError).status).to.be.within(400, 499);
    }
    expect(localStorage.getItem(pendingKey(record))).to.equal(null);
    expect(JSON.parse(localStorage.getItem(`${PREFIX}failed:${record.recordId}`)!)).to.deep.include({ record });
    expect(outbox.failed().map((entry) => entry.record.recordId)).to.deep.equal([record.recordId]);
    outbox.discard(record.recordId);
    expect(localStorage.getItem(`${PREFIX}failed:${record.recordId}`)).to.equal(null);
  });

  it('waits while offline and delivers when the browser comes back online', async () => {
    const receiver = fakeReceiver();
    receiver.state.offline = true;
    // A backoff far longer than the test: only the online event can bring the delivery.
    const outbox = makeOutbox({ fetch: receiver.fetch, backoff: { base: 60_000, max: 60_000 } });
    await outbox.start();
    const failure = nextEvent(outbox, 'error');
    const delivery = outbox.send(makeRecord(), '/consent');

    const { error, willRetry } = await failure;
    expect([error.code, willRetry]).to.deep.equal(['network', true]);
    receiver.state.offline = false;
    window.dispatchEvent(new Event('online'));
    const receipt = await delivery;

    expect(receipt.status).to.equal('stored');
    expect(receiver.calls).to.have.length(2);
    expect(outbox.pending()).to.deep.equal([]);
  });

  it('hands every pending entry to the browser with keepalive on pagehide', async () => {
    const receiver = fakeReceiver();
    receiver.state.offline = true;
    const outbox = makeOutbox({ fetch: receiver.fetch, backoff: { base: 60_000, max: 60_000 } });
    await outbox.start();
    const records = [makeRecord(), makeRecord()];
    for (const record of records) {
      const failure = nextEvent(outbox, 'error');
      void outbox.send(record, '/consent');
      await failure;
    }

    receiver.state.offline = false;
    window.dispatchEvent(new PageTransitionEvent('pagehide'));
    await waitUntil(() => receiver.stored.size === 2);

    const onHide = receiver.calls.slice(2);
    expect(onHide.map((call) => call.init.keepalive)).to.deep.equal([true, true]);
    expect(onHide.map((call) => call.record.recordId)).to.have.members(records.map((record) => record.recordId));
    await waitUntil(() => outbox.pending().length === 0);
  });

  it('lets the next page deliver a record whose request was in flight, stored once', async () => {
    const receiver = fakeReceiver();
    receiver.state.hangNext = 1;
    const record = makeRecord();
    const pageA = makeOutbox({ fetch: receiver.fetch });
    const deliveryA = pageA.send(record, '/consent');
    await waitUntil(() => receiver.calls.length === 1);
    pageA.stop(); // the page unloads; its request is still on the wire
    await lockFreed(record);

    const pageB = makeOutbox({ fetch: receiver.fetch });
    const deliveredB = nextEvent(pageB, 'delivered');
    await pageB.start();
    expect((await deliveredB).receipt.status).to.equal('stored');
    expect(localStorage.getItem(pendingKey(record))).to.equal(null);

    receiver.release(); // A's request reaches the receiver after all
    expect((await deliveryA).status).to.equal('duplicate');
    expect(receiver.calls).to.have.length(2);
    expect(receiver.stored.size).to.equal(1);
  });

  it('sends one request when two instances flush at once (Web Locks)', async () => {
    const record = leaveEntry('/consent');
    const receiver = fakeReceiver();
    receiver.state.hangNext = 1;
    const [a, b] = [makeOutbox({ fetch: receiver.fetch }), makeOutbox({ fetch: receiver.fetch })];

    const flushes = Promise.all([a.flush(), b.flush()]);
    await waitUntil(() => receiver.calls.length === 1);
    const { held = [] } = await navigator.locks.query();
    expect(held.map((lock) => lock.name)).to.include(`${PREFIX}send:${record.recordId}`);
    receiver.release();
    await flushes;

    expect(receiver.calls).to.have.length(1);
    expect(receiver.stored.size).to.equal(1);
    expect(localStorage.getItem(pendingKey(record))).to.equal(null);
  });

  it('warns and still delivers from memory when localStorage refuses writes', async () => {
    const originalSetItem = Storage.prototype.setItem;
    Storage.prototype.setItem = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    try {
      const receiver = fakeReceiver();
      const outbox = makeOutbox({ fetch: receiver.fetch });
      const warning = nextEvent(outbox, 'warning');
      const record = makeRecord();
      const delivery = outbox.send(record, '/consent');

      expect(await warning).to.deep.equal({ code: 'storage-unavailable' });
      expect(outbox.pending().map((entry) => entry.record.recordId)).to.deep.equal([record.recordId]);
      expect((await delivery).status).to.equal('stored');
      expect(receiver.stored.size).to.equal(1);
    } finally {
      Storage.prototype.setItem = originalSetItem;
    }
  });

  it('gives one started outbox per page', () => {
    const outbox = sharedOutbox();
    outboxes.push(outbox);
    expect(sharedOutbox()).to.equal(outbox);
  });
});
