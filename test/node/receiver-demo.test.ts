import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildRecord } from '../../src/consent/build-record.js';
import { consentForm } from '../../src/consent/form-model.js';
import { memberDecisions } from '../../src/consent/member.js';
import type { SubjectState } from '../../src/consent/member-state.js';
import { policyHash } from '../../src/policy/index.js';
import { loadPolicyFiles, type StoredConsent } from '../../src/server/index.js';
import { changedPolicy } from '../../demo/account-policy.js';
import { demoServer } from '../../demo/server/vite-plugin.js';
import pg from 'pg';
import { postgresUrl } from './postgres.js';
import { seedPath } from './seeds.js';

// The demo plugin on a real Vite dev server, rooted in a temp copy of demo/policies so the
// test never writes to the demo's own database.
let root: string;
let server: ViteDevServer;
let base: string;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'consent-demo-'));
  cpSync(new URL('../../demo/policies', import.meta.url), join(root, 'policies'), { recursive: true });
  server = await createServer({
    root,
    configFile: false,
    logLevel: 'silent',
    plugins: [demoServer()],
    server: { host: '127.0.0.1', port: 0 },
  });
  await server.listen();
  base = `http://127.0.0.1:${(server.httpServer!.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await server.close();
  rmSync(root, { recursive: true, force: true });
});

const postRecord = async (seed: string) => {
  const [known] = await loadPolicyFiles([seedPath(seed)]);
  const { policy, hash } = known!;
  const form = consentForm(policy);
  const record = buildRecord({
    policy,
    hash,
    form,
    decisions: { 'collect-required': { granted: true } },
    ageConfirmed: true,
    locale: 'ko',
  });
  const response = await fetch(`${base}/api/consent`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(record),
  });
  return { status: response.status, record };
};

describe('demoServer()', () => {
  it('stores records posted to /api/consent in .data/consents.db', async () => {
    const { status } = await postRecord('smartro');
    expect(status).toBe(201);
    expect(existsSync(join(root, '.data', 'consents.db'))).toBe(true);
  });

  it('lists stored records newest first at /api/receipts', async () => {
    const { record: later } = await postRecord('qsolution');
    const response = await fetch(`${base}/api/receipts`);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    const entries = (await response.json()) as StoredConsent[];
    // Oldest last: the account page's member, seeded when the server started.
    expect(entries.map((entry) => entry.record.policy.id)).toEqual(['qsolution', 'smartro', 'demo-shop']);
    expect(entries.at(-1)!.record.subject).toBe('demo-member');
    expect(entries[0]!.record).toEqual(later);
    expect((await fetch(`${base}/api/receipts`, { method: 'POST' })).status).toBe(405);
  });

  it('answers the demo member’s state and history (a stand-in authorize hook), and no one else’s', async () => {
    const state = (await (await fetch(`${base}/api/consent/state?subject=demo-member`)).json()) as SubjectState;
    expect(state.items.find((item) => item.id === 'ads')!.channels!.map((c) => [c.id, c.granted])).toEqual([
      ['sms', true],
      ['email', true],
      ['push', false],
    ]);
    const history = await fetch(`${base}/api/consent/history?subject=demo-member`);
    expect(((await history.json()) as { records: StoredConsent[] }).records).toHaveLength(1);
    expect((await fetch(`${base}/api/consent/state?subject=someone`)).status).toBe(403);
  });

  it('knows the account page’s simulated policy change', async () => {
    const [known] = await loadPolicyFiles([new URL('../../demo/policies/demo-shop.json', import.meta.url).pathname]);
    const policy = changedPolicy(known!.policy);
    const form = consentForm(policy);
    const record = buildRecord({
      policy,
      hash: await policyHash(policy),
      form,
      decisions: memberDecisions(form, undefined, policy.id),
      event: 'reconsent',
      subject: 'demo-member',
      locale: 'ko',
    });
    const response = await fetch(`${base}/api/consent`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(record),
    });
    expect(response.status).toBe(201);
  });

  it('knows all five seed policies and refuses GET on the receiver', async () => {
    for (const seed of ['sellmate', 'smallticket', 'esolutiontg']) expect((await postRecord(seed)).status).toBe(201);
    expect((await fetch(`${base}/api/consent`)).status).toBe(405);
  });
});

describe('demoServer() with DATABASE_URL', () => {
  it('stores in PostgreSQL instead of the SQLite file', async () => {
    const database = `demo_${process.pid}_${Date.now()}`;
    const admin = new pg.Client({ connectionString: postgresUrl() });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${database}`);
    await admin.end();
    const url = postgresUrl().replace(/\/postgres$/, `/${database}`);
    const pgRoot = mkdtempSync(join(tmpdir(), 'consent-demo-pg-'));
    cpSync(new URL('../../demo/policies', import.meta.url), join(pgRoot, 'policies'), { recursive: true });
    process.env.DATABASE_URL = url;
    const pgServer = await createServer({
      root: pgRoot,
      configFile: false,
      logLevel: 'silent',
      plugins: [demoServer()],
      server: { host: '127.0.0.1', port: 0 },
    });
    try {
      await pgServer.listen();
      const pgBase = `http://127.0.0.1:${(pgServer.httpServer!.address() as AddressInfo).port}`;
      const [known] = await loadPolicyFiles([seedPath('smartro')]);
      const record = buildRecord({
        ...known!,
        form: consentForm(known!.policy),
        decisions: { 'collect-required': { granted: true } },
        ageConfirmed: true,
        locale: 'ko',
      });
      const response = await fetch(`${pgBase}/api/consent`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(record),
      });
      expect(response.status).toBe(201);
      const receipts = (await (await fetch(`${pgBase}/api/receipts`)).json()) as StoredConsent[];
      expect(receipts.map((entry) => entry.record.recordId)).toEqual([record.recordId, receipts[1]!.record.recordId]);
      expect(receipts[1]!.record.subject).toBe('demo-member');
      expect(existsSync(join(pgRoot, '.data'))).toBe(false);
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      const { rows } = await client.query('SELECT record_id FROM consent_records');
      await client.end();
      expect(rows).toHaveLength(2);
      expect(rows).toContainEqual({ record_id: record.recordId });
    } finally {
      delete process.env.DATABASE_URL;
      await pgServer.close();
      rmSync(pgRoot, { recursive: true, force: true });
    }
  });
});
