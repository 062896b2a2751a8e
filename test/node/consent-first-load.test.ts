/**
 * What `<privacy-consent>` downloads before it can show the signup screen, by module: bundled as
 * a site's bundler does it (esbuild, code splitting), the first load is the entry and the chunks
 * it imports statically. The first load is the element's shell (properties, form association,
 * the loading and error views); everything that renders a loaded policy (the form, its rows,
 * notices and messages, the model built from the policy, their strings and styles) comes in ONE
 * dynamic import with the policy checker, started with the policy request; the views that show
 * only later (sending and the confirmation, the sheet, the guardian step, the account modes) are
 * apart. bench/size.ts measures the bytes.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { bundleSplit } from './first-load.js';

const VIEW = 'src/components/privacy-consent/signup-view.ts';

interface Split {
  /** The source modules of the first load. */
  readonly first: Set<string>;
  /** The source modules the view import brings that the first load does not have. */
  readonly view: Set<string>;
  /** Whether the policy checker has a chunk of its own (it should not: it comes with the view). */
  readonly checkerOnly: boolean;
  /** Whether the first load imports the view dynamically. */
  readonly importsView: boolean;
}

const split = async (entry: string): Promise<Split> => {
  const bundle = await bundleSplit(entry);
  const firstOutputs = bundle.withStaticImports(bundle.chunkOf(entry)!);
  const first = bundle.modulesOf(firstOutputs);
  const viewOutput = bundle.chunkOf(VIEW);
  const view = viewOutput
    ? new Set([...bundle.modulesOf(bundle.withStaticImports(viewOutput))].filter((module) => !first.has(module)))
    : new Set<string>();
  return {
    first,
    view,
    checkerOnly: bundle.chunkOf('src/policy/schema-consent.ts') !== undefined,
    importsView: viewOutput !== undefined && bundle.importsDynamically(firstOutputs, viewOutput),
  };
};

/** What renders a loaded policy: never in the first load, always in the view import. */
const VIEW_MODULES = [
  'src/policy/schema-consent.ts',
  'src/consent/form-model.ts',
  'src/consent/decisions.ts',
  'src/policy/walk.ts',
  'src/components/privacy-consent/signup-form.ts',
  'src/components/privacy-consent/form-value.ts',
  'src/components/privacy-consent/form-view.ts',
  'src/components/privacy-consent/form-styles.ts',
  'src/components/privacy-consent/item-view.ts',
  'src/components/privacy-consent/summary.ts',
  'src/i18n/ko/consent-form.ts',
  // What items say in full and what the form says once the person acts.
  'src/components/privacy-consent/notice-body.ts',
  'src/components/privacy-consent/notice.ts',
  'src/components/privacy-consent/document-view.ts',
  'src/components/shared/table-styles.ts',
  'src/components/shared/rich-text.ts',
  'src/policy/links.ts',
  'src/i18n/ko/consent-notice.ts',
  'src/components/privacy-consent/form-messages.ts',
  'src/i18n/ko/consent-messages.ts',
];

describe('<privacy-consent> first load', () => {
  let found: Split;
  beforeAll(async () => {
    found = await split('src/privacy-consent.ts');
  });

  it('holds the shell: the element, its form association, its loading and error views', () => {
    for (const module of [
      'src/components/privacy-consent/privacy-consent.ts',
      'src/components/privacy-consent/form-control.ts',
      'src/components/privacy-consent/privacy-consent.styles.ts',
      'src/components/shared/policy-controller.ts',
      'src/components/shared/state-view.ts',
      'src/i18n/ko/consent-shell.ts',
    ])
      expect(found.first, module).toContain(module);
  });

  it('brings everything that renders a loaded policy in one import with the checker', () => {
    expect(found.importsView).toBe(true);
    expect(found.checkerOnly).toBe(false);
    expect(VIEW_MODULES.filter((module) => found.first.has(module))).toEqual([]);
    expect(VIEW_MODULES.filter((module) => !found.view.has(module))).toEqual([]);
  });

  it('leaves out what shows only later, with its strings and styles', () => {
    const later = [
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
    expect(later.filter((module) => found.first.has(module))).toEqual([]);
    // Nor does the form's first render wait for them.
    expect(later.filter((module) => found.view.has(module))).toEqual([]);
  });
});
