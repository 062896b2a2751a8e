/**
 * Delivery as both recording elements do it (one DeliveryController): what counts as delivered,
 * which endpoints are refused, headers, retries and storage loss reported as events.
 */
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/privacy-consent.js';
import '../../src/privacy-cookie-notice.js';
import type { OutboxError } from '../../src/consent/outbox.js';
import type { PrivacyErrorDetail } from '../../src/index.js';
import { cookiePolicy } from '../fixtures/cookie-policy.js';
import { minimalPolicy } from '../fixtures/minimal-policy.js';
import { $, clearOutboxStorage, mount, okReceipt, receiver, settled, text } from './helpers.js';

let fake: ReturnType<typeof receiver>;
let cookies = 0;
afterEach(() => {
  fake?.restore();
  clearOutboxStorage();
});

/** Each recording element, ready, with one required choice made; `choose()` makes the record. */
const ELEMENTS = {
  'privacy-consent': async (attributes: string) => {
    const el = await mount('privacy-consent', attributes, minimalPolicy());
    await settled(el, '.base');
    $(el, '#item-collect-required').click();
    await el.updateComplete;
    return { el, choose: () => void el.submit().catch(() => {}) };
  },
  'privacy-cookie-notice': async (attributes: string) => {
    const el = await mount('privacy-cookie-notice', `mode="opt-in" cookie-name="delivery_${++cookies}" ${attributes}`);
    const loaded = oneEvent(el, 'privacy-load');
    el.policy = cookiePolicy();
    await loaded;
    await settled(el, '[part=banner]');
    return { el, choose: () => $(el, '[part=banner] [data-choice=reject]').click() };
  },
};

const errors = (el: HTMLElement) => {
  const seen: PrivacyErrorDetail[] = [];
  el.addEventListener('privacy-error', (event) => seen.push(event.detail));
  return seen;
};

for (const [tag, make] of Object.entries(ELEMENTS)) {
  describe(`<${tag}> delivery`, () => {
    it('sends the host’s headers with the record', async () => {
      fake = receiver();
      const { el, choose } = await make('endpoint="/api/consent"');
      el.headers = { 'x-csrf-token': 'abc' };
      choose();
      await waitUntil(() => fake.posted.length === 1);
      expect(fake.posted[0]!.headers.get('x-csrf-token')).to.equal('abc');
      expect(fake.posted[0]!.headers.get('idempotency-key')).to.equal(fake.posted[0]!.record.recordId);
    });

    it('does not take a 200 HTML page for a receipt: reports it, keeps the record, retries', async () => {
      fake = receiver((posted, count) =>
        count === 1 ? new Response('<!doctype html><title>Shop</title>', { status: 200 }) : okReceipt(posted),
      );
      const { el, choose } = await make('endpoint="/api/consent"');
      const seen = errors(el);
      choose();
      await waitUntil(() => seen.length === 1);
      expect(seen[0]!.willRetry).to.equal(true);
      expect((seen[0]!.error as OutboxError).code).to.equal('receipt');
      const key = `privacy-consent:outbox:${fake.posted[0]!.record.recordId}`;
      expect(localStorage.getItem(key), 'still stored').to.not.equal(null);
      await waitUntil(() => fake.posted.length === 2, 'retried', { timeout: 5000 });
      await waitUntil(() => localStorage.getItem(key) === null, 'delivered, then removed');
    });

    for (const [endpoint, code] of [
      ['javascript:alert(1)', 'endpoint'],
      ['data:application/json,{}', 'endpoint'],
      ['http://shop.example/api/consent', 'insecure'],
    ] as const)
      it(`refuses ${endpoint.split(':')[0]}: endpoint ${code === 'insecure' ? 'on another host ' : ''}up front`, async () => {
        fake = receiver();
        const { el, choose } = await make(`endpoint="${endpoint}"`);
        const failed = oneEvent(el, 'privacy-error');
        choose();
        const { detail } = await failed;
        expect(detail.willRetry).to.equal(false);
        expect((detail.error as OutboxError).code).to.equal(code);
        expect(fake.posted).to.have.length(0);
        expect(Object.keys(localStorage).filter((key) => key.startsWith('privacy-consent:outbox:'))).to.deep.equal([]);
      });

    it('sends to plain http on another host only with allow-insecure-endpoint', async () => {
      fake = receiver();
      const { choose } = await make('endpoint="http://shop.example/api/consent" allow-insecure-endpoint');
      choose();
      await waitUntil(() => fake.posted.length === 1);
      expect(fake.posted[0]!.url).to.equal('http://shop.example/api/consent');
    });

    it('reports each failed attempt with willRetry, then delivers', async () => {
      fake = receiver((posted, count) => (count === 1 ? new Response('busy', { status: 503 }) : okReceipt(posted)));
      const { el, choose } = await make('endpoint="/api/consent"');
      const seen = errors(el);
      choose();
      await waitUntil(() => fake.posted.length === 2, 'retried', { timeout: 5000 });
      expect(seen.map((detail) => [(detail.error as OutboxError).code, detail.willRetry])).to.deep.equal([
        ['http', true],
      ]);
    });

    it('warns when the browser cannot store the record, and still delivers it', async () => {
      let answer!: () => void;
      const answered = new Promise<void>((resolve) => (answer = resolve));
      fake = receiver(async (posted) => (await answered, okReceipt(posted)));
      const { el, choose } = await make('endpoint="/api/consent"');
      const warned = oneEvent(el, 'privacy-warning');
      const setItem = Storage.prototype.setItem;
      Storage.prototype.setItem = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
      try {
        choose();
        expect((await warned).detail.code).to.equal('storage-unavailable');
      } finally {
        Storage.prototype.setItem = setItem;
      }
      if (tag === 'privacy-consent') {
        await el.updateComplete;
        expect(text($(el, '[role=status]'))).to.contain('임시 저장할 수 없어');
      }
      await waitUntil(() => fake.posted.length === 1);
      answer();
    });
  });
}
