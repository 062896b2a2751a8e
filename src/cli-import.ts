/**
 * `privacy-consent import <file.html | file.txt | URL> [--out draft.json] [--format html|text]
 * [--url BASE] [--id ID]`: an existing 처리방침 page into a draft policy document (JSON on
 * stdout or in --out), the importer's notes and the lint warnings on stderr.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { importPolicy, MAX_INPUT } from './authoring/import/index.js';
import { lintPolicy } from './policy/lint.js';
import type { Message } from './policy/issues.js';

interface Output {
  out: (line: string) => void;
  err: (line: string) => void;
}

interface Fetched {
  readonly bytes: Uint8Array;
  readonly contentType?: string;
}

const FETCH_TIMEOUT_MS = 30_000;

/** Reads a URL's body, at most MAX_INPUT × 4 bytes (UTF-8 Korean is 3 bytes a character). */
const download = async (url: string): Promise<Fetched> => {
  const response = await fetch(url, {
    redirect: 'follow',
    signal: AbortSignal.timeout(FETCH_TIMEOUT_MS),
    headers: { accept: 'text/html,text/plain;q=0.9,*/*;q=0.1' },
  });
  if (!response.ok || !response.body) throw new Error(`${url}: HTTP ${response.status}`);
  const limit = MAX_INPUT * 4;
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
    size += chunk.byteLength;
    if (size > limit) throw new Error(`${url}: the page is larger than ${limit.toLocaleString('en')} bytes`);
    chunks.push(chunk);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return {
    bytes,
    ...(response.headers.get('content-type') ? { contentType: response.headers.get('content-type')! } : {}),
  };
};

/** Decodes as the page declares (many Korean sites still serve EUC-KR), else UTF-8, else EUC-KR. */
export const decodePage = (bytes: Uint8Array, contentType = ''): string => {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  const declared = (/charset\s*=\s*["']?([\w-]+)/i.exec(contentType) ??
    /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(head))?.[1];
  if (declared) {
    try {
      return new TextDecoder(declared.toLowerCase()).decode(bytes);
    } catch {
      // An unknown label: fall through to detection.
    }
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('euc-kr').decode(bytes);
  }
};

const formatOf = (name: string, contentType = ''): 'html' | 'text' | undefined => {
  if (/html/i.test(contentType) || /\.x?html?$/i.test(extname(name))) return 'html';
  if (/text\/plain/i.test(contentType) || /\.(txt|md)$/i.test(extname(name))) return 'text';
  return undefined;
};

const USAGE =
  'Usage: privacy-consent import <file.html | file.txt | https://…> [--out draft.json] [--format html|text] [--url BASE] [--id ID]';

/** `import`: resolves to the exit code (0 written, 1 unreadable or not importable, 2 usage). */
export const importCommand = async (args: readonly string[], lang: keyof Message, io: Output): Promise<number> => {
  const options = new Map<string, string>();
  const inputs: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (['--out', '--format', '--url', '--id'].includes(arg) && args[i + 1] !== undefined) options.set(arg, args[++i]!);
    else if (arg.startsWith('--')) inputs.push('');
    else inputs.push(arg);
  }
  const format = options.get('--format');
  if (inputs.length !== 1 || !inputs[0] || (format !== undefined && format !== 'html' && format !== 'text')) {
    io.err(USAGE);
    return 2;
  }
  const input = inputs[0];
  const remote = /^https?:\/\//i.test(input);
  try {
    const page = remote ? await download(input) : { bytes: new Uint8Array(await readFile(input)) };
    const contentType = 'contentType' in page ? page.contentType : undefined;
    const text = decodePage(page.bytes, contentType);
    const url = options.get('--url') ?? (remote ? input : undefined);
    const kind =
      (format as 'html' | 'text' | undefined) ?? formatOf(remote ? new URL(input).pathname : input, contentType);
    const { policy, notes } = importPolicy(text, {
      ...(kind ? { format: kind } : {}),
      ...(url ? { url } : {}),
      ...(remote ? {} : { document: basename(input) }),
      ...(options.get('--id') ? { id: options.get('--id')! } : {}),
    });
    const json = `${JSON.stringify(policy, null, 2)}\n`;
    const out = options.get('--out');
    if (out) await writeFile(out, json);
    else io.out(json.trimEnd());
    const sections = policy.sections.length;
    const typed = policy.sections
      .flatMap((section) => section.blocks)
      .filter((block) => !['paragraph', 'list', 'table', 'heading', 'note'].includes(block.type)).length;
    io.err(
      `✔ ${out ?? 'draft'}: ${sections} sections, ${typed} typed blocks. Review it: the importer left these notes (also in source.notes):`,
    );
    for (const note of notes) io.err(`  • ${typeof note === 'string' ? note : JSON.stringify(note)}`);
    const warnings = lintPolicy(policy);
    if (warnings.length) {
      io.err(`  ${warnings.length} lint warnings; \`privacy-consent lint ${out ?? '<draft.json>'}\` lists them:`);
      for (const warning of warnings.slice(0, 10))
        io.err(`  ⚠ ${warning.path}  [${warning.code}] ${warning.message[lang]}`);
      if (warnings.length > 10) io.err(`  … and ${warnings.length - 10} more`);
    }
    return 0;
  } catch (error) {
    io.err(`✖ ${input}: ${(error as Error).message}`);
    return 1;
  }
};
