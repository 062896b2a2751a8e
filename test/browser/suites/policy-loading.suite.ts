/**
 * How every element gets its policy, written once and run by each element's test file (as
 * Shoelace's form-control base tests are): loading, a load error and its retry, an invalid
 * policy, and inline JSON children. Element-specific views are given as options.
 */
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import type { PrivacyPolicy } from '../../../src/policy/index.js';
import { $, $$, heldFetch, mount, settled, text } from '../helpers.js';

type Tag = 'privacy-consent' | 'privacy-policy' | 'privacy-cookie-notice';

export interface PolicyLoadingOptions {
  readonly tag: Tag;
  /** Extra attributes for every instance (e.g. a fresh cookie name). */
  readonly attributes?: () => string;
  /** What the element renders once its policy is ready. */
  readonly readySelector: string;
  /** A policy the element renders. */
  readonly validPolicy: () => PrivacyPolicy;
  /** A policy served by the test server that the element renders. */
  readonly seedUrl: string;
  /** An invalid policy for this element, and the JSON path of its problem. */
  readonly invalid: () => { readonly policy: unknown; readonly path: string };
  /** Shows a loading status (false: renders nothing until ready, as a banner should). */
  readonly showsLoading: boolean;
  /** Offers a retry button after a load error. */
  readonly offersRetry: boolean;
  /** Lists an invalid policy's problems with their JSON paths. */
  readonly listsProblems: boolean;
}

export const runPolicyLoadingTests = (options: PolicyLoadingOptions): void => {
  const { tag, readySelector } = options;
  const attributes = (more = '') => `${options.attributes?.() ?? ''} ${more}`;
  type Element = HTMLElementTagNameMap[Tag];

  describe(`<${tag}> loading its policy`, () => {
    it('shows its loading state, then renders and fires privacy-load with the policy and its hash', async () => {
      const network = heldFetch();
      try {
        const el = await mount(tag, attributes(`src="${options.seedUrl}"`));
        await el.updateComplete;
        if (options.showsLoading) {
          const status = $(el, '[part=status]');
          expect(status.getAttribute('role')).to.equal('status');
          expect(text(status)).to.equal('불러오는 중…');
        } else {
          expect($$(el, '[part]')).to.have.length(0);
        }
        await expect(el).to.be.accessible();
        const loaded = oneEvent(el, 'privacy-load');
        network.release();
        const { detail } = await loaded;
        expect(detail.policy.id).to.be.a('string');
        expect(detail.hash).to.match(/^sha256-[A-Za-z0-9+/]{43}=$/);
        await settled(el as Element, readySelector);
      } finally {
        network.restore();
      }
    });

    it('reports a load error as privacy-error and an alert, and loads when src changes', async () => {
      const el = await mount(tag, attributes());
      const failed = oneEvent(el, 'privacy-error');
      el.src = '/no/such/policy.json';
      const { detail } = await failed;
      expect(detail.willRetry).to.equal(false);
      expect(detail.error).to.include({ code: 'http' });
      await settled(el as Element, '[part=error]');
      expect($(el, '[part=error]').getAttribute('role')).to.equal('alert');
      await expect(el).to.be.accessible();
      const loaded = oneEvent(el, 'privacy-load');
      el.src = options.seedUrl;
      await loaded;
      await settled(el as Element, readySelector);
    });

    if (options.offersRetry)
      it('retries from the error state with its retry button', async () => {
        const network = heldFetch();
        network.state.fail = true;
        try {
          const el = await mount(tag, attributes());
          const failed = oneEvent(el, 'privacy-error');
          el.src = options.seedUrl;
          await failed;
          await settled(el as Element, '.retry');
          network.state.fail = false;
          network.release();
          const loaded = oneEvent(el, 'privacy-load');
          $<HTMLButtonElement>(el, '.retry').click();
          await loaded;
          await settled(el as Element, readySelector);
        } finally {
          network.restore();
        }
      });

    it('refuses an invalid policy: privacy-error with its issues, nothing of it rendered', async () => {
      const { policy, path } = options.invalid();
      const el = await mount(tag, attributes());
      const failed = oneEvent(el, 'privacy-error');
      el.policy = policy as PrivacyPolicy;
      const { detail } = await failed;
      expect(detail.error).to.include({ code: 'invalid' });
      expect((detail.error as { issues: { path: string }[] }).issues.map((issue) => issue.path)).to.include(path);
      await settled(el as Element, '[part=error]');
      if (options.listsProblems) {
        await waitUntil(() => $(el, '[part=error] li'), 'the problems are listed');
        expect(text($(el, '[part=error]'))).to.contain(path);
      }
      expect(el.shadowRoot!.querySelector(`input, ${readySelector}`)).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('reads a policy given inline as a JSON script child', async () => {
      const json = JSON.stringify(options.validPolicy()).replaceAll('</', '<\\/');
      const el = await mount(tag, attributes());
      el.innerHTML = `<script type="application/json">${json}</script>`;
      await settled(el as Element, readySelector);
    });

    it('waits for an inline policy child that arrives after the element connected', async () => {
      const el = await mount(tag, attributes());
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector(readySelector)).to.equal(null);
      const loaded = oneEvent(el, 'privacy-load');
      el.append(
        Object.assign(document.createElement('script'), {
          type: 'application/json',
          textContent: JSON.stringify(options.validPolicy()),
        }),
      );
      await loaded;
      await settled(el as Element, readySelector);
    });
  });
};
