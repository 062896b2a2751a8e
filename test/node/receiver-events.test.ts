/**
 * After signup (issue 13): what the receiver accepts for each event (change, withdraw,
 * reconsent, reconfirm), guardian consent for children, the state and history endpoints behind
 * the host's authorize hook, and CORS.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { toKantaraReceipt } from '../../src/consent/kantara.js';
import type { ConsentRecord } from '../../src/consent/record.js';
import {
  createConsentReceiver,
  createMemoryStore,
  type ConsentReceiverOptions,
  type ConsentStore,
  type SubjectState,
} from '../../src/server/index.js';
import { loadPolicies, recordOf, type Policies } from './consent-fixtures.js';

let p: Policies;
beforeAll(async () => {
  p = await loadPolicies();
});

const NOW = new Date('2026-11-22T01:15:00.000Z');

let server: Server | undefined;
afterEach(() => {
  server?.closeAllConnections();
  server?.close();
  server = undefined;
});

/** A receiver on a free port, with the memory store unless given; returns its base URL. */
const serve = async (options: Partial<ConsentReceiverOptions> = {}) => {
  const store = options.store ?? createMemoryStore();
  const receiver = createConsentReceiver({
    policies: [p.smartro, p.smartroNext, p.qsolution, p.guardian],
    now: () => NOW,
    ...options,
    store,
  });
  server = createServer((req, res) => void receiver(req, res));
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/consent`, store };
};

interface Answer {
  readonly status: number;
  readonly headers: Headers;
  readonly body: { error?: { code: string; message: string; path?: string; ids?: string[] } } & Record<string, unknown>;
}

const send = async (url: string, init: RequestInit = {}): Promise<Answer> => {
  const response = await fetch(url, init);
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text ? (JSON.parse(text) as Answer['body']) : {} };
};

const post = (url: string, record: unknown, headers: Record<string, string> = {}) =>
  send(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(record),
  });

const expectError = (answer: Answer, status: number, code: string, path?: string): void => {
  expect([answer.status, answer.body.error?.code]).toEqual([status, code]);
  if (path !== undefined) expect(answer.body.error?.path).toBe(path);
};

const without = <K extends keyof ConsentRecord>(record: ConsentRecord, key: K): Omit<ConsentRecord, K> => {
  const { [key]: _dropped, ...rest } = record;
  return rest;
};

describe('events', () => {
  it('takes a record without an event as a grant, and an explicit grant the same', async () => {
    const { url, store } = await serve();
    expect((await post(url, recordOf(p.smartro))).status).toBe(201);
    expect((await post(url, { ...recordOf(p.smartro), event: 'grant' })).status).toBe(201);
    expect(await store.count()).toBe(2);
    expectError(await post(url, { ...recordOf(p.smartro), event: 'delete' }), 400, 'invalid-record', '$.event');
  });

  it('change: some optional items; a required one only as granted; never anonymous', async () => {
    const { url, store } = await serve();
    const change = recordOf(p.smartro, {
      event: 'change',
      only: ['marketing', 'ad-receipt'],
      channels: { 'ad-receipt': ['kakao'] },
    });
    expect(change.items.map((item) => item.id)).toEqual(['marketing', 'ad-receipt']);
    expect((await post(url, change)).status).toBe(201);
    expect((await store.get(change.recordId))?.reconfirmDueAt).toEqual([
      { item: 'ad-receipt', channel: 'kakao', due: '2028-11-22' },
    ]);
    // The whole form again, the required item still granted: a change too.
    expect((await post(url, recordOf(p.smartro, { event: 'change' }))).status).toBe(201);

    const refusesRequired = await post(
      url,
      recordOf(p.smartro, { event: 'change', only: ['collect-required'], grant: [] }),
    );
    expectError(refusesRequired, 422, 'required-not-granted', '$.items[0].granted');
    expect(refusesRequired.body.error?.message).toMatch(/withdraw|leaving/);
    expectError(
      await post(url, without(recordOf(p.smartro, { event: 'change', only: ['marketing'] }), 'subject')),
      422,
      'event-mismatch',
      '$.subject',
    );
    expectError(await post(url, recordOf(p.smartro, { event: 'change', only: [] })), 422, 'items-mismatch', '$.items');
    const invented = { ...recordOf(p.smartro, { event: 'change', only: ['marketing'] }) };
    expectError(
      await post(url, { ...invented, items: [{ ...invented.items[0]!, id: 'invented' }] }),
      422,
      'items-mismatch',
      '$.items[0].id',
    );
  });

  it('withdraw: refuses only; a required item means leaving, so it names every item', async () => {
    const { url, store } = await serve();
    const optional = recordOf(p.smartro, { event: 'withdraw', only: ['marketing', 'ad-receipt'] });
    expect(optional.items.every((item) => !item.granted)).toBe(true);
    expect((await post(url, optional)).status).toBe(201);
    expect(await store.get(optional.recordId)).not.toHaveProperty('reconfirmDueAt');

    const grants = recordOf(p.smartro, { event: 'withdraw', only: ['marketing'], grant: ['marketing'] });
    expectError(await post(url, grants), 422, 'event-mismatch', '$.items[0].granted');
    const requiredAlone = recordOf(p.smartro, { event: 'withdraw', only: ['collect-required'] });
    expectError(await post(url, requiredAlone), 422, 'event-mismatch', '$.items');

    // Leaving the service: every item withdrawn, the required one included (PIPA 37(1)).
    const leaving = recordOf(p.smartro, { event: 'withdraw' });
    expect((await post(url, leaving)).status).toBe(201);
    // Nobody is kept from withdrawing by the age question.
    const child = without(recordOf(p.smartro, { event: 'withdraw', only: ['marketing'], ageConfirmed: false }), 'age');
    expect((await post(url, child)).status).toBe(201);
    expect(toKantaraReceipt(leaving, p.smartro.policy)['x-kr']).toMatchObject({
      event: 'withdraw',
      refused: leaving.items.map((item) => item.id),
    });
  });

  it('reconsent: every item of the new document, required ones granted', async () => {
    const { url } = await serve();
    const reconsent = recordOf(p.smartroNext, { event: 'reconsent', grant: ['collect-required', 'marketing'] });
    expect((await post(url, without(reconsent, 'age'))).status).toBe(201);
    expectError(
      await post(url, recordOf(p.smartroNext, { event: 'reconsent', only: ['collect-required'] })),
      422,
      'items-mismatch',
      '$.items',
    );
    expectError(
      await post(url, recordOf(p.smartroNext, { event: 'reconsent', grant: ['marketing'] })),
      422,
      'required-not-granted',
    );
  });

  it('reconfirm: advertising receipt only; a yes restarts the two years from the receiver’s time', async () => {
    const { url, store } = await serve();
    const yes = recordOf(p.smartro, {
      event: 'reconfirm',
      only: ['ad-receipt'],
      grant: [],
      channels: { 'ad-receipt': ['sms'] },
    });
    expect((await post(url, without(yes, 'age'))).status).toBe(201);
    expect((await store.get(yes.recordId))?.reconfirmDueAt).toEqual([
      { item: 'ad-receipt', channel: 'sms', due: '2028-11-22' },
    ]);
    const no = recordOf(p.smartro, { event: 'reconfirm', only: ['ad-receipt'], grant: [] });
    expect((await post(url, no)).status).toBe(201);
    expect((await store.state('user-42')).items[0]).toMatchObject({
      id: 'ad-receipt',
      granted: false,
      event: 'reconfirm',
    });
    const other = recordOf(p.smartro, { event: 'reconfirm', only: ['marketing', 'ad-receipt'], grant: ['marketing'] });
    expectError(await post(url, other), 422, 'event-mismatch', '$.items[0].category');
  });
});

describe('children and guardians (PIPA 22-2)', () => {
  const guardian = {
    method: 'mobile',
    verifiedAt: '2026-11-22T10:00:00+09:00',
    name: '김보호',
    contact: '010-0000-0000',
  } as const;

  it('takes a child’s signup with the guardian’s verified consent where the policy offers it', async () => {
    const { url, store } = await serve();
    const child = recordOf(p.guardian, { ageConfirmed: false, guardian });
    expect(child.age).toEqual({ minimumAge: 14, confirmed: false });
    expect((await post(url, child)).status).toBe(201);
    expect((await store.get(child.recordId))?.record.guardian).toEqual(guardian);
    expect(
      (
        await post(
          url,
          without(recordOf(p.guardian, { guardian: { method: 'ipin', verifiedAt: guardian.verifiedAt } }), 'age'),
        )
      ).status,
    ).toBe(201);
  });

  it('refuses a child’s signup without a guardian, and a guardian the policy does not offer', async () => {
    const { url } = await serve();
    const alone = await post(url, recordOf(p.guardian, { ageConfirmed: false }));
    expectError(alone, 422, 'age-not-confirmed', '$.age.confirmed');
    expect(alone.body.error?.message).toMatch(/guardian/);
    expectError(await post(url, without(recordOf(p.guardian), 'age')), 422, 'age-not-confirmed', '$.age');
    expectError(await post(url, recordOf(p.smartro, { guardian })), 422, 'guardian-not-offered', '$.guardian');
    expectError(await post(url, recordOf(p.qsolution, { guardian })), 422, 'guardian-not-offered', '$.guardian');
    const both = recordOf(p.guardian, { ageConfirmed: true, guardian });
    expectError(await post(url, both), 422, 'guardian-not-offered', '$.guardian');
  });

  it('asks later events no age, but checks one that is there', async () => {
    const { url } = await serve();
    const change = recordOf(p.smartro, { event: 'change', only: ['marketing'], grant: ['marketing'] });
    expect((await post(url, without(change, 'age'))).status).toBe(201);
    const unconfirmed = recordOf(p.smartro, { event: 'change', only: ['marketing'], ageConfirmed: false });
    expectError(await post(url, unconfirmed), 422, 'age-not-confirmed', '$.age.confirmed');
    const childChange = recordOf(p.guardian, { event: 'change', only: ['marketing'], ageConfirmed: false, guardian });
    expect((await post(url, childChange)).status).toBe(201);
  });

  it('keeps only the guardian’s name and contact besides the verification (PIPA 22-2(2))', async () => {
    const { url } = await serve();
    const record = recordOf(p.guardian, { ageConfirmed: false, guardian });
    const extra = { ...record, guardian: { ...guardian, birthDate: '1980-01-01' } };
    expectError(await post(url, extra), 400, 'invalid-record', '$.guardian.birthDate');
    const method = { ...record, guardian: { ...guardian, method: 'sms' } };
    expectError(await post(url, method), 400, 'invalid-record', '$.guardian.method');
    const time = { ...record, guardian: { ...guardian, verifiedAt: 'yesterday' } };
    expectError(await post(url, time), 400, 'invalid-record', '$.guardian.verifiedAt');
  });
});

describe('state and history endpoints', () => {
  const seed = async (url: string) => {
    const grant = recordOf(p.smartro, {
      grant: ['collect-required', 'marketing'],
      channels: { 'ad-receipt': ['sms'] },
    });
    const change = recordOf(p.smartro, { event: 'change', only: ['marketing'] });
    for (const record of [grant, change]) expect((await post(url, record)).status).toBe(201);
    return [grant, change];
  };

  it('answers 403 without an authorize hook: nothing is readable by default', async () => {
    const { url } = await serve();
    await seed(url);
    expectError(await send(`${url}/state?subject=user-42`), 403, 'forbidden');
    expectError(await send(`${url}/history?subject=user-42`), 403, 'forbidden');
  });

  it('asks the hook about each request and subject, and answers what it allows', async () => {
    const authorize = vi.fn(
      (req: IncomingMessage, subject: string) => req.headers.authorization === `Bearer ${subject}`,
    );
    const { url } = await serve({ authorize });
    const [grant, change] = await seed(url);
    const as = (subject: string) => ({ headers: { authorization: `Bearer ${subject}` } });

    const state = await send(`${url}/state?subject=user-42`, as('user-42'));
    expect(state.status).toBe(200);
    expect(state.headers.get('cache-control')).toBe('no-store');
    const body = state.body as unknown as SubjectState;
    expect(body.subject).toBe('user-42');
    expect(body.items.find((item) => item.id === 'marketing')).toMatchObject({
      granted: false,
      event: 'change',
      recordId: change!.recordId,
      decidedAt: NOW.toISOString(),
    });
    expect(authorize).toHaveBeenCalledWith(expect.objectContaining({ method: 'GET' }), 'user-42');

    const history = await send(`${url}/history?subject=user-42`, as('user-42'));
    expect(history.status).toBe(200);
    const records = (history.body as { records: { record: ConsentRecord }[] }).records;
    expect(records.map((entry) => entry.record.recordId)).toEqual([grant!.recordId, change!.recordId]);

    expectError(await send(`${url}/state?subject=user-42`, as('user-7')), 403, 'forbidden');
    expectError(await send(`${url}/history?subject=user-42`), 403, 'forbidden');
    // A trailing slash is the same endpoint; a subject nobody has is an empty state.
    expect((await send(`${url}/state/?subject=user-7`, as('user-7'))).body).toEqual({ subject: 'user-7', items: [] });
  });

  it('needs a subject and GET', async () => {
    const { url } = await serve({ authorize: () => true });
    expectError(await send(`${url}/state`), 400, 'invalid-subject');
    expectError(await send(`${url}/history?subject=`), 400, 'invalid-subject');
    expectError(await send(`${url}/state?subject=${'x'.repeat(257)}`), 400, 'invalid-subject');
    const wrongMethod = await send(`${url}/state?subject=user-42`, { method: 'POST' });
    expectError(wrongMethod, 405, 'method-not-allowed');
    expect(wrongMethod.headers.get('allow')).toBe('GET');
  });

  it('answers 500 when the store fails', async () => {
    const failing: ConsentStore = { ...createMemoryStore(), state: () => Promise.reject(new Error('down')) };
    const { url } = await serve({ store: failing, authorize: () => true });
    expectError(await send(`${url}/state?subject=user-42`), 500, 'internal-error');
  });
});

describe('CORS', () => {
  const SHOP = 'https://shop.example';
  const preflight = (url: string, origin: string) =>
    send(url, {
      method: 'OPTIONS',
      headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
    });

  it('is off by default: no CORS headers, and OPTIONS is refused', async () => {
    const { url } = await serve();
    const answer = await preflight(url, SHOP);
    expectError(answer, 405, 'method-not-allowed');
    const posted = await post(url, recordOf(p.smartro), { origin: SHOP });
    expect(posted.status).toBe(201);
    expect(posted.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('answers the preflight and the request of a listed origin only', async () => {
    const { url } = await serve({ cors: { origins: [SHOP] }, authorize: () => true });
    const ok = await preflight(url, SHOP);
    expect(ok.status).toBe(204);
    expect(ok.headers.get('access-control-allow-origin')).toBe(SHOP);
    expect(ok.headers.get('access-control-allow-methods')).toBe('GET, POST');
    expect(ok.headers.get('access-control-allow-headers')).toBe('Content-Type, Idempotency-Key, Authorization');
    expect(ok.headers.get('access-control-max-age')).toBe('600');
    expect(ok.headers.get('access-control-allow-credentials')).toBeNull();
    expect(ok.headers.get('vary')).toBe('Origin');
    expectError(await preflight(url, 'https://evil.example'), 403, 'origin-not-allowed');

    const posted = await post(url, recordOf(p.smartro), { origin: SHOP });
    expect([posted.status, posted.headers.get('access-control-allow-origin')]).toEqual([201, SHOP]);
    expect(posted.headers.get('access-control-expose-headers')).toBe('Retry-After');
    const refused = await post(url, { nonsense: true }, { origin: SHOP });
    expect([refused.status, refused.headers.get('access-control-allow-origin')]).toEqual([400, SHOP]);
    const other = await post(url, recordOf(p.smartro), { origin: 'https://evil.example' });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
    const state = await send(`${url}/state?subject=user-42`, { headers: { origin: SHOP } });
    expect([state.status, state.headers.get('access-control-allow-origin')]).toEqual([200, SHOP]);
  });

  it('allows credentials and other headers when the host says so', async () => {
    const { url } = await serve({
      cors: { origins: [SHOP], credentials: true, headers: ['Content-Type', 'X-CSRF-Token'], maxAge: 60 },
    });
    const ok = await preflight(url, SHOP);
    expect(ok.headers.get('access-control-allow-credentials')).toBe('true');
    expect(ok.headers.get('access-control-allow-headers')).toBe('Content-Type, X-CSRF-Token');
    expect(ok.headers.get('access-control-max-age')).toBe('60');
    // OPTIONS without an Origin is not a preflight: it says what is allowed.
    const plain = await send(url, { method: 'OPTIONS' });
    expect([plain.status, plain.headers.get('allow')]).toEqual([204, 'GET, POST, OPTIONS']);
  });
});
