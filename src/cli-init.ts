/**
 * `privacy-consent init [--out policy.json] [--answers answers.json] [--force] [--lang en]`:
 * asks a few questions (company, service, what is collected, recipients, entrustees, cookies,
 * marketing, the officer) in Korean or English and writes a starter policy that lint passes.
 * `--answers` reads the answers from a JSON file instead (for scripts and CI).
 */
import { access, readFile, writeFile } from 'node:fs/promises';
import { createInterface } from 'node:readline/promises';
import { starterPolicy, type StarterAnswers } from './authoring/init/starter.js';
import { lintPolicy } from './policy/lint.js';
import type { Message } from './policy/issues.js';
import { validatePolicy } from './policy/validate.js';

interface Output {
  out: (line: string) => void;
  err: (line: string) => void;
}

type Lang = keyof Message;

const Q = {
  company: { ko: '회사명 (예: 예시상점 주식회사)', en: 'Company name (e.g. Example Shop Inc.)' },
  service: { ko: '서비스 이름 (예: 온라인 쇼핑몰)', en: 'Service (e.g. online shop)' },
  required: { ko: '회원가입 때 받는 필수 항목 (쉼표로 구분)', en: 'Required items at signup (comma-separated)' },
  optional: { ko: '선택 항목 (없으면 Enter)', en: 'Optional items (Enter for none)' },
  recipients: {
    ko: '개인정보를 제공받는 제3자: "받는 자 | 목적 | 항목, 항목" 한 줄에 하나, 끝나면 빈 줄',
    en: 'Third parties you provide data to: "recipient | purpose | item, item", one a line, empty line to end',
  },
  entrustees: {
    ko: '처리를 위탁하는 업체: "수탁자 | 위탁 업무" 한 줄에 하나, 끝나면 빈 줄',
    en: 'Processors (entrustees): "company | task", one a line, empty line to end',
  },
  cookies: { ko: '쿠키(이용 분석 등)를 쓰나요? (y/n)', en: 'Does the site set cookies (analytics etc.)? (y/n)' },
  marketing: { ko: '마케팅 정보(SMS·이메일)를 보내나요? (y/n)', en: 'Do you send marketing (SMS, email)? (y/n)' },
  officerName: { ko: '개인정보 보호책임자 이름', en: 'Privacy officer: name' },
  officerPhone: { ko: '보호책임자 전화번호', en: 'Privacy officer: phone' },
  officerEmail: { ko: '보호책임자 이메일', en: 'Privacy officer: email' },
} as const;

const list = (text: string): string[] =>
  text
    .split(/[,，、]/)
    .map((item) => item.trim())
    .filter(Boolean);

const ask = async (lang: Lang): Promise<StarterAnswers> => {
  const rl = createInterface({ input: process.stdin, output: process.stderr, terminal: process.stdin.isTTY });
  const lines = rl[Symbol.asyncIterator]();
  const question = async (text: string): Promise<string> => {
    process.stderr.write(`${text}: `);
    const next = await lines.next();
    return next.done ? '' : String(next.value).trim();
  };
  const rows = async (text: string): Promise<string[][]> => {
    process.stderr.write(`${text}\n`);
    const out: string[][] = [];
    for (let row = await question('  >'); row; row = await question('  >'))
      out.push(row.split('|').map((cell) => cell.trim()));
    return out;
  };
  try {
    const company = await question(Q.company[lang]);
    const service = await question(Q.service[lang]);
    const required = list(await question(Q.required[lang]));
    const optional = list(await question(Q.optional[lang]));
    const recipients = (await rows(Q.recipients[lang])).map(([name = '', purpose = '', items = '']) => ({
      name,
      purpose,
      items: list(items),
    }));
    const entrustees = (await rows(Q.entrustees[lang])).map(([name = '', task = '']) => ({ name, task }));
    const cookies = /^y/i.test(await question(Q.cookies[lang]));
    const marketing = /^y/i.test(await question(Q.marketing[lang]));
    const officer = {
      name: await question(Q.officerName[lang]),
      phone: await question(Q.officerPhone[lang]),
      email: await question(Q.officerEmail[lang]),
    };
    return { company, service, required, optional, recipients, entrustees, cookies, marketing, officer };
  } finally {
    rl.close();
  }
};

const USAGE = 'Usage: privacy-consent init [--out policy.json] [--answers answers.json] [--force] [--lang en]';

/** `init`: resolves to the exit code (0 written, 1 not written, 2 usage). */
export const initCommand = async (args: readonly string[], lang: Lang, io: Output): Promise<number> => {
  const options = new Map<string, string | true>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if ((arg === '--out' || arg === '--answers') && args[i + 1] !== undefined) options.set(arg, args[++i]!);
    else if (arg === '--force') options.set(arg, true);
    else {
      io.err(USAGE);
      return 2;
    }
  }
  const out = (options.get('--out') as string | undefined) ?? 'policy.json';
  if (
    !options.has('--force') &&
    (await access(out).then(
      () => true,
      () => false,
    ))
  ) {
    io.err(`✖ ${out} exists; --force to overwrite it.`);
    return 1;
  }
  let answers: Partial<StarterAnswers>;
  try {
    const file = options.get('--answers') as string | undefined;
    answers = file ? (JSON.parse(await readFile(file, 'utf8')) as Partial<StarterAnswers>) : await ask(lang);
  } catch (error) {
    io.err(`✖ ${(error as Error).message}`);
    return 1;
  }
  const missing = (['company', 'service'] as const).filter((key) => !answers[key]);
  if (!answers.required?.length || missing.length || !answers.officer?.name) {
    io.err(
      lang === 'en'
        ? '✖ A company, a service, the required items and the officer are needed.'
        : '✖ 회사명, 서비스, 필수 항목, 보호책임자가 필요합니다.',
    );
    return 1;
  }
  const policy = starterPolicy({
    optional: [],
    recipients: [],
    entrustees: [],
    cookies: false,
    marketing: false,
    ...answers,
  } as StarterAnswers);
  const checked = validatePolicy(policy);
  if (!checked.valid) {
    for (const issue of checked.issues.slice(0, 10)) io.err(`  ${issue.path} [${issue.code}] ${issue.message[lang]}`);
    return 1;
  }
  await writeFile(out, `${JSON.stringify(policy, null, 2)}\n`);
  const warnings = lintPolicy(policy);
  io.err(
    lang === 'en'
      ? `✔ ${out}: ${policy.sections.length} sections, ${policy.consents?.length ?? 0} consent items, ${warnings.length} lint warnings. Read every sentence and adjust it to what you do.`
      : `✔ ${out}: 섹션 ${policy.sections.length}개, 동의 항목 ${policy.consents?.length ?? 0}개, lint 경고 ${warnings.length}개. 모든 문장을 읽고 실제 처리에 맞게 고치세요.`,
  );
  for (const warning of warnings) io.err(`  ⚠ ${warning.path} [${warning.code}] ${warning.message[lang]}`);
  return 0;
};
