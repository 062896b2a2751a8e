/**
 * The Node chaos run of test/node/chaos.test.ts at a larger scale: records through reloaded
 * outboxes, offline periods and a faulty proxy, into the reference receiver's SQLite file.
 * Prints what was created, stored, duplicated, lost and failed, the time to drain, the faults
 * injected and the POSTs made. Exits 1 if a record is lost, duplicated, altered or failed, or if
 * the outboxes did not drain.
 *
 *   npm run bench:chaos [-- records=1000 [seed=0x5eed]]
 */
import { FAULTS } from '../test/chaos/proxy.js';
import { runNodeChaos, summarize } from '../test/chaos/node-scenario.js';

const [recordsArg = '1000', seedArg = '0x5eed'] = process.argv.slice(2);
const records = Number(recordsArg);
const seed = Number(seedArg);
if (!Number.isInteger(records) || records < 1 || !Number.isInteger(seed)) {
  console.error('usage: npm run bench:chaos -- [records=1000] [seed=0x5eed]');
  process.exit(2);
}
const reloads = Math.max(2, Math.round(records / 100));
const offlinePeriods = Math.max(2, Math.round(records / 250));

const result = await runNodeChaos({ records, seed, reloads, offlinePeriods, drainTimeout: 180_000 });
const counts = summarize(result);

const rows: [string, string | number][] = [
  ['created', counts.created],
  ['stored (SQLite rows)', counts.stored],
  ['duplicates', counts.duplicates],
  ['lost', counts.lost],
  ['unknown rows', counts.unknown],
  ['altered', counts.altered],
  ['failed', counts.failed],
  ['still pending', counts.pending],
  ['time to drain (ms)', result.drained ? result.drainMs : `not drained after ${result.drainMs}`],
  ['outbox instances', result.instances],
  ['total POSTs', result.stats.posts],
  ['  passed untouched', result.stats.passed],
  ...FAULTS.map((fault): [string, number] => [`  fault: ${fault}`, result.stats.faults[fault]]),
  ...Object.entries(result.stats.retryAfter).map(([value, times]): [string, number] => [
    `    Retry-After: ${JSON.stringify(value)}`,
    times,
  ]),
  ['refused connections (offline)', result.stats.refused],
  ['forwarded to the receiver', result.stats.forwarded],
  ['duplicate receipts given', result.stats.duplicateReceipts],
  ...Object.entries(result.retries)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([code, times]): [string, number] => [`retries after ${code}`, times]),
];
const width = Math.max(...rows.map(([label]) => label.length));
const valueWidth = Math.max(...rows.map(([, value]) => String(value).length));
const rule = `+${'-'.repeat(width + 2)}+${'-'.repeat(valueWidth + 2)}+`;
console.log(
  `chaos: ${records} records, seed 0x${seed.toString(16)}, 2 tabs, ${reloads} reloads, ${offlinePeriods} offline periods`,
);
console.log(rule);
for (const [label, value] of rows) console.log(`| ${label.padEnd(width)} | ${String(value).padStart(valueWidth)} |`);
console.log(rule);

const broken = counts.lost + counts.duplicates + counts.altered + counts.unknown + counts.failed;
if (broken > 0 || !result.drained) {
  if (result.lost.length) console.error(`lost: ${result.lost.slice(0, 10).join(', ')}`);
  if (result.duplicates.length) console.error(`duplicated: ${result.duplicates.slice(0, 10).join(', ')}`);
  if (result.altered.length) console.error(`altered: ${result.altered.slice(0, 10).join(', ')}`);
  console.error('FAIL: every record must be stored exactly once, unchanged');
  process.exit(1);
}
