/**
 * A page control focused under the fixed banner is scrolled clear of it (WCAG 2.4.11); at the
 * end of the page, where nothing is left to scroll, a spacer below the page makes room (added on
 * that keyboard step, so the page never shifts on load). Loaded on the first page focus while
 * the banner is open.
 */
import { deepActiveElement } from './banner-focus.js';

/** Room left between a revealed control and the banner, in CSS pixels. */
const CLEARANCE = 8;

/** Scrolls `target` clear of the banner, making room below the page when it must. */
export const reveal = (target: HTMLElement, banner: HTMLElement | null, spacer: HTMLElement | null): void => {
  if (!banner || deepActiveElement() !== target) return;
  const overlap = (): number => {
    const covered = banner.getBoundingClientRect();
    const box = target.getBoundingClientRect();
    if (box.bottom <= covered.top || box.top >= covered.bottom) return 0;
    // A banner at the top pushes the control down; at the bottom, up.
    return covered.top + covered.bottom < window.innerHeight
      ? box.top - covered.bottom - CLEARANCE
      : box.bottom - covered.top + CLEARANCE;
  };
  const needed = overlap();
  if (!needed) return;
  window.scrollBy({ top: needed, behavior: 'instant' });
  const left = overlap();
  if (left <= 0 || !spacer) return;
  spacer.style.blockSize = `${Math.ceil(banner.getBoundingClientRect().height + CLEARANCE)}px`;
  window.scrollBy({ top: overlap(), behavior: 'instant' });
};
