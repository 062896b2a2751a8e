/**
 * privacy-consent validate|lint|hash <file…>
 * privacy-consent cookies <policy.json> [--url URL] [--html [--mode notice|opt-in] [--policy-href URL]]
 * privacy-consent import <file.html | file.txt | URL> [--out draft.json]
 * privacy-consent init [--out policy.json] [--answers answers.json]
 * privacy-consent render <policy.json> [--fragment] [--out policy.html] | <policy.json…> --archive DIR
 * privacy-consent due --store <SQLite file | postgres URL> [--as-of DATE] [--json]
 *
 * Exit codes: 0 when every file is valid (lint warnings alone do not fail unless --strict),
 * 1 when a file is invalid or unreadable, 2 on wrong usage.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { lintPolicy } from './policy/lint.js';
import { policyHash } from './policy/canonical.js';
import { cookieDocument } from './policy/derive-cookie-document.js';
import { isAllowedLink } from './policy/links.js';
import { parsePolicyJson } from './policy/parse.js';
import type { Message } from './policy/issues.js';
import { formatDueTable, listDue } from './server/due.js';

type Lang = keyof Message;

const USAGE = `Usage: privacy-consent <command> [--lang ko|en] [--strict] <file…>

Commands:
  validate <file…>  check each policy against the schema; print its content hash
  lint <file…>      validate, then warn where the policy falls short of PIPA
  hash <file>       print the content hash (sha256-…) of a valid policy
  cookies <file> [--url URL] [--html [--mode notice|opt-in] [--policy-href URL]]
                    print the cookie document <privacy-cookie-notice> renders its
                    banner from (categories, refusal steps, the policy's id, version
                    and hash; URL: where the full policy is published); --html prints
                    the whole element with its banner rendered ahead of time (shown
                    before scripts run), in --mode and --lang, and the CSP hash of
                    its stylesheet on stderr
  import <file.html | file.txt | https://…> [--out draft.json] [--format html|text]
                    turn an existing 처리방침 page into a draft policy to review;
                    what it could not type is listed in source.notes
  init [--out policy.json] [--answers answers.json] [--force]
                    answer a few questions; writes a starter policy lint passes
  render <policy.json> [--out policy.html] [--fragment]
                    the whole policy as a static, printable page without script
                    (--lang sets the page language; --fragment writes the text as
                    children for <privacy-policy>, shown until scripts run;
                    --archive DIR with several versions writes a page each and an index)
  due --store <SQLite file | postgres://…> [--as-of YYYY-MM-DD] [--json]
                    list the advertising consents to reconfirm (every two years,
                    Network Act 50(8)) by that date (default: today in Korea)

Exit status: 0 valid, 1 invalid (or lint warnings with --strict), 2 usage.`;

interface Output {
  out: (line: string) => void;
  err: (line: string) => void;
}

/** `cookies --html`: the element with its banner rendered ahead of time. */
interface BannerOptions {
  readonly mode?: 'notice' | 'opt-in';
  readonly policyHref?: string;
}

const checkFile = async (
  file: string,
  command: string,
  lang: Lang,
  io: Output,
  url?: string,
  banner?: BannerOptions,
): Promise<'ok' | 'warn' | 'fail'> => {
  let raw: string;
  try {
    raw = await readFile(file, 'utf8');
  } catch (error) {
    io.err(`✖ ${file}: ${(error as Error).message}`);
    return 'fail';
  }
  const result = parsePolicyJson(raw);
  if (!result.valid) {
    io.err(`✖ ${file}`);
    for (const problem of result.issues) io.err(`  ${problem.path}  [${problem.code}] ${problem.message[lang]}`);
    return 'fail';
  }
  const hash = await policyHash(result.policy);
  if (command === 'hash') {
    io.out(hash);
    return 'ok';
  }
  if (command === 'cookies') {
    const cookies = cookieDocument(result.policy, hash, url ? { url } : {});
    if (!banner) io.out(JSON.stringify(cookies));
    else {
      const { prerenderedBanner } = await import('./render/cookie-banner.js');
      const { html, css } = prerenderedBanner(cookies, { lang, ...banner });
      io.out(html);
      const styleHash = `'sha256-${createHash('sha256').update(css).digest('base64')}'`;
      io.err(
        lang === 'en'
          ? `Content-Security-Policy: style-src ${styleHash} (the banner's inline stylesheet)`
          : `Content-Security-Policy: style-src ${styleHash} (배너의 인라인 스타일시트)`,
      );
    }
    return 'ok';
  }
  io.out(`✔ ${file}  ${hash}`);
  if (command !== 'lint') return 'ok';
  const warnings = lintPolicy(result.policy);
  for (const warning of warnings)
    io.out(`  ⚠ ${warning.path}  [${warning.code}] ${warning.message[lang]}${warning.ref ? ` (${warning.ref})` : ''}`);
  return warnings.length ? 'warn' : 'ok';
};

