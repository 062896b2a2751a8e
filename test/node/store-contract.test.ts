/**
 * The store contract (src/server/store.ts), one suite run against every store that ships:
 * memory, SQLite and PostgreSQL (a real server: the run's throwaway cluster, postgres-setup.ts).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ConsentRecord } from '../../src/consent/record.js';
import {
  createMemoryStore,
  createPostgresStore,
  createSqliteStore,
  type ConsentStore,
  type StoredConsent,
} from '../../src/server/index.js';
import { entryOf, loadPolicies, recordOf, type Policies } from './consent-fixtures.js';
import { freshSchema, openPostgresStore, postgresUrl } from './postgres.js';

let p: Policies;
beforeAll(async () => {
  p = await loadPolicies();
});

const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
const sqliteFile = (): string => {
  const dir = mkdtempSync(join(tmpdir(), 'consent-store-'));
  dirs.push(dir);
  return join(dir, 'consents.db');
};

const STORES: [string, () => ConsentStore][] = [
  ['memory', () => createMemoryStore()],
  ['SQLite', () => createSqliteStore(sqliteFile())],
  ['PostgreSQL', () => openPostgresStore()],
];

const ids = (entries: readonly StoredConsent[]) => entries.map((entry) => entry.record.recordId);

describe.each(STORES)('%s store', (_name, open) => {
  let store: ConsentStore;
  beforeEach(() => {
    store = open();
  });
  afterEach(async () => {
    await store.close?.();
  });

  /** Appends records at the given receiver times, in order. */
  const appendAll = async (...entries: [ConsentRecord, string][]) => {
    for (const [record, at] of entries) expect((await store.append(entryOf(record, at))).status).toBe('stored');
  };

  describe('append and get', () => {
    it('stores once per recordId and answers a repeat with the first entry', async () => {
      const record = recordOf(p.qsolution);
      const first = entryOf(record, '2026-11-22T01:00:00.000Z');
      expect(await store.append(first)).toEqual({ status: 'stored', entry: first });
      const again = await store.append(entryOf({ ...record, subject: 'someone-else' }, '2026-11-22T02:00:00.000Z'));
      expect(again).toEqual({ status: 'duplicate', entry: first });
      expect(await store.get(record.recordId)).toEqual(first);
      expect(await store.count()).toBe(1);
      expect(await store.get('00000000-0000-4000-8000-000000000000')).toBeUndefined();
    });

    it('lets exactly one of concurrent appends of one id win, and all answer with its entry', async () => {
      const record = recordOf(p.qsolution);
      const results = await Promise.all(
        Array.from({ length: 8 }, (_, i) => store.append(entryOf(record, `2026-11-22T01:00:0${i}.000Z`))),
      );
      const stored = results.filter((result) => result.status === 'stored');
      expect(stored).toHaveLength(1);
      expect(new Set(results.map((result) => result.entry.receivedAt))).toEqual(new Set([stored[0]!.entry.receivedAt]));
      expect(await store.count()).toBe(1);
    });

    it('keeps insert, list and count working: newest first, with limit and offset', async () => {
      const records = [recordOf(p.qsolution), recordOf(p.qsolution), recordOf(p.qsolution)];
      expect(await store.insert(entryOf(records[0]!, '2026-11-22T01:00:00.000Z'))).toBe('stored');
      expect(await store.insert(entryOf(records[0]!, '2026-11-22T05:00:00.000Z'))).toBe('duplicate');
      await store.insert(entryOf(records[1]!, '2026-11-22T03:00:00.000Z'));
      await store.insert(entryOf(records[2]!, '2026-11-22T03:00:00.000Z')); // same time: later insert first
      expect(ids(await store.list())).toEqual([records[2]!, records[1]!, records[0]!].map((r) => r.recordId));
      expect(ids(await store.list({ limit: 1, offset: 1 }))).toEqual([records[1]!.recordId]);
      expect(ids(await store.list({ offset: 2 }))).toEqual([records[0]!.recordId]);
      expect(await store.count()).toBe(3);
    });

    it('keeps the reconfirmation dates and client info only when given, and hands out copies', async () => {
      const [plain, ads] = [recordOf(p.smartro), recordOf(p.smartro, { channels: { 'ad-receipt': ['sms'] } })];
      const reconfirmDueAt = [{ item: 'ad-receipt', channel: 'sms', due: '2028-11-22' }];
      const client = { ip: '127.0.0.1', userAgent: 'test' };
      await store.append(entryOf(plain, '2026-11-22T01:00:00.000Z'));
      await store.append({ ...entryOf(ads, '2026-11-22T01:00:00.000Z'), reconfirmDueAt, client });
      expect(await store.get(plain.recordId)).not.toHaveProperty('reconfirmDueAt');
      expect(await store.get(plain.recordId)).not.toHaveProperty('client');
      expect(await store.get(ads.recordId)).toMatchObject({ reconfirmDueAt, client });
      const copy = (await store.get(plain.recordId)) as { record: { subject?: string } };
      copy.record.subject = 'tampered';
      expect((await store.get(plain.recordId))?.record.subject).toBe('user-42');
    });
  });

  describe('history', () => {
    it('lists every record of a subject, oldest first, same times in append order', async () => {
      const [a, b, c] = [recordOf(p.smartro), recordOf(p.smartro, { event: 'change' }), recordOf(p.qsolution)];
      const other = recordOf(p.smartro, { subject: 'user-7' });
      await appendAll(
        [b, '2026-11-23T00:00:00.000Z'],
        [a, '2026-11-22T00:00:00.000Z'],
        [other, '2026-11-22T00:00:00.000Z'],
      );
      await appendAll([c, '2026-11-23T00:00:00.000Z']);
      expect(ids(await store.history('user-42'))).toEqual([a, b, c].map((r) => r.recordId));
      expect(ids(await store.history('user-7'))).toEqual([other.recordId]);
      expect(await store.history('nobody')).toEqual([]);
      expect((await store.history('user-42'))[0]).toEqual(entryOf(a, '2026-11-22T00:00:00.000Z'));
    });
  });

  describe('state', () => {
    it('is the latest decision per item and channel, with when, how and under which policy', async () => {
      const grant = recordOf(p.smartro, {
        grant: ['collect-required', 'marketing'],
        channels: { 'ad-receipt': ['sms', 'kakao'] },
      });
      const change = recordOf(p.smartro, { event: 'change', only: ['marketing'], grant: [] });
      const reconsent = recordOf(p.smartroNext, {
        event: 'reconsent',
        grant: ['collect-required', 'collect-optional'],
        channels: { 'ad-receipt': ['sms'] },
      });
      const withdraw = recordOf(p.smartroNext, { event: 'withdraw', only: ['collect-optional'] });
      await appendAll(
        [grant, '2026-11-22T01:00:00.000Z'],
        [change, '2027-01-05T01:00:00.000Z'],
        [reconsent, '2027-02-01T01:00:00.000Z'],
        [withdraw, '2027-03-01T01:00:00.000Z'],
      );
      const state = await store.state('user-42');
      expect(state.subject).toBe('user-42');
      expect(state.updatedAt).toBe('2027-03-01T01:00:00.000Z');
      const item = (id: string) => state.items.find((entry) => entry.id === id);
      expect(state.items.map((entry) => entry.id)).toEqual([
        'collect-required',
        'collect-optional',
        'provide-third-party',
        'marketing',
        'ad-receipt',
      ]);
      const next = { id: 'smartro', version: '2027-01-01' };
      expect(item('collect-required')).toEqual({
        id: 'collect-required',
        category: 'collection',
        required: true,
        granted: true,
        decidedAt: '2027-02-01T01:00:00.000Z',
        event: 'reconsent',
        recordId: reconsent.recordId,
        policy: next,
      });
      expect(item('collect-optional')).toMatchObject({ granted: false, event: 'withdraw', policy: next });
      // The change was the latest decision on marketing; the reconsent after it refused it too.
      expect(item('marketing')).toMatchObject({ granted: false, event: 'reconsent' });
      expect(item('ad-receipt')).toMatchObject({ granted: true, decidedAt: '2027-02-01T01:00:00.000Z' });
      expect(item('ad-receipt')?.channels).toEqual([
        {
          id: 'sms',
          granted: true,
          night: false,
          decidedAt: '2027-02-01T01:00:00.000Z',
          event: 'reconsent',
          recordId: reconsent.recordId,
          policy: next,
        },
        {
          id: 'kakao',
          granted: false,
          night: false,
          decidedAt: '2027-02-01T01:00:00.000Z',
          event: 'reconsent',
          recordId: reconsent.recordId,
          policy: next,
        },
      ]);
    });

    it('keeps the items of different policies apart, and knows nobody it has no record of', async () => {
      await appendAll(
        [recordOf(p.smartro, { grant: ['collect-required', 'marketing'] }), '2026-11-22T01:00:00.000Z'],
        [recordOf(p.qsolution, { grant: ['collect-required'] }), '2026-11-22T02:00:00.000Z'],
      );
      const state = await store.state('user-42');
      const marketing = state.items.filter((item) => item.id === 'marketing');
      expect(marketing.map((item) => [item.policy.id, item.granted])).toEqual([
        ['smartro', true],
        ['qsolution', false],
      ]);
      expect(await store.state('nobody')).toEqual({ subject: 'nobody', items: [] });
    });
  });

  describe('dueForReconfirmation', () => {
    it('lists granted advertising channels two years after the Korean day of the latest decision', async () => {
      const ads = (subject: string, channels: string[], event?: 'change' | 'reconfirm') =>
        recordOf(p.smartro, {
          subject,
          channels: { 'ad-receipt': channels },
          ...(event ? { event, only: ['ad-receipt'], grant: [] } : {}),
        });
      await appendAll(
        // 15:30 UTC on 21 November is 22 November in Seoul.
        [ads('kim', ['sms', 'kakao']), '2026-11-21T15:30:00.000Z'],
        [ads('kim', ['sms'], 'change'), '2027-03-01T01:00:00.000Z'], // kakao refused, sms given again
        [ads('lee', ['kakao']), '2026-11-21T14:59:00.000Z'], // 21 November in Seoul
        [ads('park', ['sms']), '2024-02-28T16:00:00.000Z'], // 29 February 2024 in Seoul
        [ads('choi', ['sms']), '2026-01-01T00:00:00.000Z'],
        [recordOf(p.smartro, { subject: 'choi', event: 'withdraw', only: ['ad-receipt'] }), '2026-06-01T00:00:00.000Z'],
        [ads('jung', ['sms']), '2026-01-01T00:00:00.000Z'],
        [ads('jung', ['sms'], 'reconfirm'), '2027-12-31T00:00:00.000Z'],
        [recordOf(p.smartro, { subject: 'nobody-ads' }), '2020-01-01T00:00:00.000Z'],
      );
      const due = (asOf: string | Date) =>
        store.dueForReconfirmation(asOf).then((list) => list.map((entry) => [entry.subject, entry.channel, entry.due]));
      expect(await due('2026-02-27')).toEqual([]);
      expect(await due('2026-02-28')).toEqual([['park', 'sms', '2026-02-28']]);
      expect(await due('2028-11-21')).toEqual([
        ['park', 'sms', '2026-02-28'],
        ['lee', 'kakao', '2028-11-21'],
      ]);
      // An instant counts by its Korean date: 15:00 UTC on 21 November is 22 November in Seoul.
      expect(await due(new Date('2028-11-21T15:00:00.000Z'))).toEqual(await due('2028-11-22'));
      expect(await due('2029-03-01')).toEqual([
        ['park', 'sms', '2026-02-28'],
        ['lee', 'kakao', '2028-11-21'],
        ['kim', 'sms', '2029-03-01'],
      ]);
      const [first] = await store.dueForReconfirmation('2026-02-28');
      expect(first).toEqual({
        subject: 'park',
        policy: { id: 'smartro', version: p.smartro.policy.version },
        item: 'ad-receipt',
        channel: 'sms',
        decidedAt: '2024-02-28T16:00:00.000Z',
        due: '2026-02-28',
      });
      expect((await store.dueForReconfirmation('2029-12-31')).map((entry) => entry.subject)).not.toContain('choi');
      expect((await due('2029-12-31')).find(([subject]) => subject === 'jung')).toEqual(['jung', 'sms', '2029-12-31']);
    });
  });
});

