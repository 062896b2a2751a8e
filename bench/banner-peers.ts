/**
 * `<privacy-cookie-notice>` side by side with the cookie banners people use today, in one run:
 * headless Chromium (/usr/bin/chromium), a fresh browser context per load, a 390×844 viewport,
 * everything served from a local server, an opt-in banner with the same two categories
 * (necessary, analytics), the pages loaded in rounds (each page once per round). Each page is timed from navigation start to the first frame with its
 * banner laid out and visible, unthrottled and with the CPU slowed 4×; the median of the loads is printed
 * with its ratio to the trivial Lit banner, the first-load brotli bytes (scripts and styles the
 * page requested before the banner showed), the cumulative layout shift and the JS heap in use
 * after a full garbage collection.
 *
 * The peers are devDependencies of the bench only, installed on demand:
 *
 *   npm --prefix bench/peers install && npm run build
 *   npx tsx bench/banner-peers.ts [loads=10]
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { basename, join } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import { build, type Metafile } from 'esbuild';
import { chromium, type Browser } from 'playwright-core';
import { cookieDocument } from '../src/policy/derive-cookie-document.js';
import { policyHash } from '../src/policy/canonical.js';
import { prerenderedBanner } from '../src/render/cookie-banner.js';
import type { PrivacyPolicy } from '../src/policy/types.js';
import { ROOT, seedText } from './iife-page.js';

const PEERS = join(ROOT, 'bench/peers');
const loads = Number(process.argv[2] ?? 10);

if (!existsSync(join(PEERS, 'node_modules/orejime')))
  throw new Error('The peers are not installed: run `npm --prefix bench/peers install` first.');
if (!existsSync(join(ROOT, 'dist/privacy-consent.iife.js'))) throw new Error('Run `npm run build` first.');

/** Files the pages may load: path → body and content type. */
const files = new Map<string, { body: Buffer; type: string }>();
const serve = (path: string, body: string | Buffer, type = 'text/javascript') =>
  files.set(path, { body: Buffer.from(body), type });
const peerFile = (path: string) => readFileSync(join(PEERS, 'node_modules', path));

/** Bundles an ES module the way a site's bundler would (esbuild, minified, split). */
const bundle = async (prefix: string, source: string, resolveDir: string): Promise<Metafile> => {
  const { outputFiles, metafile } = await build({
    stdin: { contents: source, resolveDir, loader: 'ts', sourcefile: 'entry.ts' },
    bundle: true,
    minify: true,
    splitting: true,
    format: 'esm',
    target: 'es2022',
    outdir: '/out',
    entryNames: 'entry',
    write: false,
    metafile: true,
    logLevel: 'silent',
    define: { 'process.env.NODE_ENV': '"production"' },
  });
  for (const output of outputFiles)
    serve(`/${prefix}${output.path.slice('/out'.length)}`, Buffer.from(output.contents));
  return metafile;
};

/**
 * The `<link rel="modulepreload">` tags docs/privacy-cookie-notice.md suggests to a site whose
 * visitors are mostly new: the chunks the entry imports statically (a Vite-built page gets those
 * by itself), the banner's chunk (`notice-ui`) and the chunks it imports statically; so all are
 * requested with the page instead of one after another.
 */
const bannerPreloads = (metafile: Metafile, prefix: string): string => {
  const outputs = metafile.outputs;
  const find = (pattern: RegExp) => {
    const found = Object.keys(outputs).find((path) => pattern.test(outputs[path]!.entryPoint ?? ''));
    if (!found) throw new Error(`no ${pattern} chunk in the bundle: update bench/banner-peers.ts`);
    return found;
  };
  const entry = Object.keys(outputs).find((path) => basename(path) === 'entry.js')!;
  const wanted = new Set([entry, find(/[/\\]notice-ui-[^/\\]*$/)]);
  for (const path of wanted)
    for (const imported of outputs[path]!.imports) if (imported.kind === 'import-statement') wanted.add(imported.path);
  wanted.delete(entry);
  return [...wanted].map((path) => `<link rel="modulepreload" href="/${prefix}/${basename(path)}">`).join('');
};

// The two categories everyone shows: necessary (always on) and analytics (opt-in).
const policy = JSON.parse(seedText('demo-shop')) as PrivacyPolicy;
const fullDocument = cookieDocument(policy, await policyHash(policy), { url: '/privacy' });
const twoCategories = {
  ...fullDocument,
  categories: fullDocument.categories.filter((category) => ['necessary', 'analytics'].includes(category.id)),
};
const cookies = JSON.stringify(twoCategories).replaceAll('</', '<\\/');

