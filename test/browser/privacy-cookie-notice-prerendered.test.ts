import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/privacy-cookie-notice.js';
import { policyHash } from '../../src/policy/index.js';
import { cookieDocument } from '../../src/policy/derive-cookie-document.js';
import { prerenderedBanner } from '../../src/render/cookie-banner.js';
import { cookiePolicy } from '../fixtures/cookie-policy.js';

const policy = cookiePolicy();
const cookies = cookieDocument(policy, await policyHash(policy), { url: '/privacy' });
let count = 0;

/**
 * The page as `privacy-consent cookies --html` writes it, parsed: with the engine's own
 * declarative shadow root parsing where it has `setHTMLUnsafe`, else built the way the parser
 * builds it (the shadow root attached and filled before the element upgrades).
 */
const mount = async (
  options: { cookieName?: string; json?: string; mode?: 'opt-in' | 'notice'; lang?: 'ko' | 'en' } = {},
) => {
  const cookieName = options.cookieName ?? `prerendered_${++count}`;
  let markup = prerenderedBanner(cookies, { mode: options.mode ?? 'opt-in', lang: options.lang ?? 'ko' }).html.replace(
    '<privacy-cookie-notice',
    `<privacy-cookie-notice cookie-name="${cookieName}"`,
  );
  if (options.json !== undefined)
    markup = markup.replace(/(<script type="application\/json">).*(<\/script>)/, `$1${options.json}$2`);
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  const parseHTML = (wrapper as { setHTMLUnsafe?: (html: string) => void }).setHTMLUnsafe;
  if (parseHTML) parseHTML.call(wrapper, markup);
  else {
    const parsed = document.createElement('template');
    parsed.innerHTML = markup;
    const source = parsed.content.firstElementChild!;
    const el = document.createElement('privacy-cookie-notice');
    for (const { name, value } of source.attributes) el.setAttribute(name, value);
    el.attachShadow({ mode: 'open' }).append(source.querySelector('template')!.content.cloneNode(true));
    el.append(source.querySelector('script')!.cloneNode(true));
    wrapper.append(el);
  }
  const el = wrapper.querySelector('privacy-cookie-notice')!;
  return { el, cookieName, prerendered: el.shadowRoot!.querySelector<HTMLElement>('[part=banner]')! };
};

/**
 * An element tree as text: attributes sorted, comments (Lit's markers) left out, white space
 * collapsed, none next to a tag (Lit may split a run of text into several text nodes).
 */
const shape = (node: Node): string => {
  const raw = (child: Node): string => {
    if (child.nodeType === Node.TEXT_NODE) return child.textContent ?? '';
    if (!(child instanceof Element)) return '';
    const attributes = [...child.attributes].map(({ name, value }) => `${name}="${value}"`).sort();
    return `<${[child.localName, ...attributes].join(' ')}>${[...child.childNodes].map(raw).join('')}</${child.localName}>`;
  };
  return raw(node)
    .replace(/\s+/g, ' ')
    .replace(/\s*(<[^>]*>)\s*/g, '$1');
};

const choiceButton = (root: ParentNode, kind: string) => root.querySelector<HTMLElement>(`[data-choice=${kind}]`)!;

