/**
 * The package as a host installs it: `npm pack` into a temp directory, unpacked into a fresh
 * project's node_modules next to its declared dependencies, then every key of `exports`
 * resolved by Node (import and require conditions), the Node-safe entries imported, the types
 * resolved by tsc, and the browser entries bundled with Vite.
 *
 * Dependencies are not downloaded: each one the packed package.json declares is linked from
 * this repository's node_modules (already installed by `npm ci`), so the check runs offline
 * in a few seconds. Only declared dependencies are linked, so an import of an undeclared
 * package fails here as it would for a host.
 */
import { execFile, execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  realpathSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { build, type Rolldown } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureDistBuilt, ROOT } from './built-dist.js';
const execFileAsync = promisify(execFile);
const NAME = 'privacy-consent';
const TAGS = ['privacy-consent', 'privacy-policy', 'privacy-cookie-notice'] as const;

type Conditions = string | { readonly [condition: string]: string };
const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  exports: Record<string, Conditions>;
  dependencies: Record<string, string>;
};

/**
 * How each export is exercised. A key of `exports` missing here fails the test: a new entry
 * point needs a line saying how a host uses it.
 *  - `node`: imported by Node; `has` names exports (or JSON keys) it must provide.
 *  - `browser`: touches `customElements`/`HTMLElement` at import: resolved by Node, bundled by
 *    Vite; `registers` lists the tags its import defines (none for a class-only entry).
 *  - `script`: a classic script (the script-tag build, the Consent Mode head script), resolved and
 *    checked as one.
 */
type Use =
  | { readonly kind: 'node'; readonly has: readonly string[] }
  | { readonly kind: 'browser'; readonly registers: readonly string[]; readonly has: readonly string[] }
  | { readonly kind: 'script' }
  | { readonly kind: 'types' };

const USES: Record<string, Use> = {
  '.': { kind: 'browser', registers: [...TAGS], has: ['validatePolicy', 'PrivacyConsent', 'PrivacyCookieNotice'] },
  './privacy-consent': { kind: 'browser', registers: ['privacy-consent'], has: ['PrivacyConsent'] },
  './privacy-policy': { kind: 'browser', registers: ['privacy-policy'], has: ['PrivacyPolicyElement'] },
  './privacy-cookie-notice': { kind: 'browser', registers: ['privacy-cookie-notice'], has: ['PrivacyCookieNotice'] },
  './components/privacy-consent.js': { kind: 'browser', registers: [], has: ['PrivacyConsent'] },
  './components/privacy-policy.js': { kind: 'browser', registers: [], has: ['PrivacyPolicyElement'] },
  './components/privacy-cookie-notice.js': { kind: 'browser', registers: [], has: ['PrivacyCookieNotice'] },
  './policy': { kind: 'node', has: ['validatePolicy', 'lintPolicy', 'policyHash', 'loadPolicy'] },
  './consent': { kind: 'node', has: ['buildRecord'] },
  './server': { kind: 'node', has: ['createConsentReceiver', 'loadPolicyFiles'] },
  './schema/policy.schema.json': { kind: 'node', has: ['$schema', '$defs'] },
  './schema/consent-record.schema.json': { kind: 'node', has: ['$schema', 'properties'] },
  './package.json': { kind: 'node', has: ['name', 'version', 'exports'] },
  './custom-elements.json': { kind: 'node', has: ['schemaVersion', 'modules'] },
  './iife': { kind: 'script' },
  './consent-mode-head.js': { kind: 'script' },
  './iife/cookie-notice': { kind: 'script' },
  // Declarations only, checked by the framework consumers below.
  './react': { kind: 'types' },
  './vue': { kind: 'types' },
  './svelte': { kind: 'types' },
};

const specifier = (key: string) => (key === '.' ? NAME : `${NAME}/${key.slice(2)}`);
const targets = (conditions: Conditions): string[] =>
  typeof conditions === 'string' ? [conditions] : Object.values(conditions);

let temp: string;
let project: string;
let installed: string;

