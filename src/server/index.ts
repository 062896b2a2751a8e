// Node-only entry: its types (IncomingMessage, Buffer) come from @types/node, also for hosts.
/// <reference types="node" preserve="true" />
/**
 * privacy-consent/server: the reference receiver of consent records, for Node. It checks a
 * posted record against the policy versions the host published and appends it, once per
 * recordId, to a store: PostgreSQL, SQLite or memory here, or the host's own
 * {@link ConsentStore}; and it answers a member's state and history to requests the host
 * authorizes.
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
  type CorsOptions,
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
export {
  storedReceipt,
  type AppendResult,
  type ClientInfo,
  type ConsentStore,
  type ListOptions,
  type StoredConsent,
} from './store.js';
export {
  dueReconfirmations,
  koreanDate,
  subjectState,
  type ChannelState,
  type DecisionState,
  type DueReconfirmation,
  type ItemState,
  type SubjectState,
} from './consent-state.js';
export { createMemoryStore } from './memory-store.js';
export { createSqliteStore, SqliteFileInUseError } from './sqlite-store.js';
export {
  createPostgresStore,
  type PostgresClient,
  type PostgresPool,
  type PostgresResult,
  type PostgresStoreOptions,
} from './postgres-store.js';
export { formatDueTable, listDue, openStore, type DueOptions } from './due.js';
export {
  CONSENT_EVENTS,
  RECORD_SCHEMA,
  type ChannelDecision,
  type ConsentEvent,
  type ConsentReceipt,
  type ConsentRecord,
  type GuardianConsent,
  type GuardianMethod,
  type ItemDecision,
} from '../consent/record.js';
export { reconfirmDate, reconfirmDue, type ReconfirmDue } from '../consent/reconfirm.js';
