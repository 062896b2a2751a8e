import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { requireOptional } from '../../src/server/optional.js';

describe('an optional peer dependency', () => {
  it('that is missing fails with a message naming the package to install', () => {
    expect(() => requireOptional('privacy-consent-missing-peer', 'The test store')).toThrow(
      'The test store needs the privacy-consent-missing-peer package, an optional peer dependency of privacy-consent: npm install privacy-consent-missing-peer',
    );
  });

  it('that is installed loads', () => {
    expect(requireOptional<{ Pool: unknown }>('pg', 'The PostgreSQL store').Pool).toBeTypeOf('function');
  });

  it('is how both stores load theirs', () => {
    for (const [file, name] of [
      ['sqlite-store.ts', 'node-sqlite3-wasm'],
      ['postgres-store.ts', 'pg'],
    ])
      expect(readFileSync(new URL(`../../src/server/${file}`, import.meta.url), 'utf8')).toMatch(
        new RegExp(`requireOptional<[\\s\\S]{0,120}?>\\(\\s*'${name}'`),
      );
  });
});
