/**
 * Several receivers, one database: four receiver processes on one PostgreSQL take 1,000 posts,
 * among them the same record sent to two processes at once. Every record must be stored
 * exactly once, none lost, and both posts of a pair must answer with the same (first) receipt.
 * Bounded by the number of posts, not by time.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ConsentRecord } from '../../src/consent/record.js';
import type { KnownPolicy } from '../../src/server/index.js';
import { loadPolicies, recordOf } from './consent-fixtures.js';
import { freshSchema, postgresUrl } from './postgres.js';

const RECEIVER = fileURLToPath(new URL('./fixtures/postgres-receiver.ts', import.meta.url));
const PROCESSES = 4;
const POSTS = 1000;
/** Records sent to two processes at once: 2 × PAIRS of the posts. */
const PAIRS = 200;
const IN_FLIGHT = 24;

const children = new Set<ChildProcess>();
afterAll(async () => {
  await Promise.all(
    [...children].map(
      (child) =>
        new Promise<void>((resolve) => {
          child.once('exit', () => resolve());
          child.kill('SIGTERM');
          setTimeout(() => child.kill('SIGKILL'), 5000).unref();
        }),
    ),
  );
});

/** Starts a receiver process; resolves to its base URL once it listens. */
const startReceiver = (url: string, schema: string): Promise<string> =>
  new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', RECEIVER, url, schema], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    children.add(child);
    let out = '';
    let err = '';
    child.stderr!.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const ready = /ready (\d+)/.exec(out);
      if (ready) resolve(`http://127.0.0.1:${ready[1]}/api/consent`);
    });
    child.once('exit', (code) => {
      children.delete(child);
      reject(new Error(`receiver exited (${code}) before it listened: ${err}`));
    });
  });

interface Receipt {
  readonly status: number;
  readonly body: { recordId?: string; receivedAt?: string; status?: string };
}

const post = async (base: string, record: ConsentRecord): Promise<Receipt> => {
  const response = await fetch(base, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'idempotency-key': record.recordId },
    body: JSON.stringify(record),
  });
  return { status: response.status, body: (await response.json()) as Receipt['body'] };
};

/** Runs the tasks with at most `limit` at a time. */
const pool = async <T>(tasks: (() => Promise<T>)[], limit: number): Promise<T[]> => {
  const results: T[] = new Array(tasks.length);
  let next = 0;
  const worker = async () => {
    while (next < tasks.length) {
      const index = next++;
      results[index] = await tasks[index]!();
    }
  };
  await Promise.all(Array.from({ length: limit }, worker));
  return results;
};

let qsolution: KnownPolicy;
let schema: string;
let receivers: string[];
beforeAll(async () => {
  ({ qsolution } = await loadPolicies());
  schema = freshSchema();
  receivers = await Promise.all(Array.from({ length: PROCESSES }, () => startReceiver(postgresUrl(), schema)));
}, 60_000);

describe('four receivers on one PostgreSQL', () => {
  it('store each of 1,000 posts once, duplicates across processes included, and lose none', async () => {
    const records = Array.from({ length: POSTS - PAIRS }, (_, i) =>
      recordOf(qsolution, { subject: `member-${i % 97}` }),
    );
    // Each task posts one record to one process; a pair posts the same record to two at once.
    const tasks = records.flatMap((record, i) => {
      const target = receivers[i % PROCESSES]!;
      if (i >= PAIRS) return [() => post(target, record).then((answer) => [answer])];
      const other = receivers[(i + 1) % PROCESSES]!;
      return [() => Promise.all([post(target, record), post(other, record)])];
    });
    const answers = await pool(tasks, IN_FLIGHT / 2);
    expect(answers.flat()).toHaveLength(POSTS);

    answers.forEach((pair, i) => {
      const record = records[i]!;
      for (const answer of pair) expect(answer.body.recordId, JSON.stringify(answer)).toBe(record.recordId);
      expect(pair.map((answer) => answer.body.status).sort()).toEqual(
        pair.length === 2 ? ['duplicate', 'stored'] : ['stored'],
      );
      expect(pair.map((answer) => answer.status).sort()).toEqual(pair.length === 2 ? [200, 201] : [201]);
      expect(new Set(pair.map((answer) => answer.body.receivedAt)).size).toBe(1);
    });

    const client = new pg.Client({ connectionString: postgresUrl() });
    await client.connect();
    try {
      const { rows } = await client.query<{ record_id: string; received_at: string }>(
        `SELECT record_id, received_at FROM ${schema}.consent_records`,
      );
      expect(rows).toHaveLength(records.length);
      const stored = new Map(rows.map((row) => [row.record_id, row.received_at]));
      expect(stored.size).toBe(records.length);
      records.forEach((record, i) => expect(stored.get(record.recordId)).toBe(answers[i]![0]!.body.receivedAt));
    } finally {
      await client.end();
    }
  }, 120_000);
});
