/**
 * The consent stores side by side: append throughput and `state(subject)` latency for the
 * memory, SQLite and PostgreSQL stores at 10k and 100k records, plus one
 * `dueForReconfirmation` call. PostgreSQL runs on a throwaway cluster (the tests' helper,
 * `fsync=off`); SQLite writes a temp file with `synchronous = FULL`, as the receiver does.
 * Records: 10 per member, a signup granting advertising on one or two channels, then changes.
 *
 *   npm run bench:store [-- sizes=10000,100000] [stores=memory,sqlite,postgres] [concurrency=8]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildRecord } from '../src/consent/build-record.js';
import { consentForm } from '../src/consent/form-model.js';
import {
  createMemoryStore,
  createPostgresStore,
  createSqliteStore,
  loadPolicyFiles,
  type ConsentStore,
  type StoredConsent,
} from '../src/server/index.js';
import { startPostgresCluster, type PostgresCluster } from '../test/node/postgres-cluster.js';
import { seedPath } from '../test/node/seeds.js';

const args = Object.fromEntries(process.argv.slice(2).map((arg) => arg.split('=') as [string, string]));
const SIZES = (args.sizes ?? '10000,100000').split(',').map(Number);
const STORES = (args.stores ?? 'memory,sqlite,postgres').split(',');
const CONCURRENCY = Number(args.concurrency ?? 8);
const PER_MEMBER = 10;
const STATE_SAMPLES = 300;

const [smartro] = await loadPolicyFiles([seedPath('smartro')]);
const form = consentForm(smartro!.policy);
const START = Date.parse('2024-01-01T00:00:00.000Z');

/** The i-th record: member i / 10; the first of each member a signup with advertising. */
const entryAt = (i: number): StoredConsent => {
  const member = Math.floor(i / PER_MEMBER);
  const first = i % PER_MEMBER === 0;
  const channels: Record<string, boolean> = first ? { sms: true, kakao: member % 2 === 0 } : { sms: i % 3 !== 0 };
  const record = buildRecord({
    ...smartro!,
    form,
    decisions: {
      'collect-required': { granted: true },
      marketing: { granted: i % 2 === 0 },
      'ad-receipt': { granted: true, channels },
    },
    ageConfirmed: true,
    locale: 'ko',
    subject: `member-${member}`,
    ...(first ? {} : { event: 'change' as const, itemIds: ['marketing', 'ad-receipt'] }),
  });
  // A minute apart, in order.
  const receivedAt = new Date(START + i * 60_000).toISOString();
  return { record, receipt: { recordId: record.recordId, receivedAt, status: 'stored' }, receivedAt };
};

const percentile = (sorted: readonly number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;

interface Row {
  store: string;
  records: number;
  appendPerSecond: number;
  stateMedianMs: number;
  stateP95Ms: number;
  dueMs: number;
  due: number;
}

const measure = async (name: string, store: ConsentStore, entries: readonly StoredConsent[]): Promise<Row> => {
  const size = entries.length;
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < size) await store.append(entries[next++]!);
    }),
  );
  const appendSeconds = (performance.now() - started) / 1000;
  const members = Math.ceil(size / PER_MEMBER);
  const times: number[] = [];
  for (let i = 0; i < STATE_SAMPLES; i++) {
    const subject = `member-${(i * 7919) % members}`;
    const t = performance.now();
    const state = await store.state(subject);
    times.push(performance.now() - t);
    if (!state.items.length) throw new Error(`${name}: no state for ${subject}`);
  }
  times.sort((a, b) => a - b);
  const t = performance.now();
  const due = await store.dueForReconfirmation('2026-06-30');
  return {
    store: name,
    records: size,
    appendPerSecond: size / appendSeconds,
    stateMedianMs: percentile(times, 0.5),
    stateP95Ms: percentile(times, 0.95),
    dueMs: performance.now() - t,
    due: due.length,
  };
};

const dir = mkdtempSync(join(tmpdir(), 'privacy-consent-bench-'));
let cluster: PostgresCluster | undefined;
const rows: Row[] = [];
try {
  if (STORES.includes('postgres')) cluster = await startPostgresCluster();
  for (const size of SIZES) {
    const entries = Array.from({ length: size }, (_, i) => entryAt(i));
    for (const kind of STORES) {
      const store =
        kind === 'memory'
          ? createMemoryStore()
          : kind === 'sqlite'
            ? createSqliteStore(join(dir, `bench-${size}.db`))
            : createPostgresStore({ connectionString: cluster!.url, schema: `bench_${size}`, max: CONCURRENCY });
      try {
        rows.push(await measure(kind, store, entries));
        console.error(`done: ${kind} ${size}`);
      } finally {
        await store.close?.();
      }
    }
  }
} finally {
  await cluster?.stop();
  rmSync(dir, { recursive: true, force: true });
}

const table = [
  ['store', 'records', 'append/s', 'state p50 ms', 'state p95 ms', 'due ms', 'due'],
  ...rows.map((row) => [
    row.store,
    String(row.records),
    row.appendPerSecond.toFixed(0),
    row.stateMedianMs.toFixed(2),
    row.stateP95Ms.toFixed(2),
    row.dueMs.toFixed(0),
    String(row.due),
  ]),
];
const widths = table[0]!.map((_, c) => Math.max(...table.map((row) => row[c]!.length)));
for (const row of table)
  console.log(row.map((cell, c) => (c < 1 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  '));
console.log(`\n${CONCURRENCY} appends in flight; state over ${STATE_SAMPLES} members of ${PER_MEMBER} records each.`);
