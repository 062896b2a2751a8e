/**
 * The columns of the typed tables few policies have (the blocks of the 2025 model and the change
 * log): they ship with the views that render them (rare-tables.ts, change-log-view.ts).
 */
import type {
  AutomatedDecision,
  BehaviouralAdsBlock,
  ChangeLogEntry,
  CollectionTool,
  DomesticAgentBlock,
  OverseasCollectionRow,
  TransmissionBlock,
} from '../../policy/types.js';
import { email, link, phone, type Column } from './card-table.js';
import { note } from './columns.js';
import { registerRareStrings } from './rare-strings.js';

registerRareStrings();

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
