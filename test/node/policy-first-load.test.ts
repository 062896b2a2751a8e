/**
 * What `<privacy-policy>` downloads before it shows a policy, by module: bundled as a site's
 * bundler does it (esbuild, code splitting). The first load is the element's shell (the class,
 * the source handling, the loading and error views); what renders a loaded policy comes in the
 * chunk requested with the policy, together with the checker (policy-view.ts); the rarer views
 * load on first use. bench/size.ts measures the bytes.
 */
import { resolve } from 'node:path';
import { build, type Metafile } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');

/** The outputs `from` imports statically, transitively, `from` included. */
const withStaticImports = (outputs: Metafile['outputs'], from: readonly string[]): Set<string> => {
  const found = new Set(from);
  for (const path of found)
    for (const imported of outputs[path]!.imports)
      if (imported.kind === 'import-statement' && !imported.external) found.add(imported.path);
  return found;
};

const inputsOf = (outputs: Metafile['outputs'], paths: Iterable<string>) =>
  new Set([...paths].flatMap((path) => Object.keys(outputs[path]!.inputs)));

describe('<privacy-policy> first load', () => {
  /** Source modules of the first load, and of the chunk loaded with the policy (with its static imports). */
  let first: Set<string>;
  let view: Set<string>;
  beforeAll(async () => {
    const entry = 'src/privacy-policy.ts';
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
    const { outputs } = metafile;
    const main = Object.keys(outputs).find((path) => outputs[path]!.entryPoint === entry)!;
    const firstOutputs = withStaticImports(outputs, [main]);
    const viewEntry = Object.keys(outputs).find(
      (path) => outputs[path]!.entryPoint === 'src/components/privacy-policy/policy-view.ts',
    );
    expect(viewEntry, 'policy-view.ts is a chunk of its own').toBeDefined();
    first = inputsOf(outputs, firstOutputs);
    view = inputsOf(
      outputs,
      [...withStaticImports(outputs, [viewEntry!])].filter((path) => !firstOutputs.has(path)),
    );
  });

  it('holds the shell: the element, its source handling, the loading and error views, its own styles', () => {
    for (const module of [
      'src/components/privacy-policy/privacy-policy.ts',
      'src/components/privacy-policy/shell-styles.ts',
      'src/components/shared/policy-controller.ts',
      'src/components/shared/state-view.ts',
      'src/components/shared/state-styles.ts',
      'src/i18n/ko/policy-shell.ts',
    ])
      expect(first, module).toContain(module);
  });

  const renderer = [
    'src/components/privacy-policy/policy-document.ts',
    'src/components/privacy-policy/parts.ts',
    'src/components/privacy-policy/blocks.ts',
    'src/components/privacy-policy/columns.ts',
    'src/components/privacy-policy/card-table.ts',
    'src/components/privacy-policy/pictograms.ts',
    'src/components/privacy-policy/row-chunks.ts',
    'src/components/privacy-policy/privacy-policy.styles.ts',
    'src/components/shared/rich-text.ts',
    'src/components/shared/table-styles.ts',
    'src/policy/labels.ts',
    'src/policy/walk.ts',
    'src/policy/links.ts',
    'src/policy/check.ts',
    'src/i18n/ko/policy-main.ts',
  ];

  it('leaves out what renders a loaded policy', () => {
    expect(renderer.filter((module) => first.has(module))).toEqual([]);
  });

  it('brings what renders a loaded policy in the chunk loaded with the checker', () => {
    expect(renderer.filter((module) => !view.has(module))).toEqual([]);
  });

  it('keeps the rarer views out of both: they load on first use', () => {
    const rarer = [
      'src/components/privacy-policy/collection-view.ts',
      'src/components/privacy-policy/figure-view.ts',
      'src/components/privacy-policy/rare-tables.ts',
      'src/components/privacy-policy/change-log-view.ts',
      'src/components/privacy-policy/diff-view.ts',
      'src/components/privacy-policy/dialog-styles.ts',
      'src/policy/diff.ts',
      'src/policy/messages.ts',
      // Their strings, and the whole Korean catalog (for a host to start a reworded one from).
      'src/i18n/ko/policy-rare.ts',
      'src/i18n/ko/policy-fields.ts',
      'src/i18n/ko/policy.ts',
    ];
    expect(rarer.filter((module) => first.has(module) || view.has(module))).toEqual([]);
  });
});
