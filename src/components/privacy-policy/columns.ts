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
  CollectionRow,
  CollectionTool,
  CookieCategory,
  DomesticAgentBlock,
  EntrustmentRow,
  OverseasCollectionRow,
  OverseasRoute,
  OverseasRow,
  RemedyBody,
  RetentionBasisType,
  RetentionRow,
  ThirdPartyRow,
  TransmissionBlock,
} from '../../policy/types.js';
import { richText, textList } from '../shared/render-text.js';
import { email, link, phone, text, type Column } from './card-table.js';

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
  ['recipient', 'colRecipient', 't'],
  ['purpose', 'colProvPurpose', 'l'],
  ['items', 'colProvItems', 'i'],
  ['retention', 'colProvRetention', 't'],
  note,
];

export const ENTRUSTMENT: readonly Column<EntrustmentRow>[] = [
  ['entrustee', 'colEntrustee', 't'],
  ['task', 'colTask', 'l'],
  [
    'reentrustees',
    'colReentrustee',
    (row, { t }) =>
      row.reentrustees?.length
        ? html`<ul>
            ${row.reentrustees.map((re) => html`<li>${t(re.entrustee)}${re.task ? html`: ${textList(re.task, t)}` : nothing}</li>`)}
          </ul>`
        : undefined,
  ],
  ['retention', 'colRetention', 't'],
  note,
];

/** Overseas transfer, in the words of PIPA 28-8(2); the 28-8(1) route under the basis as printed. */
export const OVERSEAS: readonly Column<OverseasRow>[] = [
  ['recipient', 'colXferRecipient', 't'],
  ['contact', 'colXferContact', 't'],
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
      html`${body.label ? `${body.label} ` : nothing}${t(body.name)}${body.operator ? ` (${t(body.operator)})` : nothing}`,
  ],
  ['duties', 'colDuties', 't'],
  ['url', 'colWebsite', (body) => link(body.url, body.url?.replace(/^https?:\/\//, ''))],
  ['phone', 'colPhone', (body) => phone(body.phone)],
  ['address', 'colAddress', 't'],
  note,
];

export const COOKIE_REFUSAL: readonly Column<BrowserRefusal>[] = [
  ['browser', 'colBrowser', 't'],
  [
    'steps',
    'colHow',
    (row, { t }) =>
      html`${textList(row.steps, t)}${row.note ? html`<p class="note">${richText(row.note, t)}</p>` : nothing}`,
  ],
  ['url', 'colWebsite', (row) => link(row.url)],
];

export const COOKIE_CATEGORIES: readonly Column<CookieCategory>[] = [
  [
    'title',
    'colCategory',
    (row, { t, term }) => html`${t(row.title)}${row.kind === 'necessary' ? ` (${term('alwaysOn')})` : nothing}`,
  ],
  ['description', 'colDescription', 't'],
  ['purposes', 'colPurpose', 'l'],
];

/** 국내대리인 (PIPA 31-2(3)): name, representative, address, phone and e-mail, as one row. */
export const DOMESTIC_AGENT: readonly Column<DomesticAgentBlock>[] = [
  ['name', 'colAgentName', 't'],
  ['representative', 'colRepresentative', 't'],
  ['address', 'colAddress', 't'],
  ['phone', 'colPhoneNumber', (agent) => phone(agent.phone)],
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
