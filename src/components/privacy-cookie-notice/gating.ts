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
 * Starts a gated script in place. Not a copy: a copy's inline text is set through the DOM, and
 * under `require-trusted-types-for 'script'` a script whose text did not come from the parser
 * (or a TrustedScript) is refused. The original, parsed as `text/plain`, never started; once its
 * type says JavaScript, inserting it again runs it with its parser-trusted text and its nonce.
 */
const start = (element: HTMLScriptElement, root: Document): void => {
  element.type = element.dataset.type ?? 'text/javascript';
  const nonce = element.nonce || pageNonce(root);
  if (nonce) element.nonce = nonce;
  const { parentNode, nextSibling } = element;
  element.remove();
  parentNode?.insertBefore(element, nextSibling);
};

const activate = (element: HTMLScriptElement | HTMLIFrameElement, root: Document): void => {
  element.dataset[DONE] = 'true';
  if (element instanceof HTMLIFrameElement) {
    // Not a Trusted Types sink: iframe src is governed by frame-src.
    element.src = element.dataset.src!;
    return;
  }
  start(element, root);
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
