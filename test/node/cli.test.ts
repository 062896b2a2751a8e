import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli.js';
import { createSqliteStore, formatDueTable, listDue, openStore } from '../../src/server/index.js';
import { entryOf, loadPolicies, recordOf } from './consent-fixtures.js';
import { postgresUrl } from './postgres.js';
import { SEED_NAMES } from '../fixtures/seed-expectations.js';
import { seedJson, seedPath } from './seeds.js';

const ROOT = new URL('../../', import.meta.url).pathname;
const CLI = new URL('../../scripts/cli.ts', import.meta.url).pathname;

const capture = async (...args: string[]) => {
  const out: string[] = [];
  const err: string[] = [];
  const code = await run(args, { out: (line) => out.push(line), err: (line) => err.push(line) });
  return { code, out: out.join('\n'), err: err.join('\n') };
};

let dir: string;
let brokenFile: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'privacy-consent-cli-'));
  const broken = seedJson('smartro') as { sections: { blocks: { rows?: { period?: unknown }[] }[] }[] };
  broken.sections[2]!.blocks[1]!.rows![0]!.period = 5;
  brokenFile = join(dir, 'smartro-broken.json');
  writeFileSync(brokenFile, JSON.stringify(broken));
});

describe('privacy-consent CLI', () => {
  it('validates the five seeds: exit 0 and a hash each', async () => {
    const { code, out } = await capture('validate', ...SEED_NAMES.map(seedPath));
    expect(code).toBe(0);
    expect(out.match(/✔ .* sha256-/g)).toHaveLength(5);
  });

  it('exits 1 and names the path of a wrong type deep inside', async () => {
    const { code, err } = await capture('validate', brokenFile);
    expect(code).toBe(1);
    expect(err).toContain('$.sections[2].blocks[1].rows[0].period');
    expect(err).toContain('[type]');
  });

  it('prints English messages with --lang en', async () => {
    const { err } = await capture('validate', '--lang', 'en', brokenFile);
    expect(err).toContain('Wrong type');
  });

  it('lints: warnings do not fail unless --strict', async () => {
    const plain = await capture('lint', seedPath('sellmate'));
    expect(plain.code).toBe(0);
    expect(plain.out).toContain('date.effective-missing');
    expect((await capture('lint', '--strict', seedPath('sellmate'))).code).toBe(1);
  });

  it('prints the hash of one file', async () => {
    const { code, out } = await capture('hash', seedPath('qsolution'));
    expect(code).toBe(0);
    expect(out).toMatch(/^sha256-[A-Za-z0-9+/]{43}=$/);
  });

  it('reports unreadable files and bad usage', async () => {
    expect((await capture('validate', join(dir, 'missing.json'))).code).toBe(1);
    const notJson = join(dir, 'not.json');
    writeFileSync(notJson, '<html>');
    expect((await capture('validate', notJson)).err).toContain('[json.parse]');
    expect((await capture('frobnicate', 'x.json')).code).toBe(2);
    expect((await capture('hash', 'a.json', 'b.json')).code).toBe(2);
    expect((await capture('validate')).code).toBe(2);
    expect((await capture('--help')).code).toBe(0);
  });

  it('runs as a process from the source (scripts/cli.ts): exit codes and output on the real streams', () => {
    // Straight from the source with Node and tsx: no build, no npx (which would install the
    // package into its cache and run its `prepare` build), no network.
    const cli = (...args: string[]) =>
      spawnSync(process.execPath, ['--import', 'tsx', CLI, ...args], { encoding: 'utf8', cwd: ROOT, timeout: 60_000 });
    const ok = cli('validate', ...SEED_NAMES.map(seedPath));
    expect(ok.status, ok.stderr).toBe(0);
    expect(ok.stdout.match(/✔ .* sha256-/g)).toHaveLength(5);
    const bad = cli('validate', brokenFile);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('$.sections[2].blocks[1].rows[0].period');
    expect(cli('frobnicate').status).toBe(2);
  }, 60_000);
});

