/**
 * How long `<privacy-policy>` takes to render a policy in headless Chromium, from creating
 * the element to the frame after its first full render (validation, render, layout), with
 * the production script-tag build and the policy given as a property (no network).
 *
 *   npx tsx bench/render.ts [seed=smartro] [runs=15]
 */
import { seedText, serveIifePage, summary } from './iife-page.js';

const [seed = 'smartro', runs = '15'] = process.argv.slice(2);
const policy = seedText(seed);
const bench = await serveIifePage(
  '<!doctype html><html lang="ko"><head><meta charset="utf-8"><script src="/bundle.js"></script></head><body></body></html>',
);
const times: number[] = [];
try {
  const tab = await bench.browser.newPage({ viewport: { width: 1280, height: 800 } });
  tab.on('pageerror', (error) => console.error('page error:', error));
  await tab.goto(bench.url);
  for (let run = 0; run < Number(runs); run++) {
    times.push(
      await tab.evaluate(async (json) => {
        document.body.replaceChildren();
        const started = performance.now();
        const el = document.createElement('privacy-policy') as HTMLElement & {
          policy: unknown;
          updateComplete: Promise<unknown>;
        };
        el.policy = JSON.parse(json);
        document.body.append(el);
        // Settled: the document is rendered and laid out.
        while (!el.shadowRoot?.querySelector('.document')) await new Promise((done) => setTimeout(done));
        await el.updateComplete;
        el.getBoundingClientRect();
        await new Promise((done) => requestAnimationFrame(done));
        return performance.now() - started;
      }, policy),
    );
  }
} finally {
  await bench.close();
}
console.log(
  `<privacy-policy> ${seed} (${policy.length} chars of JSON), ${runs} runs: ${summary(times)} (first run ${times[0]!.toFixed(1)} ms)`,
);
