/**
 * Long tables render in chunks (row-chunks.ts): the first rows with the first paint, the rest in
 * later tasks, every row in order once `updateComplete` resolves; printing and deep links see
 * the whole table.
 */
import { expect, waitUntil } from '@open-wc/testing';
import '../../src/privacy-policy.js';
import type { PrivacyPolicyElement } from '../../src/privacy-policy.js';
import { CHUNK_ROWS, FIRST_ROWS } from '../../src/components/privacy-policy/row-chunks.js';
import { minimalPolicy } from '../fixtures/minimal-policy.js';
import { $, $$, mount, settled, text } from './helpers.js';

const provisionRows = (count: number) =>
  Array.from({ length: count }, (_, index) => ({
    recipient: `수령기관 ${index + 1}`,
    purpose: `목적 ${index + 1}`,
    items: ['이름'],
  }));

/** The minimal policy with a provision table of `count` rows, and after it a section `after` and another long table. */
const longPolicy = (count: number) => {
  const base = minimalPolicy();
  return {
    ...base,
    sections: [
      ...base.sections,
      { id: 'provision', title: '제3자 제공', blocks: [{ type: 'third-party', rows: provisionRows(count) }] },
      {
        id: 'after',
        title: '그 다음',
        blocks: [
          {
            type: 'entrustment',
            rows: provisionRows(80).map(({ recipient }) => ({ entrustee: recipient, task: '배송' })),
          },
        ],
      },
    ],
  };
};

const purposes = (el: PrivacyPolicyElement) =>
  $$(el, '#p-provision tbody tr td[data-label="제공받는 자의 이용 목적"]').map(text);

/** Calls `first` with the element when its document first appears, before any later task runs. */
const onFirstRender = (el: PrivacyPolicyElement, first: () => void): void => {
  const observer = new MutationObserver(() => {
    if (!el.shadowRoot!.querySelector('.document')) return;
    observer.disconnect();
    first();
  });
  observer.observe(el.shadowRoot!, { childList: true, subtree: true });
};

describe('<privacy-policy> long tables', () => {
  it('renders the first rows with the first paint, and every row, in order, by updateComplete', async () => {
    const el = await mount('privacy-policy', '', longPolicy(260));
    let first: string[] = [];
    onFirstRender(el, () => (first = purposes(el)));
    await settled(el, '.document, .alert');
    expect(first).to.deep.equal(provisionRows(FIRST_ROWS).map((row) => row.purpose));
    expect(purposes(el)).to.deep.equal(provisionRows(260).map((row) => row.purpose));
    expect($$(el, '#p-after tbody tr')).to.have.length(80);
  });

  it('renders the rows after the first ones a chunk of rows at a time', async () => {
    const el = await mount('privacy-policy', '', longPolicy(600));
    const counts: number[] = [];
    const observer = new MutationObserver(() => {
      const count = purposes(el).length;
      if (count && count !== counts.at(-1)) counts.push(count);
    });
    observer.observe(el.shadowRoot!, { childList: true, subtree: true });
    await settled(el, '.document, .alert');
    observer.disconnect();
    expect(counts).to.deep.equal([FIRST_ROWS, FIRST_ROWS + CHUNK_ROWS, FIRST_ROWS + 2 * CHUNK_ROWS, 600]);
    expect(purposes(el)).to.deep.equal(provisionRows(600).map((row) => row.purpose));
  });

  it('prints every row, even before the last ones have arrived', async () => {
    const el = await mount('privacy-policy', '', longPolicy(260));
    let printed = 0;
    let before = 0;
    onFirstRender(el, () => {
      before = purposes(el).length;
      dispatchEvent(new Event('beforeprint'));
      printed = purposes(el).length;
    });
    await settled(el, '.document, .alert');
    expect(before).to.equal(FIRST_ROWS);
    expect(printed).to.equal(260);
  });

  it('opens a deep link below a long table at its section once every row is in', async () => {
    const el = await mount('privacy-policy', 'section="after"', longPolicy(400));
    await settled(el, '.document, .alert');
    expect(purposes(el)).to.have.length(400);
    const section = $(el, '#p-after');
    await waitUntil(() => el.shadowRoot!.activeElement?.id === 'h-after', 'the section heading has focus');
    await waitUntil(() => Math.abs(section.getBoundingClientRect().top) < 2, 'the section is at the top');
  });
});
