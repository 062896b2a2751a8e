/**
 * The form's view arrives in a chunk of its own, imported with the policy checker (see
 * signup-view.ts). When that download fails the element shows its load error, stays a form field
 * without a value (invalid: not ready), and its retry imports the chunk again. The element is
 * loaded from URLs of this page's own (see web-test-runner.config.mjs), so the failure touches no
 * other test file running beside it.
 *
 * What a retry then gets is the engine's: WebKit fetches the failed module again and the form
 * shows; Chromium 156 and Firefox 153 keep the failure for the page (no second request), so the
 * retry ends in the load error again, and only a reload recovers.
 */
import { expect, oneEvent } from '@open-wc/testing';
import { minimalPolicy } from '../fixtures/minimal-policy.js';
import { $, mount, settled, text } from './helpers.js';

const id = Math.random().toString(36).slice(2);

describe('<privacy-consent> view chunk', () => {
  it('shows the load error when the view does not download, and a retry settles again', async () => {
    const armed = await fetch(`/__fail-once?id=${id}&path=signup-view.`, { method: 'POST' });
    expect(armed.status).to.equal(204);
    // Defines <privacy-consent> from this page's own URLs: no other import of it in this file.
    await import(/* @vite-ignore */ `/__isolated-${id}/src/privacy-consent.ts`);
    const el = await mount('privacy-consent', '', minimalPolicy());
    const failed = await oneEvent(el, 'privacy-error');
    expect(failed.detail.willRetry).to.equal(false);
    await settled(el, '.retry');
    expect(text($(el, '[part="error"] p'))).to.equal('개인정보 처리방침을 불러오지 못했습니다.');
    expect(el.checkValidity()).to.equal(false);
    expect(el.validationMessage).to.equal('개인정보 처리방침을 아직 불러오지 못했습니다.');

    const settledAgain = Promise.race([
      oneEvent(el, 'privacy-load').then(() => 'loaded'),
      oneEvent(el, 'privacy-error').then(() => 'error'),
    ]);
    $<HTMLButtonElement>(el, '.retry').click();
    // The engine decides which (see above); a retry that did nothing would time out here.
    if ((await settledAgain) === 'error') {
      await settled(el, '.retry');
      return;
    }
    await settled(el, '.base');
    expect($(el, '#item-collect-required')).to.exist;
    // The form's styles came with it: the round check is drawn.
    expect(getComputedStyle($(el, '.box input')).borderTopLeftRadius).to.equal('50%');
  });
});
