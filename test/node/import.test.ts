import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importPolicy, MAX_INPUT, MAX_NODES } from '../../src/authoring/import/index.js';
import { decodePage } from '../../src/cli-import.js';
import { run } from '../../src/cli.js';
import { validatePolicy } from '../../src/policy/validate.js';
import type { Block, PrivacyPolicy } from '../../src/policy/types.js';
import { SEED_NAMES } from '../fixtures/seed-expectations.js';
import { fidelity } from './import-fidelity.js';
import { importSeed, seedFidelity, seedSourceText } from './import-seeds.js';

/**
 * The share of each hand-made seed file's typed rows and list items that the draft puts in the
 * right block (measured 2026-11-30: 93.0 / 82.1 / 94.7 / 83.3 / 72.2 %; `npm run import:fidelity`).
 */
const FLOORS: Record<string, number> = {
  smartro: 0.9,
  smallticket: 0.8,
  sellmate: 0.92,
  esolutiontg: 0.8,
  qsolution: 0.7,
};

const blocksOf = (policy: PrivacyPolicy): Block[] => policy.sections.flatMap((section) => [...section.blocks]);

const capture = async (...args: string[]) => {
  const out: string[] = [];
  const err: string[] = [];
  const code = await run(args, { out: (line) => out.push(line), err: (line) => err.push(line) });
  return { code, out: out.join('\n'), err: err.join('\n') };
};

describe('importing the five seed texts', () => {
  const figures = seedFidelity();

  it.each(SEED_NAMES)('%s: the draft is valid, and its rows and items land in the right blocks', (name) => {
    const { policy, notes } = importSeed(name);
    expect(validatePolicy(policy).valid).toBe(true);
    expect(policy.source?.notes).toEqual(notes);
    const { fidelity: measured } = figures.find((figure) => figure.name === name)!;
    expect(measured.share).toBeGreaterThanOrEqual(FLOORS[name]!);
  });

  it('keeps the Korean text as printed', () => {
    const json = JSON.stringify(importSeed('smartro').policy);
    const sentence = '고객의 개인정보 및 권익을 보호하고 개인정보와 관련된 고객의 고충을 원활하게 처리할 수 있도록';
    expect(seedSourceText('smartro')).toContain(sentence);
    expect(json).toContain(sentence);
  });

  it('the measure scores a draft without the typed blocks low', () => {
    const hand = JSON.parse(
      readFileSync(new URL('../../demo/policies/smartro.json', import.meta.url), 'utf8'),
    ) as PrivacyPolicy;
    const stripped = { ...hand, sections: hand.sections.map((section) => ({ ...section, blocks: [] })) };
    expect(fidelity(stripped, hand).share).toBe(0);
    expect(fidelity(hand, hand).share).toBe(1);
  });
});

describe('importing HTML', () => {
  const page = `<h1>개인정보 처리방침</h1>
    <p>㈜예시상점(이하 "회사")은 개인정보를 보호합니다. 시행일: 2025년 3월 1일</p>
    <h2>1. 개인정보의 처리 위탁</h2>
    <table><tr><th>수탁자</th><th>위탁업무</th></tr><tr><td>(주)택배사</td><td>상품 배송</td></tr></table>
    <h2>2. 정보주체의 권리</h2>
    <ul><li>열람 요구<ul><li>서면, 전자우편</li></ul></li><li><a href="javascript:alert(1)">정정</a> 요구</li></ul>
    <h2>3. 기타</h2>
    <table><tr><th>요일</th><th>시간</th></tr><tr><td>월</td><td>9시</td></tr></table>`;

  it('reads a fragment: sections, a typed entrustment table, nested lists, dates, the controller', () => {
    const { policy, notes } = importPolicy(page, { format: 'html', today: '2026-01-01' });
    expect(validatePolicy(policy).valid).toBe(true);
    expect(policy.sections.map((section) => section.title)).toEqual([
      '개인정보의 처리 위탁',
      '정보주체의 권리',
      '기타',
    ]);
    expect(policy.controller.name).toBe('㈜예시상점');
    expect(policy.effectiveOn).toBe('2025-03-01');
    const entrustment = blocksOf(policy).find((block) => block.type === 'entrustment');
    expect(entrustment && entrustment.type === 'entrustment' && entrustment.rows[0]!.entrustee).toBe('(주)택배사');
    const list = blocksOf(policy).find((block) => block.type === 'list');
    expect(JSON.stringify(list)).toContain('서면, 전자우편');
    expect(JSON.stringify(policy)).not.toContain('javascript:');
    expect(blocksOf(policy).some((block) => block.type === 'table')).toBe(true);
    expect(notes.some((note) => /generic table/.test(String(note)))).toBe(true);
  });
});

