/**
 * Scripts and iframes that wait for consent:
 *
 *   <script type="text/plain" data-privacy-category="analytics" src="/analytics.js"></script>
 *   <iframe data-privacy-category="advertising" data-src="https://…"></iframe>
 *
 * A script runs (a fresh copy with its real type, keeping the page's CSP nonce) and an iframe
 * loads only once its category is allowed. Withdrawing consent stops future loads; what
 * already ran keeps running until the page is reloaded (no script can be un-run).
 */
const GATED = 'script[type="text/plain"][data-privacy-category], iframe[data-privacy-category][data-src]';
const DONE = 'privacyActivated';

/** The nonce to give activated scripts: the gated script's own, else any nonce on the page. */
const pageNonce = (root: Document): string | undefined =>
  root.querySelector<HTMLScriptElement>('script[nonce]')?.nonce || undefined;

/**
 * A runnable copy of a gated script. Cloned, not rebuilt: copying `src` or the text through
 * `setAttribute` / `textContent` are Trusted Types sinks and throw under
 * `require-trusted-types-for 'script'`, while a clone carries the parser-trusted source as is.
 * A `text/plain` script never started, so its clone runs once its type says JavaScript.
 */
const runnableCopy = (element: HTMLScriptElement, root: Document): HTMLScriptElement => {
  const script = element.cloneNode(true) as HTMLScriptElement;
  for (const name of script.getAttributeNames()) if (name.startsWith('data-privacy')) script.removeAttribute(name);
  script.type = element.dataset.type ?? 'text/javascript';
  script.removeAttribute('data-type');
  const nonce = element.nonce || pageNonce(root);
  if (nonce) script.nonce = nonce;
  return script;
};

const activate = (element: HTMLScriptElement | HTMLIFrameElement, root: Document): void => {
  element.dataset[DONE] = 'true';
  if (element instanceof HTMLIFrameElement) {
    // Not a Trusted Types sink: iframe src is governed by frame-src.
    element.src = element.dataset.src!;
    return;
  }
  element.after(runnableCopy(element, root));
};

/** Runs or loads every gated element whose category is allowed; returns how many. */
export const activateAllowed = (allowed: (category: string) => boolean, root: Document = document): number => {
  let count = 0;
  for (const element of root.querySelectorAll<HTMLScriptElement | HTMLIFrameElement>(GATED)) {
    if (element.dataset[DONE] || !allowed(element.dataset.privacyCategory!)) continue;
    activate(element, root);
    count++;
  }
  return count;
};

/** Keeps activating gated elements added to the page later (SPAs, tag managers). */
export const watchGated = (allowed: (category: string) => boolean, root: Document = document): MutationObserver => {
  const observer = new MutationObserver(() => activateAllowed(allowed, root));
  observer.observe(root.documentElement, { childList: true, subtree: true });
  return observer;
};

/** Whether anything of a category already ran (so withdrawing needs a reload to take full effect). */
export const ranAny = (category: string, root: Document = document): boolean =>
  root.querySelector(`[data-privacy-category="${CSS.escape(category)}"][data-privacy-activated]`) !== null;
