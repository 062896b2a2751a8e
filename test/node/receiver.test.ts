import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, request, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import type * as Sqlite from 'node-sqlite3-wasm';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ConsentRecord } from '../../src/consent/record.js';
import { validatePolicy, type PrivacyPolicy } from '../../src/policy/index.js';
import {
  connectionClientInfo,
  createConsentReceiver,
  createMemoryStore,
  createSqliteStore,
  knownPolicy,
  loadPolicyFiles,
  policyLookup,
  type ConsentReceiverOptions,
  type ConsentStore,
  type KnownPolicy,
  type StoredConsent,
} from '../../src/server/index.js';
import { minimalPolicy } from '../fixtures/minimal-policy.js';
import seedHashes from '../fixtures/seed-hashes.json';
import { openPostgresStore } from './postgres.js';
import { seedPath } from './seeds.js';
import { recordOf } from './consent-fixtures.js';

// ─── Fixtures ────────────────────────────────────────────────────────────────

let smartro: KnownPolicy; // has children (만 14세) and an advertising item with channels
let qsolution: KnownPolicy; // no age limit
let withNotice: KnownPolicy; // one item processed on contract: a notice, not a checkbox

beforeAll(async () => {
  [smartro, qsolution] = await loadPolicyFiles([seedPath('smartro'), seedPath('qsolution')]);
  const base = minimalPolicy();
  const result = validatePolicy({
    ...base,
    id: 'with-notice',
    consents: [
      ...(base.consents ?? []),
      { id: 'contract-data', category: 'collection', required: true, basis: 'contract', title: '계약 이행' },
    ],
  });
  if (!result.valid) throw new Error(JSON.stringify(result.issues));
  withNotice = await knownPolicy(result.policy);
});

/** A JSON copy to tamper with. */
const mutable = (record: ConsentRecord): Record<string, unknown> & { items: Record<string, unknown>[] } =>
  JSON.parse(JSON.stringify(record)) as Record<string, unknown> & { items: Record<string, unknown>[] };

