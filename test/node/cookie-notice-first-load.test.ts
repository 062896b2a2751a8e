/**
 * What `<privacy-cookie-notice>` downloads on every page, by module: bundled as a site's bundler
 * does it (esbuild, code splitting), the first load is the entry and the chunks it imports
 * statically. Most page views are returning visitors with a current stored choice: they need only
 * the element shell, the stored-choice read, script gating, Consent Mode and the cookie-document
 * source. The banner (its view, strings, tokens, styles, focus handling) is one chunk imported
 * when a banner is to be shown. bench/size.ts measures the bytes.
 */
import { resolve } from 'node:path';
import { build, type Metafile } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const ENTRY = 'src/privacy-cookie-notice.ts';
const UI = 'src/components/privacy-cookie-notice/notice-ui.ts';

let metafile: Metafile;

/** The output chunks of `chunk` and every chunk it imports statically (transitively). */
const withStaticImports = (chunk: string): Set<string> => {
  const chunks = new Set([chunk]);
  for (const path of chunks)
    for (const imported of metafile.outputs[path]!.imports)
      if (imported.kind === 'import-statement' && !imported.external) chunks.add(imported.path);
  return chunks;
};

const modulesOf = (chunks: Iterable<string>): Set<string> =>
  new Set([...chunks].flatMap((path) => Object.keys(metafile.outputs[path]!.inputs)));

/** The output chunk a source module starts (an entry, or the target of an `import()`). */
const chunkOf = (module: string): string =>
  Object.keys(metafile.outputs).find((path) => metafile.outputs[path]!.entryPoint === module)!;

describe('<privacy-cookie-notice> first load', () => {
  let first: Set<string>;
  let firstModules: Set<string>;
  beforeAll(async () => {
    ({ metafile } = await build({
      entryPoints: [resolve(root, ENTRY)],
      absWorkingDir: root,
      bundle: true,
      splitting: true,
      format: 'esm',
      target: 'es2022',
      outdir: 'out',
      write: false,
      metafile: true,
      logLevel: 'silent',
    }));
    first = withStaticImports(chunkOf(ENTRY));
    firstModules = modulesOf(first);
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
    expect(
      [...first].some((chunk) =>
        metafile.outputs[chunk]!.imports.some(
          (imported) => imported.kind === 'dynamic-import' && imported.path === chunkOf(UI),
        ),
      ),
      'the first load imports the banner chunk dynamically',
    ).toBe(true);
    const banner = modulesOf(withStaticImports(chunkOf(UI)));
    const own = modulesOf([chunkOf(UI)]);
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
});
