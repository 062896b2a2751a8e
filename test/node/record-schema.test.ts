import Ajv2020 from 'ajv/dist/2020.js';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { buildRecord } from '../../src/consent/build-record.js';
import { consentForm } from '../../src/consent/form-model.js';
import { policyHash, validatePolicy } from '../../src/policy/index.js';
import { createConsentReceiver, createMemoryStore, knownPolicy } from '../../src/server/index.js';
import { parseRecord } from '../../src/server/record-schema.js';
import { generateRecordSchema } from '../../scripts/generate-record-schema.js';
import { minimalPolicy } from '../fixtures/minimal-policy.js';

const checked = validatePolicy(minimalPolicy());
if (!checked.valid) throw new Error('the minimal policy is invalid');
const policy = checked.policy;
const hash = await policyHash(policy);

/** A record as the form posts it, as JSON text with a placeholder key to replace. */
const recordText = (): string => {
  const form = consentForm(policy);
  const decisions = Object.fromEntries(form.items.map((entry) => [entry.id, { granted: true }]));
  return JSON.stringify(
    buildRecord({
      policy,
      hash,
      form,
      decisions,
      ageConfirmed: true,
      locale: 'ko',
      page: { origin: 'https://shop.example', path: '/signup' },
    }),
  );
};

/** Where in a record each object sits, as a JSON path and as keys to reach it. */
const objectsOf = (value: unknown, keys: (string | number)[] = []): (string | number)[][] =>
  value && typeof value === 'object'
    ? [
        ...(Array.isArray(value) ? [] : [keys]),
        ...Object.entries(value).flatMap(([key, inner]) =>
          objectsOf(inner, [...keys, Array.isArray(value) ? Number(key) : key]),
        ),
      ]
    : [];

const pathOf = (keys: readonly (string | number)[]) =>
  keys.reduce<string>((path, key) => (typeof key === 'number' ? `${path}[${key}]` : `${path}.${key}`), '$');

/** The record's JSON text with `"name": {}` added to the object at `keys`, as JSON.parse reads it. */
const withKey = (keys: readonly (string | number)[], name: string): unknown => {
  const record = JSON.parse(recordText()) as Record<string | number, unknown>;
  let target = record;
  for (const key of keys) target = target[key] as Record<string | number, unknown>;
  target['\u0000placeholder'] = {};
  return JSON.parse(JSON.stringify(record).replace('"\\u0000placeholder"', JSON.stringify(name)));
};

const PROTOTYPE_KEYS = ['__proto__', 'constructor', 'toString', 'valueOf', 'hasOwnProperty', 'isPrototypeOf'];

describe('the record shape', () => {
  it('accepts a record as the form builds it', () => {
    expect(parseRecord(JSON.parse(recordText()))).toMatchObject({ ok: true });
  });

  it('refuses a key named like an Object.prototype member in every object of the record', () => {
    const objects = objectsOf(JSON.parse(recordText()));
    expect(objects.length).toBeGreaterThanOrEqual(8);
    for (const keys of objects)
      for (const name of PROTOTYPE_KEYS) {
        const json = withKey(keys, name);
        expect(
          Object.hasOwn(
            keys.reduce<never>((at, key) => (at as never)[key], json as never),
            name,
          ),
        ).toBe(true);
        expect(parseRecord(json), `${pathOf(keys)}.${name}`).toEqual({
          ok: false,
          path: `${pathOf(keys)}.${name}`,
          message: expect.stringMatching(/^unknown-key: /),
        });
      }
  });

  it('is refused by the receiver with 400 and nothing stored', async () => {
    const store = createMemoryStore();
    const receiver = createConsentReceiver({ policies: [await knownPolicy(policy)], store });
    const server = createServer((req, res) => void receiver(req, res));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
    try {
      for (const name of PROTOTYPE_KEYS) {
        const body = JSON.stringify(withKey([], name));
        const answer = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
        const { error } = (await answer.json()) as { error?: { code: string; path: string } };
        expect([answer.status, error?.code, error?.path], name).toEqual([400, 'invalid-record', `$.${name}`]);
      }
      expect(await store.count()).toBe(0);
    } finally {
      server.closeAllConnections();
      server.close();
    }
  });
});

describe('schema/consent-record.schema.json', () => {
  const committed = readFileSync(new URL('../../schema/consent-record.schema.json', import.meta.url), 'utf8');
  const check = new Ajv2020({ allErrors: true, strict: false }).compile(JSON.parse(committed) as object);

  it('is generated from the record shape and up to date (run `npm run schema` if not)', () => {
    expect(committed).toBe(generateRecordSchema());
  });

  it('accepts what parseRecord accepts and refuses a key the format does not define', () => {
    const record = JSON.parse(recordText()) as Record<string, unknown>;
    const later = {
      ...record,
      event: 'change',
      subject: 'user-42',
      guardian: { method: 'card', verifiedAt: '2026-11-22T10:00:00+09:00', name: '김보호' },
    };
    for (const json of [record, later]) {
      expect(parseRecord(json)).toMatchObject({ ok: true });
      expect(check(json), JSON.stringify(check.errors)).toBe(true);
    }
    for (const json of [
      { ...record, ip: '10.0.0.1' },
      { ...later, event: 'delete' },
      { ...later, guardian: { method: 'card', verifiedAt: '2026-11-22T10:00:00Z', birthDate: '1980-01-01' } },
    ]) {
      expect(parseRecord(json)).toMatchObject({ ok: false });
      expect(check(json)).toBe(false);
    }
  });
});
