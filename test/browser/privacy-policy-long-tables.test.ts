/**
 * Long tables render in chunks (row-chunks.ts): the first rows with the first paint, the rest in
 * later tasks, every row in order once `updateComplete` resolves; printing and deep links see
 * the whole table. Each chunk is a row group of its own, laid out apart from the others, and
 * its rows still line up with the header (and still become cards on a narrow screen).
 */
import { expect, waitUntil } from '@open-wc/testing';
import '../../src/privacy-policy.js';
import type { PrivacyPolicyElement } from '../../src/privacy-policy.js';
import { CHUNK_ROWS, FIRST_ROWS, RowChunks } from '../../src/components/privacy-policy/row-chunks.js';
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

/** The element in a container `width` wide (its container queries see that width). */
const mountAt = async (width: string, policy: unknown) => {
  const el = await mount('privacy-policy', '', policy);
  el.parentElement!.style.inlineSize = width;
  return settled(el, '.document, .alert');
};

/** The rows of each chunk of a table of `count` rows: the first ones, then a chunk at a time. */
const chunkSizes = (count: number): number[] => {
  const sizes = [FIRST_ROWS];
  for (let shown = FIRST_ROWS; shown < count; shown += CHUNK_ROWS) sizes.push(Math.min(CHUNK_ROWS, count - shown));
  return sizes;
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
    expect(counts).to.deep.equal(
      chunkSizes(600).map((_, index, sizes) => sizes.slice(0, index + 1).reduce((a, b) => a + b)),
    );
    expect(counts.length).to.be.above(3);
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

  it('puts each chunk of rows in a row group of its own; a short table keeps one', async () => {
    const el = await mount('privacy-policy', '', longPolicy(600));
    await settled(el, '.document, .alert');
    const provision = $(el, '#p-provision table');
    expect(provision.classList.contains('long')).to.equal(true);
    const groups = [...provision.querySelectorAll(':scope > tbody')].map(
      (group) => group.querySelectorAll('tr').length,
    );
    expect(groups).to.deep.equal(chunkSizes(600));
    expect(groups.length).to.be.above(3);
    const eighty = $(el, '#p-after table');
    expect(eighty.classList.contains('long')).to.equal(true);
    expect(eighty.querySelectorAll(':scope > tbody')).to.have.length(2);
    const minimal = $(el, '.document table:not(.long)');
    expect(minimal.querySelectorAll(':scope > tbody')).to.have.length(1);
  });

  it('lines every row of a long table up with its header, in every chunk', async () => {
    const el = await mountAt('960px', longPolicy(400));
    const table = $(el, '#p-provision table');
    const edges = (row: Element) => [...row.children].map((cell) => Math.round(cell.getBoundingClientRect().left));
    const header = edges(table.querySelector('thead tr')!);
    expect(header).to.have.length(3);
    expect(new Set(header).size).to.equal(3);
    for (const row of table.querySelectorAll('tbody tr:first-child, tbody tr:last-child'))
      expect(edges(row)).to.deep.equal(header);
    // No row is wider than the table: nothing scrolls sideways.
    const wrap = $(el, '#p-provision .table-wrap');
    expect(wrap.scrollWidth).to.equal(wrap.clientWidth);
  });

  it('shows the rows of a long table as cards on a narrow screen, and passes axe', async () => {
    const el = await mountAt('320px', longPolicy(300));
    const table = $(el, '#p-provision table');
    expect(getComputedStyle(table.querySelector('thead')!).position).to.equal('absolute');
    for (const row of table.querySelectorAll('tbody tr:last-child'))
      expect(getComputedStyle(row).display).to.equal('block');
    const wrap = $(el, '#p-provision .table-wrap');
    expect(wrap.scrollWidth).to.equal(wrap.clientWidth);
    await expect(el).to.be.accessible();
  });
});

describe('RowChunks', () => {
  /** The browser's frames and timers, run by hand on a clock of its own. */
  const clock = () => {
    let id = 0;
    let now = 0;
    const frames = new Map<number, () => void>();
    const timers = new Map<number, { run: () => void; at: number }>();
    const saved = { requestAnimationFrame, cancelAnimationFrame, setTimeout, clearTimeout };
    Object.assign(window, {
      requestAnimationFrame: (run: () => void) => (frames.set(++id, run), id),
      cancelAnimationFrame: (key: number) => frames.delete(key),
      setTimeout: (run: () => void, delay = 0) => (timers.set(++id, { run, at: now + delay }), id),
      clearTimeout: (key: number) => timers.delete(key),
    });
    /** Moves the clock on by `ms`, running the timers due by then, in order. */
    const advance = (ms: number) => {
      now += ms;
      for (;;) {
        const next = [...timers].filter(([, timer]) => timer.at <= now).sort(([, a], [, b]) => a.at - b.at)[0];
        if (!next) return;
        timers.delete(next[0]);
        next[1].run();
      }
    };
    return {
      advance,
      /** The frame callbacks after `ms`, and the tasks due right after them unless told not to. */
      frame(ms: number, tasks = true) {
        advance(ms);
        const runs = [...frames.values()];
        frames.clear();
        for (const run of runs) run();
        if (tasks) advance(0);
      },
      restore: () => Object.assign(window, saved),
    };
  };

  it('renders the first chunk after the first screen’s frame, the next ones in their frames, never by a stale fallback', () => {
    const time = clock();
    try {
      let renders = 0;
      const chunks = new RowChunks({ requestUpdate: () => renders++ } as never);
      const rows = Array.from({ length: 1000 }, (_, index) => index);
      const shown = () => chunks.take(rows).reduce((count, chunk) => count + chunk.length, 0);
      chunks.startRender();
      expect(shown()).to.equal(FIRST_ROWS);
      // The first screen is painted in the next frame; the second chunk comes in a task after it.
      time.frame(16, false);
      expect(renders).to.equal(0);
      time.advance(0);
      expect(renders).to.equal(1);
      chunks.startRender();
      expect(shown()).to.equal(FIRST_ROWS + CHUNK_ROWS);
      // 200 ms after the first chunk, its fallback (for a tab without frames) is no longer
      // waiting: the third chunk waits for its own frame.
      time.advance(184);
      expect(renders).to.equal(1);
      // Later chunks come in the frame callback itself, laid out in that frame (at 210 ms, before
      // the second chunk's own fallback is due).
      time.frame(10, false);
      expect(renders).to.equal(2);
      // Without frames (a hidden tab), the fallback renders the next chunk.
      chunks.startRender();
      expect(shown()).to.equal(FIRST_ROWS + 2 * CHUNK_ROWS);
      time.advance(200);
      expect(renders).to.equal(3);
    } finally {
      time.restore();
    }
  });
});
