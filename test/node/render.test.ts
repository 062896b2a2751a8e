import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseDocument } from 'htmlparser2';
import { html, nothing } from 'lit';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli.js';
import { FALLBACK_CLASS, renderFallbackFragment } from '../../src/render/fragment.js';
import { renderToString } from '../../src/render/serialize.js';
import { renderStaticPage } from '../../src/render/static-page.js';
import { resolveText } from '../../src/policy/text.js';
import type { PrivacyPolicy } from '../../src/policy/types.js';
import { everyBlockPolicy } from '../fixtures/every-block-policy.js';
import { minimalPolicy } from '../fixtures/minimal-policy.js';
import { SEED_NAMES } from '../fixtures/seed-expectations.js';
import { seedPath, seedPolicy } from './seeds.js';

const capture = async (...args: string[]) => {
  const out: string[] = [];
  const err: string[] = [];
  const code = await run(args, { out: (line) => out.push(line), err: (line) => err.push(line) });
  return { code, out: out.join('\n'), err: err.join('\n') };
};

/** The page's text with tags removed and entities decoded (as a reader sees it). */
const visibleText = (page: string): string =>
  page
    .replace(/<style>[\s\S]*?<\/style>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');

describe('renderToString', () => {
  it('escapes text and attributes, drops event and property bindings, writes true boolean attributes', () => {
    const value = '<img src=x onerror=alert(1)>"&';
    const out = renderToString(
      // eslint-disable-next-line lit-a11y/click-events-have-key-events -- a binding to drop, not a control
      html`<p class=${value} data-x="a-${value}" @click=${() => 1} .prop=${1} ?hidden=${false} ?open=${true}>
        ${value}${nothing}${[1, html`<b>${2}</b>`]}
      </p>`,
    );
    expect(out.replace(/>\s+/g, '>').replace(/\s+</g, '<')).toBe(
      '<p class="&lt;img src=x onerror=alert(1)&gt;&quot;&amp;" data-x="a-&lt;img src=x onerror=alert(1)&gt;&quot;&amp;" open>&lt;img src=x onerror=alert(1)&gt;"&amp;1<b>2</b></p>',
    );
  });

  it('leaves out an attribute bound to nothing', () => {
    expect(renderToString(html`<a href=${nothing} title="t">x</a>`)).toBe('<a title="t">x</a>');
  });
});

/** A valid policy whose first section holds `text` and a javascript: link. */
const hostilePolicy = (text: string): PrivacyPolicy => {
  const policy = minimalPolicy() as PrivacyPolicy & { sections: { blocks: unknown[] }[] };
  return {
    ...policy,
    sections: [
      {
        ...policy.sections[0]!,
        blocks: [{ type: 'paragraph', text: [text, { text: 'x', href: 'javascript:alert(1)' }] }],
      },
      ...policy.sections.slice(1),
    ],
  } as unknown as PrivacyPolicy;
};

describe('renderStaticPage', () => {
  it.each([...SEED_NAMES, 'every-block'])('%s: every section, no script, no handler', async (name) => {
    const policy = name === 'every-block' ? everyBlockPolicy() : seedPolicy(name);
    const page = await renderStaticPage(policy);
    expect(page).not.toMatch(/<script/i);
    expect(page).not.toMatch(/\son[a-z]+=/i);
    const text = visibleText(page);
    for (const section of policy.sections) expect(text).toContain(resolveText(section.title, 'ko'));
    expect(text).toContain(resolveText(policy.controller.name, 'ko'));
    expect(page.match(/<h1[\s>]/g)).toHaveLength(1);
  });

  it('shows hostile policy text as text, and only safe links', async () => {
    const page = await renderStaticPage(hostilePolicy('<script>alert(1)</script>'));
    expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(page).not.toContain('javascript:');
  });

  it('writes the page in English with --lang en (the UI words; the policy text as it is)', async () => {
    const page = await renderStaticPage(seedPolicy('smallticket'), { lang: 'en' });
    expect(page).toContain('<h2 id="toc-title">Contents</h2>');
  });

  it('tags each piece of text with its language: an English page, the Korean-only policy text in lang="ko"', async () => {
    const page = await renderStaticPage(seedPolicy('smallticket'), { lang: 'en' });
    expect(page).toMatch(/<html lang="en">/);
    // Every text node with Hangul sits inside lang="ko"; none is left in the English page's language.
    const misplaced: string[] = [];
    const walk = (node: ReturnType<typeof parseDocument>['children'][number], lang: string): void => {
      if (node.type === 'text' && /[가-힣]/.test(node.data) && lang !== 'ko')
        misplaced.push(node.data.trim().slice(0, 40));
      if ('children' in node) {
        const own = 'attribs' in node ? node.attribs.lang : undefined;
        if (!('name' in node) || !['style', 'script', 'title'].includes(node.name))
          for (const child of node.children) walk(child, own ?? lang);
      }
    };
    for (const child of parseDocument(page).children) walk(child, 'en');
    expect(misplaced).toEqual([]);
  });
});

describe('privacy-consent render', () => {
  const dir = mkdtempSync(join(tmpdir(), 'privacy-consent-render-'));

  it('writes a page with --out', async () => {
    const out = join(dir, 'policy.html');
    const result = await capture('render', seedPath('sellmate'), '--out', out);
    expect(result.code).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain('<!doctype html>');
  });

  it('writes an archive: a page per version and an index, newest first', async () => {
    const current = seedPolicy('qsolution');
    const older = { ...current, version: '2010-01-01', effectiveOn: '2010-01-01' };
    const olderFile = join(dir, 'older.json');
    writeFileSync(olderFile, JSON.stringify(older));
    const archive = join(dir, 'archive');
    const result = await capture('render', olderFile, seedPath('qsolution'), '--archive', archive);
    expect(result.code, result.err).toBe(0);
    expect(readdirSync(archive).sort()).toEqual([`${current.version}.html`, '2010-01-01.html', 'index.html'].sort());
    const index = readFileSync(join(archive, 'index.html'), 'utf8');
    expect(index.indexOf(`${current.version}.html`)).toBeLessThan(index.indexOf('2010-01-01.html'));
    expect(readFileSync(join(archive, '2010-01-01.html'), 'utf8')).toContain('href="index.html"');
  });

  it('refuses an invalid policy (exit 1) and wrong usage (exit 2)', async () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '{"schemaVersion": 1}');
    expect((await capture('render', bad)).code).toBe(1);
    expect((await capture('render')).code).toBe(2);
    expect((await capture('render', seedPath('sellmate'), seedPath('qsolution'))).code).toBe(2);
    expect((await capture('render', seedPath('sellmate'), '--bogus')).code).toBe(2);
  });
});

