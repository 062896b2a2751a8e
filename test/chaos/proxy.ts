/**
 * A chaos proxy in front of the real reference receiver and a real SQLite store (a temp file).
 *
 * Each POST draws, from a seeded PRNG (mulberry32, so a run draws the same faults in the same
 * order), either a clean pass or one of these faults:
 *
 * - `drop-before`     the connection is dropped before forwarding: the receiver never saw it;
 * - `drop-after`      forwarded and stored, then the connection is dropped: the answer is lost;
 * - `delay`           forwarded after a wait of up to `maxDelay` ms;
 * - `status-503`,     answered by the proxy itself, not forwarded, with an odd `Retry-After`
 *   `status-429`      ('0', '-1', 'soon', '3000000', an HTTP date in the past, empty);
 * - `html`            a 200 HTML page (an SPA fallback), not forwarded;
 * - `wrong-receipt`   a 200 JSON receipt naming another recordId, not forwarded;
 * - `reset-mid-body`  forwarded and stored, then the answer is cut by a TCP reset half-way.
 *
 * `setOffline(true)` refuses every connection (reset at once) and drops the open ones, until
 * `setOffline(false)`. Use it standalone (`url`) or as a Connect middleware (`handle`), e.g. in a
 * Vite dev server so that a page posts to its own origin.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import {
  Agent,
  createServer,
  request,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  createConsentReceiver,
  createSqliteStore,
  type ConsentStore,
  type PolicySource,
} from '../../src/server/index.js';
import { mulberry32, pick, seededUuid, sleep } from './random.js';

export const FAULTS = [
  'drop-before',
  'drop-after',
  'delay',
  'status-503',
  'status-429',
  'html',
  'wrong-receipt',
  'reset-mid-body',
] as const;

export type Fault = (typeof FAULTS)[number];

/** The odd `Retry-After` values a 503 or 429 carries. */
export const RETRY_AFTER_VALUES = ['0', '-1', 'soon', '3000000', 'Wed, 21 Oct 2015 07:28:00 GMT', ''] as const;

export interface ChaosOptions {
  /** What the receiver accepts records for. */
  readonly policies: PolicySource;
  /** PRNG seed (default 0x5eed). */
  readonly seed?: number;
  /** Probability that a POST passes untouched (default 0.5); the rest is split among the faults. */
  readonly passRate?: number;
  /** Relative weight of each fault (default 1 each; 0 turns one off). */
  readonly weights?: Partial<Record<Fault, number>>;
  /** Longest `delay`, ms (default 300). */
  readonly maxDelay?: number;
}

export interface ChaosStats {
  /** POSTs that reached the proxy (refused connections not included). */
  posts: number;
  /** POSTs let through untouched. */
  passed: number;
  /** Faults injected, by kind. */
  readonly faults: Record<Fault, number>;
  /** `Retry-After` values sent with a 503 or 429, by value. */
  readonly retryAfter: Record<string, number>;
  /** Connections refused (or cut) while offline. */
  refused: number;
  /** Requests forwarded to the receiver (it answered each). */
  forwarded: number;
  /** Records the receiver newly stored (its `onStored`). */
  stored: number;
  /** `duplicate` receipts the receiver gave (a record sent again after a lost answer). */
  duplicateReceipts: number;
  /** Other answers of the receiver (4xx, 5xx): none expected. */
  receiverErrors: number;
}

export interface ChaosProxy {
  /** The proxy's own endpoint, `http://127.0.0.1:<port>/api/consent`. */
  readonly url: string;
  /** The receiver behind it (no faults). */
  readonly receiverUrl: string;
  /** The receiver's SQLite store: query it with `list()`, `get()`, `count()`. */
  readonly store: ConsentStore;
  readonly dbFile: string;
  readonly stats: ChaosStats;
  /** How many times the receiver newly stored each recordId (each must be 1). */
  readonly storedTimes: ReadonlyMap<string, number>;
  /** The request handler, also a Connect middleware. */
  readonly handle: (req: IncomingMessage, res: ServerResponse, next?: unknown) => void;
  /** While on, connections are refused and open ones dropped. */
  setOffline(offline: boolean): void;
  /** While on, every POST passes untouched (no PRNG draw). */
  setCalm(calm: boolean): void;
  /** Requests being handled (forwards included). */
  inFlight(): number;
  /** Resolves once no request is being handled. */
  idle(): Promise<void>;
  /** Closes the proxy, the receiver and the store, and removes the temp files. */
  close(): Promise<void>;
}

