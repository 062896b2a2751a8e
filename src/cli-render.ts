/**
 * `privacy-consent render <policy.json> [--lang ko|en] [--out policy.html]`: the policy as a
 * static, printable page with no script. `--fragment` writes the same text as light-DOM children
 * for `<privacy-policy>` (a fallback before scripts run). `--archive DIR` with several versions of
 * a policy writes one page per version and an index, newest first.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parsePolicyJson } from './policy/parse.js';
import type { Message } from './policy/issues.js';
import { resolveText } from './policy/text.js';
import type { PrivacyPolicy } from './policy/types.js';
import { PAGE_STYLES } from './render/page-styles.js';
import { renderFallbackFragment } from './render/fragment.js';
import { renderStaticPage } from './render/static-page.js';

interface Output {
  out: (line: string) => void;
  err: (line: string) => void;
}

const USAGE =
  'Usage: privacy-consent render <policy.json> [--lang ko|en] [--fragment] [--out policy.html]\n       privacy-consent render <policy.json…> --archive <dir> [--lang ko|en]';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
const escape = (value: string): string => value.replace(/[&<>"]/g, (char) => ESCAPES[char]!);

/** A file name from a version (`2025-03-01`, `v2.1`): letters, digits, `.`, `-`, `_`. */
const fileOf = (policy: PrivacyPolicy): string => `${policy.version.replace(/[^\w.-]+/g, '_')}.html`;

const archiveIndex = (policies: readonly PrivacyPolicy[], lang: string): string => {
  const newest = policies[0]!;
  const title = resolveText(newest.title, lang, newest.lang);
  const english = lang.startsWith('en');
  const rows = policies
    .map((policy, index) => {
      const label = policy.versionLabel ?? policy.version;
      const period = `${policy.effectiveOn ?? ''}${index ? ` – ${policies[index - 1]!.effectiveOn ?? ''}` : english ? ' – (current)' : ' – (현행)'}`;
      return `<li><a href="${escape(fileOf(policy))}">${escape(label)}</a> <span>${escape(period)}</span></li>`;
    })
    .join('\n');
  return `<!doctype html>
<html lang="${escape(lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${escape(title)} — ${english ? 'versions' : '버전 목록'}</title>
<style>${PAGE_STYLES}</style>
</head>
<body>
<main>
<h1>${escape(title)}: ${english ? 'all versions' : '전체 버전'}</h1>
<p>${escape(resolveText(newest.controller.name, lang, newest.lang))}</p>
<ul>
${rows}
</ul>
</main>
</body>
</html>
`;
};

/** `render`: resolves to the exit code (0 written, 1 a policy unreadable or invalid, 2 usage). */
export const renderCommand = async (args: readonly string[], lang: keyof Message, io: Output): Promise<number> => {
  const options = new Map<string, string>();
  const files: string[] = [];
  let unknown = false;
  let fragment = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--fragment') fragment = true;
    else if ((arg === '--out' || arg === '--archive') && args[i + 1] !== undefined) options.set(arg, args[++i]!);
    else if (arg.startsWith('--')) unknown = true;
    else files.push(arg);
  }
  const archive = options.get('--archive');
  if (unknown || !files.length || (files.length > 1 && !archive) || (archive && (options.has('--out') || fragment))) {
    io.err(USAGE);
    return 2;
  }
  const policies: PrivacyPolicy[] = [];
  for (const file of files) {
    let raw: string;
    try {
      raw = await readFile(file, 'utf8');
    } catch (error) {
      io.err(`✖ ${file}: ${(error as Error).message}`);
      return 1;
    }
    const result = parsePolicyJson(raw);
    if (!result.valid) {
      io.err(`✖ ${file}`);
      for (const problem of result.issues.slice(0, 20))
        io.err(`  ${problem.path}  [${problem.code}] ${problem.message[lang]}`);
      return 1;
    }
    policies.push(result.policy);
  }
  const pageLang = options.get('--lang') ?? lang;
  if (!archive) {
    const render = fragment ? renderFallbackFragment : renderStaticPage;
    const html = await render(policies[0]!, { lang: pageLang });
    const out = options.get('--out');
    if (out) {
      await writeFile(out, html);
      io.err(`✔ ${out}`);
    } else io.out(html.trimEnd());
    return 0;
  }
  policies.sort((a, b) => (b.effectiveOn ?? b.version).localeCompare(a.effectiveOn ?? a.version));
  await mkdir(archive, { recursive: true });
  const back = { text: pageLang.startsWith('en') ? 'All versions' : '전체 버전 보기', href: 'index.html' };
  for (const policy of policies) {
    await writeFile(join(archive, fileOf(policy)), await renderStaticPage(policy, { lang: pageLang, footer: [back] }));
  }
  await writeFile(join(archive, 'index.html'), archiveIndex(policies, pageLang));
  io.err(`✔ ${join(archive, 'index.html')} and ${policies.length} version pages`);
  return 0;
};
