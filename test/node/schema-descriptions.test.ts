import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const schema = JSON.parse(readFileSync(new URL('../../schema/policy.schema.json', import.meta.url), 'utf8')) as {
  $id: string;
  $defs: Record<string, { properties: Record<string, { description?: string; markdownDescription?: string }> }>;
};

describe('schema/policy.schema.json for editors', () => {
  it('has an $id where the published package serves it', () => {
    expect(schema.$id).toBe('https://unpkg.com/privacy-consent/schema/policy.schema.json');
  });

  it.each(['Policy', 'Section', 'ConsentItem'])('describes every field of %s in Korean and English', (name) => {
    const missing = Object.entries(schema.$defs[name]!.properties).filter(
      ([, property]) =>
        !/[가-힣]/.test(property.description ?? '') ||
        !/\n[A-Za-z$`'"([]/.test(property.description ?? '') ||
        !property.markdownDescription,
    );
    expect(missing.map(([key]) => key)).toEqual([]);
  });
});