await bundle(
  'lit',
  `import { LitElement, html, css } from 'lit';
  class TrivialBanner extends LitElement {
    static styles = css\`.banner{position:fixed;inset-inline:8px;bottom:8px;padding:16px;background:#fff;border:1px solid #ccc;border-radius:8px;font:16px/1.5 system-ui}button{font:inherit;padding:8px 16px}\`;
    render() {
      return html\`<section class="banner" aria-label="쿠키 사용 안내"><h2>쿠키 사용 안내</h2>
        <p>이 사이트는 서비스 제공에 필요한 쿠키를 사용합니다. 통계 쿠키는 허용하신 경우에만 사용합니다.</p>
        <button>모두 허용</button> <button>모두 거부</button> <button>설정</button></section>\`;
    }
  }
  customElements.define('trivial-banner', TrivialBanner);`,
  ROOT,
);
await bundle(
  'c15t',
  `import { getOrCreateConsentRuntime } from 'c15t';
  const { consentStore } = getOrCreateConsentRuntime({ mode: 'offline', consentCategories: ['necessary', 'measurement'] });
  const banner = document.createElement('div');
  banner.id = 'consent-banner';
  banner.setAttribute('role', 'dialog');
  banner.setAttribute('aria-label', '쿠키 사용 안내');
  banner.innerHTML = '<p>이 사이트는 서비스 제공에 필요한 쿠키를 사용합니다.</p><div><button id="consent-accept">모두 허용</button><button id="consent-reject">모두 거부</button><button id="consent-customize">설정</button></div>';
  banner.style.cssText = 'position:fixed;inset-inline:8px;bottom:8px;padding:16px;background:#fff;border:1px solid #ccc;display:none';
  document.body.appendChild(banner);
  banner.querySelector('#consent-accept').addEventListener('click', () => consentStore.getState().saveConsents('all'));
  banner.querySelector('#consent-reject').addEventListener('click', () => consentStore.getState().saveConsents('necessary'));
  const show = (state) => (banner.style.display = state.activeUI === 'banner' ? 'block' : 'none');
  consentStore.subscribe(show);
  show(consentStore.getState());`,
  PEERS,
);
const oursPreloads = bannerPreloads(
  await bundle('ours', `import '${ROOT}/dist/privacy-cookie-notice.js';`, ROOT),
  'ours',
);
serve('/osano.js', peerFile('cookieconsent/build/cookieconsent.min.js'));
serve('/osano.css', peerFile('cookieconsent/build/cookieconsent.min.css'), 'text/css');
serve('/orejime.js', peerFile('orejime/dist/orejime-standard-en.js'));
serve('/orejime.css', peerFile('orejime/dist/orejime-standard.css'), 'text/css');
serve('/vanilla.js', peerFile('vanilla-cookieconsent/dist/cookieconsent.umd.js'));
serve('/vanilla.css', peerFile('vanilla-cookieconsent/dist/cookieconsent.css'), 'text/css');
serve('/iife.js', readFileSync(join(ROOT, 'dist/privacy-consent.iife.js')));

interface Contender {
  readonly name: string;
  /** What goes in <head> and in <body>. */
  readonly head: string;
  readonly body: string;
  /** An expression finding the banner element once it exists. */
  readonly banner: string;
}

