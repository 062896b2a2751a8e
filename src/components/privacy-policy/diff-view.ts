/**
 * What changed between two versions, inline: sections and table rows added, removed and
 * changed, each marked with [추가]/[삭제]/[변경] as text (colour only repeats it), and the
 * counts announced to screen readers. Loaded only when a reader asks for it.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { CatalogKey } from '../../i18n/index.js';
import { diffPolicies, type ChangeStatus } from '../../policy/diff.js';
import type { PrivacyPolicy } from '../../policy/types.js';
import type { LocalizeController } from '../shared/localize-controller.js';
import type { Resolve } from '../shared/render-text.js';

const STATUS: Record<Exclude<ChangeStatus, 'unchanged'>, CatalogKey> = {
  added: 'statusAdded',
  removed: 'statusRemoved',
  changed: 'statusChanged',
};

/** Column names for the fields of changed rows. */
const FIELDS: Record<string, CatalogKey> = {
  purpose: 'colPurpose',
  purposes: 'colPurpose',
  items: 'colItems',
  required: 'colRequired',
  optional: 'colOptional',
  retention: 'colRetention',
  period: 'colPeriod',
  record: 'colRecord',
  basis: 'colBasis',
  recipient: 'colRecipient',
  entrustee: 'colEntrustee',
  task: 'colTask',
  reentrustees: 'colReentrustee',
  country: 'colCountry',
  transfer: 'colTransfer',
  contact: 'colContact',
  refusal: 'colRefusal',
  note: 'colNote',
  phone: 'colPhone',
  url: 'colWebsite',
  address: 'colAddress',
};

const HIDDEN_FIELDS = new Set(['previousVersions', 'upcoming', 'source', 'extensions']);

export const diffView = (
  older: PrivacyPolicy,
  newer: PrivacyPolicy,
  t: Resolve,
  localize: LocalizeController,
  onClose: () => void,
): TemplateResult => {
  const term = localize.term.bind(localize);
  const diff = diffPolicies(older, newer);
  const name = (policy: PrivacyPolicy) => (policy.effectiveOn ? localize.date(policy.effectiveOn) : policy.version);
  const tag = (status: ChangeStatus) =>
    status === 'unchanged' ? nothing : html`<span class="status">${term(STATUS[status])}</span> `;
  const sections = diff.sections.filter((section) => section.status !== 'unchanged');
  // Version bookkeeping changes every time; readers care about content.
  const meta = diff.meta.filter((change) => !HIDDEN_FIELDS.has(change.field));
  const { added, removed, changed } = diff.counts;
  return html`<section class="changes" part="changes" aria-labelledby="changes-title">
    <h3 id="changes-title">${term('changesTitle', name(older), name(newer))}</h3>
    <p role="status">${term('changesSummary', added, removed, changed)}</p>
    ${
      sections.length || meta.length
        ? html`<ul>
            ${meta.map((change) => html`<li data-status="changed">${tag('changed')}<span class="what">${change.field}</span></li>`)}
            ${sections.map((section) => {
              const rows = section.blocks.flatMap((block) =>
                (block.rows ?? []).filter((row) => row.status !== 'unchanged'),
              );
              return html`<li data-status=${section.status} data-section=${section.id}>
                ${tag(section.status)}<span class="what">${t(section.title)}</span>
                ${
                  section.status === 'changed' && rows.length
                    ? html`<ul>
                        ${rows.map(
                          (row) =>
                            html`<li data-status=${row.status}>
                              ${tag(row.status)}<span class="what">${row.key}</span>${
                                row.fields?.length
                                  ? html` (${row.fields.map((field) => (FIELDS[field] ? term(FIELDS[field]) : field)).join(', ')})`
                                  : nothing
                              }
                            </li>`,
                        )}
                      </ul>`
                    : nothing
                }
              </li>`;
            })}
          </ul>`
        : html`<p>${term('noChanges')}</p>`
    }
    <button type="button" class="link-button" @click=${onClose}>${term('hideChanges')}</button>
  </section>`;
};