describe('PostgreSQL store', () => {
  it('creates its table once when many stores start at the same time (advisory lock)', async () => {
    const schema = freshSchema();
    const stores = Array.from({ length: 6 }, () => openPostgresStore(schema));
    try {
      const record = recordOf(p.qsolution);
      const results = await Promise.all(
        stores.map((store) => store.append(entryOf(record, '2026-11-22T01:00:00.000Z'))),
      );
      expect(results.filter((result) => result.status === 'stored')).toHaveLength(1);
      expect(await Promise.all(stores.map((store) => store.count()))).toEqual(stores.map(() => 1));
    } finally {
      await Promise.all(stores.map((store) => store.close?.()));
    }
  });

  it('uses a pool the host passes, and leaves it open on close', async () => {
    const { default: pg } = await import('pg');
    const pool = new pg.Pool({ connectionString: postgresUrl(), max: 2 });
    try {
      const store = createPostgresStore({ pool, schema: freshSchema() });
      await store.append(entryOf(recordOf(p.qsolution), '2026-11-22T01:00:00.000Z'));
      await store.close?.();
      await expect(store.count()).rejects.toThrow(/closed/);
      expect((await pool.query('SELECT 1 AS one')).rows).toEqual([{ one: 1 }]);
    } finally {
      await pool.end();
    }
  });

  it('refuses a schema name it would have to quote', () => {
    expect(() => createPostgresStore({ connectionString: 'postgres://x', schema: 'a; DROP TABLE x' })).toThrow(
      /schema name/,
    );
  });
});
