/**
 * How soon the cookie banner is on screen: a fresh page load with the production script-tag
 * build in <head> and the policy inline, timed from navigation start to the first frame with
 * the banner laid out (headless Chromium, local server, so network time is near zero).
 *
 *   npx tsx bench/banner.ts [policy=demo-shop] [runs=15]
 */
import { seedText, serveIifePage, summary } from './iife-page.js';

const [name = 'demo-shop', runs = '15'] = process.argv.slice(2);
const policy = seedText(name);
const page = `<!doctype html><html lang="ko"><head><meta charset="utf-8"><script src="/bundle.js"></script></head>
<body><h1>페이지</h1><privacy-cookie-notice mode="opt-in"><script type="application/json">${policy}</script></privacy-cookie-notice>
<script>
  const started = performance.now();
  const notice = document.querySelector('privacy-cookie-notice');
  const check = () => {
    const banner = notice.shadowRoot && notice.shadowRoot.querySelector('[part=banner]');
    if (banner && banner.getBoundingClientRect().height > 0) requestAnimationFrame(() => (window.__bannerAt = performance.now()));
    else requestAnimationFrame(check);
  };
  check();
</script></body></html>`;
const bench = await serveIifePage(page);
const times: number[] = [];
try {
  for (let run = 0; run < Number(runs); run++) {
    const context = await bench.browser.newContext();
    const tab = await context.newPage();
    await tab.goto(bench.url);
    await tab.waitForFunction(() => (window as { __bannerAt?: number }).__bannerAt !== undefined);
    times.push(await tab.evaluate(() => (window as unknown as { __bannerAt: number }).__bannerAt));
    await context.close();
  }
} finally {
  await bench.close();
}
console.log(
  `<privacy-cookie-notice> banner on screen after navigation start (${name}, ${runs} fresh page loads): ${summary(times, 0)}`,
);
