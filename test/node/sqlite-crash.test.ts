/**
 * The SQLite store after a crash: a receiver in a child process is killed with SIGKILL at
 * different points (while opening, with requests in flight, mid-body, between requests), round
 * after round, and restarted on the same file. Every start must succeed with no manual step,
 * and every record whose receipt (201, or 200 duplicate) reached the client must be stored.
 * Bounded by rounds, not time. SQLITE_CRASH_ROUNDS=30 runs a longer series by hand.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { createRequire } from 'node:module';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type * as Sqlite from 'node-sqlite3-wasm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildRecord } from '../../src/consent/build-record.js';
import { consentForm } from '../../src/consent/form-model.js';
import type { ConsentRecord } from '../../src/consent/record.js';
import { createSqliteStore, loadPolicyFiles, type KnownPolicy } from '../../src/server/index.js';
import { SqliteFileInUseError } from '../../src/server/sqlite-store.js';
import { seedPath } from './seeds.js';

const require = createRequire(import.meta.url);
const { Database } = require('node-sqlite3-wasm') as typeof Sqlite;
const RECEIVER = fileURLToPath(new URL('./fixtures/sqlite-receiver.ts', import.meta.url));
const ROUNDS = Number(process.env.SQLITE_CRASH_ROUNDS ?? 10);
const LINUX = existsSync('/proc/self/stat');

let qsolution: KnownPolicy;
const dirs: string[] = [];
const tempFile = (name = 'consents.db'): string => {
  const dir = mkdtempSync(join(tmpdir(), 'consent-crash-'));
  dirs.push(dir);
  return join(dir, name);
};

beforeAll(async () => {
  [qsolution] = await loadPolicyFiles([seedPath('qsolution')]);
});
/** Every receiver process started, so none outlives a failed test. */
const children = new Set<ChildProcess>();
afterAll(() => {
  for (const child of children) child.kill('SIGKILL');
  dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true }));
});

const newRecord = (): ConsentRecord => {
  const form = consentForm(qsolution.policy);
  const grant = form.items.filter((entry) => entry.required).map((entry) => entry.id);
  const decisions = Object.fromEntries(grant.map((id) => [id, { granted: true }]));
  return buildRecord({ ...qsolution, form, decisions, locale: 'ko', subject: 'crash-test' });
};

// ─── The receiver process ────────────────────────────────────────────────────

interface Receiver {
  readonly process: ChildProcess;
  /** Printed just before the store is opened. */
  readonly opening: Promise<void>;
  /** The port, once it listens; rejects if it exits first (e.g. it could not open the store). */
  readonly ready: Promise<number>;
  readonly exited: Promise<void>;
}

const startReceiver = (file: string): Receiver => {
  const child = spawn(process.execPath, ['--import', 'tsx', RECEIVER, file], { stdio: ['ignore', 'pipe', 'pipe'] });
  children.add(child);
  let stderr = '';
  let stdout = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<void>((resolve) =>
    child.once('exit', () => {
      children.delete(child);
      resolve();
    }),
  );
  const line = (pattern: RegExp): Promise<RegExpMatchArray> =>
    new Promise((resolve, reject) => {
      const look = (): boolean => {
        const match = stdout.match(pattern);
        if (match) resolve(match);
        return Boolean(match);
      };
      child.stdout!.on('data', (chunk: Buffer) => {
        stdout += chunk.toString();
        look();
      });
      child.once('exit', (code, signal) => {
        if (!look()) reject(new Error(`the receiver exited (${code ?? signal}) before ${pattern}: ${stderr}`));
      });
    });
  const opening = line(/^opening$/m).then(() => undefined);
  const ready = line(/^ready (\d+)$/m).then((match) => Number(match[1]));
  // Awaited where it matters; a receiver killed before it is ready rejects these on purpose.
  opening.catch(() => {});
  ready.catch(() => {});
  return { process: child, opening, ready, exited };
};

const killHard = async (receiver: Receiver): Promise<void> => {
  receiver.process.kill('SIGKILL');
  await receiver.exited;
};

// ─── Posting ─────────────────────────────────────────────────────────────────

