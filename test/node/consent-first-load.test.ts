/**
 * What `<privacy-consent>` downloads before it can show the signup screen, by module: bundled as
 * a site's bundler does it (esbuild, code splitting), the first load is the entry and the chunks
 * it imports statically. The signup screen's own code is in it; the views that show only later
 * (the notice tables and terms text, the errors after a submit attempt, sending and the
 * confirmation, the sheet, the guardian step, the account modes) and their strings and styles
 * are not. bench/size.ts measures the bytes.
 */
import { resolve } from 'node:path';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');

/** The source modules (relative to the project) of the first load of `entry`. */
const firstLoadModules = async (entry: string): Promise<Set<string>> => {
  const { metafile } = await build({
    entryPoints: [resolve(root, entry)],
    absWorkingDir: root,
    bundle: true,
    splitting: true,
    format: 'esm',
    target: 'es2022',
    outdir: 'out',
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const outputs = metafile.outputs;
  const main = Object.keys(outputs).find((path) => outputs[path]!.entryPoint === entry)!;
  const first = new Set([main]);
  for (const path of first)
    for (const imported of outputs[path]!.imports)
      if (imported.kind === 'import-statement' && !imported.external) first.add(imported.path);
  return new Set([...first].flatMap((path) => Object.keys(outputs[path]!.inputs)));
};

describe('<privacy-consent> first load', () => {
  let modules: Set<string>;
  beforeAll(async () => {
    modules = await firstLoadModules('src/privacy-consent.ts');
  });

  it('holds the signup screen: items with [필수]/[선택], 전체 동의, the notice buttons, submitting', () => {
    for (const module of [
      'src/components/privacy-consent/privacy-consent.ts',
      'src/components/privacy-consent/signup-form.ts',
      'src/components/privacy-consent/form-view.ts',
      'src/components/privacy-consent/item-view.ts',
      'src/components/privacy-consent/summary.ts',
      'src/components/privacy-consent/form-control.ts',
      'src/components/privacy-consent/privacy-consent.styles.ts',
      'src/i18n/ko/consent-form.ts',
    ])
      expect(modules, module).toContain(module);
  });

  it('leaves out what shows only later, with its strings and styles', () => {
    const later = [
      // The statutory notice tables and terms text (loaded with the policy checker).
      'src/components/privacy-consent/notice-body.ts',
      'src/components/privacy-consent/notice.ts',
      'src/components/privacy-consent/document-view.ts',
      'src/components/shared/table-styles.ts',
      'src/components/shared/rich-text.ts',
      'src/policy/links.ts',
      'src/i18n/ko/consent-notice.ts',
      // What the form says once the person acts (also loaded with the policy checker).
      'src/components/privacy-consent/form-messages.ts',
      'src/i18n/ko/consent-messages.ts',
      // Building, sending and confirming a record (loaded once a policy is ready).
      'src/components/privacy-consent/submission.ts',
      'src/components/privacy-consent/receipt-view.ts',
      'src/components/shared/delivery-controller.ts',
      'src/consent/build-record.ts',
      'src/consent/outbox.ts',
      'src/i18n/ko/consent-receipt.ts',
      // The rest, on first use.
      'src/components/privacy-consent/sheet-view.ts',
      'src/components/privacy-consent/guardian.ts',
      'src/components/privacy-consent/member-modes.ts',
      'src/i18n/ko/account.ts',
      'src/i18n/ko/consent.ts',
    ];
    expect(later.filter((module) => modules.has(module))).toEqual([]);
  });
});
