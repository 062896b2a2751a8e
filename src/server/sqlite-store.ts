/**
 * A {@link ConsentStore} in one SQLite file, through node-sqlite3-wasm (WebAssembly: nothing
 * to compile on install). The record is kept as the JSON that was validated; the policy id,
 * version and hash, the subject and the time get their own columns so a host can query them
 * ("which records were made under version X", "what did this user decide").
 *
 * One process per file: node-sqlite3-wasm locks with a `<file>.lock` directory, which a crashed
 * process can leave behind; remove it by hand if the store then reports SQLITE_BUSY.
 */
import { createRequire } from 'node:module';
import type * as Sqlite from 'node-sqlite3-wasm';
import type { ConsentRecord } from '../consent/record.js';
import { storedReceipt, type ClientInfo, type ConsentStore, type StoredConsent } from './store.js';

const SCHEMA = `
  CREATE TABLE IF NOT EXISTS consent_records (
    record_id      TEXT PRIMARY KEY NOT NULL,
    received_at    TEXT NOT NULL,
    policy_id      TEXT NOT NULL,
    policy_version TEXT NOT NULL,
    policy_hash    TEXT NOT NULL,
    subject        TEXT,
    record         TEXT NOT NULL,
    client         TEXT
  );
  CREATE INDEX IF NOT EXISTS consent_records_received ON consent_records (received_at);
  CREATE INDEX IF NOT EXISTS consent_records_policy ON consent_records (policy_id, policy_version);
  CREATE INDEX IF NOT EXISTS consent_records_subject ON consent_records (subject);
`;

// Plain INSERT with DO NOTHING on a conflict: the first entry is never replaced, and
// `changes` tells which of two inserts of one id won.
const INSERT = `
  INSERT INTO consent_records
    (record_id, received_at, policy_id, policy_version, policy_hash, subject, record, client)
  VALUES (:id, :receivedAt, :policyId, :policyVersion, :policyHash, :subject, :record, :client)
  ON CONFLICT (record_id) DO NOTHING
`;

const COLUMNS = 'record_id, received_at, record, client';

type Row = Record<string, Sqlite.SQLiteValue>;

const toEntry = (row: Row): StoredConsent => {
  const recordId = String(row.record_id);
  const receivedAt = String(row.received_at);
  return {
    record: JSON.parse(String(row.record)) as ConsentRecord,
    receipt: storedReceipt(recordId, receivedAt),
    receivedAt,
    ...(row.client === null ? {} : { client: JSON.parse(String(row.client)) as ClientInfo }),
  };
};

// Loaded on first use, so importing the server entry (e.g. for the memory store or a host's
// own store) does not instantiate 1.3 MB of WebAssembly.
const loadSqlite = (): typeof Sqlite => createRequire(import.meta.url)('node-sqlite3-wasm') as typeof Sqlite;

/**
 * Opens (creating if needed) a SQLite file as a consent store. Its directory must exist.
 * Pass `':memory:'` for a throwaway database. Call `close()` when done: the WebAssembly
 * heap is not garbage-collected.
 */
export const createSqliteStore = (file: string): ConsentStore => {
  const db = new (loadSqlite().Database)(file);
  db.exec(SCHEMA);
  return {
    // node-sqlite3-wasm is synchronous and Node runs one statement at a time, so the
    // primary key decides between concurrent inserts of one id.
    async insert({ record, receivedAt, client }) {
      const { changes } = db.run(INSERT, {
        ':id': record.recordId,
        ':receivedAt': receivedAt,
        ':policyId': record.policy.id,
        ':policyVersion': record.policy.version,
        ':policyHash': record.policy.hash,
        ':subject': record.subject ?? null,
        ':record': JSON.stringify(record),
        ':client': client ? JSON.stringify(client) : null,
      });
      return changes === 1 ? 'stored' : 'duplicate';
    },
    async get(recordId) {
      const row = db.get(`SELECT ${COLUMNS} FROM consent_records WHERE record_id = ?`, recordId) as Row | null;
      return row ? toEntry(row) : undefined;
    },
    async list({ limit = -1, offset = 0 } = {}) {
      // LIMIT -1 is SQLite for "no limit"; rowid breaks ties in insertion order.
      const rows = db.all(
        `SELECT ${COLUMNS} FROM consent_records ORDER BY received_at DESC, rowid DESC LIMIT ? OFFSET ?`,
        [limit, offset],
      ) as Row[];
      return rows.map(toEntry);
    },
    async count() {
      const row = db.get('SELECT COUNT(*) AS n FROM consent_records') as Row;
      return Number(row.n);
    },
    async close() {
      if (db.isOpen) db.close();
    },
  };
};
