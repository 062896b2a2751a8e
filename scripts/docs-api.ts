/**
 * The API tables of docs/<tag>.md (attributes and properties, methods, events, slots, parts,
 * CSS custom properties, CSS states), generated from a freshly analysed custom-elements.json,
 * between the `<!-- api:start -->` and `<!-- api:end -->` markers. Prose outside them is kept.
 *
 *   npm run docs:api               # rewrite the tables
 *   npm run docs:api -- --check    # exit 1 when a table is out of date (test/node/docs-api.test.ts does the same)
 *
 * Edit the element's JSDoc (src/components/<tag>/<tag>.ts) or custom-elements-manifest.config.mjs,
 * never the generated tables.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { cli } from '@custom-elements-manifest/analyzer/cli.js';
import { format, resolveConfig } from 'prettier';

const ROOT = resolve(import.meta.dirname, '..');
export const START = '<!-- api:start -->';
export const END = '<!-- api:end -->';

// The few parts of the Custom Elements Manifest schema the tables use.
interface Type {
  readonly text: string;
}
interface Described {
  readonly name: string;
  readonly description?: string;
  readonly summary?: string;
}
interface Member extends Described {
  readonly kind: 'field' | 'method';
  readonly type?: Type;
  readonly default?: string;
  readonly static?: boolean;
  readonly readonly?: boolean;
  readonly privacy?: string;
  readonly parameters?: readonly (Described & { readonly type?: Type; readonly optional?: boolean })[];
  readonly return?: { readonly type?: Type };
}
interface Attribute extends Described {
  readonly type?: Type;
  readonly default?: string;
  readonly fieldName?: string;
}
export interface Element extends Described {
  readonly kind: 'class';
  readonly tagName?: string;
  readonly customElement?: boolean;
  readonly members?: readonly Member[];
  readonly attributes?: readonly Attribute[];
  readonly events?: readonly (Described & { readonly type?: Type })[];
  readonly slots?: readonly Described[];
  readonly cssParts?: readonly Described[];
  readonly cssProperties?: readonly (Described & { readonly default?: string; readonly syntax?: string })[];
  readonly cssStates?: readonly Described[];
}
export interface Manifest {
  readonly modules: readonly { readonly path: string; readonly declarations?: readonly { readonly kind: string }[] }[];
}

/** Runs the analyzer with custom-elements-manifest.config.mjs, in memory (custom-elements.json is not touched). */
export const analyze = async (): Promise<Manifest> =>
  (await cli({
    argv: ['analyze', '--config', join(ROOT, 'custom-elements-manifest.config.mjs'), '--quiet'],
    cwd: ROOT,
    noWrite: true,
  })) as Manifest;

/** Every custom element declared in the manifest, with the module that exports it. */
export const elementsOf = (manifest: Manifest): { element: Element; module: string }[] =>
  manifest.modules.flatMap((module) =>
    (module.declarations ?? [])
      .filter((declaration): declaration is Element => declaration.kind === 'class' && 'tagName' in declaration)
      .map((element) => ({ element, module: module.path })),
  );

/** A table cell: one line, pipes escaped (also inside code, as GFM requires). */
const cell = (text = ''): string =>
  text
    .replace(/\s*\n\s*/g, ' ')
    .replace(/\|/g, '\\|')
    .trim();
const code = (text: string | undefined): string => (text ? `\`${text}\`` : '');
const describe = (item: Described): string => item.description ?? item.summary ?? '';

const table = (head: readonly string[], rows: readonly (readonly string[])[]): string =>
  [
    `| ${head.join(' | ')} |`,
    `| ${head.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`),
  ].join('\n');

const section = (title: string, intro: string, body: string | undefined): string[] =>
  body ? [`### ${title}`, ...(intro ? [intro] : []), body] : [];

/** Warnings for public API without a description (the docs would have an empty cell). */
export const undocumented = (element: Element): string[] => {
  const missing = [
    ...(element.members ?? []).filter((member) => !member.privacy && !member.static),
    ...(element.events ?? []),
    ...(element.slots ?? []),
    ...(element.cssParts ?? []),
    ...(element.cssProperties ?? []),
  ].filter((item) => !describe(item));
  return missing.map((item) => `<${element.tagName}> ${item.name || '(default slot)'} has no description`);
};

