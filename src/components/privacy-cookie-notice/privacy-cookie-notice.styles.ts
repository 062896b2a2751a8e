import { css } from 'lit';

/**
 * The banner's styles: all the first render needs, with few, simple selectors (it must be on
 * screen fast). The settings dialog brings its own (settings-view.ts), a failure its own.
 */
export const styles = css`
  :host {
    display: contents;
  }

  /* Overlays the page (fixed): it never pushes content, so no layout shift. */
  .banner {
    position: fixed;
    z-index: 2147483000;
    inset-inline: var(--_space);
    inset-block-end: var(--_space);
    max-inline-size: 44rem;
    margin-inline: auto;
    box-sizing: border-box;
    padding: calc(var(--_space) * 2);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    box-shadow: 0 4px 24px rgb(0 0 0 / 18%);
    /*
     * At most a third of the screen, so focused page content stays visible above it (WCAG
     * 2.4.11) even at 400 % zoom; the rest scrolls inside (its buttons are Tab stops).
     */
    max-block-size: calc(100vh / 3 - var(--_space));
    overflow: auto;
  }
  @media (max-width: 30rem) {
    .banner {
      padding: calc(var(--_space) * 1.5);
    }
  }
  :host([position='top']) .banner {
    inset-block: var(--_space) auto;
  }
  :host([position='bottom-start']) .banner {
    margin-inline: 0 auto;
  }
  :host([position='bottom-end']) .banner {
    margin-inline: auto 0;
  }

  h2 {
    font-size: 1.1em;
    margin: 0 0 var(--_space);
  }
  p {
    margin: 0 0 var(--_space);
  }
  a {
    color: var(--_brand);
  }

  .choices {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    margin-block-start: calc(var(--_space) * 1.5);
  }
  /*
   * One look for every choice, accept and reject alike (equal prominence). The size and
   * weight are !important so no ::part(choice) rule can make one stand out from another.
   */
  .choice {
    flex: 1 1 6rem;
    font: inherit;
    font-size: 1em !important;
    font-weight: 700 !important;
    min-block-size: 2.75rem !important;
    padding: 0.5em 1em !important;
    border: 1px solid var(--_brand);
    border-radius: var(--_radius);
    color: var(--_on-brand);
    background: var(--_brand);
    cursor: pointer;
  }

  .refusal {
    font-size: 0.9em;
  }
  ul {
    padding-inline-start: 1.2em;
  }

  @media print {
    .banner {
      display: none;
    }
  }
`;
