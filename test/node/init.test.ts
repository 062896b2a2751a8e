import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { starterPolicy, type StarterAnswers } from '../../src/authoring/init/starter.js';
import { run } from '../../src/cli.js';
import { lintPolicy } from '../../src/policy/lint.js';
import { validatePolicy } from '../../src/policy/validate.js';

const ROOT = new URL('../../', import.meta.url).pathname;
const CLI = new URL('../../scripts/cli.ts', import.meta.url).pathname;

const SMALL: StarterAnswers = {
  company: '예시상점 주식회사',
  service: '온라인 쇼핑몰',
  required: ['아이디', '비밀번호', '이름', '휴대폰번호'],
  optional: [],
  recipients: [],
  entrustees: [],
  cookies: false,
  marketing: false,
  officer: { name: '홍길동', phone: '02-000-0000', email: 'privacy@example.com' },
  effectiveOn: '2026-01-01',
};
const EVERYTHING: StarterAnswers = {
  ...SMALL,
  optional: ['생년월일'],
  recipients: [{ name: '예시보험 주식회사', purpose: '보험 상품 안내', items: ['이름', '휴대폰번호'] }],
  entrustees: [{ name: '예시택배 주식회사', task: '상품 배송' }],
  cookies: true,
  marketing: true,
};

const capture = async (...args: string[]) => {
  const out: string[] = [];
  const err: string[] = [];
  const code = await run(args, { out: (line) => out.push(line), err: (line) => err.push(line) });
  return { code, out: out.join('\n'), err: err.join('\n') };
};

describe('the starter policy', () => {
  it.each([
    ['a small shop', SMALL],
    ['provision, entrustment, cookies and marketing', EVERYTHING],
  ])('%s: valid, and lint has nothing to say', (_name, answers) => {
    const policy = starterPolicy(answers);
    expect(validatePolicy(policy).valid).toBe(true);
    expect(lintPolicy(policy)).toEqual([]);
  });

  it('has the consent items that follow from the answers', () => {
    expect(starterPolicy(SMALL).consents!.map((item) => item.id)).toEqual(['signup']);
    expect(starterPolicy(EVERYTHING).consents!.map((item) => item.category)).toEqual([
      'collection',
      'collection',
      'third-party',
      'marketing',
      'ad-receipt',
    ]);
  });
});

describe('privacy-consent init', () => {
  const dir = mkdtempSync(join(tmpdir(), 'privacy-consent-init-'));

  it('writes a starter from --answers that lint passes with zero warnings', async () => {
    const answers = join(dir, 'answers.json');
    const out = join(dir, 'policy.json');
    writeFileSync(answers, JSON.stringify(EVERYTHING));
    expect((await capture('init', '--answers', answers, '--out', out)).code).toBe(0);
    const linted = await capture('lint', '--strict', out);
    expect(linted.code).toBe(0);
    expect(linted.out).not.toContain('⚠');
  });

  it('asks its questions (here answered on stdin) in Korean, or in English with --lang en', () => {
    const typed = [
      '예시상점 주식회사',
      '온라인 쇼핑몰',
      '아이디, 비밀번호, 이름, 휴대폰번호',
      '생년월일',
      '예시보험 주식회사 | 보험 상품 안내 | 이름, 휴대폰번호',
      '',
      '예시택배 주식회사 | 상품 배송',
      '',
      'y',
      'y',
      '홍길동',
      '02-000-0000',
      'privacy@example.com',
      '',
    ].join('\n');
    for (const [lang, question] of [
      ['ko', '회사명'],
      ['en', 'Company name'],
    ] as const) {
      const out = join(dir, `asked-${lang}.json`);
      const result = spawnSync(process.execPath, ['--import', 'tsx', CLI, 'init', '--lang', lang, '--out', out], {
        cwd: ROOT,
        input: typed,
        encoding: 'utf8',
        timeout: 60_000,
      });
      expect(result.status, result.stderr).toBe(0);
      expect(result.stderr).toContain(question);
      const policy = JSON.parse(readFileSync(out, 'utf8'));
      expect(policy.controller.name).toBe('예시상점 주식회사');
      expect(policy.consents.map((item: { id: string }) => item.id)).toContain('provision-1');
      expect(lintPolicy(policy)).toEqual([]);
    }
  }, 120_000); // A ceiling for spawning Node with tsx on a busy machine, not a wait.

  it('does not overwrite a file without --force, and needs the essential answers', async () => {
    const out = join(dir, 'exists.json');
    writeFileSync(out, '{}');
    const answers = join(dir, 'small.json');
    writeFileSync(answers, JSON.stringify(SMALL));
    expect((await capture('init', '--answers', answers, '--out', out)).code).toBe(1);
    expect(readFileSync(out, 'utf8')).toBe('{}');
    expect((await capture('init', '--answers', answers, '--out', out, '--force')).code).toBe(0);
    const empty = join(dir, 'empty.json');
    writeFileSync(empty, JSON.stringify({ company: 'x' }));
    const fresh = join(dir, 'fresh.json');
    expect((await capture('init', '--answers', empty, '--out', fresh)).code).toBe(1);
    expect(existsSync(fresh)).toBe(false);
    expect((await capture('init', '--bogus')).code).toBe(2);
  });
});
