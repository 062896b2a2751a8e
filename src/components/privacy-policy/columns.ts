/**
 * The columns of every typed table, in the words of the law where it has them: provision as
 * PIPA 17(2) puts it, overseas transfer as 28-8(2) does (never as provision), and the blocks of
 * the 2025 model.
 */
import { html, nothing } from 'lit';
import type { CatalogKey } from '../../i18n/index.js';
import type {
  AutomatedDecision,
  BehaviouralAdsBlock,
  BlockType,
  BrowserRefusal,
  ChangeLogEntry,
  CollectionRow,
  CollectionTool,
  CookieCategory,
  DomesticAgentBlock,
  EntrustmentRow,
  OverseasCollectionRow,
  OverseasRoute,
  OverseasRow,
  RemedyBody,
  EntrusteeContact,
  RetentionBasisType,
  RetentionRow,
  ThirdPartyRow,
  TransmissionBlock,
} from '../../policy/types.js';
import { inLang, nameLinks, richText, textList } from '../shared/render-text.js';
import { contactText, email, link, phone, text, type BlockContext, type Column } from './card-table.js';

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

const note = ['note', 'colNote', 'r'] as const;

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

/** 국내대리인 (PIPA 31-2(3)): name, representative, address, phone and e-mail, as one row. */
export const DOMESTIC_AGENT: readonly Column<DomesticAgentBlock>[] = [
  ['name', 'colAgentName', 't'],
  ['representative', 'colRepresentative', 't'],
  ['address', 'colAddress', 't'],
  ['phone', 'colPhoneNumber', (agent, { t }) => phone(agent.phone, t)],
  ['email', 'colEmail', (agent) => email(agent.email)],
  note,
];

/** Automated decisions (PIPA 37-2): what is decided, criteria, procedure, how to refuse or ask why. */
export const AUTOMATED: readonly Column<AutomatedDecision>[] = [
  ['decision', 'colDecision', 't'],
  ['criteria', 'colCriteria', 'r'],
  ['procedure', 'colProcedure', 'r'],
  ['rights', 'colObjection', 'r'],
  note,
];

/** Transmission requests (PIPA 35-2): how to ask, how it is confirmed, what may be asked, as one row. */
export const TRANSMISSION: readonly Column<TransmissionBlock>[] = [
  ['method', 'colHow', 'r'],
  ['confirmation', 'colConfirmation', 'r'],
  ['scope', 'colScope', 'r'],
  note,
];

/** Collection directly from abroad (Decree 31(1)4): the country it is processed in. */
export const OVERSEAS_COLLECTION: readonly Column<OverseasCollectionRow>[] = [
  ['country', 'colCollectionCountry', 't'],
  ['items', 'colItems', 'i'],
  ['purpose', 'colPurpose', 'l'],
  note,
];

/** Behavioural advertising (2017 guideline items), as one row; its collection tools in their own table. */
export const ADS: readonly Column<BehaviouralAdsBlock>[] = [
  ['data', 'colAdsData', 'i'],
  ['method', 'colCollectionMethod', 'r'],
  ['purpose', 'colPurpose', 'l'],
  ['retention', 'colAdsRetention', 't'],
  ['refusal', 'colOptOut', 'r'],
  note,
];

export const TOOLS: readonly Column<CollectionTool>[] = [
  ['tool', 'colTool', 't'],
  ['company', 'colCompany', 't'],
  ['type', 'colToolType', 't'],
  ['items', 'colItems', 'i'],
];

/** The change log (개정 이력): date, version, reason, and where that version is published. */
export const CHANGE_LOG: readonly Column<ChangeLogEntry>[] = [
  ['label', '', 't'],
  ['date', 'colDate', (entry, { date }) => (entry.date ? date(entry.date) : undefined)],
  ['version', 'colVersion', 't'],
  ['reason', 'colReason', 'r'],
  ['url', 'colWebsite', (entry, { t, term }) => link(entry.url, term('viewVersion'), t)],
];

/** Every typed table's columns by block type (a behavioural-ads block's own and its tools'). */
const COLUMNS: Partial<Record<BlockType, readonly Column<never>[]>> = {
  collection: COLLECTION,
  retention: RETENTION,
  'third-party': THIRD_PARTY,
  entrustment: ENTRUSTMENT,
  overseas: OVERSEAS,
  remedies: REMEDIES,
  'cookie-refusal': COOKIE_REFUSAL,
  'cookie-categories': COOKIE_CATEGORIES,
  'domestic-agent': DOMESTIC_AGENT,
  'automated-decisions': AUTOMATED,
  transmission: TRANSMISSION,
  'overseas-collection': OVERSEAS_COLLECTION,
  'behavioural-ads': [...ADS, ...TOOLS],
  'change-log': CHANGE_LOG,
};

/** The heading a typed table gives a field of its rows, e.g. `제공받는 자의 보유·이용 기간`. */
export const columnHeading = (type: BlockType, field: string): CatalogKey | undefined =>
  COLUMNS[type]?.find(([name]) => name === field)?.[1] || undefined;

/** The caption of the blocks that are one record or need one to be told apart in a section. */
export const BLOCK_NAMES: Partial<Record<BlockType, CatalogKey>> = {
  'domestic-agent': 'labelAgent',
  'automated-decisions': 'labelAutomated',
  transmission: 'labelTransmission',
  'overseas-collection': 'labelOverseasCollection',
  'behavioural-ads': 'labelAds',
};
