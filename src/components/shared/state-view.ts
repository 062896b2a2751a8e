/**
 * What an element shows before its policy is ready: loading (a status), a load error with a
 * retry button, or an invalid policy with its first problems and their JSON paths (alerts).
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { LocalizeController } from './localize-controller.js';
import type { PolicyController } from './policy-controller.js';

/** The view for the current state, or undefined once the policy is ready. */
export const policyStateView = (source: PolicyController, localize: LocalizeController): TemplateResult | undefined => {
  const { state } = source;
  const term = localize.term.bind(localize);
  if (state.status === 'idle' || state.status === 'loading')
    return html`<p class="status" part="status" role="status" aria-busy="true">${term('loading')}</p>`;
  if (state.status === 'error')
    return html`<div class="alert" part="error" role="alert">
      <p>${term('loadError')}</p>
      <button type="button" class="retry" @click=${() => void source.load()}>${term('retry')}</button>
    </div>`;
  if (state.status === 'invalid')
    return html`<div class="alert" part="error" role="alert">
      <p>${term('invalidPolicy')}</p>
      <p>${term('invalidPolicyDetail', state.error.issues.length || 1)}</p>
      ${
        source.described.length
          ? html`<ul>
              ${source.described
                .slice(0, 10)
                .map(
                  (found) =>
                    html`<li>
                      <code>${found.path}</code> ${found.message[localize.catalogLang === 'en' ? 'en' : 'ko']}
                    </li>`,
                )}
            </ul>`
          : nothing
      }
    </div>`;
  return undefined;
};
