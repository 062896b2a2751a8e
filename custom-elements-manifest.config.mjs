// @ts-check
/**
 * custom-elements.json, the public API of the elements: `npm run analyze` (part of `npm run build`)
 * writes it; editors, Storybook and `scripts/docs-api.ts` (the API tables in docs/) read it.
 *
 * Analysed, for each element folder `src/components/<tag>/`:
 *  - `src/components/<tag>/<tag>.ts`, the class (with its JSDoc: @summary, @slot, @event, @csspart …);
 *  - `src/components/<tag>.ts`, the class entry, published as `dist/components/<tag>.js`;
 *  - `src/<tag>.ts`, the entry whose `defineElement()` call registers the tag, published as `dist/<tag>.js`.
 * Module paths in the manifest are those published files, the ones a host imports.
 *
 * On top of the analyzer's Lit support (`litelement`), the plugin below:
 *  - keeps the public API only: no private, protected or `#` members, no lifecycle or form
 *    callbacks, no Lit plumbing (`styles`, `shadowRootOptions`, `formAssociated`);
 *  - types every event from the `HTMLElementEventMap` entries declared (in `declare global`)
 *    in any file under src/components;
 *  - lists `lang` and the `--privacy-*` custom properties each element's styles really read,
 *    from the CSS text of its `static styles` (tokens.ts maps each public property to a
 *    private `--_*` copy; a property counts when its copy, or itself, is used), with the
 *    defaults written there. Descriptions: the element's `@cssproperty` tag, else the table below.
 *    Styles a view adopts when it loads count too, named in the class's JSDoc:
 *    `@adopts ./settings-view.ts settingsStyles`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = dirname(fileURLToPath(import.meta.url));
const COMPONENTS = 'src/components';

/** Every element folder: `src/components/privacy-*`. */
const TAGS = readdirSync(join(ROOT, COMPONENTS), { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && entry.name.startsWith('privacy-'))
  .map((entry) => entry.name)
  .sort();

/** What each public custom property is for (an element's own `@cssproperty` tag wins). */
const CSS_PROPERTIES = {
  '--privacy-color-brand': { syntax: '<color>', description: 'Brand colour: buttons, links, checkboxes.' },
  '--privacy-color-on-brand': { syntax: '<color>', description: 'Text on the brand colour (button labels).' },
  '--privacy-color-text': { syntax: '<color>', description: 'Text.' },
  '--privacy-color-text-muted': { syntax: '<color>', description: 'Secondary text: hints, dates, notes.' },
  '--privacy-color-surface': { syntax: '<color>', description: 'Background.' },
  '--privacy-color-surface-muted': { syntax: '<color>', description: 'Muted background: table headers, notices.' },
  '--privacy-color-border': { syntax: '<color>', description: 'Borders.' },
  '--privacy-color-danger': { syntax: '<color>', description: 'Errors.' },
  '--privacy-color-focus-ring': { syntax: '<color>', description: 'Focus outline.' },
  '--privacy-font-family': { syntax: '*', description: 'Font family.' },
  '--privacy-font-size': { syntax: '<length>', description: 'Base font size; everything else is relative to it.' },
  '--privacy-line-height': { syntax: '<number> | <length>', description: 'Line height.' },
  '--privacy-radius': { syntax: '<length>', description: 'Corner radius.' },
  '--privacy-space': { syntax: '<length>', description: 'Spacing unit; gaps and padding are multiples of it.' },
  '--privacy-color-trigger': {
    syntax: '<color>',
    description: "The footer trigger's colour (default: the footer's text colour).",
  },
  '--privacy-font-size-trigger': {
    syntax: '<length>',
    description: "The footer trigger's size (default: the footer's text size).",
  },
};

/** The `lang` attribute, listed for every element that speaks through LocalizeController. */
const LANG = {
  name: 'lang',
  type: { text: 'string' },
  description:
    "UI language (`ko` by default, `en` ships too; others via `registerCatalog`). Absent: the nearest ancestor's `lang`, then `<html lang>`.",
  fieldName: 'lang',
};

/** Declared by the class but not API: the platform or Lit calls them. */
const HIDDEN = new Set([
  'connectedCallback',
  'disconnectedCallback',
  'adoptedCallback',
  'attributeChangedCallback',
  'connectedMoveCallback',
  'formAssociatedCallback',
  'formResetCallback',
  'formDisabledCallback',
  'formStateRestoreCallback',
  'createRenderRoot',
  'scheduleUpdate',
  'performUpdate',
  'shouldUpdate',
  'willUpdate',
  'update',
  'render',
  'firstUpdated',
  'updated',
  'getUpdateComplete',
]);
const HIDDEN_STATIC = new Set(['styles', 'shadowRootOptions', 'formAssociated', 'properties', 'observedAttributes']);

/** `src/x.ts` → `dist/x.js`: the entries vite.config.ts builds keep their path. */
const published = (path) => path.replace(/^src\//, 'dist/').replace(/\.ts$/, '.js');
/** `src/components/shared/events.ts` → its declaration file. */
const typesOf = (path) => path.replace(/^src\//, 'dist/types/').replace(/\.ts$/, '.d.ts');

/** @param {string} dir @returns {string[]} every .ts file below `dir`, relative to ROOT */
const tsFiles = (dir) =>
  readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return tsFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') ? [path] : [];
  });

/**
 * @param {typeof import('typescript')} ts
 */
const sources = (ts) => {
  /** @type {Map<string, import('typescript').SourceFile>} */
  const cache = new Map();
  /** @param {string} path relative to ROOT */
  return (path) => {
    let file = cache.get(path);
    if (!file) {
      file = ts.createSourceFile(path, readFileSync(join(ROOT, path), 'utf8'), ts.ScriptTarget.Latest, true);
      cache.set(path, file);
    }
    return file;
  };
};

/**
 * `'privacy-x': CustomEvent<Detail>` in every `declare global { interface HTMLElementEventMap }`
 * under src/components, with the file declaring each detail type.
 * @param {typeof import('typescript')} ts
 * @param {(path: string) => import('typescript').SourceFile} parse
 */
const eventTypes = (ts, parse) => {
  /** @type {Map<string, { text: string, detail?: string, file: string }>} */
  const events = new Map();
  /** @type {Map<string, string>} type name → file */
  const declared = new Map();
  for (const path of tsFiles(COMPONENTS)) {
    const file = parse(path);
    const visit = (/** @type {import('typescript').Node} */ node) => {
      if ((ts.isInterfaceDeclaration(node) || ts.isTypeAliasDeclaration(node)) && !declared.has(node.name.text)) {
        declared.set(node.name.text, path);
      }
      if (
        ts.isInterfaceDeclaration(node) &&
        node.name.text === 'HTMLElementEventMap' &&
        ts.isModuleBlock(node.parent) &&
        ts.isModuleDeclaration(node.parent.parent) &&
        node.parent.parent.name.text === 'global'
      ) {
        for (const member of node.members) {
          if (!ts.isPropertySignature(member) || !member.type || !member.name) continue;
          const name = ts.isStringLiteral(member.name) || ts.isIdentifier(member.name) ? member.name.text : undefined;
          if (!name) continue;
          const text = member.type.getText(file).replace(/\s+/g, ' ');
          const argument =
            ts.isTypeReferenceNode(member.type) && member.type.typeArguments?.length === 1
              ? member.type.typeArguments[0]
              : undefined;
          const detail = argument && ts.isTypeReferenceNode(argument) ? argument.typeName.getText(file) : undefined;
          const known = events.get(name);
          if (known && known.text !== text)
            console.warn(
              `custom-elements.json: '${name}' is declared as ${known.text} and as ${text}; keeping the first.`,
            );
          if (!known) events.set(name, { text, ...(detail ? { detail } : {}), file: path });
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(file);
  }
  return { events, declared };
};

/** Every `var(--name, fallback)` in a CSS text, with the custom property it is the value of, if any. */
const varsIn = (/** @type {string} */ css) => {
  const out = [];
  for (let start = css.indexOf('var('); start !== -1; start = css.indexOf('var(', start + 4)) {
    let depth = 0;
    let end = start + 3;
    for (; end < css.length; end++) {
      if (css[end] === '(') depth++;
      else if (css[end] === ')' && --depth === 0) break;
    }
    const body = css.slice(start + 4, end);
    const comma = body.indexOf(',');
    const name = (comma < 0 ? body : body.slice(0, comma)).trim();
    const fallback =
      comma < 0
        ? undefined
        : body
            .slice(comma + 1)
            .replace(/\s+/g, ' ')
            .trim();
    const declares = /(--[\w-]+)\s*:\s*$/.exec(css.slice(0, start))?.[1];
    out.push({ name, fallback, declares });
  }
  return out;
};

/**
 * The CSS text of an element's `static styles`: `css` templates (with what they interpolate),
 * arrays of them and identifiers, local or imported, followed to their declarations.
 * @param {typeof import('typescript')} ts
 * @param {(path: string) => import('typescript').SourceFile} parse
 * @param {string} path
 * @param {string} className
 * @param {[string, string][]} adopted Styles adopted on demand, `[file, name]` (see `@adopts`).
 */
const stylesOf = (ts, parse, path, className, adopted = []) => {
  /** @type {(path: string, name: string, seen: Set<string>) => string} */
  const named = (path, name, seen) => {
    const key = `${path}#${name}`;
    if (seen.has(key)) return '';
    seen.add(key);
    const file = parse(path);
    for (const statement of file.statements) {
      if (ts.isVariableStatement(statement)) {
        for (const declaration of statement.declarationList.declarations) {
          if (ts.isIdentifier(declaration.name) && declaration.name.text === name && declaration.initializer)
            return text(path, declaration.initializer, seen);
        }
      }
      if (ts.isImportDeclaration(statement) && ts.isStringLiteral(statement.moduleSpecifier)) {
        const bindings = statement.importClause?.namedBindings;
        if (!bindings || !ts.isNamedImports(bindings)) continue;
        const specifier = statement.moduleSpecifier.text;
        for (const element of bindings.elements) {
          if (element.name.text !== name || !specifier.startsWith('.')) continue;
          const target = relative(ROOT, resolve(ROOT, dirname(path), specifier.replace(/\.js$/, '.ts')));
          return named(target.split('\\').join('/'), (element.propertyName ?? element.name).text, seen);
        }
      }
    }
    return '';
  };
  /** @type {(path: string, node: import('typescript').Expression, seen: Set<string>) => string} */
  const text = (path, node, seen) => {
    if (ts.isIdentifier(node)) return named(path, node.text, seen);
    if (ts.isArrayLiteralExpression(node)) return node.elements.map((each) => text(path, each, seen)).join('\n');
    if (ts.isAsExpression(node) || ts.isParenthesizedExpression(node) || ts.isSatisfiesExpression(node))
      return text(path, node.expression, seen);
    if (ts.isTaggedTemplateExpression(node)) {
      const template = node.template;
      if (ts.isNoSubstitutionTemplateLiteral(template)) return template.text;
      return [
        template.head.text,
        ...template.templateSpans.map((span) => `${text(path, span.expression, seen)}${span.literal.text}`),
      ].join('');
    }
    return '';
  };
  const later = adopted
    .map(([file, name]) =>
      named(
        relative(ROOT, resolve(ROOT, dirname(path), file))
          .split('\\')
          .join('/'),
        name,
        new Set(),
      ),
    )
    .join('\n');
  const file = parse(path);
  for (const statement of file.statements) {
    if (!ts.isClassDeclaration(statement) || statement.name?.text !== className) continue;
    for (const member of statement.members) {
      const isStatic =
        ts.canHaveModifiers(member) && ts.getModifiers(member)?.some((m) => m.kind === ts.SyntaxKind.StaticKeyword);
      if (isStatic && ts.isPropertyDeclaration(member) && member.name.getText(file) === 'styles' && member.initializer)
        return `${text(path, member.initializer, new Set())}\n${later}`;
    }
  }
  return later;
};

/** The public `--privacy-*` properties a CSS text reads, in order, with their fallbacks. */
const customProperties = (/** @type {string} */ css) => {
  const vars = varsIn(css.replace(/\/\*[\s\S]*?\*\//g, ''));
  const used = new Set(vars.map((each) => each.name));
  /** @type {Map<string, string | undefined>} */
  const read = new Map();
  for (const { name, fallback, declares } of vars) {
    if (!name.startsWith('--privacy-')) continue;
    // `--_x: var(--privacy-x, …)` is read when `--_x` is.
    if (declares && declares !== name && !used.has(declares)) continue;
    if (!read.has(name) || (read.get(name) === undefined && fallback)) read.set(name, fallback);
  }
  return read;
};

/** @returns {import('@custom-elements-manifest/analyzer').Plugin} */
const publicApi = () => {
  /** @type {typeof import('typescript')} The analyzer's own TypeScript (packageLinkPhase is not given it). */
  let ts;
  return {
    name: 'privacy-consent-public-api',

    initialize(params) {
      ts = params.ts;
    },

    // `defineElement('privacy-x', Class)` in an entry: the manifest's custom-element-definition.
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isCallExpression(node) || !ts.isIdentifier(node.expression) || node.expression.text !== 'defineElement')
        return;
      const [tag, constructor] = node.arguments;
      if (!tag || !ts.isStringLiteral(tag) || !constructor || !ts.isIdentifier(constructor)) return;
      (moduleDoc.exports ??= []).push({
        kind: 'custom-element-definition',
        name: tag.text,
        declaration: { name: constructor.text, module: moduleDoc.path ?? '' },
      });
    },

    packageLinkPhase({ customElementsManifest }) {
      const parse = sources(ts);
      const { events, declared } = eventTypes(ts, parse);
      const modules = customElementsManifest.modules;

      /** @type {Map<string, { declaration: any, source: string }>} element classes by name */
      const classes = new Map();
      for (const module of modules)
        for (const declaration of module.declarations ?? [])
          if (declaration.kind === 'class' && declaration.customElement)
            classes.set(declaration.name, { declaration, source: module.path });

      const registers = (/** @type {any} */ module) =>
        (module.exports ?? []).some((/** @type {any} */ each) => each.kind === 'custom-element-definition');
      /** @type {Map<string, string>} class name → the class entry that exports it unregistered */
      const entries = new Map();
      for (const module of modules) {
        if (registers(module)) continue;
        for (const each of module.exports ?? [])
          if (each.kind === 'js' && classes.has(each.name) && classes.get(each.name)?.source !== module.path)
            entries.set(each.name, module.path);
      }
      const home = (/** @type {string} */ name) => {
        const entry = entries.get(name);
        if (entry) return published(entry);
        console.warn(
          `custom-elements.json: no src/components/<tag>.ts exports ${name}; its module path is not public.`,
        );
        return published(classes.get(name)?.source ?? '');
      };

      const out = [];
      for (const [name, { declaration, source }] of classes) {
        tidy(declaration, source, ts, parse, events, declared);
        const path = home(name);
        out.push({
          kind: 'javascript-module',
          path,
          declarations: [declaration],
          exports: [{ kind: 'js', name, declaration: { name, module: path } }],
        });
      }
      for (const module of modules) {
        if (!registers(module)) continue;
        const path = published(module.path);
        const definitions = module.exports.filter(
          (/** @type {any} */ each) => each.kind === 'custom-element-definition',
        );
        out.push({
          kind: 'javascript-module',
          path,
          declarations: [],
          exports: [
            ...definitions.map((/** @type {any} */ each) => ({
              kind: 'js',
              name: each.declaration.name,
              declaration: { name: each.declaration.name, module: home(each.declaration.name) },
            })),
            ...definitions.map((/** @type {any} */ each) => ({
              kind: 'custom-element-definition',
              name: each.name,
              declaration: { name: each.declaration.name, module: home(each.declaration.name) },
            })),
          ],
        });
      }
      customElementsManifest.modules = out;
    },
  };
};

/**
 * One element's declaration, public API only, events typed, custom properties from its CSS.
 * @param {any} declaration
 * @param {string} source
 * @param {typeof import('typescript')} ts
 * @param {(path: string) => import('typescript').SourceFile} parse
 * @param {Map<string, { text: string, detail?: string, file: string }>} events
 * @param {Map<string, string>} declared
 */
const tidy = (declaration, source, ts, parse, events, declared) => {
  declaration.members = (declaration.members ?? []).filter(
    (/** @type {any} */ member) =>
      // Fields Lit declares in `static properties` (not by decorator) are marked public: public they are.
      (!member.privacy || member.privacy === 'public') &&
      !member.name.startsWith('#') &&
      !HIDDEN.has(member.name) &&
      !(member.static && HIDDEN_STATIC.has(member.name)),
  );
  for (const member of declaration.members) delete member.privacy;
  const visible = new Set(declaration.members.map((/** @type {any} */ member) => member.name));
  declaration.attributes = (declaration.attributes ?? []).filter(
    (/** @type {any} */ attribute) => !attribute.fieldName || visible.has(attribute.fieldName),
  );
  // A class-level `@attr name` for an attribute a getter/setter pair handles itself: link it to that property.
  for (const attribute of declaration.attributes) {
    const field = attribute.name.replace(/-([a-z])/g, (/** @type {string} */ _, /** @type {string} */ c) =>
      c.toUpperCase(),
    );
    if (!attribute.fieldName && visible.has(field)) attribute.fieldName = field;
  }
  const text = parse(source).getFullText();
  if (text.includes('LocalizeController') && !declaration.attributes.some((/** @type {any} */ a) => a.name === 'lang'))
    declaration.attributes.push({ ...LANG });

  for (const event of declaration.events ?? []) {
    const known = events.get(event.name);
    if (known) {
      const start = known.detail ? known.text.indexOf(known.detail) : -1;
      const file = known.detail ? declared.get(known.detail) : undefined;
      event.type = {
        text: known.text,
        ...(known.detail && file && start >= 0
          ? { references: [{ name: known.detail, module: typesOf(file), start, end: start + known.detail.length }] }
          : {}),
      };
    } else if (event.name.startsWith('privacy-')) {
      console.warn(
        `custom-elements.json: ${event.name} is not in HTMLElementEventMap (declare it in src/components/shared/events.ts).`,
      );
      event.type ??= { text: 'CustomEvent' };
    } else {
      event.type ??= { text: 'Event' };
    }
  }

  // `@adopts ./settings-view.ts settingsStyles` in the class's JSDoc: styles a view brings when it loads.
  const adopted = /** @type {[string, string][]} */ (
    [
      ...parse(source)
        .getFullText()
        .matchAll(/@adopts\s+(\S+)\s+(\w+)/g),
    ].map(([, file, name]) => [file, name])
  );
  const css = stylesOf(ts, parse, source, declaration.name, adopted);
  /** @type {Map<string, any>} */
  const documented = new Map((declaration.cssProperties ?? []).map((/** @type {any} */ p) => [p.name, p]));
  const read = customProperties(css);
  for (const name of documented.keys())
    if (!read.has(name))
      console.warn(
        `custom-elements.json: <${declaration.tagName}> documents ${name} but its styles never read it; dropped.`,
      );
  // In the order of the table above (tokens split across modules must not reorder the docs), unknown ones last.
  const order = Object.keys(CSS_PROPERTIES);
  const rank = (/** @type {string} */ name) => (order.includes(name) ? order.indexOf(name) : order.length);
  declaration.cssProperties = [...read]
    .sort(([a], [b]) => rank(a) - rank(b))
    .map(([name, fallback]) => {
      const known = /** @type {Record<string, { syntax: string, description: string }>} */ (CSS_PROPERTIES)[name];
      const description = documented.get(name)?.description ?? known?.description;
      if (!description) console.warn(`custom-elements.json: ${name} has no description (add it to CSS_PROPERTIES).`);
      return {
        name,
        ...(known ? { syntax: known.syntax } : {}),
        ...(fallback ? { default: fallback } : {}),
        ...(description ? { description } : {}),
      };
    });
};

export default {
  globs: TAGS.flatMap((tag) => [`src/${tag}.ts`, `${COMPONENTS}/${tag}.ts`, `${COMPONENTS}/${tag}/${tag}.ts`]),
  outdir: '.',
  litelement: true,
  packagejson: false,
  plugins: [publicApi()],
};
