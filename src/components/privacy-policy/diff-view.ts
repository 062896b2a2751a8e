/**
 * What changed between two versions, inline: top-level fields, consent items, sections and
 * table rows added, removed and changed, each marked with [추가]/[삭제]/[변경] as text (colour
 * only repeats it) and every changed field named as the reader sees it (a column heading, or
 * its name in the catalog), and the counts announced to screen readers. Loaded only when a
 * reader asks for it.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import type { CatalogKey } from '../../i18n/index.js';
import { diffPolicies, type ChangeStatus, type RowChange } from '../../policy/diff.js';
import type { BlockType, ConsentItem, PrivacyPolicy, TableBlock } from '../../policy/types.js';
import type { LocalizeController } from '../shared/localize-controller.js';
import { inLang, tagged, type Resolve } from '../shared/render-text.js';
import { BLOCK_NAMES, columnHeading } from './column-headings.js';
import koFields from '../../i18n/ko/policy-fields.js';
import { useFieldNames } from '../../i18n/ko/policy-rare.js';
import { registerRareStrings } from './rare-strings.js';

// The Korean field names ship with this view, not with the element.
useFieldNames(koFields);
registerRareStrings();

const STATUS: Record<Exclude<ChangeStatus, 'unchanged'>, CatalogKey> = {
  added: 'statusAdded',
  removed: 'statusRemoved',
  changed: 'statusChanged',
};

const HIDDEN_FIELDS = new Set(['previousVersions', 'upcoming', 'source', 'extensions']);

// The fields holding a block's rows: their changes are listed row by row instead.
const ROW_FIELDS = new Set([
  'rows',
  'groups',
  'entries',
  'decisions',
  'tools',
  'bodies',
  'browsers',
  'categories',
  'purposes',
  'items',
]);

// A consent item for provision or transfer names its fields as the table of that kind does;
// an overseas item's fields that a transfer row calls otherwise, by the row's name.
const CONSENT_TABLES: Partial<Record<ConsentItem['category'], BlockType>> = {
  'third-party': 'third-party',
  overseas: 'overseas',
};
const OVERSEAS_FIELDS: Readonly<Record<string, string>> = {
  basis: 'route',
  basisText: 'basis',
  recipientContact: 'contact',
};

/** A changed field's name: UI words, or policy text with its language. */
type Field = string | { readonly text: string; readonly lang: string };

/** The list of changes' styles, adopted when it first loads (not by colour alone: [추가]/[삭제] as text). */
export const styles = css`
  .changes .status {
    font-weight: 700;
  }
  .changes [data-status='removed'] .what {
    text-decoration: line-through;
  }
  .changes [data-status='added'] .status {
    color: var(--_brand);
  }
  .changes [data-status='removed'] .status {
    color: var(--_danger);
  }
`;

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
  /** A field as the reader sees it: its column heading in a table of `type`, else its name in `scope`. */
  const fieldName = (field: string, scope: string, type?: BlockType): string => {
    const heading = type && columnHeading(type, field);
    return heading ? term(heading) : term('fieldName', scope ? `${scope}.${field}` : field);
  };
  // Two fields may read the same (a basis as printed and its kind): each name once. A field a
  // generic table's header names is policy text, in the language it resolved to.
  const entry = (status: ChangeStatus, what: unknown, fields: readonly Field[] = [], nested: unknown = nothing) => {
    const names = [...new Map(fields.map((field) => [typeof field === 'string' ? field : field.text, field])).values()];
    return html`<li data-status=${status}>
      <span class="status">${term(STATUS[status as keyof typeof STATUS])}</span>
      <span class="what">${what}</span>${
        names.length
          ? [
              ' (',
              names.map((field, index) => [
                index ? ', ' : '',
                typeof field === 'string' ? field : tagged(field.text, field.lang, t),
              ]),
              ')',
            ]
          : nothing
      }
      ${nested}
    </li>`;
  };
  const list = (entries: readonly unknown[]) =>
    entries.length
      ? html`<ul>
          ${entries}
        </ul>`
      : nothing;
  // Rows are known by their text in the newer version's language (diffPolicies).
  const rowEntries = (rows: readonly RowChange[], names: (row: RowChange, field: string) => Field) =>
    rows
      .filter((row) => row.status !== 'unchanged')
      .map((row) =>
        entry(
          row.status,
          tagged(row.key, newer.lang, t),
          (row.fields ?? []).map((field) => names(row, field)),
        ),
      );
  const consentField = (row: RowChange, field: string) => {
    const category = ((row.after ?? row.before) as ConsentItem).category;
    const rowField = category === 'overseas' && Object.hasOwn(OVERSEAS_FIELDS, field) ? OVERSEAS_FIELDS[field]! : field;
    return fieldName(rowField, category, CONSENT_TABLES[category]);
  };

  const meta = diff.meta
    // Version bookkeeping changes every time; readers care about content.
    .filter((change) => !HIDDEN_FIELDS.has(change.field))
    .map((change) =>
      entry(
        'changed',
        term('fieldName', change.field),
        (change.fields ?? []).map((field) => fieldName(field, change.field)),
        change.rows ? list(rowEntries(change.rows, consentField)) : nothing,
      ),
    );
  const sections = diff.sections
    .filter((section) => section.status !== 'unchanged')
    .map((section) => {
      const changes =
        section.status === 'changed'
          ? section.blocks.flatMap((block) => {
              // A generic table's rows differ by column index: named by the header, else numbered.
              const header = block.type === 'table' ? ((block.after ?? block.before) as TableBlock).header : undefined;
              const rowField = (_: RowChange, field: string) => {
                const column = /^\d+$/.test(field) ? Number(field) : undefined;
                if (column === undefined) return fieldName(field, '', block.type);
                const heading = header?.[column];
                return heading ? { text: t(heading), lang: t.langOf(heading) } : `#${column + 1}`;
              };
              const own = (block.fields ?? []).filter((field) => !ROW_FIELDS.has(field));
              const blockName = BLOCK_NAMES[block.type];
              // A block with a caption of its own (국내대리인, 전송요구…) is named, with its changed fields.
              const named =
                blockName && block.status !== 'unchanged' && (block.status !== 'changed' || own.length)
                  ? [
                      entry(
                        block.status,
                        term(blockName),
                        own.map((field) => fieldName(field, '', block.type)),
                      ),
                    ]
                  : [];
              return [...named, ...rowEntries(block.rows ?? [], rowField)];
            })
          : [];
      return html`<li data-status=${section.status} data-section=${section.id}>
        <span class="status">${term(STATUS[section.status as keyof typeof STATUS])}</span>
        <span class="what">${inLang(section.title, t)}</span> ${list(changes)}
      </li>`;
    });
  const { added, removed, changed } = diff.counts;
  return html`<section class="changes" part="changes" aria-labelledby="changes-title">
    <h3 id="changes-title">${term('changesTitle', name(older), name(newer))}</h3>
    <p role="status">${term('changesSummary', added, removed, changed)}</p>
    ${meta.length || sections.length ? list([...meta, ...sections]) : html`<p>${term('noChanges')}</p>`}
    <button type="button" class="link-button" @click=${onClose}>${term('hideChanges')}</button>
  </section>`;
};
