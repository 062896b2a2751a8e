/**
 * Custom states (`:state(invalid)`) where the browser has them. Older engines lack
 * `CustomStateSet`, and some shipped it with `--name` syntax only; styling by state is a
 * progressive enhancement, so any failure leaves the element working.
 */
export const toggleState = (internals: ElementInternals, name: string, on: boolean): void => {
  try {
    if (on) internals.states.add(name);
    else internals.states.delete(name);
  } catch {
    // No (standard) CustomStateSet in this browser.
  }
};