interface Receipt {
  readonly recordId: string;
  readonly receivedAt: string;
  readonly status: 'stored' | 'duplicate';
}

/** POSTs a record; the receipt if one fully arrived, undefined if the connection failed. */
const post = (port: number, record: ConsentRecord): Promise<{ status: number; receipt: Receipt } | undefined> =>
  new Promise((resolve) => {
    const body = JSON.stringify(record);
    const req = request(
      {
        host: '127.0.0.1',
        port,
        method: 'POST',
        path: '/',
        agent: false,
        headers: { 'content-type': 'application/json' },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => {
          try {
            resolve({ status: res.statusCode ?? 0, receipt: JSON.parse(text) as Receipt });
          } catch {
            resolve(undefined);
          }
        });
        res.on('error', () => resolve(undefined));
      },
    );
    req.on('error', () => resolve(undefined));
    req.end(body);
  });

/** Starts a POST whose body stops halfway, so the receiver is killed in the middle of reading it. */
const postHalf = (port: number, record: ConsentRecord): (() => void) => {
  const body = Buffer.from(JSON.stringify(record));
  const req = request({
    host: '127.0.0.1',
    port,
    method: 'POST',
    path: '/',
    agent: false,
    headers: { 'content-type': 'application/json', 'content-length': String(body.length) },
  });
  req.on('error', () => {});
  req.write(body.subarray(0, body.length >> 1));
  return () => req.destroy();
};

/** The records whose receipt the client received: what must survive any crash. */
const acknowledged = new Map<string, string>();

const accept = (answer: Awaited<ReturnType<typeof post>>, record: ConsentRecord): boolean => {
  if (!answer || (answer.status !== 201 && answer.status !== 200)) return false;
  expect(answer.receipt.recordId).toBe(record.recordId);
  const earlier = acknowledged.get(record.recordId);
  if (earlier) expect(answer.receipt.receivedAt).toBe(earlier);
  acknowledged.set(record.recordId, answer.receipt.receivedAt);
  return true;
};

/**
 * Keeps `parallel` posts in flight until stopped or one fails. `after(n)` resolves true once n
 * receipts arrived in this pump, false if it ended before. Failed posts (the receiver was
 * killed under them) are simply not acknowledged.
 */
const pump = (port: number, parallel: number) => {
  let stopped = false;
  let acks = 0;
  const waiting: { n: number; resolve: (reached: boolean) => void }[] = [];
  const lane = async (): Promise<void> => {
    while (!stopped) {
      const record = newRecord();
      if (!accept(await post(port, record), record)) return;
      acks++;
      for (const wait of waiting.filter((entry) => acks >= entry.n)) wait.resolve(true);
    }
  };
  const lanes = Promise.all(Array.from({ length: parallel }, lane)).then(() =>
    waiting.forEach((wait) => wait.resolve(acks >= wait.n)),
  );
  return {
    after: (n: number) => new Promise<boolean>((resolve) => (acks >= n ? resolve(true) : waiting.push({ n, resolve }))),
    stop: async () => {
      stopped = true;
      await lanes;
    },
  };
};

// ─── Tests ───────────────────────────────────────────────────────────────────

