/**
 * The columns of every typed table, in the words of the law where it has them: provision as
 * PIPA 17(2) puts it, overseas transfer as 28-8(2) does (never as provision). The tables few
 * policies have are in rare-columns.ts.
 */
import { html, nothing } from 'lit';
import type { CatalogKey } from '../../i18n/index.js';
import type {
  BrowserRefusal,
  CollectionRow,
  CookieCategory,
  EntrustmentRow,
  OverseasRoute,
  OverseasRow,
  RemedyBody,
  EntrusteeContact,
  RetentionBasisType,
  RetentionRow,
  ThirdPartyRow,
} from '../../policy/types.js';
import { inLang, nameLinks, richText, textList } from '../shared/render-text.js';
import { contactText, link, phone, text, type BlockContext, type Column } from './card-table.js';

const BASIS_TERMS: Record<RetentionBasisType, CatalogKey> = {
  law: 'basisLabelLaw',
  policy: 'basisLabelPolicy',
  consent: 'basisLabelConsent',
  contract: 'basisLabelContract',
};

const ROUTE_TERMS: Record<OverseasRoute, CatalogKey> = {
  consent: 'routeConsent',
  law: 'routeLaw',
  contract: 'routeContract',
  certification: 'routeCertification',
  adequacy: 'routeAdequacy',
};

export const note = ['note', 'colNote', 'r'] as const;

export const COLLECTION: readonly Column<CollectionRow>[] = [
  ['label', '', 't'],
  ['service', 'colService', 't'],
  ['stage', 'colStage', 't'],
  ['purposes', 'colPurpose', 'l'],
  ['required', 'colRequired', 'i'],
  ['optional', 'colOptional', 'i'],
  ['items', 'colItems', 'i'],
  ['retention', 'colRetention', 'r'],
  ['basis', 'colLegalBasis', 'r'],
  ['file', 'colFile', 't'],
  note,
];

export const RETENTION: readonly Column<RetentionRow>[] = [
  ['label', '', 't'],
  ['record', 'colRecord', 't'],
  [
    'basis',
    'colBasis',
    (row, { t, term }) =>
      row.basis || row.basisType
        ? html`${text(row.basis, t)}
          ${row.basisType ? html`<span class="basis-type">(${term(BASIS_TERMS[row.basisType])})</span>` : nothing}`
        : undefined,
  ],
  ['period', 'colPeriod', 't'],
  note,
];

/** Third-party provision, in the words of PIPA 17(2). */
export const THIRD_PARTY: readonly Column<ThirdPartyRow>[] = [
  ['recipient', 'colRecipient', (row, { t }) => html`${inLang(row.recipient, t)}${nameLinks(row.links, t)}`],
  ['purpose', 'colProvPurpose', 'l'],
  ['items', 'colProvItems', 'i'],
  ['retention', 'colProvRetention', 't'],
  note,
];

/** An entrustee's address, phone and hours, as a public body lists them, one per line. */
const reachable = (contact: EntrusteeContact, { t, term }: BlockContext): unknown =>
  contact.address || contact.phone || contact.hours
    ? html`<span class="reach"
        >${contact.address ? [' ', html`<span>${inLang(contact.address, t)}</span>`] : nothing}${
          contact.phone ? [' ', html`<span>${term('colPhone')} ${phone(contact.phone, t)}</span>`] : nothing
        }${contact.hours ? [' ', html`<span>${term('colHours')} ${inLang(contact.hours, t)}</span>`] : nothing}</span
      >`
    : nothing;

export const ENTRUSTMENT: readonly Column<EntrustmentRow>[] = [
  ['entrustee', 'colEntrustee', (row, { t }) => html`${inLang(row.entrustee, t)}${nameLinks(row.links, t)}`],
  ['task', 'colTask', 'l'],
  [
    'reentrustees',
    'colReentrustee',
    (row, ctx) =>
      row.reentrustees?.length
        ? html`<ul>
            ${row.reentrustees.map(
              (re) =>
                html`<li>
                  ${inLang(re.entrustee, ctx.t)}${nameLinks(re.links, ctx.t)}${re.task ? html`: ${textList(re.task, ctx.t)}` : nothing}
                  ${reachable(re, ctx)}
                </li>`,
            )}
          </ul>`
        : undefined,
  ],
  ['retention', 'colRetention', 't'],
  ['address', 'colAddress', 't'],
  ['phone', 'colPhone', (row, { t }) => phone(row.phone, t)],
  ['hours', 'colHours', 't'],
  note,
];

/** Overseas transfer, in the words of PIPA 28-8(2); the 28-8(1) route under the basis as printed. */
export const OVERSEAS: readonly Column<OverseasRow & { readonly entrusted?: boolean }>[] = [
  [
    'recipient',
    'colXferRecipient',
    (row, { t, term }) =>
      html`${inLang(row.recipient, t)}${nameLinks(row.links, t)}${
        row.entrusted ? [' ', html`<span class="route">${term('entrustedAbroad')}</span>`] : nothing
      }`,
  ],
  ['contact', 'colXferContact', (row, { t }) => contactText(row.contact, t)],
  ['country', 'colCountry', 't'],
  ['items', 'colXferItems', 'i'],
  ['transfer', 'colTransfer', 't'],
  ['purpose', 'colXferPurpose', 'l'],
  ['retention', 'colXferRetention', 't'],
  ['refusal', 'colXferRefusal', 't'],
  [
    'basis',
    'colXferBasis',
    (row, { t, term }) =>
      row.basis || row.route
        ? html`${text(row.basis, t)}
          ${row.route ? html`<span class="route">${term(ROUTE_TERMS[row.route])}</span>` : nothing}`
        : undefined,
  ],
  note,
];

export const REMEDIES: readonly Column<RemedyBody>[] = [
  [
    'name',
    'colBody',
    (body, { t }) =>
      html`${body.label ? [inLang(body.label, t), ' '] : nothing}${inLang(body.name, t)}${body.operator ? ` (${inLang(body.operator, t)})` : nothing}`,
  ],
  ['duties', 'colDuties', 't'],
  ['url', 'colWebsite', (body, { t }) => link(body.url, body.url?.replace(/^https?:\/\//, ''), t)],
  ['phone', 'colPhone', (body, { t }) => phone(body.phone, t)],
  ['address', 'colAddress', 't'],
  note,
];

/** Cookie refusal per browser: the lead-in (`설정방법의 예`) before the steps it introduces. */
export const COOKIE_REFUSAL: readonly Column<BrowserRefusal>[] = [
  ['browser', 'colBrowser', 't'],
  [
    'steps',
    'colHow',
    (row, { t }) =>
      html`${row.note ? html`<p class="lead-in">${richText(row.note, t)}</p>` : nothing}${textList(row.steps, t)}`,
  ],
  ['url', 'colWebsite', (row, { t }) => link(row.url, row.url, t)],
];

export const COOKIE_CATEGORIES: readonly Column<CookieCategory>[] = [
  [
    'title',
    'colCategory',
    (row, { t, term }) => html`${inLang(row.title, t)}${row.kind === 'necessary' ? ` (${term('alwaysOn')})` : nothing}`,
  ],
  ['description', 'colDescription', 't'],
  ['purposes', 'colPurpose', 'l'],
];
