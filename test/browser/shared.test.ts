import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { defineElement } from '../../src/components/shared/define.js';
import { tokens } from '../../src/components/shared/tokens.js';

class TokenProbe extends LitElement {
  static override styles = tokens;
  override render() {
    return html`<p>개인정보 처리방침</p>`;
  }
}

describe('shared base', () => {
  it('registers an element once and tolerates being loaded twice', () => {
    defineElement('token-probe', TokenProbe);
    defineElement('token-probe', TokenProbe);
    class Other extends LitElement {}
    expect(() => defineElement('token-probe', Other)).not.to.throw();
    expect(customElements.get('token-probe')).to.equal(TokenProbe);
  });

  it('sets Korean typography and readable defaults', async () => {
    const el = await fixture<TokenProbe>(html`<token-probe></token-probe>`);
    const style = getComputedStyle(el);
    expect(style.wordBreak).to.equal('keep-all');
    expect(parseFloat(style.lineHeight) / parseFloat(style.fontSize)).to.be.at.least(1.5);
  });

  it('takes --privacy-* tokens from anywhere above the element', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="--privacy-color-text: rgb(1, 2, 3); --privacy-font-size: 20px">
        <token-probe></token-probe>
      </div>`,
    );
    const style = getComputedStyle(wrapper.querySelector('token-probe')!);
    expect(style.color).to.equal('rgb(1, 2, 3)');
    expect(style.fontSize).to.equal('20px');
  });

  it('follows the page colour scheme: light by default, dark when the page asks', async () => {
    const light = await fixture<TokenProbe>(html`<token-probe></token-probe>`);
    const dark = await fixture<HTMLDivElement>(html`<div style="color-scheme: dark"><token-probe></token-probe></div>`);
    const lightColor = getComputedStyle(light).color;
    const darkColor = getComputedStyle(dark.querySelector('token-probe')!).color;
    expect(lightColor).to.equal('rgb(29, 31, 35)');
    expect(darkColor).to.equal('rgb(233, 234, 237)');
  });
});
