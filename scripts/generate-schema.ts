/**
 * Writes schema/policy.schema.json from the Valibot schema, so editors get completion and
 * inline errors from the same rules `validatePolicy` applies. `--check` fails when the
 * committed file is stale (used by the tests).
 */
import { toJsonSchema } from '@valibot/to-json-schema';
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import * as schemas from '../src/policy/schema.js';

const OUT = new URL('../schema/policy.schema.json', import.meta.url);

export const generateSchema = (): string => {
  // Named definitions keep the file small and give editors readable names in hovers.
  const definitions = {
    Text: schemas.TextSchema,
    LocalizedText: schemas.LocalizedMapSchema,
    Span: schemas.SpanSchema,
    RichText: schemas.RichTextSchema,
    TextList: schemas.TextListSchema,
    DataItemGroup: schemas.DataItemGroupSchema,
    DataItems: schemas.DataItemsSchema,
    ListItem: schemas.ListItemSchema,
    ListItems: schemas.ListItemsSchema,
    TableCell: schemas.TableCellSchema,
    Block: schemas.BlockSchema,
    Section: schemas.SectionSchema,
    CookieCategory: schemas.CookieCategorySchema,
    ConsentItem: schemas.ConsentItemSchema,
    VersionRef: schemas.VersionRefSchema,
    Policy: schemas.PolicySchema,
  };
  const schema = toJsonSchema(schemas.PolicySchema, { errorMode: 'ignore', target: 'draft-2020-12', definitions });
  const document = {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'https://unpkg.com/privacy-consent/schema/policy.schema.json',
    title: 'privacy-consent policy document',
    description:
      'A 개인정보 처리방침 as data: sections of blocks, consent items for the signup form, cookie categories. See docs/policy-format.md.',
    ...Object.fromEntries(Object.entries(schema).filter(([key]) => key !== '$schema')),
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
