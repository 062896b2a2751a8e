/**
 * What the signup form says once the person acts: after a submit attempt with required items
 * unticked, the list of them (each also says so under its box); the validation message; the
 * night-time option coming or going. With their styles and Korean strings; part of the form's
 * view, loaded with the policy checker (see signup-view.ts).
 */
import { css, html, nothing } from 'lit';
import koMessages from '../../i18n/ko/consent-messages.js';
import { addKorean } from './consent-localize.js';
import type { FormView } from './form-view.js';

addKorean(koMessages);

/** Adopted by the element once loaded (see adopt-styles.ts); the account modes use them too. */
export const messageStyles = css`
  .error {
    margin: calc(var(--_space) / 2) 0 0;
    color: var(--_danger);
    font-size: var(--_notice-size);
    font-weight: 600;
  }
  .check ~ .error {
    margin-inline-start: calc(var(--_box) + var(--_space));
  }
  .missing ul {
    margin: calc(var(--_space) / 2) 0 0;
    padding-inline-start: 1.2em;
  }
  .missing p {
    margin: 0;
    font-weight: 700;
  }
`;

/** The required rows left unticked, listed after a submit attempt and announced. */
export const missingSummary = (view: FormView) => {
  const { model, ctx } = view;
  const missing = [...ctx.missing];
  if (!missing.length) return nothing;
  const required = ctx.localize.term('required');
  return html`<div class="alert missing" part="error" role="alert">
    <p>${ctx.localize.term('missingSummary', missing.length)}</p>
    <ul>
      ${missing.map((id) => {
        const entry = model.items.find((candidate) => candidate.id === id);
        return html`<li>
          ${entry ? html`[${required}] <span lang=${ctx.t.langOf(entry.item.title)}>${ctx.t(entry.item.title)}</span>` : ctx.localize.term('ageConfirm', model.age?.minimumAge ?? 14)}
        </li>`;
      })}
    </ul>
  </div>`;
};
