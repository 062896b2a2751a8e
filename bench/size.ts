/**
 * Size of what a page downloads on first load, per entry: minified, every dependency
 * bundled (Lit included), gzip -9 and brotli -11. Lazy chunks (other locales, Floating UI,
 * the no-WebCrypto hash) are listed separately and not counted in first load.
 *
 *   npm run bench:size            # table
 *   npm run bench:size -- --json  # machine-readable
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { transform } from 'esbuild';
import { build, type Rollup } from 'vite';
import { minifyLiterals } from '../scripts/minify-literals-plugin.js';

const ROOT = resolve(import.meta.dirname, '..');

/** Each entry is a tiny module importing what a page would import. */
export const ENTRIES: Record<string, string> = {
  'lit (baseline)': `import { LitElement, html, css } from 'lit'; import { property, state } from 'lit/decorators.js'; console.log(LitElement, html, css, property, state);`,
  'policy: checkPolicy (codes + paths)': `export { checkPolicy } from '${ROOT}/src/policy/check.ts';`,
  'policy: validatePolicy (+ ko/en messages)': `export { validatePolicy } from '${ROOT}/src/policy/validate.ts';`,
  'policy: load + check + hash (what an element needs)': `export { loadPolicy, acceptPolicy } from '${ROOT}/src/policy/load.ts';`,
  '<privacy-consent> (budget 14 kB)': `import '${ROOT}/src/privacy-consent.ts';`,
  '<privacy-policy> (budget 14 kB)': `import '${ROOT}/src/privacy-policy.ts';`,
  '<privacy-cookie-notice> (budget 9 kB)': `import '${ROOT}/src/privacy-cookie-notice.ts';`,
  'policy: everything (incl. lint)': `export * from '${ROOT}/src/policy/index.ts';`,
};

interface Measured {
  entry: string;
  raw: number;
  gzip: number;
  brotli: number;
  lazy: { file: string; brotli: number }[];
}

const brotli = (code: string) =>
  brotliCompressSync(Buffer.from(code), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const gzip = (code: string) => gzipSync(Buffer.from(code), { level: 9 }).length;

export const measure = async (entries = ENTRIES): Promise<Measured[]> => {
  // Inside the project, so bare imports resolve from its node_modules.
  const dir = await mkdtemp(join(ROOT, 'bench', '.size-'));
  const results: Measured[] = [];
  try {
    for (const [name, source] of Object.entries(entries)) {
      const file = join(dir, `${results.length}.ts`);
      await writeFile(file, source);
      const output = (await build({
        root: ROOT,
        configFile: false,
        logLevel: 'silent',
        define: { 'process.env.NODE_ENV': '"production"' },
        plugins: [minifyLiterals()],
        build: {
          write: false,
          minify: true,
          target: 'es2022',
          modulePreload: false,
          // Library mode, as a host's bundler would consume us: no app-level preload helper.
          lib: { entry: file, formats: ['es'], fileName: 'entry' },
          rollupOptions: { preserveEntrySignatures: 'exports-only' },
        },
      })) as Rollup.RollupOutput | Rollup.RollupOutput[];
      const chunks = (Array.isArray(output) ? output.flatMap((o) => o.output) : output.output).filter(
        (item): item is Rollup.OutputChunk => item.type === 'chunk',
      );
      const entry = chunks.find((chunk) => chunk.isEntry)!;
      // First load = the entry and everything it imports statically.
      const first = new Set<string>([entry.fileName]);
      const queue = [entry];
      while (queue.length) {
        for (const imported of queue.shift()!.imports) {
          if (first.has(imported)) continue;
          first.add(imported);
          queue.push(chunks.find((chunk) => chunk.fileName === imported)!);
        }
      }
      // Vite's library mode keeps whitespace in ES output; a host's production build would not.
      const minified = new Map<string, string>();
      for (const chunk of chunks)
        minified.set(
          chunk.fileName,
          (await transform(chunk.code, { minify: true, format: 'esm', target: 'es2022' })).code,
        );
      const code = chunks
        .filter((chunk) => first.has(chunk.fileName))
        .map((chunk) => minified.get(chunk.fileName)!)
        .join('\n');
      results.push({
        entry: name,
        raw: code.length,
        gzip: gzip(code),
        brotli: brotli(code),
        lazy: chunks
          .filter((chunk) => !first.has(chunk.fileName))
          .map((chunk) => ({ file: chunk.fileName, brotli: brotli(minified.get(chunk.fileName)!) })),
      });
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  return results;
};

const kB = (bytes: number) => `${(bytes / 1024).toFixed(2)} kB`;

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const results = await measure();
  if (process.argv.includes('--json')) {
    console.log(JSON.stringify(results, null, 2));
  } else {
    console.log('| entry (first load, minified) | raw | gzip | brotli | lazy chunks (brotli) |');
    console.log('|---|---:|---:|---:|---|');
    for (const r of results)
      console.log(
        `| ${r.entry} | ${kB(r.raw)} | ${kB(r.gzip)} | ${kB(r.brotli)} | ${r.lazy.map((l) => `${l.file.replace(/-[\w-]+\.js$/, '')} ${kB(l.brotli)}`).join(', ') || '–'} |`,
      );
  }
}
