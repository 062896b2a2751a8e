/**
 * What `<privacy-cookie-notice>` downloads on every page, by module: bundled as a site's bundler
 * does it (esbuild, code splitting), the first load is the entry and the chunks it imports
 * statically. Most page views are returning visitors with a current stored choice: they need only
 * the element shell, the stored-choice read, script gating, Consent Mode and the cookie-document
 * source. The banner (its view, strings, tokens, styles, focus handling) is one chunk imported
 * when a banner is to be shown. bench/size.ts measures the bytes.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { bundleSplit, type SplitBundle } from './first-load.js';

const ENTRY = 'src/privacy-cookie-notice.ts';
const UI = 'src/components/privacy-cookie-notice/notice-ui.ts';

describe('<privacy-cookie-notice> first load', () => {
  let bundle: SplitBundle;
  let first: Set<string>;
  let firstModules: Set<string>;
  let ui: string;
  beforeAll(async () => {
    bundle = await bundleSplit(ENTRY);
    first = bundle.withStaticImports(bundle.chunkOf(ENTRY)!);
    firstModules = bundle.modulesOf(first);
    ui = bundle.chunkOf(UI)!;
  });

  it("holds what a returning visitor's page needs: the shell, the stored choice, gating, Consent Mode, the source", () => {
    for (const module of [
      'src/components/privacy-cookie-notice/privacy-cookie-notice.ts',
      'src/components/privacy-cookie-notice/cookie-store.ts',
      'src/consent/cookie-choice.ts',
      'src/components/privacy-cookie-notice/gating.ts',
      'src/components/privacy-cookie-notice/consent-mode.ts',
      'src/components/privacy-cookie-notice/cookie-source.ts',
      'src/policy/cookie-document.ts',
    ])
      expect(firstModules, module).toContain(module);
  });

  it('leaves out the banner: its view, strings, tokens, styles, localization and focus handling', () => {
    const banner = [
      UI,
      'src/components/privacy-cookie-notice/banner-view.ts',
      'src/components/privacy-cookie-notice/privacy-cookie-notice.styles.ts',
      'src/components/privacy-cookie-notice/cookie-localize-controller.ts',
      'src/components/privacy-cookie-notice/banner-focus.ts',
      'src/components/privacy-cookie-notice/active-element.ts',
      'src/components/shared/core-tokens.ts',
      'src/components/shared/render-text.ts',
      'src/i18n/ko/cookie-banner.ts',
      'src/i18n/catalogs.ts',
      // Already lazy before: the settings, the choice, a failure, a full policy.
      'src/components/privacy-cookie-notice/settings-view.ts',
      'src/components/privacy-cookie-notice/choose.ts',
      'src/components/privacy-cookie-notice/load-failure.ts',
      'src/components/privacy-cookie-notice/from-policy.ts',
      'src/policy/load-error.ts',
      'src/consent/outbox.ts',
    ];
    expect(banner.filter((module) => firstModules.has(module))).toEqual([]);
  });

  it('brings the whole banner in one import (its chunk and what that imports statically)', () => {
    // The shell starts it: one dynamic import from the first load.
    expect(bundle.importsDynamically(first, ui), 'the first load imports the banner chunk dynamically').toBe(true);
    const banner = bundle.modulesOf(bundle.withStaticImports(ui));
    const own = bundle.modulesOf([ui]);
    // Its code is in the imported chunk itself, not behind it (a chunk shared with the settings or
    // the choice would be requested only once that one has arrived: one more round trip).
    for (const module of [
      UI,
      'src/components/privacy-cookie-notice/banner-view.ts',
      'src/components/privacy-cookie-notice/privacy-cookie-notice.styles.ts',
      'src/components/privacy-cookie-notice/cookie-localize-controller.ts',
      'src/components/privacy-cookie-notice/banner-focus.ts',
      'src/components/shared/core-tokens.ts',
      'src/i18n/ko/cookie-banner.ts',
      'src/i18n/catalogs.ts',
    ])
      expect(own, module).toContain(module);
    // What shows only later stays out of it.
    for (const module of [
      'src/components/privacy-cookie-notice/settings-view.ts',
      'src/components/privacy-cookie-notice/choose.ts',
      'src/components/privacy-cookie-notice/load-failure.ts',
      'src/i18n/ko/cookie-more.ts',
      'src/components/shared/more-tokens.ts',
    ])
      expect(banner, module).not.toContain(module);
  });

  it('needs no download after its own: every chunk it imports statically is in the first load', () => {
    // Otherwise that chunk is requested only once the banner's has arrived and been parsed: on a
    // slow phone, a round trip and a busy main thread later.
    const behind = [...bundle.withStaticImports(ui)].filter((chunk) => chunk !== ui && !first.has(chunk));
    expect(behind.map((chunk) => [...bundle.modulesOf([chunk])])).toEqual([]);
  });
});