describe('privacy-consent due', () => {
  /** A store with two members due by 2028-11-22 (one of them on two channels) and one refused. */
  const fill = async (store: ReturnType<typeof createSqliteStore>) => {
    const { smartro } = await loadPolicies();
    const ads = (subject: string, channels: string[]) =>
      recordOf(smartro, { subject, channels: { 'ad-receipt': channels } });
    await store.append(entryOf(ads('member-1', ['sms', 'kakao']), '2026-11-21T15:30:00.000Z'));
    await store.append(entryOf(ads('member-2', ['kakao']), '2026-06-01T00:00:00.000Z'));
    await store.append(entryOf(ads('member-3', []), '2026-01-01T00:00:00.000Z'));
    await store.close?.();
  };

  it('prints who must be asked again from a SQLite file, as a table or JSON', async () => {
    const file = join(dir, 'due.db');
    await fill(createSqliteStore(file));
    const table = await capture('due', '--store', file, '--as-of', '2028-11-22');
    expect(table.code, table.err).toBe(0);
    const lines = table.out.split('\n');
    expect(lines[0]).toMatch(/^due\s+subject\s+policy\s+item\s+channel\s+consented$/);
    expect(lines.slice(2, 5).map((line) => line.split(/\s+/))).toEqual([
      ['2028-06-01', 'member-2', 'smartro@2020-06-16', 'ad-receipt', 'kakao', '2026-06-01'],
      ['2028-11-22', 'member-1', 'smartro@2020-06-16', 'ad-receipt', 'kakao', '2026-11-22'],
      ['2028-11-22', 'member-1', 'smartro@2020-06-16', 'ad-receipt', 'sms', '2026-11-22'],
    ]);
    expect(table.out).toContain('3 to reconfirm by 2028-11-22.');

    const json = await capture('due', '--json', '--store', file, '--as-of', '2028-06-01');
    expect(JSON.parse(json.out)).toEqual([
      {
        subject: 'member-2',
        policy: { id: 'smartro', version: '2020-06-16' },
        item: 'ad-receipt',
        channel: 'kakao',
        decidedAt: '2026-06-01T00:00:00.000Z',
        due: '2028-06-01',
      },
    ]);
    expect((await capture('due', '--store', file, '--as-of', '2028-05-31')).out).toBe(
      'No advertising consent is due for reconfirmation by 2028-05-31.',
    );
    // Node code calls the same function.
    expect(await listDue({ store: file, asOf: '2028-11-22' })).toHaveLength(3);
    expect(formatDueTable([], '2028-01-01')).toMatch(/No advertising consent/);
  });

  it('reads a PostgreSQL URL', async () => {
    const database = `cli_${Date.now()}_${process.pid}`;
    const admin = new pg.Client({ connectionString: postgresUrl() });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${database}`);
    await admin.end();
    const url = postgresUrl().replace(/\/postgres$/, `/${database}`);
    await fill(openStore(url) as ReturnType<typeof createSqliteStore>);
    const { code, out, err } = await capture('due', '--store', url, '--as-of', '2028-11-22', '--json');
    expect(code, err).toBe(0);
    expect((JSON.parse(out) as { subject: string }[]).map((entry) => entry.subject)).toEqual([
      'member-2',
      'member-1',
      'member-1',
    ]);
  });

  it('reports a missing file, an unreachable database and wrong usage', async () => {
    const missing = await capture('due', '--store', join(dir, 'nothing.db'));
    expect([missing.code, missing.err]).toEqual([1, expect.stringContaining('No SQLite file')]);
    expect((await capture('due', '--store', 'postgres://127.0.0.1:1/none')).code).toBe(1);
    expect((await capture('due')).code).toBe(2);
    expect((await capture('due', '--store')).code).toBe(2);
    expect((await capture('due', '--store', 'x.db', '--as-of', 'soon')).code).toBe(2);
    expect((await capture('due', '--store', 'x.db', '--as-of', '2028-13-45')).code).toBe(2);
    expect((await capture('due', '--store', 'x.db', '--verbose')).code).toBe(2);
  });
});
