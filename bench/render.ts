/**
 * How `<privacy-policy>` scales, in headless Chromium with the production script-tag build and the
 * policy given as a property (no network): from creating the element to the frame after its first
 * full render (validation, render, layout), for the largest seed policy and for that policy with
 * its third-party provision table grown to 100, 1,000 and 10,000 rows; then the same opened at
 * that table (a deep link), until every row of it is laid out on screen. Then a table of 64 grouped
 * rows (8 recipients × 8 rows) on a 375 px screen: the longest task after the first render while
 * the page is scrolled through it (responsive: none over 50 ms).
 *
 *   npx tsx bench/render.ts [runs=7]
 */
import type { Page } from 'playwright-core';
import { seedText, serveIifePage, summary } from './iife-page.js';

const runs = Number(process.argv[2] ?? 7);
const SEED = 'smartro'; // the largest seed policy (74 kB of JSON)

interface ProvisionRow {
  readonly recipient: string;
  readonly purpose: string;
  readonly items: readonly string[];
}

/** The seed with its (first) third-party provision table holding `count` rows, `perRecipient` to a recipient. */
const withProvisionRows = (count: number, perRecipient = 1): string => {
  const policy = JSON.parse(seedText(SEED)) as { sections: { blocks: { type: string; rows?: ProvisionRow[] }[] }[] };
  const block = policy.sections.flatMap((section) => section.blocks).find((entry) => entry.type === 'third-party')!;
  const template = block.rows![0]!;
  block.rows = Array.from({ length: count }, (_, index) => ({
    ...template,
    recipient: `(주)수령기관 ${Math.floor(index / perRecipient) + 1}`,
    purpose: `${template.purpose} ${index + 1}`,
  }));
  return JSON.stringify(policy);
};

interface Timing {
  /** To the frame after the first screen: the top of the document, or the deep link's section. */
  readonly first: number;
  /** To the frame after every row of every table is rendered and laid out. */
  readonly all: number;
  /** The longest task in between. */
  readonly longest: number;
}

/**
 * Creating the element with the policy as a property (and `section`, a deep link), timed to the
 * frame after its first screen and to the frame after its last row.
 */
const renderOnce = (tab: Page, json: string, section?: string): Promise<Timing> =>
  tab.evaluate(
    async ([text, target]) => {
      document.body.replaceChildren();
      const started = performance.now();
      const el = document.createElement('privacy-policy') as HTMLElement & {
        policy: unknown;
        section?: string;
        updateComplete: Promise<unknown>;
      };
      el.policy = JSON.parse(text!);
      if (target) el.section = target;
      document.body.append(el);
      // The first render, seen as it happens (a timer could let a later task run first).
      await new Promise<void>((done) => {
        const observer = new MutationObserver(() => {
          if (!el.shadowRoot!.querySelector('.document')) return;
          observer.disconnect();
          done();
        });
        observer.observe(el.shadowRoot!, { childList: true, subtree: true });
      });
      el.getBoundingClientRect();
      await new Promise((done) => requestAnimationFrame(done));
      // Opened at a section: the frames until the deep link has moved there.
      const opened = target ? el.shadowRoot!.querySelector(`#p-${target}`) : null;
      while (opened && opened.getBoundingClientRect().top > innerHeight)
        await new Promise((done) => requestAnimationFrame(done));
      const first = performance.now() - started;
      let longest = 0;
      const observer = new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) longest = Math.max(longest, entry.duration);
      });
      observer.observe({ type: 'longtask' });
      await el.updateComplete;
      for (const row of el.shadowRoot!.querySelectorAll('tbody tr:last-child')) row.getBoundingClientRect();
      await new Promise((done) => requestAnimationFrame(done));
      for (const entry of observer.takeRecords()) longest = Math.max(longest, entry.duration);
      observer.disconnect();
      return { first, all: performance.now() - started, longest };
    },
    [json, section] as const,
  );

/** The longest task (ms) after the first render while the page scrolls through, a frame per step. */
const longestTaskWhileScrolling = (tab: Page, json: string): Promise<number> =>
  tab.evaluate(async (text) => {
    document.body.replaceChildren();
    const el = document.createElement('privacy-policy') as HTMLElement & {
      policy: unknown;
      updateComplete: Promise<unknown>;
    };
    el.policy = JSON.parse(text);
    document.body.append(el);
    while (!el.shadowRoot?.querySelector('.document')) await new Promise((done) => setTimeout(done));
    await el.updateComplete;
    // The first render's own layout is no part of scrolling.
    el.getBoundingClientRect();
    await new Promise((done) => requestAnimationFrame(done));
    let longest = 0;
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) longest = Math.max(longest, entry.duration);
    });
    observer.observe({ type: 'longtask' });
    for (let y = 0; y < document.documentElement.scrollHeight; y += window.innerHeight / 2) {
      window.scrollTo(0, y);
      await new Promise((done) => requestAnimationFrame(done));
    }
    await new Promise((done) => requestAnimationFrame(done));
    for (const entry of observer.takeRecords()) longest = Math.max(longest, entry.duration);
    observer.disconnect();
    return longest;
  }, json);

const bench = await serveIifePage(
  '<!doctype html><html lang="ko"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><script src="/bundle.js"></script></head><body></body></html>',
);
const lines: string[] = [];
try {
  const tab = await bench.browser.newPage({ viewport: { width: 1280, height: 800 } });
  tab.on('pageerror', (error) => console.error('page error:', error));
  await tab.goto(bench.url);
  const cases: [string, string, string?][] = [
    [`${SEED} as it is`, seedText(SEED)],
    ...[100, 1_000, 10_000].map((count): [string, string] => [
      `${SEED}, ${count.toLocaleString('en')} provision rows`,
      withProvisionRows(count),
    ]),
    // The table on screen: opened at its section, so all of its rows are laid out.
    ...[1_000, 10_000].map((count): [string, string, string] => [
      `${SEED}, ${count.toLocaleString('en')} provision rows, opened at them (section=third-party)`,
      withProvisionRows(count),
      'third-party',
    ]),
  ];
  for (const [name, json, section] of cases) {
    const times: Timing[] = [];
    // The first render also compiles the templates: run once more than measured, and drop it.
    for (let run = 0; run <= runs; run++) times.push(await renderOnce(tab, json, section));
    const measured = times.slice(1);
    lines.push(
      `| ${name} | ${(json.length / 1000).toFixed(0)}k | ${summary(measured.map((time) => time.first))} | ${summary(measured.map((time) => time.all))} | ${summary(measured.map((time) => time.longest))} |`,
    );
  }
  const phone = await bench.browser.newPage({ viewport: { width: 375, height: 812 } });
  await phone.goto(bench.url);
  const grouped = withProvisionRows(64, 8);
  await renderOnce(phone, grouped);
  const longest: number[] = [];
  for (let run = 0; run < runs; run++) longest.push(await longestTaskWhileScrolling(phone, grouped));
  lines.push(
    `| 64 grouped rows at 375 px: longest task after first render, scrolling through | | | | ${summary(longest)} |`,
  );
} finally {
  await bench.close();
}
console.log(`<privacy-policy> first full render, headless Chromium, ${runs} runs after a warm-up\n`);
console.log('| policy | JSON characters | first screen | every row | longest task after the first screen |');
console.log('|---|--:|---|---|---|');
for (const line of lines) console.log(line);
