import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const ROOT = new URL('../../', import.meta.url);
const script = readFileSync(new URL('src/consent-mode-head.js', ROOT));
const docs = readFileSync(new URL('docs/consent-mode.md', ROOT), 'utf8');

describe('the Consent Mode head script', () => {
  it('is at most 1 kB and its CSP hash in docs/consent-mode.md is current', () => {
    expect(script.length).toBeLessThanOrEqual(1024);
    const hash = `sha256-${createHash('sha256').update(script).digest('base64')}`;
    expect(docs).toContain(`'${hash}'`);
    expect(docs).toContain(`(${script.length} bytes`);
  });

  it('is shipped as privacy-consent/consent-mode-head.js', () => {
    const pkg = JSON.parse(readFileSync(new URL('package.json', ROOT), 'utf8')) as { exports: Record<string, string> };
    expect(pkg.exports['./consent-mode-head.js']).toBe('./dist/consent-mode-head.js');
  });
});
