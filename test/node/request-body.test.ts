/**
 * The body limit over a real connection, with the client in another process: a client still
 * sending a body over the limit must receive the 413 (not a reset connection), and the
 * connection then closes without an error.
 */
import { execFile } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createConsentReceiver, createMemoryStore } from '../../src/server/index.js';

const CLIENT = fileURLToPath(new URL('./fixtures/post-large-body.ts', import.meta.url));
const MB5 = 5 * 1024 * 1024;

interface Outcome {
  readonly status?: number;
  readonly connection?: string;
  readonly body?: string;
  readonly error?: string;
  readonly sentAtAnswer?: number;
  readonly sent: number;
}

let server: Server;
let url: string;
const store = createMemoryStore();

beforeAll(async () => {
  const receiver = createConsentReceiver({ policies: [], store });
  server = createServer((req, res) => void receiver(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/consent`;
});

afterAll(() => {
  server.closeAllConnections();
  server.close();
});

/** Runs the client fixture (through tsx) and parses its one line of output. */
const postFrom = (...args: (string | number)[]): Promise<Outcome> =>
  new Promise((resolve, reject) =>
    execFile(
      process.execPath,
      ['--import', 'tsx', CLIENT, url, ...args.map(String)],
      { timeout: 20_000 },
      (error, stdout, stderr) => (error ? reject(new Error(stderr || error.message)) : resolve(JSON.parse(stdout))),
    ),
  );

const expect413 = (outcome: Outcome): void => {
  expect(outcome.error, JSON.stringify(outcome)).toBeUndefined();
  expect(outcome.status).toBe(413);
  expect(outcome.connection).toBe('close');
  expect(JSON.parse(outcome.body ?? '{}')).toMatchObject({ error: { code: 'payload-too-large' } });
};

describe('a body over the limit', () => {
  it('streamed chunked (no Content-Length), 5 MB: the client receives 413, then a clean close', async () => {
    // Small writes are the case that lost the answer: EPIPE on a write before the 413 was read.
    // (Node's client stops sending once it has the whole answer with Connection: close.)
    for (const chunk of [1024, 64 * 1024]) expect413(await postFrom('chunked', MB5, chunk));
    expect(await store.count()).toBe(0);
  }, 30_000);

  it('declared by Content-Length: 413 at once, without the rest of the body', async () => {
    // Only 16 KiB of the declared 5 MB is ever sent: the answer cannot have waited for the rest.
    const partial = await postFrom('content-length', MB5, 1024, 16 * 1024);
    expect413(partial);
    expect(partial.sentAtAnswer).toBe(16 * 1024);
    // And a client that does send it all still gets the answer rather than a reset.
    expect413(await postFrom('content-length', MB5, 1024));
  }, 30_000);
});