describe('renderFallbackFragment', () => {
  it.each([...SEED_NAMES, 'every-block'])(
    '%s: one article of light-DOM children with every section, no page, style or script',
    async (name) => {
      const policy = name === 'every-block' ? everyBlockPolicy() : seedPolicy(name);
      const fragment = await renderFallbackFragment(policy);
      expect(fragment.startsWith(`<article class="${FALLBACK_CLASS}" lang="ko">`)).toBe(true);
      expect(fragment.trimEnd().endsWith('</article>')).toBe(true);
      expect(fragment).not.toMatch(/<(script|style|html|head|body|meta|link|slot)[\s>]/i);
      expect(fragment).not.toMatch(/\s(on[a-z]+|style|slot)=/i);
      const text = visibleText(fragment);
      for (const section of policy.sections) expect(text).toContain(resolveText(section.title, 'ko'));
      expect(text).toContain(resolveText(policy.controller.name, 'ko'));
      // The host page has the h1: the title is an h2, the summary and the sections h3.
      expect(fragment).not.toMatch(/<h1[\s>]/);
      expect(fragment.match(/<h2[\s>]/g)).toHaveLength(1);
      for (const section of policy.sections) expect(fragment).toContain(`<h3 id="h-${section.id}">`);
    },
  );

  it('shows hostile policy text as text, and only safe links', async () => {
    const fragment = await renderFallbackFragment(hostilePolicy('</article><script>x</script>'));
    expect(fragment).toContain('&lt;/article&gt;&lt;script&gt;x&lt;/script&gt;');
    expect(fragment.match(/<\/article>/g)).toHaveLength(1);
    expect(fragment).not.toContain('javascript:');
  });

  it('is in English with lang en', async () => {
    const fragment = await renderFallbackFragment(seedPolicy('smallticket'), { lang: 'en' });
    expect(fragment).toContain('<h3 id="toc-title">Contents</h3>');
  });
});

describe('privacy-consent render --fragment', () => {
  it('prints the fragment, not a page', async () => {
    const result = await capture('render', seedPath('sellmate'), '--fragment');
    expect(result.code, result.err).toBe(0);
    expect(result.out).toMatch(new RegExp(`^<article class="${FALLBACK_CLASS}"`));
    expect(result.out).not.toContain('<!doctype');
  });

  it('refuses --fragment with --archive', async () => {
    expect((await capture('render', seedPath('sellmate'), '--fragment', '--archive', 'x')).code).toBe(2);
  });
});
