import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acceptPolicy, acceptPolicyText, loadPolicy, PolicyLoadError } from '../../src/policy/index.js';
import { minimalPolicy } from '../fixtures/minimal-policy.js';
import { seedText } from './seeds.js';

let server: Server;
let base: string;

beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.url === '/smartro.json')
      return void res.writeHead(200, { 'content-type': 'application/json' }).end(seedText('smartro'));
    if (req.url === '/html')
      return void res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><p>not json');
    if (req.url === '/invalid.json') return void res.writeHead(200).end(JSON.stringify({ schemaVersion: 1, id: 'x' }));
    if (req.url === '/slow') return void setTimeout(() => res.writeHead(200).end('{}'), 2000);
    if (req.url === '/broken') return void req.socket.destroy();
    res.writeHead(404).end('not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  server.closeAllConnections();
  server.close();
});

const failure = async (promise: Promise<unknown>): Promise<PolicyLoadError> => {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(PolicyLoadError);
    return error as PolicyLoadError;
  }
  throw new Error('expected a PolicyLoadError');
};

describe('loadPolicy', () => {
  it('fetches, validates and hashes a policy', async () => {
    const loaded = await loadPolicy(`${base}/smartro.json`);
    expect(loaded.policy.id).toBe('smartro');
    expect(loaded.hash).toMatch(/^sha256-[A-Za-z0-9+/]{43}=$/);
    expect(loaded.origin).toBe('url');
    expect(loaded.url).toBe(`${base}/smartro.json`);
  });

  it('reports 404 as an HTTP error with its status', async () => {
    const error = await failure(loadPolicy(`${base}/missing.json`));
    expect([error.code, error.status]).toEqual(['http', 404]);
    expect(error.message).toContain('404');
  });

  it('reports a page that is not JSON', async () => {
    expect((await failure(loadPolicy(`${base}/html`))).code).toBe('not-json');
  });

  it('reports an invalid policy with its issues', async () => {
    const error = await failure(loadPolicy(`${base}/invalid.json`));
    expect(error.code).toBe('invalid');
    expect(error.issues.map((i) => i.path)).toContain('$.version');
  });

  it('gives up after the timeout', async () => {
    const error = await failure(loadPolicy(`${base}/slow`, { timeout: 50 }));
    expect(error.code).toBe('timeout');
    expect(error.message).toContain('50 ms');
  });

  it('stops when aborted, before or during the request', async () => {
    const controller = new AbortController();
    const pending = loadPolicy(`${base}/slow`, { signal: controller.signal });
    controller.abort();
    expect((await failure(pending)).code).toBe('aborted');
    expect((await failure(loadPolicy(`${base}/smartro.json`, { signal: AbortSignal.abort() }))).code).toBe('aborted');
  });

  it('reports a dropped connection or unreachable host as a network error', async () => {
    expect((await failure(loadPolicy(`${base}/broken`))).code).toBe('network');
    expect((await failure(loadPolicy('http://127.0.0.1:1/nothing.json'))).code).toBe('network');
  });

  it('sends extra headers and uses a given fetch', async () => {
    let seen: Headers | undefined;
    const fakeFetch = (async (_url: string, init: RequestInit) => {
      seen = new Headers(init.headers);
      return new Response(JSON.stringify(minimalPolicy()), { status: 200 });
    }) as typeof fetch;
    const loaded = await loadPolicy('/policy.json', { fetch: fakeFetch, headers: { 'x-csrf': 'token' } });
    expect(loaded.policy.id).toBe('example');
    expect(seen?.get('x-csrf')).toBe('token');
    expect(seen?.get('accept')).toBe('application/json');
  });
});

describe('acceptPolicy / acceptPolicyText', () => {
  it('accept an object or JSON text and mark where it came from', async () => {
    expect((await acceptPolicy(minimalPolicy())).origin).toBe('property');
    expect((await acceptPolicyText(JSON.stringify(minimalPolicy()))).origin).toBe('inline');
  });

  it('reject bad input with the same errors as a URL', async () => {
    expect((await failure(acceptPolicy({ schemaVersion: 1 }))).code).toBe('invalid');
    expect((await failure(acceptPolicyText('{oops'))).code).toBe('not-json');
  });
});
