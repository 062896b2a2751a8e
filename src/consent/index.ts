/**
 * The consent record and its delivery: no Lit, no DOM-only code (runs in Node too).
 */
export * from './record.js';
export { buildRecord, documentHashes, type RecordInput } from './build-record.js';
export {
  consentForm,
  emptyDecisions,
  missingRequired,
  LAW_EMPHASIS,
  type ConsentForm,
  type Decisions,
  type FormItem,
  type ItemState,
  type NoticeRow,
} from './form-model.js';
export { agreeAllState, isPartial, setAll, setChannel, setItem, setNight } from './decisions.js';
export { toKantaraReceipt, type KantaraReceipt, type ServerFacts } from './kantara.js';
export { reconfirmDate, reconfirmDue, type ReconfirmDue } from './reconfirm.js';
export * from './outbox.js';
