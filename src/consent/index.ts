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
export {
  latestDecision,
  readSubjectState,
  subjectState,
  withRecord,
  type ChannelState,
  type DatedRecord,
  type DecisionState,
  type SubjectItemState,
  type SubjectState,
} from './member-state.js';
export {
  changeEvent,
  memberDecisions,
  olderVersions,
  reconfirmDecision,
  reconfirmItems,
  reconsentDecisions,
  reconsentItems,
  stateDecision,
  type ReconfirmChannel,
  type ReconfirmItem,
  type ReconsentItem,
  type ReconsentReason,
} from './member.js';
export * from './outbox.js';
