/**
 * Registers a custom element once. Loading the library twice (an ESM import and the
 * script-tag bundle, or two versions) must not throw "already defined": the first
 * definition wins and later ones are ignored with a console note.
 */
export const defineElement = (tag: string, constructor: CustomElementConstructor): void => {
  const existing = customElements.get(tag);
  if (!existing) {
    customElements.define(tag, constructor);
  } else if (existing !== constructor) {
    console.info(`privacy-consent: <${tag}> is already defined on this page; keeping the first definition.`);
  }
};
