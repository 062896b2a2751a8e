/**
 * `privacy-consent render --fragment` inside `<privacy-policy>`: the element still renders from
 * its inline JSON, and the light-DOM fallback is neither shown nor slotted once it has upgraded
 * (unrendered, so screen readers do not read the policy twice).
 */
import { expect, oneEvent } from '@open-wc/testing';
import '../../src/privacy-policy.js';
import type { PrivacyPolicyElement } from '../../src/privacy-policy.js';
import { resolveText } from '../../src/policy/text.js';
import { FALLBACK_CLASS, renderFallbackFragment } from '../../src/render/fragment.js';
import { everyBlockPolicy } from '../fixtures/every-block-policy.js';
import { $ } from './helpers.js';

const policy = everyBlockPolicy();

/** Markup as a server would send it: the fallback and the inline policy as children. */
const mountWithFallback = async (): Promise<{ host: PrivacyPolicyElement; container: HTMLElement }> => {
  const json = JSON.stringify(policy).replace(/</g, '\\u003c');
  const container = document.createElement('div');
  container.innerHTML = `<privacy-policy>${await renderFallbackFragment(policy)}<script type="application/json">${json}</script></privacy-policy>`;
  const host = container.querySelector('privacy-policy')! as PrivacyPolicyElement;
  const loaded = oneEvent(host, 'privacy-load');
  document.body.append(container);
  await loaded;
  await host.updateComplete;
  return { host, container };
};

describe('<privacy-policy> with a static fallback from render --fragment', () => {
  it('renders the inline policy in its shadow root as usual', async () => {
    const { host, container } = await mountWithFallback();
    for (const section of policy.sections)
      expect($(host, `#h-${section.id}`).textContent).to.contain(resolveText(section.title, 'ko'));
    container.remove();
  });

  it('does not show the fallback after the upgrade, and has no slot that could show it', async () => {
    const { host, container } = await mountWithFallback();
    const fallback = host.querySelector<HTMLElement>(`.${FALLBACK_CLASS}`)!;
    expect(fallback, 'the fallback stays in the light DOM').to.exist;
    expect(fallback.assignedSlot).to.equal(null);
    expect(host.shadowRoot!.querySelector('slot:not([name])')).to.equal(null);
    expect(fallback.getClientRects().length).to.equal(0);
    for (const heading of fallback.querySelectorAll('h2, h3')) expect(heading.getClientRects().length).to.equal(0);
    container.remove();
  });

  it('reads each section title once: from the shadow root only', async () => {
    const { host, container } = await mountWithFallback();
    const title = resolveText(policy.sections[0]!.title, 'ko');
    const rendered = (host.shadowRoot!.querySelector('[part~="document"]') as HTMLElement).innerText;
    expect(rendered).to.contain(title);
    const fallback = host.querySelector<HTMLElement>(`.${FALLBACK_CLASS}`)!;
    expect(fallback.textContent).to.contain(title);
    // Not rendered, so left out of the accessibility tree: no box for any text in it.
    const range = document.createRange();
    range.selectNodeContents(fallback);
    expect(range.getClientRects().length).to.equal(0);
    container.remove();
  });
});