const AS_OF = /^\d{4}-\d{2}-\d{2}(T.*)?$/;

/** `due --store X [--as-of DATE] [--json]`: who must be asked again. */
const due = async (args: readonly string[], io: Output): Promise<number> => {
  const options = new Map<string, string | true>();
  for (let i = 0; i < args.length; i++) {
    const name = args[i]!;
    if (name === '--json') options.set(name, true);
    else if ((name === '--store' || name === '--as-of') && args[i + 1] !== undefined) options.set(name, args[++i]!);
    else {
      io.err(USAGE);
      return 2;
    }
  }
  const store = options.get('--store');
  const given = options.get('--as-of');
  if (
    typeof store !== 'string' ||
    (typeof given === 'string' && (!AS_OF.test(given) || Number.isNaN(Date.parse(given))))
  ) {
    io.err(USAGE);
    return 2;
  }
  const asOf = typeof given === 'string' ? given : new Date();
  try {
    const entries = await listDue({ store, asOf });
    io.out(options.has('--json') ? JSON.stringify(entries, null, 2) : formatDueTable(entries, asOf));
    return 0;
  } catch (error) {
    io.err(`✖ ${(error as Error).message}`);
    return 1;
  }
};

/**
 * Takes `--html`, `--mode` and `--policy-href` out of `args`: the banner's options, nothing when
 * there is no `--html`, or `'usage'` when they are wrong (a mode or href without `--html`).
 */
const bannerOptions = (args: string[]): BannerOptions | 'usage' | undefined => {
  const take = (flag: string): string | true | undefined => {
    const index = args.indexOf(flag);
    if (index < 0) return undefined;
    if (flag === '--html') return Boolean(args.splice(index, 1)) || undefined;
    const [, value] = args.splice(index, 2);
    return value ?? true;
  };
  const html = take('--html');
  const mode = take('--mode');
  const policyHref = take('--policy-href');
  if (!html) return mode === undefined && policyHref === undefined ? undefined : 'usage';
  if (mode !== undefined && mode !== 'notice' && mode !== 'opt-in') return 'usage';
  // Relative, or http(s)/mailto/tel: what the banner would link.
  if (policyHref !== undefined && (policyHref === true || !policyHref || !isAllowedLink(policyHref))) return 'usage';
  return { ...(mode ? { mode } : {}), ...(policyHref ? { policyHref } : {}) };
};

/** Runs the CLI with the given arguments; resolves to the exit code. */
export const run = async (
  argv: readonly string[],
  io: Output = { out: console.log, err: console.error },
): Promise<number> => {
  const args = [...argv];
  if (args[0] === 'due') return due(args.slice(1), io);
  const langIndex = args.indexOf('--lang');
  const lang: Lang = langIndex >= 0 && args[langIndex + 1] === 'en' ? 'en' : 'ko';
  if (langIndex >= 0) args.splice(langIndex, 2);
  // The importer (and its HTML parser) loads only for this command.
  if (args[0] === 'import') return (await import('./cli-import.js')).importCommand(args.slice(1), lang, io);
  if (args[0] === 'init') return (await import('./cli-init.js')).initCommand(args.slice(1), lang, io);
  if (args[0] === 'render') return (await import('./cli-render.js')).renderCommand(args.slice(1), lang, io);
  const urlIndex = args.indexOf('--url');
  const url = urlIndex >= 0 ? args[urlIndex + 1] : undefined;
  if (urlIndex >= 0) args.splice(urlIndex, 2);
  const banner = bannerOptions(args);
  const strict = args.includes('--strict');
  const [command, ...files] = args.filter((arg) => arg !== '--strict');
  if (command === '--help' || command === '-h') {
    io.out(USAGE);
    return 0;
  }
  if (
    !command ||
    !['validate', 'lint', 'hash', 'cookies'].includes(command) ||
    !files.length ||
    ((command === 'hash' || command === 'cookies') && files.length > 1) ||
    (urlIndex >= 0 && (command !== 'cookies' || !url || !/^https?:\/\//i.test(url))) ||
    banner === 'usage' ||
    (banner && command !== 'cookies')
  ) {
    io.err(USAGE);
    return 2;
  }
  let code = 0;
  for (const file of files) {
    const outcome = await checkFile(file, command, lang, io, url, banner || undefined);
    if (outcome === 'fail' || (outcome === 'warn' && strict)) code = 1;
  }
  return code;
};
