// Node-only entry: its types (IncomingMessage, Buffer) come from @types/node, also for hosts.
/// <reference types="node" preserve="true" />
/**
 * privacy-consent/server: the reference receiver of consent records, for Node. It checks a
 * posted record against the policy versions the host published and appends it, once per
 * recordId, to a store: SQLite or memory here, or the host's own {@link ConsentStore}.
 *
 * ```js
 * import { createServer } from 'node:http';
 * import { createConsentReceiver, createSqliteStore, loadPolicyFiles } from 'privacy-consent/server';
 *
 * const receiver = createConsentReceiver({
 *   policies: await loadPolicyFiles(['policies/example.json']),
 *   store: createSqliteStore('consents.db'),
 * });
 * createServer(receiver).listen(8080);
 * ```
 */
export {
  connectionClientInfo,
  createConsentReceiver,
  type ConsentReceiver,
  type ConsentReceiverOptions,
} from './receiver.js';
export { ReceiverError, type ReceiverErrorBody, type ReceiverErrorCode } from './errors.js';
export {
  knownPolicy,
  loadPolicyFiles,
  policyLookup,
  type KnownPolicy,
  type PolicyLookup,
  type PolicySource,
} from './known-policies.js';
export { checkRecordAgainstPolicy } from './policy-checks.js';
export { parseRecord, type RecordParseResult } from './record-schema.js';
export { storedReceipt, type ClientInfo, type ConsentStore, type ListOptions, type StoredConsent } from './store.js';
export { createMemoryStore } from './memory-store.js';
export { createSqliteStore, SqliteFileInUseError } from './sqlite-store.js';
export {
  RECORD_SCHEMA,
  type ChannelDecision,
  type ConsentReceipt,
  type ConsentRecord,
  type ItemDecision,
} from '../consent/record.js';
export { reconfirmDate, reconfirmDue, type ReconfirmDue } from '../consent/reconfirm.js';