describe('hostile input: bounded work, clear refusals', () => {
  it('refuses a page longer than the limit', () => {
    expect(() => importPolicy('가'.repeat(MAX_INPUT + 1), { format: 'text' })).toThrow(/limit is 3,000,000/);
  });

  it('refuses more lines than a policy has', () => {
    expect(() => importPolicy('1. 가나다\n'.repeat(MAX_NODES + 1), { format: 'text' })).toThrow(
      /lines, items and table rows/,
    );
  });

  it('refuses nesting deeper than any page needs, without overflowing the stack', () => {
    const deep = `${'<div>'.repeat(20_000)}개인정보${'</div>'.repeat(20_000)}`;
    expect(() => importPolicy(deep, { format: 'html' })).toThrow(/nests elements/);
  });

  it('nests numbered items no deeper than eight levels', () => {
    const markers = ['1.', '가.', '①', '(1)', '1)', '(가)', '㉮', 'a.', 'i.'];
    const text = Array.from({ length: 3000 }, (_, index) => `${markers[index % markers.length]} 항목`).join('\n');
    const { policy } = importPolicy(text, { format: 'text' });
    const depth = (value: unknown): number =>
      Array.isArray(value)
        ? Math.max(0, ...value.map(depth))
        : value && typeof value === 'object'
          ? Math.max(0, ...Object.entries(value).map(([key, inner]) => (key === 'items' ? 1 : 0) + depth(inner)))
          : 0;
    expect(depth(policy.sections)).toBeLessThanOrEqual(9);
  });

  it('gives a section with no text an empty block list (still a valid draft)', () => {
    const { policy } = importPolicy('<div>'.repeat(50) + '개인정보 처리방침' + '</div>'.repeat(50), { format: 'html' });
    expect(validatePolicy(policy).valid).toBe(true);
  });
});

describe('privacy-consent import', () => {
  let dir: string;
  let server: Server;
  let base: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'privacy-consent-import-'));
    const eucKr = Buffer.from(
      // "개인정보 처리방침" … in EUC-KR, as older Korean sites still serve it.
      '<html><head><meta charset="euc-kr"></head><body><h1>\xb0\xb3\xc0\xce\xc1\xa4\xba\xb8 \xc3\xb3\xb8\xae\xb9\xe6\xc4\xa7</h1><p>\xc8\xb8\xbb\xe7\xb4\xc2 \xb0\xb3\xc0\xce\xc1\xa4\xba\xb8\xb8\xa6 \xba\xb8\xc8\xa3\xc7\xd5\xb4\xcf\xb4\xd9.</p></body></html>',
      'latin1',
    );
    server = createServer((request, response) => {
      if (request.url === '/policy') response.writeHead(200, { 'content-type': 'text/html' }).end(eucKr);
      else response.writeHead(404).end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('writes a draft that validate accepts, and lists its notes', async () => {
    const out = join(dir, 'smallticket.json');
    const imported = await capture(
      'import',
      new URL('../fixtures/seed-texts/smallticket.txt', import.meta.url).pathname,
      '--out',
      out,
    );
    expect(imported.code).toBe(0);
    expect(imported.err).toMatch(/sections, \d+ typed blocks/);
    expect(imported.err).toContain('•');
    const validated = await capture('validate', out);
    expect(validated.code).toBe(0);
  });

  it('imports a URL, decoding the EUC-KR the page declares', async () => {
    const imported = await capture('import', `${base}/policy`);
    expect(imported.code).toBe(0);
    const policy = JSON.parse(imported.out) as PrivacyPolicy;
    expect(policy.title).toBe('개인정보 처리방침');
    expect(policy.url).toBe(`${base}/policy`);
    expect(JSON.stringify(policy)).toContain('회사는 개인정보를 보호합니다.');
  });

  it('reports an unreachable page or a missing file (exit 1) and wrong usage (exit 2)', async () => {
    expect((await capture('import', `${base}/missing`)).err).toMatch(/HTTP 404/);
    expect((await capture('import', join(dir, 'nope.html'))).code).toBe(1);
    expect((await capture('import')).code).toBe(2);
    expect((await capture('import', 'a.html', '--format', 'pdf')).code).toBe(2);
  });

  it('decodes UTF-8 without a declaration, and EUC-KR bytes that are not UTF-8', () => {
    expect(decodePage(new TextEncoder().encode('개인정보'))).toBe('개인정보');
    expect(decodePage(Buffer.from('\xb0\xb3\xc0\xce', 'latin1'))).toBe('개인');
  });

  it('runs as a process: the whole draft on stdout, the notes on stderr', () => {
    const cli = new URL('../../scripts/cli.ts', import.meta.url).pathname;
    const result = spawnSync(
      process.execPath,
      ['--import', 'tsx', cli, 'import', 'test/fixtures/seed-texts/qsolution.txt'],
      {
        cwd: new URL('../../', import.meta.url).pathname,
        encoding: 'utf8',
        timeout: 60_000,
      },
    );
    expect(result.status, result.stderr).toBe(0);
    expect(validatePolicy(JSON.parse(result.stdout)).valid).toBe(true);
  }, 120_000); // A ceiling for spawning Node with tsx on a busy machine, not a wait.
});
