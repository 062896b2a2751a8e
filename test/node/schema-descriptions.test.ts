import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

type Node = { [key: string]: unknown; properties?: Record<string, Node> };

const schema = JSON.parse(readFileSync(new URL('../../schema/policy.schema.json', import.meta.url), 'utf8')) as {
  $id: string;
  $defs: Record<string, Node>;
};

/** Every property anywhere in the schema (inside blocks' variants, rows, cells …), by path. */
const properties = (node: unknown, path: string): [string, Node][] => {
  if (Array.isArray(node)) return node.flatMap((inner) => properties(inner, path));
  if (!node || typeof node !== 'object') return [];
  const schemaNode = node as Node;
  const own = Object.entries(schemaNode.properties ?? {}).flatMap(([key, property]): [string, Node][] => [
    [`${path}.${key}`, property],
    ...properties(property, `${path}.${key}`),
  ]);
  return [...own, ...['anyOf', 'items', 'additionalProperties'].flatMap((key) => properties(schemaNode[key], path))];
};

const all = Object.entries(schema.$defs).flatMap(([name, node]) => properties(node, name));

describe('schema/policy.schema.json for editors', () => {
  it('has an $id where the published package serves it', () => {
    expect(schema.$id).toBe('https://unpkg.com/privacy-consent/schema/policy.schema.json');
  });

  it('reaches the fields of blocks, rows and cells, not only named definitions', () => {
    const paths = all.map(([path]) => path);
    for (const path of ['Block.rows.reentrustees', 'Block.bodies.duties', 'CookieCategory.cookies.duration'])
      expect(paths).toContain(path);
    expect(all.length).toBeGreaterThan(300);
  });

  it('describes every property in Korean and English, with a markdownDescription', () => {
    const missing = all.filter(
      ([, property]) =>
        typeof property.description !== 'string' ||
        !/[가-힣]/.test(property.description) ||
        !/\n[A-Za-z$`'"([]/.test(property.description) ||
        typeof property.markdownDescription !== 'string',
    );
    expect(missing.map(([path]) => path)).toEqual([]);
  });

  it('describes a field of a block by its meaning there', () => {
    const entrustmentRows = all.find(([path, property]) => path === 'Block.rows.reentrustees' && property)!;
    expect(entrustmentRows[1].description).toContain('재위탁');
  });
});
