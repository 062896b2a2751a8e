import { expect, fixture, html } from '@open-wc/testing';
import { inlinePolicyText } from '../../src/components/shared/inline-policy.js';
import { acceptPolicyText } from '../../src/policy/index.js';

describe('inline policy source', () => {
  it('reads the JSON script child and validates it like any other source', async () => {
    const host = await fixture(
      html`<div>
        <script type="application/json">
          {
            "schemaVersion": 1,
            "id": "inline",
            "version": "1",
            "lang": "ko",
            "title": "처리방침",
            "controller": { "name": "회사" },
            "sections": [{ "id": "a", "title": "목적", "blocks": [{ "type": "paragraph", "text": "내용" }] }]
          }
        </script>
      </div>`,
    );
    const text = inlinePolicyText(host);
    expect(JSON.parse(text!).id).to.equal('inline');
    const loaded = await acceptPolicyText(text!);
    expect(loaded.policy.id).to.equal('inline');
    expect(loaded.origin).to.equal('inline');
  });

  it('ignores scripts that are not JSON, and grandchildren', async () => {
    const host = await fixture(
      html`<div>
        <script type="module">
          /* not a policy */
        </script>
        <section>
          <script type="application/json">
            {}
          </script>
        </section>
      </div>`,
    );
    expect(inlinePolicyText(host)).to.equal(undefined);
  });
});