/** The generated Markdown for one element (what goes between the markers). */
export const apiMarkdown = (element: Element, module: string): string => {
  const members = (element.members ?? []).filter((member) => !member.privacy && !member.static);
  const fields = members.filter((member) => member.kind === 'field');
  const methods = members.filter((member) => member.kind === 'method');
  const attributes = element.attributes ?? [];
  const attributeOf = (field: string) => attributes.find((attribute) => attribute.fieldName === field);

  const propertyRows = [
    ...fields.map((field) => [
      code(attributeOf(field.name)?.name) || '–',
      `${code(field.name)}${field.readonly ? ' (read-only)' : ''}`,
      code(field.type?.text),
      code(field.default ?? attributeOf(field.name)?.default),
      describe(field) || describe(attributeOf(field.name) ?? { name: '' }),
    ]),
    // Attributes without a declared field, such as the global `lang` the element reads.
    ...attributes
      .filter((attribute) => !attribute.fieldName || !fields.some((field) => field.name === attribute.fieldName))
      .map((attribute) => [
        code(attribute.name),
        code(attribute.fieldName) || '–',
        code(attribute.type?.text),
        code(attribute.default),
        describe(attribute),
      ]),
  ];
  const signature = (method: Member) =>
    `${method.name}(${(method.parameters ?? [])
      .map(
        (parameter) =>
          `${parameter.name}${parameter.optional ? '?' : ''}${parameter.type ? `: ${parameter.type.text}` : ''}`,
      )
      .join(', ')})${method.return?.type ? `: ${method.return.type.text}` : ''}`;
  const slots = element.slots ?? [];
  const parts = element.cssParts ?? [];
  const properties = element.cssProperties ?? [];
  const states = element.cssStates ?? [];
  const events = element.events ?? [];
  const source = `src/components/${element.tagName}/${element.tagName}.ts`;

  return [
    `<!-- Generated by \`npm run docs:api\` from custom-elements.json: edit the JSDoc in ${source}, not this. -->`,
    `\`import 'privacy-consent/${element.tagName}'\` registers \`<${element.tagName}>\`; \`${module.replace(/^dist\//, 'privacy-consent/')}\` exports the class \`${element.name}\` without registering it.`,
    ...section(
      'Attributes and properties',
      '',
      propertyRows.length
        ? table(['attribute', 'property', 'type', 'default', 'description'], propertyRows)
        : undefined,
    ),
    ...section(
      'Methods',
      '',
      methods.length
        ? table(
            ['method', 'description'],
            methods.map((method) => [code(signature(method)), describe(method)]),
          )
        : undefined,
    ),
    ...section(
      'Events',
      '`privacy-*` events bubble and cross shadow roots (`composed`); their `detail` types are exported by the entry and typed in `HTMLElementEventMap`, so `addEventListener` knows them.',
      events.length
        ? table(
            ['event', 'type', 'description'],
            events.map((event) => [code(event.name), code(event.type?.text), describe(event)]),
          )
        : undefined,
    ),
    ...section(
      'Slots',
      '',
      slots.length
        ? table(
            ['slot', 'description'],
            slots.map((slot) => [slot.name ? code(slot.name) : '(default)', describe(slot)]),
          )
        : undefined,
    ),
    ...section(
      'Parts',
      `Style them with \`${element.tagName}::part(name)\`.`,
      parts.length
        ? table(
            ['part', 'description'],
            parts.map((part) => [code(part.name), describe(part)]),
          )
        : undefined,
    ),
    ...section(
      'CSS custom properties',
      'Set them anywhere above the element, or on it. The list is what its styles read.',
      properties.length
        ? table(
            ['property', 'default', 'description'],
            properties.map((property) => [code(property.name), code(property.default), describe(property)]),
          )
        : undefined,
    ),
    ...section(
      'CSS states',
      '',
      states.length
        ? table(
            ['state', 'description'],
            states.map((state) => [code(`:state(${state.name})`), describe(state)]),
          )
        : undefined,
    ),
  ].join('\n\n');
};

/** A doc page with its generated region replaced, formatted as `prettier --write` would. */
export const updateDoc = async (markdown: string, element: Element, module: string, file: string): Promise<string> => {
  const start = markdown.indexOf(START);
  const end = markdown.indexOf(END);
  if (start < 0 || end < start)
    throw new Error(`${file}: no ${START} … ${END} region (put the markers where the API tables belong)`);
  const next = `${markdown.slice(0, start + START.length)}\n\n${apiMarkdown(element, module)}\n\n${markdown.slice(end)}`;
  const config = await resolveConfig(file);
  return format(next, { ...config, filepath: file });
};

/** The doc page of each element (docs/<tag>.md), regenerated; nothing is written. */
export const generate = async (manifest: Manifest): Promise<{ file: string; before: string; after: string }[]> =>
  Promise.all(
    elementsOf(manifest).map(async ({ element, module }) => {
      const file = join(ROOT, 'docs', `${element.tagName}.md`);
      const before = await readFile(file, 'utf8');
      return { file, before, after: await updateDoc(before, element, module, file) };
    }),
  );

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const check = process.argv.includes('--check');
  const manifest = await analyze();
  for (const { element } of elementsOf(manifest))
    for (const warning of undocumented(element)) console.warn(`warning: ${warning}`);
  let stale = 0;
  for (const { file, before, after } of await generate(manifest)) {
    if (before === after) continue;
    stale++;
    if (check) console.error(`${file}: the API tables are out of date; run npm run docs:api`);
    else {
      await writeFile(file, after);
      console.log(`updated ${file}`);
    }
  }
  if (check && stale) process.exitCode = 1;
}
