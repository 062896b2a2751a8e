/**
 * Engines without `light-dark()` (Safari before 17.5, Chrome before 123, Firefox before 120)
 * drop every colour token that uses it. The elements must still show their text, borders and
 * controls there. Simulated in any engine: the element's own stylesheets are adopted again with
 * `light-dark(` renamed to a function no engine knows, which is what an older engine sees.
 */
import { expect } from '@open-wc/testing';
import '../../src/privacy-consent.js';
import { minimalPolicy } from '../fixtures/minimal-policy.js';
import { $, mount, settled } from './helpers.js';

/** Adopts the element's stylesheets again with a CSS function renamed to one no engine knows. */
const asIfWithout = (root: ShadowRoot, fn: string): void => {
  root.adoptedStyleSheets = root.adoptedStyleSheets.map((sheet) => {
    const css = [...sheet.cssRules].map((rule) => rule.cssText).join('\n');
    const old = new CSSStyleSheet();
    old.replaceSync(css.replaceAll(`${fn}(`, `unknown-${fn}(`));
    return old;
  });
};

describe('without light-dark()', () => {
  it('keeps the light theme: text, item borders and the brand colour stay visible', async () => {
    const el = await settled(await mount('privacy-consent', '', minimalPolicy()), '.base');
    const item = $(el, 'li.item');
    const before = { text: getComputedStyle($(el, '.base')).color, border: getComputedStyle(item).borderTopColor };
    asIfWithout(el.shadowRoot!, 'light-dark');
    await el.updateComplete;
    expect(getComputedStyle($(el, '.base')).color).to.equal(before.text);
    expect(getComputedStyle(item).borderTopColor).to.equal(before.border);
    expect(before.text).to.equal('rgb(29, 31, 35)');
  });
});

describe('without color-mix()', () => {
  it('still draws the checkbox outline', async () => {
    const el = await settled(await mount('privacy-consent', '', minimalPolicy()), '.base');
    const box = el.shadowRoot!.querySelector('input[type=checkbox]')!;
    asIfWithout(el.shadowRoot!, 'color-mix');
    await el.updateComplete;
    const style = getComputedStyle(box);
    expect(style.borderTopStyle).to.equal('solid');
    expect(parseFloat(style.borderTopWidth)).to.be.greaterThan(0);
    expect(style.borderTopColor).to.not.equal('rgba(0, 0, 0, 0)');
  });
});
