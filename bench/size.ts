/**
 * Size of what a page downloads on first load, per entry, measured the way a site's bundler
 * ships the package: esbuild `--bundle --minify --splitting --format=esm` of the built
 * `dist/<element>.js` (Lit and Floating UI resolved from node_modules). First load = the entry
 * and every chunk it imports statically; chunks reached only by `import()` are listed apart.
 *
 *   npm run build && npm run bench:size   # table
 *   npm run bench:size -- --json           # machine-readable
 *   npm run bench:size -- --check          # exit 1 when an entry is over its budget (npm test)
 */
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { basename, join, relative, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { build, type Metafile } from 'esbuild';

const ROOT = resolve(import.meta.dirname, '..');

export interface SizeEntry {
  /** What a page imports (bundled as a site would). */
  readonly source?: string;
  /** Or a file a page inlines byte for byte (measured as it is). */
  readonly file?: string;
  /** What the budget counts: brotli bytes (default) or, for an inlined file, its raw bytes. */
  readonly budgetOn?: 'raw' | 'brotli';
  /** First-load brotli budget in bytes, if enforced. */
  readonly budget?: number;
  /**
   * The chunk (file name start) a first load imports together with its document, the view that
   * renders it: "before first render" adds it and what it imports statically to the first load.
   */
  readonly withDocument?: string;
}

const KB = 1024;

/** Each entry is a tiny module importing what a page would import. */
export const ENTRIES: Record<string, SizeEntry> = {
  'lit (baseline)': {
    source: `import { LitElement, html, css } from 'lit'; import { property, state } from 'lit/decorators.js'; console.log(LitElement, html, css, property, state);`,
  },
  '<privacy-consent>': {
    source: `import '${ROOT}/dist/privacy-consent.js';`,
    budget: 14 * KB,
    withDocument: 'signup-view',
  },
  '<privacy-policy>': {
    source: `import '${ROOT}/dist/privacy-policy.js';`,
    budget: 14 * KB,
    withDocument: 'policy-view',
  },
  '<privacy-cookie-notice>': {
    source: `import '${ROOT}/dist/privacy-cookie-notice.js';`,
    budget: 9 * KB,
    withDocument: 'notice-ui',
  },
  'Consent Mode head script (inlined as it is)': {
    file: `${ROOT}/src/consent-mode-head.js`,
    budget: 1 * KB,
    budgetOn: 'raw',
  },
  'policy: checkPolicy (codes + paths)': { source: `export { checkPolicy } from '${ROOT}/src/policy/check.ts';` },
  'policy: load + check + hash (what an element needs)': {
    source: `export { loadPolicy, acceptPolicy } from '${ROOT}/src/policy/load.ts';`,
  },
  'policy: everything (incl. lint)': { source: `export * from '${ROOT}/src/policy/index.ts';` },
};

export interface Measured {
  entry: string;
  raw: number;
  gzip: number;
  brotli: number;
  budget?: number;
  budgetOn?: 'raw' | 'brotli';
  lazy: { file: string; brotli: number }[];
  /** Brotli bytes of the first load plus the chunk fetched with the document (see `withDocument`). */
  beforeRender?: number;
}

const brotli = (code: Uint8Array) =>
  brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const gzip = (code: Uint8Array) => gzipSync(code, { level: 9 }).length;

/** The entry's output and every output it imports statically (transitively). */
const firstLoad = (metafile: Metafile, entry: string): Set<string> => {
  const first = new Set<string>([entry]);
  const queue = [entry];
  while (queue.length)
    for (const imported of metafile.outputs[queue.shift()!]!.imports) {
      if (imported.kind !== 'import-statement' || imported.external || first.has(imported.path)) continue;
      first.add(imported.path);
      queue.push(imported.path);
    }
  return first;
};

export const measure = async (entries = ENTRIES): Promise<Measured[]> => {
  // Inside the project, so bare imports resolve from its node_modules.
  const dir = await mkdtemp(join(ROOT, 'bench', '.size-'));
  const results: Measured[] = [];
  try {
    for (const [name, { source = '', file: inlined, budget, budgetOn, withDocument }] of Object.entries(entries)) {
      if (inlined) {
        const code = await readFile(inlined);
        results.push({
          entry: name,
          raw: code.length,
          gzip: gzip(code),
          brotli: brotli(code),
          ...(budget ? { budget, budgetOn: budgetOn ?? 'brotli' } : {}),
          lazy: [],
        });
        continue;
      }
      const imported = /'([^']+\.js)'/.exec(source)?.[1];
      if (imported?.startsWith(`${ROOT}/dist/`) && !existsSync(imported))
        throw new Error(`${relative(ROOT, imported)} is missing: run \`npm run build\` first.`);
      const file = join(dir, `entry-${results.length}.ts`);
      await writeFile(file, source);
      const { outputFiles, metafile } = await build({
        entryPoints: [file],
        absWorkingDir: ROOT,
        bundle: true,
        minify: true,
        splitting: true,
        format: 'esm',
        target: 'es2022',
        outdir: join(dir, 'out'),
        write: false,
        metafile: true,
        logLevel: 'silent',
        define: { 'process.env.NODE_ENV': '"production"' },
      });
      const outputs = new Map(outputFiles.map((output) => [relative(ROOT, output.path), output.contents]));
      const entry = Object.keys(metafile.outputs).find(
        (path) => metafile.outputs[path]!.entryPoint === relative(ROOT, file),
      )!;
      const first = firstLoad(metafile, entry);
      const js = [...outputs.keys()].filter((path) => path.endsWith('.js'));
      const code = Buffer.concat(js.filter((path) => first.has(path)).map((path) => outputs.get(path)!));
      const view = Object.keys(metafile.outputs).find((path) =>
        basename(metafile.outputs[path]!.entryPoint ?? '').startsWith(`${withDocument}-`),
      );
      const beforeRender = view && new Set([...first, ...firstLoad(metafile, view)]);
      results.push({
        entry: name,
        raw: code.length,
        gzip: gzip(code),
        brotli: brotli(code),
        ...(budget ? { budget } : {}),
        ...(beforeRender
          ? {
              beforeRender: brotli(
                Buffer.concat(js.filter((path) => beforeRender.has(path)).map((p) => outputs.get(p)!)),
              ),
            }
          : {}),
        lazy: js
          .filter((path) => !first.has(path))
          .map((path) => ({ file: basename(path), brotli: brotli(outputs.get(path)!) })),
      });
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  return results;
};

const kB = (bytes: number) => `${(bytes / KB).toFixed(2)} kB`;

/** The entries over budget, as messages. */
export const overBudget = (results: readonly Measured[]): string[] =>
  results
    .filter((r) => r.budget !== undefined && r[r.budgetOn ?? 'brotli'] > r.budget)
    .map(
      (r) => `${r.entry}: ${kB(r[r.budgetOn ?? 'brotli'])} ${r.budgetOn ?? 'brotli'} over its ${kB(r.budget!)} budget`,
    );

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const results = await measure();
  if (process.argv.includes('--json')) {
    console.log(JSON.stringify(results, null, 2));
  } else {
    console.log('| entry (first load, minified) | raw | gzip | brotli | budget | lazy chunks (brotli) |');
    console.log('|---|---:|---:|---:|---:|---|');
    for (const r of results)
      console.log(
        `| ${r.entry} | ${kB(r.raw)} | ${kB(r.gzip)} | ${kB(r.brotli)} | ${r.budget ? `${kB(r.budget)}${r.budgetOn === 'raw' ? ' raw' : ''}` : '–'} | ${r.lazy.map((l) => `${l.file.replace(/-[\w]+\.js$/, '')} ${kB(l.brotli)}`).join(', ') || '–'} |`,
      );
    for (const r of results)
      if (r.beforeRender)
        console.log(
          `\nBefore first render, ${r.entry}: ${kB(r.beforeRender)} brotli (first load + the view chunk fetched with the document)`,
        );
  }
  if (process.argv.includes('--check')) {
    const over = overBudget(results);
    for (const message of over) console.error(message);
    if (over.length) process.exit(1);
    console.error('Every entry is within its budget.');
  }
}
