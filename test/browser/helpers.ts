/**
 * Helpers every browser test uses: reading an element's shadow DOM, waiting for it to settle,
 * scripting `fetch` for POSTs (a receiver) or holding it (a slow network), and record factories.
 */
import { waitUntil } from '@open-wc/testing';
import type { ConsentRecord } from '../../src/consent/record.js';

export { makeRecord } from '../fixtures/record.js';

/** The text a person reads: whitespace collapsed. */
export const text = (node: Element): string => node.textContent!.replace(/\s+/g, ' ').trim();

/**
 * The label a card cell prints before its content (`content: attr(data-label) / ''`), undefined
 * when none. Firefox reports the attr() itself; the alternative text after `/` is dropped.
 */
export const cardLabel = (cell: HTMLElement): string | undefined => {
  const content = getComputedStyle(cell, '::before').content.replace(/\s*\/\s*""$/, '');
  if (content === 'none' || content === 'normal') return undefined;
  return content.startsWith('attr(') ? cell.dataset.label : (JSON.parse(content) as string);
};

/** The first match in an element's shadow root (the test fails on a missing one when used). */
export const $ = <T extends Element = HTMLElement>(el: Element, selector: string): T =>
  el.shadowRoot!.querySelector<T>(selector)!;

/** Every match in an element's shadow root. */
export const $$ = <T extends Element = HTMLElement>(el: Element, selector: string): T[] => [
  ...el.shadowRoot!.querySelectorAll<T>(selector),
];

/** Waits until the element renders one of `selector` in its shadow root, then for its update. */
export const settled = async <E extends HTMLElement & { updateComplete: Promise<boolean> }>(
  el: E,
  selector: string,
  timeout = 5000,
): Promise<E> => {
  await waitUntil(() => el.shadowRoot?.querySelector(selector), `<${el.localName}> renders ${selector}`, { timeout });
  await el.updateComplete;
  return el;
};

/** Creates an element from markup in a fresh container, optionally giving it a policy property. */
export const mount = async <K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes = '',
  policy?: unknown,
): Promise<HTMLElementTagNameMap[K]> => {
  const wrapper = document.createElement('div');
  document.body.append(wrapper);
  mounted.push(wrapper);
  wrapper.innerHTML = `<${tag} ${attributes}></${tag}>`;
  const el = wrapper.querySelector(tag)!;
  if (policy !== undefined) (el as { policy?: unknown }).policy = policy;
  return el;
};
const mounted: HTMLElement[] = [];
afterEach(() => {
  for (const wrapper of mounted.splice(0)) wrapper.remove();
});

export interface Posted {
  readonly url: string;
  readonly headers: Headers;
  readonly record: ConsentRecord;
  readonly keepalive?: boolean;
}

/** A receipt for a posted record, as the reference receiver answers (201). */
export const okReceipt = (posted: Posted): Response =>
  Response.json(
    { recordId: posted.record.recordId, receivedAt: '2026-11-22T01:00:00.000Z', status: 'stored' },
    { status: 201 },
  );

/** Replaces fetch for POSTs: answers each with the script's response (default: a receipt). Restore it after. */
export const receiver = (script: (posted: Posted, count: number) => Response | Promise<Response> = okReceipt) => {
  const posted: Posted[] = [];
  const realFetch = window.fetch;
  window.fetch = async (input, init) => {
    if (init?.method !== 'POST') return realFetch(input, init);
    const entry: Posted = {
      url: String(input),
      headers: new Headers(init.headers),
      record: JSON.parse(String(init.body)) as ConsentRecord,
      keepalive: init.keepalive,
    };
    posted.push(entry);
    return script(entry, posted.length);
  };
  return { posted, restore: () => (window.fetch = realFetch) };
};

/** Holds every fetch until `release()`; `fail` makes them reject instead (offline). Restore it after. */
export const heldFetch = () => {
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  const state = { fail: false };
  const realFetch = window.fetch;
  window.fetch = async (...args) => {
    if (state.fail) throw new TypeError('Failed to fetch');
    await gate;
    return realFetch(...args);
  };
  return { release, state, restore: () => (window.fetch = realFetch) };
};

/** Removes the outbox's keys (pending, failed, leases) from localStorage. */
export const clearOutboxStorage = (): void => {
  for (const key of Object.keys(localStorage)) if (key.startsWith('privacy-consent:')) localStorage.removeItem(key);
};

/**
 * An element's name as its attributes give it: the text of the elements `aria-labelledby`
 * points at (in its own root, hidden ones too), else `aria-label`.
 */
export const nameOf = (element: Element): string | null => {
  const ids = element.getAttribute('aria-labelledby');
  if (!ids) return element.getAttribute('aria-label');
  const root = element.getRootNode() as Document | ShadowRoot;
  return ids
    .split(/\s+/)
    .map((id) => text(root.getElementById(id)!))
    .join(' ');
};
