import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli.js';
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
