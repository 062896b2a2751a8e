/**
 * A terms document (이용약관, 위치기반서비스 이용약관 …) as a `terms` item shows it: its title,
 * version and effective date, the inline text (policy text: rendered as text, line breaks kept,
 * only http(s), mailto and tel linked), and a link to the published text.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { TermsDocument } from '../../policy/types.js';
import { isSafeLink, richText } from '../shared/render-text.js';
import type { ViewContext } from './item-view.js';

/**
 * `scroll`: the text scrolls inside its own region (inline, under the item), named by the
 * document's title in its language (`id`: the item's); in the sheet the sheet scrolls.
 */
export const documentTemplate = (
  document: TermsDocument,
  ctx: ViewContext,
  scroll: boolean,
  id: string,
): TemplateResult => {
  const term = ctx.localize.term.bind(ctx.localize);
  const title = ctx.t(document.title);
  const lang = ctx.t.langOf(document.title);
  const url = document.url?.trim();
  return html`<div class="document" part="document">
    <p class="document-meta">
      <span lang=${lang} id="document-title-${id}">${title}</span> ·
      ${term('documentVersion', document.version)}${
        document.effectiveOn ? html` · ${term('documentEffective', document.effectiveOn)}` : nothing
      }
    </p>
    ${
      document.text === undefined
        ? nothing
        : scroll
          ? html`<div class="document-text" role="region" tabindex="0" aria-labelledby="document-title-${id}">
              ${richText(document.text, ctx.t)}
            </div>`
          : html`<div class="document-text">${richText(document.text, ctx.t)}</div>`
    }
    ${
      url === undefined
        ? nothing
        : isSafeLink(url)
          ? html`<p>
              <a href=${url} target="_blank" rel="noopener noreferrer"
                >${term('openDocument')}<span class="visually-hidden"
                  >: <span lang=${lang}>${title}</span> (${term('opensInNewWindow')})</span
                ></a
              >
            </p>`
          : html`<p>${url}</p>`
    }
  </div>`;
};