describe('<privacy-cookie-notice> with a banner prerendered by `privacy-consent cookies --html`', () => {
  it('shows the prerendered banner at once, then its own in its place, with the same markup', async () => {
    const { el, prerendered } = await mount();
    expect(prerendered, 'the banner is there before the element has rendered anything').to.exist;
    const before = shape(prerendered);
    await el.updateComplete;
    const root = el.shadowRoot!;
    const banners = root.querySelectorAll('[part=banner]');
    expect(banners.length).to.equal(1);
    expect(banners[0]).not.to.equal(prerendered);
    expect(prerendered.isConnected).to.be.false;
    expect(root.querySelector('style, .prerendered-end')).to.be.null;
    // The same template on both sides: a drift between them would show as a jump on screen.
    expect(shape(banners[0]!)).to.equal(before);
    await expect(el).to.be.accessible();
  });

  it('removes it at the first update when a choice is stored', async () => {
    const first = await mount();
    await first.el.updateComplete;
    const changed = oneEvent(first.el, 'privacy-cookie-change');
    choiceButton(first.el.shadowRoot!, 'reject').click();
    await changed;
    first.el.remove();

    const { el } = await mount({ cookieName: first.cookieName });
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part=banner], style, .prerendered-end')).to.be.null;
    expect(el.hasConsent('analytics')).to.be.false;
  });

  it('removes it when the cookie document is broken, and says so instead', async () => {
    const { el } = await mount({ json: '{' });
    await oneEvent(el, 'privacy-error');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part=banner], style, .prerendered-end')).to.be.null;
    expect(el.shadowRoot!.querySelector('[part=error]')).to.exist;
  });

  it('keeps focus on the same button when its own banner replaces the prerendered one', async () => {
    const { el, prerendered } = await mount();
    choiceButton(prerendered, 'reject').focus();
    await el.updateComplete;
    const focused = el.shadowRoot!.activeElement as HTMLElement;
    expect(focused.dataset.choice).to.equal('reject');
    expect(focused.isConnected).to.be.true;
    expect(focused).not.to.equal(choiceButton(prerendered, 'reject'));
  });

  it('carries out a press made on the prerendered banner before the element’s code had loaded', async () => {
    const { el, prerendered } = await mount();
    const changed = oneEvent(el, 'privacy-cookie-change');
    choiceButton(prerendered, 'accept').click();
    const { detail } = await changed;
    expect(detail.source).to.equal('user');
    expect(detail.categories).to.include({ analytics: true, advertising: true });
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part=banner]')).to.be.null;
  });

  it('renders notice mode’s 확인 as the element does', async () => {
    const { el, prerendered } = await mount({ mode: 'notice' });
    const before = shape(prerendered);
    expect(choiceButton(prerendered, 'acknowledge').textContent).to.equal('확인');
    await el.updateComplete;
    expect(shape(el.shadowRoot!.querySelector('[part=banner]')!)).to.equal(before);
  });

  it('in English, is replaced by the English banner once its strings load, never by the Korean one', async () => {
    const titles: string[] = [];
    const watch = new MutationObserver(() => {
      const title = document.querySelector('privacy-cookie-notice')?.shadowRoot?.querySelector('#banner-title');
      if (title) titles.push(title.textContent!);
    });
    watch.observe(document.body, { childList: true, subtree: true });
    const { el, prerendered } = await mount({ lang: 'en' });
    watch.observe(el.shadowRoot!, { childList: true, subtree: true, characterData: true });
    const before = shape(prerendered);
    await el.updateComplete;
    watch.disconnect();
    const banner = el.shadowRoot!.querySelector('[part=banner]')!;
    expect(banner).not.to.equal(prerendered);
    expect(banner.getAttribute('lang')).to.equal('en');
    expect(shape(banner)).to.equal(before);
    expect(titles.length).to.be.greaterThan(0);
    expect(titles.every((title) => title === 'Cookies')).to.be.true;
  });

  it('is accessible as it is prerendered, and hidden until the parser has all of it', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const parsed = document.createElement('template');
    parsed.innerHTML = prerenderedBanner(cookies, { mode: 'opt-in' }).html;
    host.attachShadow({ mode: 'open' }).append(parsed.content.querySelector('template')!.content.cloneNode(true));
    await expect(host).to.be.accessible();
    const banner = host.shadowRoot!.querySelector<HTMLElement>('[part=banner]')!;
    expect(getComputedStyle(banner).visibility).to.equal('visible');
    host.shadowRoot!.querySelector('.prerendered-end')!.remove();
    expect(getComputedStyle(banner).visibility, 'as while the rest is still being parsed').to.equal('hidden');
  });
});
