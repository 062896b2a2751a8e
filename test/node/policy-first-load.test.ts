/**
 * What `<privacy-policy>` downloads before it shows a policy, by module: bundled as a site's
 * bundler does it (esbuild, code splitting). The first load is the element's shell (the class,
 * the source handling, the loading and error views); what renders a loaded policy comes in the
 * chunk requested with the policy, together with the checker (policy-view.ts); the rarer views
 * load on first use. bench/size.ts measures the bytes.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { bundleSplit } from './first-load.js';

describe('<privacy-policy> first load', () => {
  /** Source modules of the first load, and of the chunk loaded with the policy (with its static imports). */
  let first: Set<string>;
  let view: Set<string>;
  beforeAll(async () => {
    const entry = 'src/privacy-policy.ts';
    const bundle = await bundleSplit(entry);
    const firstOutputs = bundle.withStaticImports(bundle.chunkOf(entry)!);
    const viewEntry = bundle.chunkOf('src/components/privacy-policy/policy-view.ts');
    expect(viewEntry, 'policy-view.ts is a chunk of its own').toBeDefined();
    first = bundle.modulesOf(firstOutputs);
    view = bundle.modulesOf([...bundle.withStaticImports(viewEntry!)].filter((path) => !firstOutputs.has(path)));
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