const OURS_BODY = `<privacy-cookie-notice mode="opt-in"><script type="application/json">${cookies}</script></privacy-cookie-notice>`;
const CONTENDERS: Contender[] = [
  {
    name: 'plain HTML banner, no JS (the floor)',
    head: '<style>#banner{position:fixed;inset-inline:8px;bottom:8px;padding:16px;background:#fff;border:1px solid #ccc;border-radius:8px}</style>',
    body: '<section id="banner" aria-label="쿠키 사용 안내"><h2>쿠키 사용 안내</h2><p>이 사이트는 서비스 제공에 필요한 쿠키를 사용합니다.</p><button>모두 허용</button> <button>모두 거부</button></section>',
    banner: `document.getElementById('banner')`,
  },
  {
    name: 'trivial LitElement banner',
    head: '<script type="module" src="/lit/entry.js"></script>',
    body: '<trivial-banner></trivial-banner>',
    banner: `document.querySelector('trivial-banner')?.shadowRoot?.querySelector('.banner')`,
  },
  {
    name: 'Osano cookieconsent 3',
    head: `<link rel="stylesheet" href="/osano.css"><script src="/osano.js"></script>
<script>window.addEventListener('load', () => window.cookieconsent.initialise({ type: 'opt-in', content: { message: '이 사이트는 서비스 제공에 필요한 쿠키를 사용합니다.', allow: '모두 허용', deny: '모두 거부' } }));</script>`,
    body: '',
    banner: `document.querySelector('.cc-window')`,
  },
  {
    name: 'orejime 3',
    head: `<link rel="stylesheet" href="/orejime.css"><script>window.orejimeConfig = { privacyPolicyUrl: '/privacy', purposes: [{ id: 'necessary', title: '필수 쿠키', isMandatory: true, cookies: ['privacy_consent'] }, { id: 'analytics', title: '이용 통계', cookies: ['_ga'] }] };</script><script src="/orejime.js"></script>`,
    body: '',
    banner: `document.querySelector('.orejime-Banner')`,
  },
  {
    name: 'c15t 2 (headless + DOM banner)',
    head: '<script type="module" src="/c15t/entry.js"></script>',
    body: '',
    banner: `(() => { const b = document.getElementById('consent-banner'); return b && b.style.display === 'block' ? b : null; })()`,
  },
  {
    name: 'vanilla-cookieconsent 3',
    head: `<link rel="stylesheet" href="/vanilla.css"><script src="/vanilla.js"></script>`,
    body: `<script>CookieConsent.run({ hideFromBots: false, categories: { necessary: { enabled: true, readOnly: true }, analytics: {} }, language: { default: 'ko', translations: { ko: { consentModal: { title: '쿠키 사용 안내', description: '이 사이트는 서비스 제공에 필요한 쿠키를 사용합니다.', acceptAllBtn: '모두 허용', acceptNecessaryBtn: '모두 거부', showPreferencesBtn: '설정' }, preferencesModal: { title: '쿠키 설정', acceptAllBtn: '모두 허용', acceptNecessaryBtn: '모두 거부', savePreferencesBtn: '선택 저장', sections: [{ title: '필수 쿠키', linkedCategory: 'necessary' }, { title: '이용 통계', linkedCategory: 'analytics' }] } } } } });</script>`,
    banner: `document.querySelector('#cc-main .cm')`,
  },
  {
    name: '`<privacy-cookie-notice>`, ESM entry bundled by the site',
    head: '<script type="module" src="/ours/entry.js"></script>',
    body: OURS_BODY,
    banner: `document.querySelector('privacy-cookie-notice')?.shadowRoot?.querySelector('[part=banner]')`,
  },
  {
    name: 'the same, with `<link rel="modulepreload">` for the banner chunk (as documented)',
    head: `<script type="module" src="/ours/entry.js"></script>${oursPreloads}`,
    body: OURS_BODY,
    banner: `document.querySelector('privacy-cookie-notice')?.shadowRoot?.querySelector('[part=banner]')`,
  },
  {
    // As docs/privacy-cookie-notice.md#prerendered-banner advises: the script after the markup,
    // so that the page paints the parsed banner before the element's code runs.
    name: 'the same, with the banner prerendered (`privacy-consent cookies --html`), script after it',
    head: '',
    body: `${prerenderedBanner(twoCategories, { mode: 'opt-in' }).html}<script type="module" src="/ours/entry.js"></script>`,
    banner: `document.querySelector('privacy-cookie-notice')?.shadowRoot?.querySelector('[part=banner]')`,
  },
  {
    name: 'all-elements script-tag file',
    head: '<script src="/iife.js"></script>',
    body: OURS_BODY,
    banner: `document.querySelector('privacy-cookie-notice')?.shadowRoot?.querySelector('[part=banner]')`,
  },
];

/** Starts watching at the top of <body>: each frame, is the banner laid out yet? */
const probe = (banner: string) => `<script>
  window.__cls = 0;
  new PerformanceObserver((list) => { for (const e of list.getEntries()) if (!e.hadRecentInput) window.__cls += e.value; })
    .observe({ type: 'layout-shift', buffered: true });
  const check = () => {
    const el = ${banner};
    // Laid out and not hidden (a prerendered banner is hidden until the parser has all of it).
    if (el && el.getBoundingClientRect().height > 0 && (el.checkVisibility?.({ visibilityProperty: true }) ?? true))
      requestAnimationFrame(() => (window.__bannerAt = performance.now()));
    else requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
</script>`;

