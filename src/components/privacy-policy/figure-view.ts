/**
 * A figure (a labelling image, a diagram): the image only from an http(s) URL (a relative one
 * resolved against the document's base URL), always with its alternative text, sized by
 * attributes (no inline style, for a strict CSP), loaded lazily and without a referrer. An image
 * that cannot be shown leaves its alternative text. Loaded only for a policy that has figures.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import { resolveImage } from '../../policy/links.js';
import type { FigureBlock, Image } from '../../policy/types.js';
import { href, richText, type Resolve } from '../shared/render-text.js';
import { marker, type BlockContext } from './card-table.js';

/** A figure's styles, adopted by the element when this chunk loads. */
export const styles = css`
  figure.figure {
    margin: var(--_space) 0;
  }
  figure.figure img {
    max-inline-size: 100%;
    block-size: auto;
  }
  figcaption,
  .figure-text {
    color: var(--_text-muted);
  }

  @media print {
    figure {
      break-inside: avoid;
    }
  }
`;

/** An image element, or its alternative text when its URL cannot be shown. */
export const image = (picture: Image, t: Resolve, className = ''): TemplateResult => {
  const src = resolveImage(picture.src, t.base);
  return src
    ? html`<img
        class=${className}
        src=${src}
        alt=${t(picture.alt)}
        width=${picture.width ?? nothing}
        height=${picture.height ?? nothing}
        loading="lazy"
        decoding="async"
        referrerpolicy="no-referrer"
      />`
    : html`<span class="figure-text ${className}">${t(picture.alt)}</span>`;
};

export const figureView = (block: FigureBlock, { t }: BlockContext): TemplateResult => {
  const target = block.href === undefined ? undefined : href(block.href, t);
  const picture = image(block, t);
  return html`<figure class="figure" data-block="figure">
    ${target ? html`<a href=${target}>${picture}</a>` : picture}
    ${
      block.caption || block.label
        ? html`<figcaption>${marker(block.label, t)}${richText(block.caption, t)}</figcaption>`
        : nothing
    }
  </figure>`;
};