interface Answer {
  readonly status: number;
  readonly headers: IncomingHttpHeaders;
  readonly body: Buffer;
}

const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'transfer-encoding', 'content-length', 'host', 'upgrade']);

const endToEnd = (headers: IncomingHttpHeaders): IncomingHttpHeaders =>
  Object.fromEntries(Object.entries(headers).filter(([name]) => !HOP_BY_HOP.has(name)));

const readBody = (req: IncomingMessage): Promise<Buffer | undefined> =>
  new Promise((resolve) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', () => resolve(undefined));
    req.on('close', () => resolve(req.readableEnded ? Buffer.concat(chunks) : undefined));
  });

const listen = async (server: Server): Promise<number> => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as AddressInfo).port;
};

const closeServer = (server: Server): Promise<void> => {
  server.closeAllConnections();
  return new Promise((resolve) => server.close(() => resolve()));
};

const HTML_PAGE =
  '<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>App</title></head>' +
  '<body><div id="root"></div><script type="module" src="/assets/index.js"></script></body></html>';

/** Starts the receiver (SQLite in a temp dir) and the chaos proxy in front of it. */
export const startChaosProxy = async (options: ChaosOptions): Promise<ChaosProxy> => {
  const { policies, seed = 0x5eed, passRate = 0.5, maxDelay = 300 } = options;
  const weights = FAULTS.map((fault) => Math.max(0, options.weights?.[fault] ?? 1));
  const totalWeight = weights.reduce((sum, weight) => sum + weight, 0);
  const random = mulberry32(seed);

  const dir = mkdtempSync(join(tmpdir(), 'privacy-consent-chaos-'));
  const dbFile = join(dir, 'consents.db');
  const store = createSqliteStore(dbFile);
  const storedTimes = new Map<string, number>();
  const stats: ChaosStats = {
    posts: 0,
    passed: 0,
    faults: Object.fromEntries(FAULTS.map((fault) => [fault, 0])) as Record<Fault, number>,
    retryAfter: Object.fromEntries(RETRY_AFTER_VALUES.map((value) => [value, 0])),
    refused: 0,
    forwarded: 0,
    stored: 0,
    duplicateReceipts: 0,
    receiverErrors: 0,
  };

  const receiver = createServer(
    createConsentReceiver({
      policies,
      store,
      onStored: ({ record }) => {
        stats.stored += 1;
        storedTimes.set(record.recordId, (storedTimes.get(record.recordId) ?? 0) + 1);
      },
    }),
  );
  const receiverPort = await listen(receiver);
  const agent = new Agent({ keepAlive: true, maxSockets: 16 });

  const forward = (req: IncomingMessage, body: Buffer): Promise<Answer> =>
    new Promise((resolve, reject) => {
      const out = request(
        {
          host: '127.0.0.1',
          port: receiverPort,
          method: req.method,
          path: '/api/consent',
          agent,
          headers: { ...endToEnd(req.headers), 'content-length': String(body.length) },
        },
        (answer) => {
          const chunks: Buffer[] = [];
          answer.on('data', (chunk: Buffer) => chunks.push(chunk));
          answer.on('error', reject);
          answer.on('end', () => {
            const status = answer.statusCode ?? 0;
            const text = Buffer.concat(chunks);
            stats.forwarded += 1;
            if (status === 200 && text.includes('"duplicate"')) stats.duplicateReceipts += 1;
            else if (status >= 300) stats.receiverErrors += 1;
            resolve({ status, headers: answer.headers, body: text });
          });
        },
      );
      out.on('error', reject);
      out.end(body);
    });

  const reply = (res: ServerResponse, answer: Answer): void => {
    res.writeHead(answer.status, { ...endToEnd(answer.headers), 'content-length': String(answer.body.length) });
    res.end(answer.body);
  };

  /** The fault for the next POST, or undefined for a pass. Draws the same numbers in any timing. */
  const draw = (): Fault | undefined => {
    if (random() < passRate || totalWeight === 0) return undefined;
    let point = random() * totalWeight;
    let last: Fault | undefined;
    for (const [index, fault] of FAULTS.entries()) {
      if (weights[index]! === 0) continue;
      last = fault;
      point -= weights[index]!;
      if (point < 0) return fault;
    }
    return last; // rounding left a sliver past the end
  };

  let offline = false;
  let calm = false;
  let inFlight = 0;
  let idleWaiters: (() => void)[] = [];
  const sockets = new Set<Socket>();

  const serve = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const socket = req.socket;
    if (offline) {
      stats.refused += 1;
      return void socket.destroy();
    }
    const body = await readBody(req);
    if (!body) return; // the client went away
    if (req.method !== 'POST') return reply(res, await forward(req, body));
    stats.posts += 1;
    const fault = calm ? undefined : draw();
    if (!fault) {
      stats.passed += 1;
      return reply(res, await forward(req, body));
    }
    stats.faults[fault] += 1;
    switch (fault) {
      case 'drop-before':
        return void socket.destroy();
      case 'drop-after':
        await forward(req, body);
        return void socket.destroy();
      case 'delay': {
        await sleep(Math.round(random() * maxDelay));
        return reply(res, await forward(req, body));
      }
      case 'status-503':
      case 'status-429': {
        const retryAfter = pick(random, RETRY_AFTER_VALUES);
        stats.retryAfter[retryAfter] = (stats.retryAfter[retryAfter] ?? 0) + 1;
        res.writeHead(fault === 'status-503' ? 503 : 429, {
          'content-type': 'text/plain; charset=utf-8',
          'retry-after': retryAfter,
        });
        return void res.end(fault === 'status-503' ? 'Service Unavailable' : 'Too Many Requests');
      }
      case 'html':
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        return void res.end(HTML_PAGE);
      case 'wrong-receipt': {
        const receipt = { recordId: seededUuid(random), receivedAt: new Date().toISOString(), status: 'stored' };
        res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
        return void res.end(JSON.stringify(receipt));
      }
      case 'reset-mid-body': {
        const answer = await forward(req, body);
        res.writeHead(answer.status, {
          ...endToEnd(answer.headers),
          'content-length': String(answer.body.length),
        });
        // Half the body reaches the client, then a reset: the answer can never be complete.
        res.write(answer.body.subarray(0, Math.floor(answer.body.length / 2)), () =>
          setTimeout(() => socket.resetAndDestroy(), 5),
        );
        return;
      }
    }
  };

  const handle = (req: IncomingMessage, res: ServerResponse): void => {
    inFlight += 1;
    void serve(req, res)
      .catch(() => {
        // The receiver could not be reached: a 502, which the outbox retries.
        if (!res.headersSent) res.writeHead(502).end();
      })
      .finally(() => {
        inFlight -= 1;
        if (inFlight === 0) for (const wake of idleWaiters.splice(0)) wake();
      });
  };

  const server = createServer(handle);
  server.on('connection', (socket) => {
    if (offline) {
      stats.refused += 1;
      return void socket.resetAndDestroy();
    }
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  const port = await listen(server);

  return {
    url: `http://127.0.0.1:${port}/api/consent`,
    receiverUrl: `http://127.0.0.1:${receiverPort}/api/consent`,
    store,
    dbFile,
    stats,
    storedTimes,
    handle,
    setOffline(value) {
      offline = value;
      if (value) for (const socket of sockets) socket.destroy();
    },
    setCalm(value) {
      calm = value;
    },
    inFlight: () => inFlight,
    idle: () => (inFlight === 0 ? Promise.resolve() : new Promise((resolve) => idleWaiters.push(resolve))),
    async close() {
      idleWaiters = [];
      try {
        await closeServer(server);
        agent.destroy();
        await closeServer(receiver);
        await store.close?.();
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
};
