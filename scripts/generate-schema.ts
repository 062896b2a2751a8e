/**
 * Writes schema/policy.schema.json from the runtime shapes (src/policy/schema.ts), so editors
 * get completion and inline errors from the same rules `validatePolicy` applies. `--check`
 * fails when the committed file is stale.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { PolicySchema } from '../src/policy/schema.js';
import type { Shape } from '../src/policy/shape.js';
import { DESCRIPTIONS } from './schema-descriptions.js';
import { CONTEXT_ALIASES, CONTEXT_DESCRIPTIONS, FIELDS } from './schema-descriptions-blocks.js';

type Json = Record<string, unknown>;

const OUT = new URL('../schema/policy.schema.json', import.meta.url);

const lookups = [DESCRIPTIONS, CONTEXT_DESCRIPTIONS];
const used = new Set<string>();

/** The description of `key` in `context`: the context's own, else the field name's shared one. */
const descriptionOf = (context: string, key: string) => {
  const resolved = CONTEXT_ALIASES[context] ?? context;
  for (const table of lookups) {
    const found = table[resolved]?.[key];
    if (found) {
      used.add(`${resolved}.${key}`);
      return found;
    }
  }
  const shared = FIELDS[key];
  if (!shared) throw new Error(`${context}.${key} has no description: add one to scripts/schema-descriptions*.ts`);
  return shared;
};

/**
 * Korean, then English, as the editor's hover shows them, on every property of the schema;
 * examples where they help. A block's context is its `type`, a nested object's its parent's
 * context and field (`collection.rows`); `$ref`s are described where they are defined.
 */
const describe = (node: unknown, context: string): void => {
  if (Array.isArray(node)) return node.forEach((inner) => describe(inner, context));
  if (!node || typeof node !== 'object') return;
  const schema = node as Json;
  const properties = schema.properties as Record<string, Json> | undefined;
  if (properties) {
    const type = properties.type?.const;
    const here = typeof type === 'string' ? type : context;
    for (const key of Object.keys(properties)) {
      const [ko, en, examples] = descriptionOf(here, key);
      properties[key] = {
        description: `${ko}\n${en}`,
        markdownDescription: `${ko}\n\n${en}`,
        ...(examples ? { examples } : {}),
        ...properties[key],
      };
      describe(properties[key], `${here}.${key}`);
    }
  }
  for (const key of ['anyOf', 'items', 'additionalProperties']) describe(schema[key], context);
};

/** One shape as JSON Schema (draft 2020-12); named shapes become `$defs` entries. */
export const toJsonSchema = (shape: Shape, defs: Record<string, Json>): Json => {
  switch (shape.k) {
    case 'ref':
      if (!(shape.name in defs)) {
        defs[shape.name] = {};
        defs[shape.name] = toJsonSchema(shape.get(), defs);
      }
      return { $ref: `#/$defs/${shape.name}` };
    case 'string':
      return {
        type: 'string',
        ...(shape.min ? { minLength: shape.min } : {}),
        ...(shape.max !== undefined ? { maxLength: shape.max } : {}),
        ...(shape.pattern ? { pattern: shape.pattern.source } : {}),
        ...(shape.code === 'format.date' ? { format: 'date' } : {}),
      };
    case 'number':
      return { type: shape.integer ? 'integer' : 'number', ...(shape.min !== undefined ? { minimum: shape.min } : {}) };
    case 'boolean':
      return { type: 'boolean' };
    case 'enum':
      return shape.values.length === 1 ? { const: shape.values[0] } : { enum: shape.values };
    case 'array':
      return { type: 'array', items: toJsonSchema(shape.of, defs), ...(shape.min ? { minItems: shape.min } : {}) };
    case 'record':
      return {
        type: 'object',
        propertyNames: toJsonSchema(shape.key, defs),
        additionalProperties: toJsonSchema(shape.of, defs),
        ...(shape.min ? { minProperties: shape.min } : {}),
      };
    case 'object': {
      const properties = Object.fromEntries(
        Object.entries(shape.fields).map(([key, inner]) => [key, toJsonSchema(inner, defs)]),
      );
      const required = Object.keys(shape.fields).filter((key) => !shape.optionalKeys.includes(key));
      return { type: 'object', properties, ...(required.length ? { required } : {}), additionalProperties: false };
    }
    case 'union':
      return { anyOf: shape.of.map((inner) => toJsonSchema(inner, defs)) };
    case 'variant':
      return { anyOf: Object.values(shape.of).map((inner) => toJsonSchema(inner, defs)) };
    case 'unknown':
      return {};
  }
};

export const generateSchema = (): string => {
  const defs: Record<string, Json> = {};
  const root = toJsonSchema(PolicySchema, defs);
  used.clear();
  for (const [name, schema] of Object.entries(defs)) describe(schema, name);
  for (const table of lookups)
    for (const [context, fields] of Object.entries(table))
      for (const key of Object.keys(fields))
        if (!used.has(`${context}.${key}`))
          throw new Error(`schema-descriptions describes ${context}.${key}, which the schema lacks`);
  const document = {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'https://unpkg.com/privacy-consent/schema/policy.schema.json',
    title: 'privacy-consent policy document',
    description:
      'A 개인정보 처리방침 as data: sections of blocks, consent items for the signup form, cookie categories. See docs/policy-format.md.',
    ...root,
    $defs: defs,
  };
  return `${JSON.stringify(document, null, 2)}\n`;
};

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) {
  const text = generateSchema();
  if (process.argv.includes('--check')) {
    const current = await readFile(OUT, 'utf8').catch(() => '');
    if (current !== text) {
      console.error('schema/policy.schema.json is stale: run `npm run schema`.');
      process.exit(1);
    }
  } else {
    await mkdir(new URL('.', OUT), { recursive: true });
    await writeFile(OUT, text);
    console.log(`wrote ${OUT.pathname}`);
  }
}
