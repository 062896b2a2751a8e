/**
 * The outbox is a lazy chunk. If its download fails (a network blip), Chromium remembers the
 * failure for the page's life, as the HTML spec says, so no retry on this page can load it. The
 * record must still be kept: stored at once, reported with `willRetry: true`, announced, and
 * delivered by the next page. (Nothing in this file loads the outbox before the failure.)
 */
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/privacy-consent.js';
import type { OutboxError } from '../../src/consent/outbox.js';
import type * as OutboxModule from '../../src/consent/outbox.js';
import { minimalPolicy } from '../fixtures/minimal-policy.js';
import { $, clearOutboxStorage, mount, receiver, settled, text } from './helpers.js';

it('keeps the record when the outbox cannot be downloaded, says so, and the next page delivers it', async () => {
  await fetch('/__test__/fail-outbox-once');
  const fake = receiver();
  try {
    const el = await mount('privacy-consent', 'endpoint="/api/consent"', minimalPolicy());
    await settled(el, '.base');
    $(el, '#item-collect-required').click();
    const retry = oneEvent(el, 'privacy-error');
    void el.submit().catch(() => {});
    const { detail } = await retry;
    expect(detail.willRetry).to.equal(true);
    expect((detail.error as OutboxError).code).to.equal('network');
    const stored = Object.keys(localStorage).filter((key) => key.startsWith('privacy-consent:outbox:'));
    expect(stored).to.have.length(1);
    await el.updateComplete;
    expect(text($(el, '[role=status]'))).to.contain('다시 전송');
    expect($(el, '[part=error]'), 'not reported as failed').to.equal(null);

    // The next page: a fresh copy of the module (another URL), as after a reload.
    const nextPageUrl: string = '/src/consent/outbox.ts?next-page';
    const nextPage = (await import(nextPageUrl)) as typeof OutboxModule;
    await new nextPage.Outbox().flush();
    await waitUntil(() => fake.posted.length === 1);
    expect(`privacy-consent:outbox:${fake.posted[0]!.record.recordId}`).to.equal(stored[0]);
    expect(localStorage.getItem(stored[0]!)).to.equal(null);
  } finally {
    fake.restore();
    clearOutboxStorage();
  }
});
