/**
 * Writes schema/consent-record.schema.json from the record's runtime shape
 * (src/server/record-schema.ts, checked by the compiler against the `ConsentRecord` type), for
 * backends in other languages that receive records. `--check` fails when the committed file is
 * stale. What JSON Schema cannot say is checked by the receiver only: that a subject is no
 * resident registration number, that times parse, and everything about the policy.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { RecordSchema } from '../src/server/record-schema.js';
import { toJsonSchema } from './generate-schema.js';

const OUT = new URL('../schema/consent-record.schema.json', import.meta.url);

export const generateRecordSchema = (): string => {
  const defs: Record<string, Record<string, unknown>> = {};
  const root = toJsonSchema(RecordSchema, defs);
  const document = {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'https://unpkg.com/privacy-consent/schema/consent-record.schema.json',
    title: 'privacy-consent consent record (privacy-consent/record@1)',
    description:
      'What <privacy-consent> posts to a receiver: each decision bound to the policy version and hash shown. See docs/consent-record.md and docs/backend.md.',
    ...root,
    ...(Object.keys(defs).length ? { $defs: defs } : {}),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
};

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) {
  const text = generateRecordSchema();
  if (process.argv.includes('--check')) {
    const current = await readFile(OUT, 'utf8').catch(() => '');
    if (current !== text) {
      console.error('schema/consent-record.schema.json is stale: run `npm run schema`.');
      process.exit(1);
    }
  } else {
    await mkdir(new URL('.', OUT), { recursive: true });
    await writeFile(OUT, text);
    console.log(`wrote ${OUT.pathname}`);
  }
}
