/**
 * `<privacy-policy>` renders a loaded policy with a chunk requested together with the policy
 * (policy-view.ts): the loading view until both are in, the error view with a retry when the
 * chunk fails to download, and a `section` deep link still reached once the document arrives late.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/privacy-policy.js';
import { documentChunk } from '../../src/components/privacy-policy/privacy-policy.js';
import type { PrivacyPolicyElement } from '../../src/privacy-policy.js';
import { minimalPolicy } from '../fixtures/minimal-policy.js';
import { $, settled, text } from './helpers.js';

type Load = typeof documentChunk.load;

/** Replaces the chunk's loader until `restore`: each call waits for `release`, then fails or loads. */
const heldChunk = () => {
  const real: Load = documentChunk.load;
  const state = { calls: 0, fail: false };
  let release!: () => void;
  let released = new Promise<void>((done) => (release = done));
  documentChunk.load = async () => {
    state.calls++;
    await released;
    if (state.fail) throw new TypeError('Failed to fetch dynamically imported module');
    return real();
  };
  return {
    state,
    release: () => release(),
    hold: () => (released = new Promise<void>((done) => (release = done))),
    restore: () => (documentChunk.load = real),
  };
};

const mountViewer = async (setup: (el: PrivacyPolicyElement) => void = () => undefined) => {
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  const el = document.createElement('privacy-policy');
  setup(el);
  el.policy = minimalPolicy();
  wrapper.append(el);
  return el;
};

describe('<privacy-policy> document chunk', () => {
  it('shows the loading view until the chunk is in, then the styled document', async () => {
    const chunk = heldChunk();
    try {
      const el = await mountViewer();
      await el.updateComplete;
      const status = $(el, '[part=status]');
      expect(status.getAttribute('aria-busy')).to.equal('true');
      expect(text(status)).to.equal('불러오는 중…');
      expect(chunk.state.calls).to.equal(1);
      const loaded = oneEvent(el, 'privacy-load');
      chunk.release();
      await loaded;
      await settled(el, '.document');
      // The document's stylesheet is in before it shows: its title size, its typed tables' look.
      const title = $(el, '.document h2');
      expect(getComputedStyle(title).fontSize).to.equal(`${parseFloat(getComputedStyle(el).fontSize) * 1.5}px`);
      expect(getComputedStyle($(el, 'table')).borderCollapse).to.equal('collapse');
      // Korean column names come with the chunk, even for the first element that loads it.
      expect(text($(el, '[part=toc]'))).to.contain('목차');
    } finally {
      chunk.restore();
    }
  });

  it('shows the load error with a retry when the chunk fails, and the retry loads it again', async () => {
    const chunk = heldChunk();
    try {
      chunk.state.fail = true;
      chunk.release();
      const failed = new Promise<CustomEvent>((resolve) =>
        addEventListener('privacy-error', (event) => resolve(event as CustomEvent), { once: true }),
      );
      const el = await mountViewer();
      expect((await failed).detail.willRetry).to.equal(false);
      await settled(el, '.retry');
      expect($(el, '[part=error]').getAttribute('role')).to.equal('alert');
      chunk.state.fail = false;
      const loaded = oneEvent(el, 'privacy-load');
      $<HTMLButtonElement>(el, '.retry').click();
      await loaded;
      await settled(el, '.document');
      expect(chunk.state.calls).to.equal(2);
    } finally {
      chunk.restore();
    }
  });

  it('still opens at the `section` deep link when the chunk arrives late', async () => {
    const chunk = heldChunk();
    try {
      const el = await mountViewer((element) => (element.section = 'retention'));
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('.document')).to.equal(null);
      const opened = oneEvent(el, 'privacy-section');
      chunk.release();
      expect((await opened).detail.id).to.equal('retention');
      await el.updateComplete;
      expect(el.shadowRoot!.activeElement?.id).to.equal('h-retention');
    } finally {
      chunk.restore();
    }
  });

  it('opens the footer dialog from its trigger and renders the document in it', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    const el = document.createElement('privacy-policy');
    el.dialog = true;
    el.policy = minimalPolicy();
    wrapper.append(el);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.document')).to.equal(null);
    $<HTMLButtonElement>(el, '[part=trigger]').click();
    await settled(el, 'dialog .document');
    expect($<HTMLDialogElement>(el, 'dialog').open).to.equal(true);
  });

  it('has the document in the DOM at updateComplete after privacy-load, as documented', async () => {
    const chunk = heldChunk();
    try {
      const el = await mountViewer();
      const loaded = oneEvent(el, 'privacy-load');
      chunk.release();
      await loaded;
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('.document h2'), 'the document, rendered').to.not.equal(null);
      expect(el.shadowRoot!.querySelector('[part=status]'), 'no loading view left').to.equal(null);
    } finally {
      chunk.restore();
    }
  });
});
