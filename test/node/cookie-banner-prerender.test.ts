import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli.js';
import type { CookieDocument } from '../../src/policy/cookie-document.js';
import { prerenderedBanner } from '../../src/render/cookie-banner.js';
import { seedPath } from './seeds.js';

const cookies = async (...args: string[]) => {
  const out: string[] = [];
  const err: string[] = [];
  const code = await run(['cookies', ...args], { out: (line) => out.push(line), err: (line) => err.push(line) });
  return { code, out: out.join('\n'), err: err.join('\n') };
};

const STYLE = /<style>([\s\S]*?)<\/style>/;

const documentWith = (overrides: Partial<CookieDocument> = {}): CookieDocument => ({
  type: 'privacy-cookie-document',
  v: 1,
  policy: { id: 'shop', version: '2026-03-01', hash: 'sha256-x', lang: 'ko', url: '/privacy' },
  categories: [
    { id: 'necessary', kind: 'necessary', title: '필수', purposes: ['로그인'], cookies: [{ name: 'session' }] },
    { id: 'analytics', kind: 'analytics', title: '통계', purposes: ['통계'], cookies: [{ name: '_ga' }] },
  ],
  refusal: [],
  ...overrides,
});

describe('`privacy-consent cookies --html`: the banner rendered ahead of time', () => {
  it('prints the element: a declarative shadow root with the banner and its styles, then the cookie document', async () => {
    const { code, out, err } = await cookies(seedPath('qsolution'), '--url', 'https://example.com/privacy', '--html');
    expect(code).toBe(0);
    expect(out).toMatch(/^<privacy-cookie-notice><template shadowrootmode="open"><style>/);
    expect(out).toMatch(/<\/template><script type="application\/json">\{.*\}<\/script><\/privacy-cookie-notice>$/);
    expect(out).toContain('part="banner"');
    expect(out).toContain('<h2 id="banner-title" class="title">쿠키 사용 안내</h2>');
    expect(out).toContain('<a href="https://example.com/privacy">쿠키 정책 자세히 보기</a>');
    // Notice mode (the element's default): 확인, and 설정 for the optional categories.
    expect(out).toContain('data-choice="acknowledge">확인</button>');
    expect(out).not.toContain('data-choice="accept"');
    // The cookie document is the one `cookies` prints, inline.
    const json = /<script type="application\/json">(.*)<\/script>/.exec(out)![1]!;
    const plain = await cookies(seedPath('qsolution'), '--url', 'https://example.com/privacy');
    expect(JSON.parse(json)).toEqual(JSON.parse(plain.out));
    // The stylesheet's CSP hash, on stderr so that stdout is the markup alone.
    const css = STYLE.exec(out)![1]!;
    expect(err).toContain(`style-src 'sha256-${createHash('sha256').update(css).digest('base64')}'`);
  });

  it('renders the opt-in buttons, English, and policy-href as asked', async () => {
    const { code, out } = await cookies(
      seedPath('qsolution'),
      '--html',
      '--mode',
      'opt-in',
      '--lang',
      'en',
      '--policy-href',
      '/privacy?section=cookies&x="1"',
    );
    expect(code).toBe(0);
    expect(out).toMatch(
      /^<privacy-cookie-notice mode="opt-in" policy-href="\/privacy\?section=cookies&amp;x=&quot;1&quot;" lang="en">/,
    );
    expect(out).toContain('data-choice="accept">Accept all</button>');
    expect(out).toContain('data-choice="reject">Reject all</button>');
    expect(out).toContain('lang="en"');
  });

  it('refuses a document the element would refuse, such as one with a javascript: link', () => {
    const policy = { id: 'shop', version: '1', hash: 'sha256-x', lang: 'ko', url: 'javascript:alert(1)' };
    expect(() => prerenderedBanner(documentWith({ policy }))).toThrow(/Not a valid cookie document/);
    expect(() => prerenderedBanner({ ...documentWith(), categories: 'none' } as never)).toThrow(/Not a valid/);
  });

  it('keeps a javascript: policy-href out of the banner', () => {
    const { html } = prerenderedBanner(documentWith(), { policyHref: 'javascript:alert(1)' });
    expect(html.slice(html.indexOf('<template'), html.indexOf('</template>'))).not.toContain('javascript:');
    expect(html).not.toContain('쿠키 정책 자세히 보기');
  });

  it('writes policy text as text and cannot end its script early', () => {
    const { html } = prerenderedBanner(
      documentWith({
        refusal: [{ browser: '<img src=x onerror=alert(1)>', steps: '</script><script>alert(1)</script>' }],
      }),
    );
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).not.toContain('<img');
    // Only the one script element: the JSON's `<` are escaped.
    expect(html.match(/<script/g)).toHaveLength(1);
    expect(html.match(/<\/script>/g)).toHaveLength(1);
    expect(html).toContain('\\u003c/script>');
  });

  it('hides the banner until the parser has all of it (no half-parsed banner painted, no layout shift)', () => {
    const { html, css } = prerenderedBanner(documentWith());
    expect(css).toContain('.banner:not(:has(~ .prerendered-end)){visibility:hidden}');
    expect(html).toMatch(/<\/section><i class="prerendered-end" hidden><\/i><\/template>/);
  });

  it('refuses bad usage: a mode or href without --html, an unknown mode, an unsafe href, --html on another command', async () => {
    expect((await cookies(seedPath('qsolution'), '--mode', 'opt-in')).code).toBe(2);
    expect((await cookies(seedPath('qsolution'), '--policy-href', '/privacy')).code).toBe(2);
    expect((await cookies(seedPath('qsolution'), '--html', '--mode', 'banner')).code).toBe(2);
    expect((await cookies(seedPath('qsolution'), '--html', '--policy-href')).code).toBe(2);
    expect((await cookies(seedPath('qsolution'), '--html', '--policy-href', 'javascript:alert(1)')).code).toBe(2);
    expect(await run(['hash', seedPath('qsolution'), '--html'], { out() {}, err() {} })).toBe(2);
  });
});