const pageOf = (contender: Contender) => `<!doctype html><html lang="ko"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>bench</title>${contender.head}</head>
<body>${probe(contender.banner)}<main><h1>페이지</h1><p>본문입니다.</p></main>${contender.body}</body></html>`;

let current = '';
const server = createServer((request, response) => {
  const path = new URL(request.url!, 'http://x').pathname;
  if (path === '/') return response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(current);
  const file = files.get(path);
  if (!file) return response.writeHead(404).end();
  response.writeHead(200, { 'content-type': file.type }).end(file.body);
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;

const brotli = (body: Buffer) => brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

interface Load {
  readonly at: number;
  readonly cls: number;
  /** Paths of the scripts and styles requested before the banner was on screen. */
  readonly before: readonly string[];
  /** JS heap in use after a full garbage collection, bytes. */
  readonly heap: number;
}

const loadOnce = async (browser: Browser, throttle: number): Promise<Load> => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  try {
    const page = await context.newPage();
    page.on('pageerror', (error) => console.error('page error', error.message));
    const cdp = await context.newCDPSession(page);
    if (throttle > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
    await page.goto(url);
    await page.waitForFunction(() => (window as { __bannerAt?: number }).__bannerAt !== undefined, undefined, {
      timeout: 30_000,
    });
    // Shifts caused by the banner happen when it appears; give late ones two frames to be seen.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    const measured = await page.evaluate(() => {
      const w = window as unknown as { __bannerAt: number; __cls: number };
      const before = performance
        .getEntriesByType('resource')
        .filter((entry) => entry.startTime <= w.__bannerAt)
        .map((entry) => new URL(entry.name).pathname);
      return { at: w.__bannerAt, cls: w.__cls, before };
    });
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    return { ...measured, heap: usedSize };
  } finally {
    await context.close();
  }
};

const median = (values: readonly number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
const rows: { name: string; fast: number; slow: number; bytes: number; cls: number; heap: number }[] = [];
try {
  // Round-robin: each round loads every page once, unthrottled then at 4× CPU, so a burst of
  // background load on the machine hits every page alike instead of the rows measured during it.
  const loaded = CONTENDERS.map(() => ({ fast: [] as Load[], slow: [] as Load[] }));
  for (let run = 0; run < loads; run++) {
    console.error(`… round ${run + 1} of ${loads}`);
    for (const [index, contender] of CONTENDERS.entries()) {
      current = pageOf(contender);
      loaded[index]!.fast.push(await loadOnce(browser, 1));
      loaded[index]!.slow.push(await loadOnce(browser, 4));
    }
  }
  for (const [index, contender] of CONTENDERS.entries()) {
    const { fast, slow } = loaded[index]!;
    const bytes = [...new Set(fast.flatMap((load) => load.before))]
      .filter((path) => files.has(path))
      .reduce((sum, path) => sum + brotli(files.get(path)!.body), 0);
    rows.push({
      name: contender.name,
      fast: median(fast.map((load) => load.at)),
      slow: median(slow.map((load) => load.at)),
      bytes,
      cls: Math.max(...fast.map((load) => load.cls), ...slow.map((load) => load.cls)),
      heap: median(fast.map((load) => load.heap)),
    });
  }
} finally {
  await browser.close();
  server.close();
}

const lit = rows[1]!;
console.log(
  `Banner on screen after navigation start, median of ${loads} fresh loads (headless Chromium, 390×844, local server)\n`,
);
console.log(
  '| page | unthrottled | ×Lit | 4× CPU | ×Lit | first-load brotli (requested before the banner) | CLS (max) | JS heap after GC (Δ Lit) |',
);
console.log('|---|--:|--:|--:|--:|--:|--:|--:|');
for (const row of rows)
  console.log(
    `| ${row.name} | ${row.fast.toFixed(0)} ms | ${(row.fast / lit.fast).toFixed(2)} | ${row.slow.toFixed(0)} ms | ${(row.slow / lit.slow).toFixed(2)} | ${(row.bytes / 1024).toFixed(1)} kB | ${row.cls.toFixed(3)} | ${(row.heap / 2 ** 20).toFixed(2)} MB (${row.heap >= lit.heap ? '+' : ''}${((row.heap - lit.heap) / 2 ** 20).toFixed(2)}) |`,
  );