const tempDirs: string[] = [];
const tempDir = (): string => {
  const dir = mkdtempSync(join(tmpdir(), 'consent-receiver-'));
  tempDirs.push(dir);
  return dir;
};
afterAll(() => tempDirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

const STORES: [string, () => ConsentStore][] = [
  ['SQLite', () => createSqliteStore(join(tempDir(), 'consents.db'))],
  ['memory', () => createMemoryStore()],
  ['PostgreSQL', () => openPostgresStore()],
];

const entryOf = (record: ConsentRecord, receivedAt: string): StoredConsent => ({
  record,
  receipt: { recordId: record.recordId, receivedAt, status: 'stored' },
  receivedAt,
});

// ─── HTTP ────────────────────────────────────────────────────────────────────

interface Answer {
  readonly status: number;
  readonly headers: Headers;
  readonly body: { error?: { code: string; message: string; path?: string; ids?: string[] } } & Record<string, unknown>;
}

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

const listen = async (handler: Handler): Promise<{ server: Server; url: string }> => {
  const server = createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/consent` };
};

const stop = (server: Server): void => {
  server.closeAllConnections();
  server.close();
};

const send = async (url: string, init: RequestInit): Promise<Answer> => {
  const response = await fetch(url, init);
  return { status: response.status, headers: response.headers, body: (await response.json()) as Answer['body'] };
};

const post = (url: string, body: unknown, headers: Record<string, string> = {}): Promise<Answer> =>
  send(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

/**
 * Posts a body in chunks without Content-Length and resolves as soon as the server answers;
 * unless `end`, the body is never finished, so an answer proves the server did not wait for it.
 */
const postChunked = (
  url: string,
  chunk: Buffer,
  times: number,
  end = false,
): Promise<{ status: number; sent: number }> =>
  new Promise((resolve, reject) => {
    let sent = 0;
    const req = request(url, { method: 'POST', headers: { 'content-type': 'application/json' } }, (res) => {
      res.resume();
      resolve({ status: res.statusCode ?? 0, sent });
      req.destroy();
    });
    // The server closes the connection mid-body; that is the point, not a failure.
    req.on('error', (error) => (sent < chunk.length * times || end ? undefined : reject(error)));
    const write = (): void => {
      if (sent >= chunk.length * times) return void (end && req.end());
      sent += chunk.length;
      req.write(chunk, () => setTimeout(write, 5));
    };
    write();
  });

const expectError = (answer: Answer, status: number, code: string, path?: string): void => {
  expect(answer.status).toBe(status);
  expect(answer.body.error?.code).toBe(code);
  expect(answer.body.error?.message).toEqual(expect.any(String));
  if (path !== undefined) expect(answer.body.error?.path).toBe(path);
};

// ─── The store contract is in store-contract.test.ts; SQLite's own file handling here ─────

describe('SQLite store file', () => {
  it('keeps records across close and reopen', async () => {
    const file = join(tempDir(), 'persist.db');
    const record = recordOf(smartro);
    const first = createSqliteStore(file);
    await first.insert(entryOf(record, '2026-11-22T01:00:00.000Z'));
    await first.close?.();
    const reopened = createSqliteStore(file);
    expect(await reopened.count()).toBe(1);
    expect((await reopened.get(record.recordId))?.record).toEqual(record);
    expect(await reopened.insert(entryOf(record, '2026-11-22T02:00:00.000Z'))).toBe('duplicate');
    await reopened.close?.();
  });
});

describe('SQLite store file from an earlier version', () => {
  it('opens a file without the reconfirmation column, keeps its records and adds the column once', async () => {
    const file = join(tempDir(), 'old.db');
    const record = recordOf(smartro);
    const { Database } = createRequire(import.meta.url)('node-sqlite3-wasm') as typeof Sqlite;
    const old = new Database(file);
    old.exec(`
      CREATE TABLE consent_records (
        record_id TEXT PRIMARY KEY NOT NULL, received_at TEXT NOT NULL, policy_id TEXT NOT NULL,
        policy_version TEXT NOT NULL, policy_hash TEXT NOT NULL, subject TEXT, record TEXT NOT NULL, client TEXT
      )`);
    old.run(
      `INSERT INTO consent_records (record_id, received_at, policy_id, policy_version, policy_hash, subject, record, client)
       VALUES (?, ?, ?, ?, ?, ?, ?, NULL)`,
      [
        record.recordId,
        '2026-01-01T00:00:00.000Z',
        record.policy.id,
        record.policy.version,
        record.policy.hash,
        'user-42',
        JSON.stringify(record),
      ],
    );
    old.close();

    const store = createSqliteStore(file);
    expect(await store.get(record.recordId)).toEqual(entryOf(record, '2026-01-01T00:00:00.000Z'));
    const ads = recordOf(smartro, { channels: { 'ad-receipt': ['kakao'] } });
    const reconfirmDueAt = [{ item: 'ad-receipt', channel: 'kakao', due: '2028-11-22' }];
    expect(await store.insert({ ...entryOf(ads, '2026-11-22T01:00:00.000Z'), reconfirmDueAt })).toBe('stored');
    await store.close?.();
    const reopened = createSqliteStore(file);
    expect((await reopened.get(ads.recordId))?.reconfirmDueAt).toEqual(reconfirmDueAt);
    expect(await reopened.count()).toBe(2);
    await reopened.close?.();
  });
});

// ─── The receiver over HTTP, with each store ─────────────────────────────────

const describeReceiver = (name: string, open: () => ConsentStore): void =>
  void describe(`receiver with the ${name} store`, () => {
    let store: ConsentStore;
    let server: Server;
    let url: string;
    const stored = vi.fn();
    const NOW = new Date('2026-11-22T01:15:00.000Z');

    beforeEach(async () => {
      store = open();
      stored.mockClear();
      const receiver = createConsentReceiver({
        policies: [smartro, qsolution, withNotice],
        store,
        now: () => NOW,
        onStored: stored,
      });
      ({ server, url } = await listen((req, res) => void receiver(req, res)));
    });
    afterEach(async () => {
      stop(server);
      await store.close?.();
    });

    it('stores a valid record and answers 201 with the receipt', async () => {
      const record = recordOf(smartro, { grant: ['collect-required', 'marketing'] });
      const answer = await post(url, record, { 'Idempotency-Key': record.recordId });
      expect(answer.status).toBe(201);
      expect(answer.body).toEqual({ recordId: record.recordId, receivedAt: NOW.toISOString(), status: 'stored' });
      expect(answer.headers.get('content-type')).toMatch(/^application\/json/);
      expect((await store.get(record.recordId))?.record).toEqual(record);
      expect(stored).toHaveBeenCalledTimes(1);
    });

    it('stores when each granted advertising channel must be reconfirmed, from its own clock', async () => {
      // The browser's clock is years off; the receiver's time decides.
      const record = recordOf(smartro, {
        channels: { 'ad-receipt': ['sms', 'kakao'] },
        now: new Date('2031-05-05T00:00:00Z'),
      });
      const answer = await post(url, record);
      expect(answer.body).toEqual({ recordId: record.recordId, receivedAt: NOW.toISOString(), status: 'stored' });
      const entry = await store.get(record.recordId);
      expect(entry?.receivedAt).toBe(NOW.toISOString());
      expect(entry?.reconfirmDueAt).toEqual([
        { item: 'ad-receipt', channel: 'sms', due: '2028-11-22' },
        { item: 'ad-receipt', channel: 'kakao', due: '2028-11-22' },
      ]);
      expect(stored).toHaveBeenCalledWith(expect.objectContaining({ reconfirmDueAt: entry?.reconfirmDueAt }));
      const none = recordOf(smartro);
      await post(url, none);
      expect(await store.get(none.recordId)).not.toHaveProperty('reconfirmDueAt');
    });

    it('answers a repeated recordId with the first receipt and stores nothing new', async () => {
      const record = recordOf(qsolution);
      const first = await post(url, record);
      const again = await post(url, { ...record, subject: 'a-different-body' });
      expect(again.status).toBe(200);
      expect(again.body).toEqual({ ...first.body, status: 'duplicate' });
      expect(await store.count()).toBe(1);
      expect((await store.get(record.recordId))?.record.subject).toBe('user-42');
      expect(stored).toHaveBeenCalledTimes(1);
    });

    it('stores exactly one of two concurrent posts of one record', async () => {
      const record = recordOf(qsolution);
      const answers = await Promise.all([post(url, record), post(url, record)]);
      expect(answers.map((answer) => answer.status).sort()).toEqual([200, 201]);
      expect(answers.map((answer) => answer.body.status).sort()).toEqual(['duplicate', 'stored']);
      expect(new Set(answers.map((answer) => answer.body.receivedAt)).size).toBe(1);
      expect(await store.count()).toBe(1);
    });

    it('records the notices of items processed without consent', async () => {
      const record = recordOf(withNotice);
      expect(record.notices).toEqual([{ id: 'contract-data', basis: 'contract' }]);
      expect((await post(url, record)).status).toBe(201);
      expectError(await post(url, { ...recordOf(withNotice), notices: [] }), 422, 'items-mismatch', '$.notices');
      const wrongBasis = { ...recordOf(withNotice), notices: [{ id: 'contract-data', basis: 'law' }] };
      expectError(await post(url, wrongBasis), 422, 'items-mismatch', '$.notices[0]');
    });

    it('refuses a forged policy hash', async () => {
      const record = recordOf(qsolution);
      const forged = { ...record, policy: { ...record.policy, hash: smartro.hash } };
      expectError(await post(url, forged), 422, 'policy-hash-mismatch', '$.policy.hash');
      expect(await store.count()).toBe(0);
    });

    it('refuses an unknown policy id or version', async () => {
      const record = recordOf(qsolution);
      expectError(await post(url, { ...record, policy: { ...record.policy, id: 'nobody' } }), 422, 'unknown-policy');
      const oldVersion = { ...record, policy: { ...record.policy, version: '2001-01-01' } };
      expectError(await post(url, oldVersion), 422, 'unknown-policy', '$.policy');
    });

    it('refuses a record whose required item is not granted', async () => {
      const answer = await post(url, recordOf(qsolution, { grant: ['marketing'] }));
      expectError(answer, 422, 'required-not-granted', '$.items[0].granted');
      expect(answer.body.error?.ids).toEqual(['collect-required']);
    });

    it('refuses items that are not exactly the policy’s consent items', async () => {
      const extra = mutable(recordOf(qsolution));
      extra.items.push({ ...extra.items[1], id: 'invented' });
      expectError(await post(url, extra), 422, 'items-mismatch', `$.items[${extra.items.length - 1}].id`);

      const missing = mutable(recordOf(qsolution));
      missing.items.splice(1, 1);
      expectError(await post(url, missing), 422, 'items-mismatch', '$.items');

      const twice = mutable(recordOf(qsolution));
      twice.items.push(twice.items[0]!);
      expectError(await post(url, twice), 422, 'items-mismatch', `$.items[${twice.items.length - 1}].id`);

      const optionalMadeRequired = mutable(recordOf(qsolution));
      optionalMadeRequired.items[1]!.required = true;
      expectError(await post(url, optionalMadeRequired), 422, 'items-mismatch', '$.items[1].required');

      const wrongCategory = mutable(recordOf(qsolution));
      wrongCategory.items[0]!.category = 'marketing';
      expectError(await post(url, wrongCategory), 422, 'items-mismatch', '$.items[0].category');

      const wrongBasis = mutable(recordOf(qsolution));
      wrongBasis.items[0]!.basis = 'contract';
      expectError(await post(url, wrongBasis), 422, 'items-mismatch', '$.items[0].basis');
      expect(await store.count()).toBe(0);
    });

    it('refuses channel decisions that do not match the advertising item', async () => {
      const record = mutable(recordOf(smartro));
      const ads = record.items.findIndex((item) => item.id === 'ad-receipt');
      record.items[ads]!.channels = [{ id: 'sms', granted: true, night: false }]; // kakao missing
      expectError(await post(url, record), 422, 'items-mismatch', `$.items[${ads}].channels`);

      const night = mutable(recordOf(smartro));
      night.items[ads] = {
        ...night.items[ads],
        granted: true,
        channels: [
          { id: 'sms', granted: true, night: true }, // smartro does not offer night-time consent
          { id: 'kakao', granted: false, night: false },
        ],
      };
      expectError(await post(url, night), 422, 'items-mismatch', `$.items[${ads}].channels[0].night`);

      const channelsOnPlainItem = mutable(recordOf(smartro));
      channelsOnPlainItem.items[0]!.channels = [];
      expectError(await post(url, channelsOnPlainItem), 422, 'items-mismatch', '$.items[0].channels');

      const grantedWithoutChannel = mutable(recordOf(smartro));
      grantedWithoutChannel.items[ads]!.granted = true;
      expectError(await post(url, grantedWithoutChannel), 422, 'items-mismatch', `$.items[${ads}].granted`);
    });

    it('refuses a record without the age confirmation the policy requires', async () => {
      const unconfirmed = recordOf(smartro, { ageConfirmed: false });
      expectError(await post(url, unconfirmed), 422, 'age-not-confirmed', '$.age.confirmed');
      const { age: _age, ...withoutAge } = recordOf(smartro);
      expectError(await post(url, withoutAge), 422, 'age-not-confirmed', '$.age');
      const otherAge = { ...recordOf(smartro), age: { minimumAge: 12, confirmed: true } };
      expectError(await post(url, otherAge), 422, 'age-not-confirmed', '$.age.minimumAge');
    });

    it('refuses a body over 64 KiB with 413, from Content-Length and mid-stream', async () => {
      const record = { ...recordOf(qsolution), subject: 'x'.repeat(100 * 1024) };
      const answer = await post(url, record);
      expectError(answer, 413, 'payload-too-large');
      // Without Content-Length the server must stop and answer while the client is still sending.
      const chunked = await postChunked(url, Buffer.alloc(16 * 1024, 0x20), 7);
      expect(chunked.status).toBe(413);
      expect(chunked.sent).toBeLessThan(16 * 1024 * 7);
      expect(await store.count()).toBe(0);
    });

    it('refuses other content types with 415', async () => {
      const body = JSON.stringify(recordOf(qsolution));
      expectError(
        await send(url, { method: 'POST', headers: { 'content-type': 'text/plain' }, body }),
        415,
        'unsupported-media-type',
      );
      expectError(await send(url, { method: 'POST', body: new Blob([body]) }), 415, 'unsupported-media-type');
      const latin1 = { 'content-type': 'application/json; charset=iso-8859-1' };
      expectError(await send(url, { method: 'POST', headers: latin1, body }), 415, 'unsupported-media-type');
      expect((await post(url, body, { 'content-type': 'application/json; charset=UTF-8' })).status).toBe(201);
    });

    it('refuses GET with 405 and says POST is allowed', async () => {
      const answer = await send(url, { method: 'GET' });
      expectError(answer, 405, 'method-not-allowed');
      expect(answer.headers.get('allow')).toBe('POST');
    });

    it('refuses a body that is not JSON', async () => {
      expectError(await post(url, '{"schema": '), 400, 'invalid-json');
      expectError(await post(url, ''), 400, 'invalid-json');
      expectError(
        await send(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: new Uint8Array([0x22, 0xff, 0x22]),
        }),
        400,
        'invalid-json',
      );
    });

    it('refuses a malformed record with the JSON path of the problem', async () => {
      const wrongType = mutable(recordOf(qsolution));
      wrongType.items[2]!.granted = 'yes';
      expectError(await post(url, wrongType), 400, 'invalid-record', '$.items[2].granted');
      expectError(
        await post(url, { ...recordOf(qsolution), recordId: 'not-a-uuid' }),
        400,
        'invalid-record',
        '$.recordId',
      );
      expectError(await post(url, { ...recordOf(qsolution), schema: 'other@2' }), 400, 'invalid-record', '$.schema');
      expectError(await post(url, { ...recordOf(qsolution), ip: '10.0.0.1' }), 400, 'invalid-record', '$.ip');
      const { locale: _locale, ...noLocale } = recordOf(qsolution);
      expectError(await post(url, noLocale), 400, 'invalid-record', '$.locale');
      expectError(await post(url, [1, 2]), 400, 'invalid-record', '$');
      // A resident registration number must never become the subject (PIPA 24-2).
      expectError(
        await post(url, { ...recordOf(qsolution), subject: '900101-1234567' }),
        400,
        'invalid-record',
        '$.subject',
      );
      expect(await store.count()).toBe(0);
    });

    it('refuses an Idempotency-Key that is not the recordId', async () => {
      const record = recordOf(qsolution);
      const answer = await post(url, record, { 'Idempotency-Key': crypto.randomUUID() });
      expectError(answer, 400, 'idempotency-key-mismatch');
      expect(await store.count()).toBe(0);
    });
  });

for (const [name, open] of STORES) describeReceiver(name, open);

// ─── Options and hosts ───────────────────────────────────────────────────────

describe('receiver options', () => {
  let server: Server | undefined;
  afterEach(() => server && stop(server));

  const serve = async (options: ConsentReceiverOptions, wrap?: (handler: Handler) => Handler) => {
    const receiver = createConsentReceiver(options);
    const handler: Handler = (req, res) => void receiver(req, res);
    const started = await listen(wrap ? wrap(handler) : handler);
    server = started.server;
    return started.url;
  };

  it('takes a lookup function for the known policies', async () => {
    const lookup = vi.fn(async (id: string, version: string) =>
      id === qsolution.policy.id && version === qsolution.policy.version ? qsolution : undefined,
    );
    const url = await serve({ policies: lookup, store: createMemoryStore() });
    expect((await post(url, recordOf(qsolution))).status).toBe(201);
    expectError(await post(url, recordOf(smartro)), 422, 'unknown-policy');
    expect(lookup).toHaveBeenCalledWith('smartro', smartro.policy.version);
  });

  it('uses a body an Express-style parser already read', async () => {
    const store = createMemoryStore();
    const record = recordOf(qsolution);
    const parseFirst =
      (handler: Handler): Handler =>
      (req, res) => {
        const chunks: Buffer[] = [];
        req.on('data', (chunk: Buffer) => chunks.push(chunk));
        req.on('end', () => {
          Object.assign(req, { body: JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown });
          handler(req, res);
        });
      };
    const url = await serve({ policies: [qsolution], store }, parseFirst);
    expect((await post(url, record)).status).toBe(201);
    expect((await store.get(record.recordId))?.record).toEqual(record);
  });

  it('takes a raw body a framework kept, and refuses a body it read and dropped', async () => {
    const store = createMemoryStore();
    let keep: (bytes: Buffer) => unknown = (bytes) => bytes;
    const readFirst =
      (handler: Handler): Handler =>
      (req, res) => {
        const chunks: Buffer[] = [];
        req.on('data', (chunk: Buffer) => chunks.push(chunk));
        req.on('end', () => {
          Object.assign(req, { body: keep(Buffer.concat(chunks)) });
          handler(req, res);
        });
      };
    const url = await serve({ policies: [qsolution], store, maxBytes: 4096 }, readFirst);
    expect((await post(url, recordOf(qsolution))).status).toBe(201);
    keep = (bytes) => bytes.toString('utf8');
    expect((await post(url, recordOf(qsolution))).status).toBe(201);
    // Chunked, so the size is only known once the framework has read it all.
    const large = JSON.stringify({ ...recordOf(qsolution), subject: 'x'.repeat(5000) });
    expect((await postChunked(url, Buffer.from(large), 1, true)).status).toBe(413);
    keep = () => undefined;
    expectError(await post(url, recordOf(qsolution)), 400, 'invalid-json');
    expect(await store.count()).toBe(2);
  });

  it('answers the winner’s receipt when a concurrent post wins between lookup and insert', async () => {
    const sqlite = createSqliteStore(join(tempDir(), 'race.db'));
    // Both requests look before either inserts, so the primary key has to decide.
    const slowGet: ConsentStore = {
      ...sqlite,
      get: async (recordId) => {
        const found = await sqlite.get(recordId);
        await new Promise((resolve) => setTimeout(resolve, 30));
        return found;
      },
    };
    const url = await serve({ policies: [qsolution], store: slowGet });
    const record = recordOf(qsolution);
    const answers = await Promise.all([post(url, record), post(url, record), post(url, record)]);
    expect(answers.map((answer) => answer.body.status).sort()).toEqual(['duplicate', 'duplicate', 'stored']);
    expect(new Set(answers.map((answer) => answer.body.receivedAt)).size).toBe(1);
    expect(await sqlite.count()).toBe(1);
    await sqlite.close?.();
  });

  it('stores client info only when the host opts in', async () => {
    const store = createMemoryStore();
    const url = await serve({ policies: [qsolution], store, clientInfo: connectionClientInfo });
    const record = recordOf(qsolution);
    await post(url, record, { 'user-agent': 'receiver-test' });
    expect((await store.get(record.recordId))?.client).toEqual({ ip: '127.0.0.1', userAgent: 'receiver-test' });
  });

  it('answers 500 when the store fails, or hands the error to next', async () => {
    const failing: ConsentStore = { ...createMemoryStore(), append: () => Promise.reject(new Error('disk full')) };
    const url = await serve({ policies: [qsolution], store: failing });
    expectError(await post(url, recordOf(qsolution)), 500, 'internal-error');

    const receiver = createConsentReceiver({ policies: [qsolution], store: failing });
    const next = vi.fn();
    const { server: other, url: otherUrl } = await listen((req, res) => {
      void receiver(req, res, (error) => {
        next(error);
        res.statusCode = 503;
        res.end('{}');
      });
    });
    expect((await post(otherUrl, recordOf(qsolution))).status).toBe(503);
    expect(next).toHaveBeenCalledWith(expect.objectContaining({ message: 'disk full' }));
    stop(other);
  });

  it('dates reconfirmation by the Korean calendar: 29 February becomes 28 February two years on', async () => {
    const store = createMemoryStore();
    // 15:30 UTC on the 28th is 00:30 on 29 February in Seoul.
    const url = await serve({ policies: [smartro], store, now: () => new Date('2024-02-28T15:30:00.000Z') });
    const record = recordOf(smartro, { channels: { 'ad-receipt': ['sms'] } });
    expect((await post(url, record)).status).toBe(201);
    expect((await store.get(record.recordId))?.reconfirmDueAt).toEqual([
      { item: 'ad-receipt', channel: 'sms', due: '2026-02-28' },
    ]);
  });

  it('checks age 14 even where the policy says 13', async () => {
    const result = validatePolicy({
      ...minimalPolicy(),
      id: 'age-13',
      children: { minimumAge: 13, handling: 'not-offered' },
    });
    if (!result.valid) throw new Error(JSON.stringify(result.issues));
    const known = await knownPolicy(result.policy);
    const url = await serve({ policies: [known], store: createMemoryStore() });
    const record = recordOf(known);
    expect(record.age).toEqual({ minimumAge: 14, confirmed: true });
    expect((await post(url, record)).status).toBe(201);
    const thirteen = { ...recordOf(known), age: { minimumAge: 13, confirmed: true } };
    expectError(await post(url, thirteen), 422, 'age-not-confirmed', '$.age.minimumAge');
  });

  it('refuses two documents for one policy version', () => {
    expect(() => policyLookup([qsolution, qsolution])).toThrow(/qsolution@/);
  });
});

describe('loadPolicyFiles', () => {
  it('names the file that is not a valid policy', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'broken.json'), JSON.stringify({ schemaVersion: 1, id: 'x' }));
    writeFileSync(join(dir, 'text.json'), 'not json');
    await expect(loadPolicyFiles([join(dir, 'broken.json')])).rejects.toThrow(/broken\.json is not a valid policy/);
    await expect(loadPolicyFiles([join(dir, 'text.json')])).rejects.toThrow(/text\.json/);
  });

  it('hashes what policyHash gives', async () => {
    const policy: PrivacyPolicy = minimalPolicy();
    const { hash } = await knownPolicy(policy);
    expect(hash).toMatch(/^sha256-[A-Za-z0-9+/]{43}=$/);
    expect(smartro.hash).toBe(seedHashes.smartro);
  });
});
