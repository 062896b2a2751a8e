/**
 * What `npm publish` would ship: the files a consumer needs (builds, types, schema, CLI, docs,
 * the example policies) and nothing else; and no build on a consumer's install.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const ROOT = new URL('../../', import.meta.url).pathname;
const manifest = JSON.parse(readFileSync(`${ROOT}package.json`, 'utf8')) as {
  scripts: Record<string, string>;
  engines: Record<string, string>;
};

const SHIPPED = [
  /^dist\//,
  /^schema\/[\w-]+\.schema\.json$/,
  /^bin\/privacy-consent\.js$/,
  /^docs\/[\w-]+\.md$/,
  /^demo\/policies\/[\w-]+\.json$/,
  /^(package\.json|README\.md|CHANGELOG\.md|LICENSE|custom-elements\.json)$/,
];

describe('the published package', () => {
  const packed = JSON.parse(
    execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT, encoding: 'utf8' }),
  ) as [{ files: { path: string }[] }];
  const files = packed[0].files.map((file) => file.path);

  it('lists only intended files', () => {
    expect(files.filter((file) => !SHIPPED.some((pattern) => pattern.test(file)))).toEqual([]);
    expect(
      files.filter((file) => /(^|\/)(test|tests|__tests__)\/|\.test\.|demo\/server|^src\/|^bench\//.test(file)),
    ).toEqual([]);
  });

  it('ships the CLI, the schema and the seed policies as examples', () => {
    for (const file of [
      'bin/privacy-consent.js',
      'schema/policy.schema.json',
      'demo/policies/smartro.json',
      'CHANGELOG.md',
    ])
      expect(files).toContain(file);
  });

  it('builds on pack and publish, never on a consumer install', () => {
    expect(manifest.scripts).not.toHaveProperty('prepare');
    expect(manifest.scripts).not.toHaveProperty('install');
    expect(manifest.scripts).not.toHaveProperty('postinstall');
    expect(manifest.scripts.prepack).toBe('npm run build');
    expect(manifest.engines.node).toMatch(/^>=20/);
  });
});
