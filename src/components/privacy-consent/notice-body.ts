/**
 * What an item says in full: its terms document, then its statutory notice (tables of purpose,
 * items, retention, recipients …), with their styles and Korean strings. Part of the form's view,
 * loaded with the policy checker (see signup-view.ts).
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import type { FormItem } from '../../consent/form-model.js';
import koNotice from '../../i18n/ko/consent-notice.js';
import { tableStyles } from '../shared/table-styles.js';
import { addKorean } from './consent-localize.js';
import { documentTemplate } from './document-view.js';
import type { ViewContext } from './item-view.js';
import { noticeTemplate } from './notice.js';

addKorean(koNotice);

/** Adopted by the element once loaded (see adopt-styles.ts). */
export const noticeStyles = [
  tableStyles,
  css`
    .notice {
      margin-block-start: var(--_space);
      font-size: var(--_notice-size);
    }
    /* Two columns that never push the form wider: long words and URLs break inside their cell. */
    .notice-table {
      table-layout: fixed;
    }
    .notice-table th {
      inline-size: 30%;
    }
    .notice-table th,
    .notice-table td {
      overflow-wrap: anywhere;
    }
    /* Overseas transfer: one table per recipient, then what the item adds. */
    .notice-table + .notice-table {
      margin-block-start: var(--_space);
    }

    /* A recipients table scrolls inside its own named region, never the page. */
    .scroll {
      overflow-x: auto;
      max-inline-size: 100%;
      margin-block-end: var(--_space);
    }
    .rows {
      min-inline-size: 32rem;
    }

    .document-meta {
      margin: 0 0 calc(var(--_space) / 2);
      color: var(--_text-muted);
    }
    .document-text {
      white-space: pre-line;
      overflow-wrap: anywhere;
    }
    .document a {
      color: var(--_brand);
    }
    .notice .document-text {
      max-block-size: 16em;
      overflow-y: auto;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      padding: var(--_space);
      background: var(--_surface);
    }

    .text-list {
      margin: 0;
      padding-inline-start: 1.2em;
    }
  `,
];

/** What a notice or terms item says in full: its document, then its statutory notice. */
export const bodyTemplate = (entry: FormItem, ctx: ViewContext, inline: boolean): TemplateResult =>
  html`${entry.item.document ? documentTemplate(entry.item.document, ctx, inline, entry.id) : nothing}${noticeTemplate(
    entry,
    ctx.t,
    ctx.localize.term.bind(ctx.localize),
  )}`;