beforeAll(() => {
  ensureDistBuilt();
  temp = mkdtempSync(join(tmpdir(), 'privacy-consent-pack-'));
  // --ignore-scripts: `prepare` would rebuild; ensureDistBuilt() already did if needed.
  const packed = JSON.parse(
    execFileSync('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', temp], {
      cwd: ROOT,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      shell: process.platform === 'win32',
    }),
  ) as { filename: string }[];
  project = join(temp, 'host');
  installed = join(project, 'node_modules', NAME);
  mkdirSync(installed, { recursive: true });
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'host', private: true, type: 'module' }));
  execFileSync('tar', ['-xzf', join(temp, packed[0]!.filename), '-C', installed, '--strip-components=1']);
  // The packed package's own dependencies, plus @types/node for the server's types (a Node host has it).
  const packedManifest = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8')) as typeof manifest;
  for (const dependency of [...Object.keys(packedManifest.dependencies), '@types/node']) {
    const link = join(project, 'node_modules', dependency);
    mkdirSync(dirname(link), { recursive: true });
    symlinkSync(realpathSync(join(ROOT, 'node_modules', dependency)), link, 'junction');
  }
}, 120_000);

afterAll(() => {
  if (temp) rmSync(temp, { recursive: true, force: true });
});

describe('the packed package', () => {
  it('has a check for every key of `exports`, and no check for a key it lacks', () => {
    expect(Object.keys(manifest.exports).sort()).toEqual(Object.keys(USES).sort());
  });

  it('lists `types` first and ships every file `exports` names', () => {
    for (const [key, conditions] of Object.entries(manifest.exports)) {
      if (typeof conditions === 'object') expect(Object.keys(conditions)[0], key).toBe('types');
      for (const target of targets(conditions))
        expect(existsSync(join(installed, target)), `${key} → ${target}`).toBe(true);
    }
  });

  it('resolves every entry with Node (import and require conditions) and imports the Node-safe ones', () => {
    const keys = Object.keys(USES).filter((key) => USES[key]!.kind !== 'types');
    const imports = keys.filter((key) => USES[key]!.kind === 'node').map(specifier);
    // A child Node process: Node's own resolver from the host project, not Vitest's.
    writeFileSync(
      join(project, 'check.mjs'),
      `import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
const require = createRequire(import.meta.url);
const [specifiers, imports] = JSON.parse(process.argv[2]);
const out = {};
for (const specifier of specifiers) {
  const result = (out[specifier] = {});
  try { result.import = fileURLToPath(import.meta.resolve(specifier)); } catch (error) { result.import = String(error.code ?? error); }
  try { result.require = require.resolve(specifier); } catch (error) { result.require = String(error.code ?? error); }
}
for (const specifier of imports) {
  try {
    const module = await import(specifier, specifier.endsWith('.json') ? { with: { type: 'json' } } : undefined);
    out[specifier].exports = Object.keys(specifier.endsWith('.json') ? module.default : module);
  } catch (error) { out[specifier].exports = String(error.stack ?? error); }
}
process.stdout.write(JSON.stringify(out));
`,
    );
    const out = JSON.parse(
      execFileSync(process.execPath, ['--no-warnings', 'check.mjs', JSON.stringify([keys.map(specifier), imports])], {
        cwd: project,
        encoding: 'utf8',
      }),
    ) as Record<string, { import: string; require: string; exports?: string[] | string }>;
    for (const key of keys) {
      const conditions = manifest.exports[key]!;
      const expected = join(
        installed,
        typeof conditions === 'string' ? conditions : (conditions.import ?? conditions.default)!,
      );
      const result = out[specifier(key)]!;
      expect(result.import, `import ${specifier(key)}`).toBe(expected);
      expect(result.require, `require.resolve ${specifier(key)}`).toBe(expected);
      const use = USES[key]!;
      if (use.kind === 'node') expect(result.exports, specifier(key)).toEqual(expect.arrayContaining([...use.has]));
    }
  });

  it('gives every module entry its types (tsc, moduleResolution node16 and bundler)', async () => {
    // Every name each module entry must export, then the element types and typed events.
    const lines = Object.entries(USES).flatMap(([key, use], index) =>
      use.kind === 'script' || use.kind === 'types' || key.endsWith('.json')
        ? []
        : [
            `import { ${use.has.map((name) => `${name} as ${name}${index}`).join(', ')} } from '${specifier(key)}';`,
            `void [${use.has.map((name) => `${name}${index}`).join(', ')}];`,
          ],
    );
    writeFileSync(
      join(project, 'types.ts'),
      `${lines.join('\n')}
import { PrivacyConsent } from '${NAME}/components/privacy-consent.js';
import { PrivacyPolicyElement } from '${NAME}/components/privacy-policy.js';
import { PrivacyCookieNotice } from '${NAME}/components/privacy-cookie-notice.js';
import type { PrivacyCookieChangeDetail } from '${NAME}/privacy-cookie-notice';
import { validatePolicy } from '${NAME}/policy';
const consent: PrivacyConsent = document.createElement('privacy-consent');
const policy: PrivacyPolicyElement = document.createElement('privacy-policy');
const notice: PrivacyCookieNotice = document.createElement('privacy-cookie-notice');
notice.addEventListener('privacy-cookie-change', (event) => {
  const detail: PrivacyCookieChangeDetail = event.detail;
  void detail.categories;
});
consent.addEventListener('privacy-submit', (event) => void event.detail.record);
policy.addEventListener('privacy-section', (event) => void event.detail.id);
void validatePolicy({});
`,
    );
    const tsc = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
    const check = async (module: string, moduleResolution: string): Promise<string> => {
      const options = [
        '--noEmit',
        '--strict',
        '--skipLibCheck',
        '--target',
        'es2022',
        '--lib',
        'es2022,dom,dom.iterable',
      ];
      const args = [tsc, ...options, '--types', 'node', '--module', module, '--moduleResolution', moduleResolution];
      try {
        await execFileAsync(process.execPath, [...args, 'types.ts'], { cwd: project });
        return `${moduleResolution}: ok`;
      } catch (error) {
        return `${moduleResolution}: ${(error as { stdout: string }).stdout}`;
      }
    };
    expect(await Promise.all([check('node16', 'node16'), check('esnext', 'bundler')])).toEqual([
      'node16: ok',
      'bundler: ok',
    ]);
  });

  it('types React 19, Vue and Svelte consumers: properties, and each event with its detail', async () => {
    for (const dependency of ['@types/react', 'vue', 'svelte']) {
      const link = join(project, 'node_modules', dependency);
      mkdirSync(dirname(link), { recursive: true });
      if (!existsSync(link)) symlinkSync(realpathSync(join(ROOT, 'node_modules', dependency)), link, 'junction');
    }
    const consumers: Record<string, string> = {
      'react-app.tsx': `import type {} from '${NAME}/react';
import type { PrivacyPolicy } from '${NAME}/policy';
export const App = ({ policy }: { policy: PrivacyPolicy }) => (
  <>
    <privacy-consent
      src="/policy.json"
      endpoint="/consents"
      layout="sheet"
      agreeAll={false}
      onprivacy-load={(event) => void event.detail.hash.startsWith('sha256-')}
      onprivacy-submit={(event) => void event.detail.record.recordId}
    />
    <privacy-policy policy={policy} section="purposes" onprivacy-section={(event) => void event.detail.id.toUpperCase()} />
    <privacy-cookie-notice mode="opt-in" onprivacy-cookie-change={(event) => void event.detail.categories} />
  </>
);
// @ts-expect-error layout is 'inline' or 'sheet'
export const WrongProperty = () => <privacy-consent layout="popup" />;
// @ts-expect-error the section event's detail has no such field
export const WrongDetail = () => <privacy-policy onprivacy-section={(event) => void event.detail.nope} />;
`,
      'vue-app.ts': `import type {} from '${NAME}/vue';
import { h, type GlobalComponents } from 'vue';
declare const Policy: GlobalComponents['privacy-policy'];
export const node = h(Policy, { src: '/policy.json', onPrivacySection: (event: CustomEvent<{ id: string }>) => void event.detail.id });
type Props = InstanceType<GlobalComponents['privacy-consent']>['$props'];
export const props: Props = { layout: 'sheet', onPrivacySubmit: (event) => void event.detail.record.recordId };
// @ts-expect-error layout is 'inline' or 'sheet'
export const wrong: Props = { layout: 'popup' };
`,
      'svelte-app.ts': `import type {} from '${NAME}/svelte';
import type { SvelteHTMLElements } from 'svelte/elements';
export const notice: SvelteHTMLElements['privacy-cookie-notice'] = {
  mode: 'opt-in',
  'onprivacy-cookie-change': (event) => void event.detail.categories,
};
// @ts-expect-error mode is 'notice' or 'opt-in'
export const wrong: SvelteHTMLElements['privacy-cookie-notice'] = { mode: 'popup' };
// @ts-expect-error the load event's detail has no such field
export const wrongDetail: SvelteHTMLElements['privacy-policy'] = { 'onprivacy-load': (event) => void event.detail.nope };
`,
    };
    for (const [file, source] of Object.entries(consumers)) writeFileSync(join(project, file), source);
    const tsc = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
    const options = [
      '--noEmit',
      '--strict',
      '--skipLibCheck',
      '--target',
      'es2022',
      '--lib',
      'es2022,dom,dom.iterable',
    ];
    const result = await execFileAsync(
      process.execPath,
      [
        tsc,
        ...options,
        '--types',
        'node',
        '--module',
        'esnext',
        '--moduleResolution',
        'bundler',
        '--jsx',
        'react-jsx',
        ...Object.keys(consumers),
      ],
      { cwd: project },
    ).then(
      () => 'ok',
      (error: { stdout: string }) => error.stdout,
    );
    expect(result).toBe('ok');
  });

  it('bundles with Vite: element entries register their tags; a class entry registers nothing', async () => {
    const browser = Object.entries(USES).flatMap(([key, use]) => (use.kind === 'browser' ? [{ key, ...use }] : []));
    // Element entries are imported for their side effect, as the docs show; the others by name.
    const importOf = ({ key, registers, has }: (typeof browser)[number]) =>
      registers.length
        ? `import '${specifier(key)}';\n`
        : `import { ${has.join(', ')} } from '${specifier(key)}';\nconsole.log(${has.join(', ')});\n`;
    const sources: Record<string, string> = {
      // Every browser entry at once, the class entries included.
      all: browser.map(importOf).join(''),
      // A class entry imported but unused: `sideEffects` lets the bundler drop it.
      unused: `import '${NAME}/components/privacy-consent.js';\n`,
      ...Object.fromEntries(browser.map((entry, index) => [`entry-${index}`, importOf(entry)])),
    };
    /** One production build per source (a page importing only that), all its chunks' code. */
    const bundle = async (name: string): Promise<string> => {
      const file = join(project, `${name}.js`);
      writeFileSync(file, sources[name]!);
      const result = (await build({
        root: project,
        configFile: false,
        logLevel: 'silent',
        mode: 'production',
        build: {
          write: false,
          minify: false,
          modulePreload: false,
          target: 'es2022',
          rollupOptions: { input: file },
        },
      })) as Rolldown.RolldownOutput;
      const chunks = result.output.flatMap((file) => (file.type === 'chunk' ? [file] : []));
      // Only what the page loads up front: the entry and its static imports (lazy chunks are English strings etc.).
      const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
      const seen = new Set<string>();
      const visit = (fileName: string) => {
        if (seen.has(fileName)) return;
        seen.add(fileName);
        byName.get(fileName)!.imports.forEach(visit);
      };
      visit(chunks.find((chunk) => chunk.isEntry)!.fileName);
      return [...seen].map((fileName) => byName.get(fileName)!.code).join('\n');
    };
    const names = Object.keys(sources);
    const built = await Promise.all(names.map(bundle));
    const text = Object.fromEntries(names.map((name, index) => [name, built[index]!]));
    /** `defineElement('privacy-x', Class)`, however the bundler renames the function and the class. */
    const registers = (source: string, tag: string) =>
      new RegExp(`\\(\\s*["'\`]${tag}["'\`]\\s*,\\s*[\\w$]+\\s*\\)`).test(source);

    for (const tag of TAGS) expect(registers(text.all!, tag), `all registers <${tag}>`).toBe(true);
    browser.forEach(({ key, registers: tags }, index) => {
      const source = text[`entry-${index}`]!;
      for (const tag of TAGS)
        expect(registers(source, tag), `${specifier(key)} registers <${tag}>`).toBe(tags.includes(tag));
      // A call with a variable (ours), not Lit's doc comment `customElements.define('my-element', …)`.
      expect(/customElements\.define\(\s*[\w$]/.test(source), `${specifier(key)} calls customElements.define`).toBe(
        tags.length > 0,
      );
      // The class is there, with the Korean strings its module registers when it runs (the cookie
      // notice's come with its banner, a chunk the first load imports only when a banner shows).
      expect(source, specifier(key)).toMatch(/\bextends\s+[\w$]+/);
      if (key.includes('cookie-notice'))
        expect(source, specifier(key)).toMatch(/\bimport\(\s*["'][^"']*notice-ui[^"']*["']\s*\)/);
      else expect(source, specifier(key)).toMatch(/\(\s*["']ko["']\s*,\s*["'](consent|policy|cookies)["']/);
    });
    expect(text.unused).not.toMatch(/\bextends\s+[\w$]+|customElements/);
  });

  it('ships the script-tag build as a classic script that registers every element', () => {
    const code = readFileSync(join(installed, targets(manifest.exports['./iife']!)[0]!), 'utf8');
    expect(code).not.toMatch(/^\s*(import|export)\s/m);
    expect(code).toMatch(/\bPrivacyConsent\s*=/);
    for (const tag of TAGS) expect(code, tag).toContain(tag);
  });

  it('ships the Consent Mode head script as a classic script of at most 1 kB, byte for byte as documented', () => {
    const code = readFileSync(join(installed, targets(manifest.exports['./consent-mode-head.js']!)[0]!));
    expect(code.toString()).not.toMatch(/^\s*(import|export)\s/m);
    expect(code.length).toBeLessThanOrEqual(1024);
    expect(code.equals(readFileSync(join(ROOT, 'src/consent-mode-head.js')))).toBe(true);
  });

  it('ships the cookie notice alone as a classic script, without the other elements', () => {
    const file = (key: string) => readFileSync(join(installed, targets(manifest.exports[key]!)[0]!), 'utf8');
    const code = file('./iife/cookie-notice');
    expect(code).not.toMatch(/^\s*(import|export)\s/m);
    expect(code).toMatch(/\bPrivacyCookieNoticeBundle\s*=/);
    expect(code).toMatch(/["'`]privacy-cookie-notice["'`]/);
    expect(code).not.toMatch(/["'`]privacy-(consent|policy)["'`]/);
    expect(code.length).toBeLessThan(file('./iife').length * 0.7);
  });

  it('runs its CLI as installed: `cookies --html` prints the notice with its banner, and the stylesheet’s CSP hash', async () => {
    const policy = join(ROOT, 'demo/policies/demo-shop.json');
    const cli = join(installed, 'bin/privacy-consent.js');
    const { stdout, stderr } = await execFileAsync(process.execPath, [
      cli,
      'cookies',
      policy,
      '--html',
      '--mode',
      'opt-in',
    ]);
    expect(stdout).toMatch(/^<privacy-cookie-notice mode="opt-in"><template shadowrootmode="open"><style>/);
    expect(stdout).toContain('data-choice="reject">모두 거부</button>');
    const css = /<style>([\s\S]*?)<\/style>/.exec(stdout)![1]!;
    expect(stderr).toContain(`'sha256-${createHash('sha256').update(css).digest('base64')}'`);
  });
});
