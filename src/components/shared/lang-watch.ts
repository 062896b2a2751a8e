/** One observer for the whole page: any `lang` change in the light DOM re-resolves every element's language. */
interface LangFollower {
  refresh(): void;
}

const connected = new Set<LangFollower>();
let observer: MutationObserver | undefined;

export const watchLang = (follower: LangFollower): void => {
  connected.add(follower);
  if (observer) return;
  observer = new MutationObserver(() => connected.forEach((each) => each.refresh()));
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
};

export const unwatchLang = (follower: LangFollower): void => {
  connected.delete(follower);
  if (connected.size || !observer) return;
  observer.disconnect();
  observer = undefined;
};