describe('SQLite store after kill -9', () => {
  it(`restarts with no manual step and keeps every acknowledged record (${ROUNDS} rounds)`, async () => {
    const file = tempFile();
    const failures: string[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const receiver = startReceiver(file);
      const kind = round % 4;
      try {
        if (kind === 0) {
          // While opening the store (or just after): no request has reached it yet.
          await receiver.opening;
          await killHard(receiver);
          continue;
        }
        const port = await receiver.ready;
        // What an earlier run acknowledged is there: a resend is answered as a duplicate.
        const [earlierId] = [...acknowledged.keys()].slice(-1);
        if (earlierId) {
          const again = await post(port, { ...newRecord(), recordId: earlierId });
          expect(again?.status).toBe(200);
          expect(again?.receipt).toEqual({
            recordId: earlierId,
            receivedAt: acknowledged.get(earlierId),
            status: 'duplicate',
          });
        }
        const traffic = pump(port, kind === 3 ? 1 : 4);
        let hangUp = (): void => {};
        if (kind === 2) hangUp = postHalf(port, newRecord()); // killed while this body is half read
        if (!(await traffic.after(kind === 3 ? 1 + round : 2 + round)))
          throw new Error('a post failed before the kill');
        if (kind === 2) await new Promise((resolve) => setTimeout(resolve, 10));
        await killHard(receiver); // kinds 1, 2: with requests in flight; kind 3: right after a receipt
        await traffic.stop();
        hangUp();
      } catch (error) {
        failures.push(`round ${round}: ${(error as Error).message}`);
        await killHard(receiver);
      }
    }
    expect(failures).toEqual([]);
    expect(acknowledged.size).toBeGreaterThan(ROUNDS);

    // The last kill left the lock behind too; this process reclaims it and finds everything.
    const store = createSqliteStore(file);
    try {
      for (const [recordId, receivedAt] of acknowledged)
        expect((await store.get(recordId))?.receipt, recordId).toEqual({ recordId, receivedAt, status: 'stored' });
    } finally {
      await store.close?.();
    }
    expect([existsSync(`${file}.lock`), existsSync(`${file}.owner`), existsSync(`${file}-wal`)]).toEqual([
      false,
      false,
      false,
    ]);
    const db = new Database(file);
    db.exec('PRAGMA locking_mode = EXCLUSIVE');
    expect(db.all('PRAGMA integrity_check')).toEqual([{ integrity_check: 'ok' }]);
    db.close();
  }, 120_000);

  it('refuses a second live process, and takes the file over once that one was killed', async () => {
    const file = tempFile();
    const receiver = startReceiver(file);
    const port = await receiver.ready;
    const record = newRecord();
    expect((await post(port, record))?.status).toBe(201);
    let refusal: unknown;
    try {
      createSqliteStore(file);
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toBeInstanceOf(SqliteFileInUseError);
    expect((refusal as SqliteFileInUseError).owner.pid).toBe(receiver.process.pid);
    await killHard(receiver);
    const store = createSqliteStore(file);
    expect((await store.get(record.recordId))?.record).toEqual(record);
    await store.close?.();
  }, 30_000);
});

describe('SQLite file ownership within one process', () => {
  it('shares one connection between stores of one file; the last close releases it', async () => {
    const file = tempFile();
    const first = createSqliteStore(file);
    const second = createSqliteStore(join(file, '..', '.', 'consents.db'));
    const record = newRecord();
    await first.insert({
      record,
      receipt: { recordId: record.recordId, receivedAt: 't', status: 'stored' },
      receivedAt: 't',
    });
    expect(await second.count()).toBe(1);
    await first.close?.();
    await first.close?.(); // twice is harmless and does not take the second store's share
    expect(await second.count()).toBe(1);
    await expect(first.count()).rejects.toThrow(/closed/);
    expect(existsSync(`${file}.owner`)).toBe(true);
    await second.close?.();
    expect([existsSync(`${file}.owner`), existsSync(`${file}.lock`)]).toEqual([false, false]);
  });

  const leftovers = (file: string, owner: Record<string, unknown>): void => {
    writeFileSync(`${file}.owner`, JSON.stringify(owner));
    mkdirSync(`${file}.lock`);
  };

  it('takes over from an owner that is gone: exited, or its pid now someone else’s', async () => {
    const gone = spawnSync(process.execPath, ['-e', '']).pid!;
    for (const owner of [
      { pid: gone, host: hostname(), token: 'a' },
      // This process's pid, but another start time or boot: a reused pid (Linux can tell).
      ...(LINUX
        ? [
            { pid: process.pid, host: hostname(), started: '1', token: 'b' },
            { pid: process.pid, host: hostname(), boot: 'another-boot', token: 'c' },
          ]
        : []),
    ]) {
      const file = tempFile();
      leftovers(file, owner);
      const store = createSqliteStore(file);
      expect(await store.count()).toBe(0);
      await store.close?.();
    }
  });

  it.skipIf(!LINUX)('takes over from a killed owner nobody has reaped yet (a zombie)', async () => {
    // A parent whose event loop is blocked cannot reap its child: the child stays a zombie.
    const script = `const child = require('node:child_process').spawn('true');
      require('node:fs').writeSync(1, String(child.pid));
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10000);`;
    const parent = spawn(process.execPath, ['-e', script], { stdio: ['ignore', 'pipe', 'ignore'] });
    try {
      const pid = Number(
        await new Promise<string>((resolve) => parent.stdout!.once('data', (chunk: Buffer) => resolve(String(chunk)))),
      );
      const fields = (): string[] => {
        const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
        return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      };
      await vi.waitFor(() => expect(fields()[0]).toBe('Z'));
      const file = tempFile();
      leftovers(file, { pid, host: hostname(), started: fields()[19], token: 'z' });
      const store = createSqliteStore(file);
      await store.close?.();
    } finally {
      parent.kill();
    }
  });

  it('takes over from an unreadable owner file once it is old enough', async () => {
    const file = tempFile();
    writeFileSync(`${file}.owner`, '');
    const old = new Date(Date.now() - 60_000);
    utimesSync(`${file}.owner`, old, old);
    const store = createSqliteStore(file);
    expect(await store.count()).toBe(0);
    await store.close?.();
  });

  it('refuses a file owned from another host, saying how to release it', () => {
    const file = tempFile();
    leftovers(file, { pid: 1, host: 'another-host', token: 'x' });
    expect(() => createSqliteStore(file)).toThrow(/another-host.*consents\.db\.owner/);
    expect(existsSync(`${file}.owner`)).toBe(true);
  });

  /**
   * What a process of an earlier version (rollback journal) leaves when killed mid-transaction:
   * a hot journal, made real by letting a big transaction spill pages into the file first.
   */
  const crashMidTransaction = (file: string, committedFirst: boolean): void => {
    const script = `
      const { Database } = require(${JSON.stringify(require.resolve('node-sqlite3-wasm'))});
      const db = new Database(${JSON.stringify(file)});
      if (${committedFirst}) db.exec("CREATE TABLE kept (x); INSERT INTO kept VALUES ('committed')");
      db.exec('PRAGMA cache_size = 5; BEGIN; CREATE TABLE lost (x)');
      for (let i = 0; i < 5000; i++) db.run('INSERT INTO lost VALUES (?)', 'x'.repeat(100));
      process.kill(process.pid, 'SIGKILL');`;
    spawnSync(process.execPath, ['-e', script]);
    expect(existsSync(`${file}-journal`)).toBe(true);
    rmSync(`${file}.lock`, { recursive: true, force: true }); // the old way out, by hand
  };

  it('refuses a hot rollback journal it cannot replay, and leaves the file claimable', () => {
    const file = tempFile();
    crashMidTransaction(file, true);
    expect(() => createSqliteStore(file)).toThrow(/sqlite3 command-line tool/);
    expect([existsSync(`${file}-journal`), existsSync(`${file}.owner`)]).toEqual([true, false]);
  });

  it('rolls back a transaction that began on an empty file (the first switch to WAL) by emptying it', async () => {
    const file = tempFile();
    crashMidTransaction(file, false);
    const store = createSqliteStore(file);
    expect(await store.count()).toBe(0);
    await store.close?.();
    expect(existsSync(`${file}-journal`)).toBe(false);
    const db = new Database(file);
    db.exec('PRAGMA locking_mode = EXCLUSIVE');
    expect(db.all("SELECT name FROM sqlite_master WHERE name = 'lost'")).toEqual([]);
    db.close();
  });

  it('removes a rollback journal that is not hot', async () => {
    const file = tempFile();
    writeFileSync(`${file}-journal`, Buffer.alloc(512));
    const store = createSqliteStore(file);
    await store.close?.();
    expect(existsSync(`${file}-journal`)).toBe(false);
  });

  it('keeps :memory: databases apart and unclaimed', async () => {
    const [a, b] = [createSqliteStore(':memory:'), createSqliteStore(':memory:')];
    const record = newRecord();
    await a.insert({
      record,
      receipt: { recordId: record.recordId, receivedAt: 't', status: 'stored' },
      receivedAt: 't',
    });
    expect([await a.count(), await b.count()]).toEqual([1, 0]);
    await Promise.all([a.close?.(), b.close?.()]);
  });
});
