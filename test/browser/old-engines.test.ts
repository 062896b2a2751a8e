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

const asIfWithoutLightDark = (root: ShadowRoot): void => {
  root.adoptedStyleSheets = root.adoptedStyleSheets.map((sheet) => {
    const css = [...sheet.cssRules].map((rule) => rule.cssText).join('\n');
    const old = new CSSStyleSheet();
    old.replaceSync(css.replaceAll('light-dark(', 'unknown-light-dark('));
    return old;
  });
};

describe('without light-dark()', () => {
  it('keeps the light theme: text, item borders and the brand colour stay visible', async () => {
    const el = await settled(await mount('privacy-consent', '', minimalPolicy()), '.base');
    const item = $(el, 'li.item');
    const before = { text: getComputedStyle($(el, '.base')).color, border: getComputedStyle(item).borderTopColor };
    asIfWithoutLightDark(el.shadowRoot!);
    await el.updateComplete;
    expect(getComputedStyle($(el, '.base')).color).to.equal(before.text);
    expect(getComputedStyle(item).borderTopColor).to.equal(before.border);
    expect(before.text).to.equal('rgb(29, 31, 35)');
  });
});
