/**
 * A {@link ConsentStore} in one SQLite file, through node-sqlite3-wasm (WebAssembly: nothing
 * to compile on install). The record is kept as the JSON that was validated; the policy id,
 * version and hash, the subject and the time get their own columns so a host can query them
 * ("which records were made under version X", "what did this user decide"), and the
 * reconfirmation dates of advertising consent are JSON in `reconfirm_due` ("who must be asked
 * again before July": `json_each(reconfirm_due)`). Files made before that column existed get
 * it when opened (`ALTER TABLE … ADD COLUMN`, nullable: their rows read as having no dates).
 *
 * Crashes. A process killed at any point (kill -9 included) loses nothing it acknowledged, and
 * the next start opens the file with no manual step:
 * - The file is in WAL mode with `synchronous = FULL`: an insert returns (and the receiver
 *   answers 201) only after its commit is in the write-ahead log and synced; on the next open
 *   SQLite replays committed transactions from the log and drops a half-written one. Not the
 *   rollback journal: node-sqlite3-wasm answers SQLite's "does another connection hold a
 *   reserved lock?" by checking whether `<file>.lock` exists, which it does because this
 *   connection made it; so SQLite takes every journal for another writer's and never rolls a
 *   hot one back, and a crash mid-commit left half-written pages in the file.
 * - WAL without shared memory (this VFS has none) needs `locking_mode = EXCLUSIVE`: the
 *   connection holds the file from open to close, and SQLite's `<file>.lock` directory with it.
 *   A crash leaves that directory behind; `<file>.owner` tells whether its owner is gone
 *   (see sqlite-owner.ts), and only then is it removed.
 *
 * One process per file: a second process is refused at open ({@link SqliteFileInUseError}),
 * not serialized. Within a process, opening one file twice shares one connection (Node runs one
 * statement at a time; each store's `close()` lets go of its share). While the store is open,
 * do not open the file with other tools. At rest the file is an ordinary WAL-mode database
 * (the sqlite3 command-line tool reads it; node-sqlite3-wasm needs `PRAGMA locking_mode =
 * EXCLUSIVE` first).
 */
import { closeSync, openSync, readSync, realpathSync, statSync, truncateSync, unlinkSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type * as Sqlite from 'node-sqlite3-wasm';
import { requireOptional } from './optional.js';
import type { ConsentRecord } from '../consent/record.js';
import { dueReconfirmations, dueThreshold, koreanDate, statesOf, subjectState } from './consent-state.js';
import { claimSqliteFile } from './sqlite-owner.js';
import { storedReceipt, type ClientInfo, type ConsentStore, type StoredConsent } from './store.js';

export { SqliteFileInUseError } from './sqlite-owner.js';

const SCHEMA = `
  CREATE TABLE IF NOT EXISTS consent_records (
    record_id      TEXT PRIMARY KEY NOT NULL,
    received_at    TEXT NOT NULL,
    policy_id      TEXT NOT NULL,
    policy_version TEXT NOT NULL,
    policy_hash    TEXT NOT NULL,
    subject        TEXT,
    record         TEXT NOT NULL,
    client         TEXT,
    reconfirm_due  TEXT
  );
  CREATE INDEX IF NOT EXISTS consent_records_received ON consent_records (received_at);
  CREATE INDEX IF NOT EXISTS consent_records_policy ON consent_records (policy_id, policy_version);
  CREATE INDEX IF NOT EXISTS consent_records_subject ON consent_records (subject);
`;

// Plain INSERT with DO NOTHING on a conflict: the first entry is never replaced, and
// `changes` tells which of two inserts of one id won.
const INSERT = `
  INSERT INTO consent_records
    (record_id, received_at, policy_id, policy_version, policy_hash, subject, record, client, reconfirm_due)
  VALUES (:id, :receivedAt, :policyId, :policyVersion, :policyHash, :subject, :record, :client, :reconfirmDue)
  ON CONFLICT (record_id) DO NOTHING
`;

const COLUMNS = 'record_id, received_at, record, client, reconfirm_due';

// Members who may be due for reconfirmation: a record of theirs granted advertising before the
// threshold. Their records about advertising are read, in member order, and folded in JS.
const DUE_CANDIDATES = `
  SELECT subject, received_at, record_id, policy_id, policy_version,
    json_extract(record, '$.event') AS event,
    (SELECT json_group_array(json(value)) FROM json_each(record, '$.items')
     WHERE json_extract(value, '$.category') = 'ad-receipt') AS ads
  FROM consent_records
  WHERE subject IN (
    SELECT subject FROM consent_records
    WHERE subject IS NOT NULL AND received_at < :threshold AND EXISTS (
      SELECT 1 FROM json_each(record, '$.items')
      WHERE json_extract(value, '$.category') = 'ad-receipt' AND json_extract(value, '$.granted') = 1))
  AND EXISTS (
    SELECT 1 FROM json_each(record, '$.items') WHERE json_extract(value, '$.category') = 'ad-receipt')
  ORDER BY subject, received_at, rowid
`;

/** Columns added after the first release, with their type: added to older files when opened. */
const ADDED_COLUMNS = [['reconfirm_due', 'TEXT']] as const;

type Row = Record<string, Sqlite.SQLiteValue>;

const toEntry = (row: Row): StoredConsent => {
  const recordId = String(row.record_id);
  const receivedAt = String(row.received_at);
  return {
    record: JSON.parse(String(row.record)) as ConsentRecord,
    receipt: storedReceipt(recordId, receivedAt),
    receivedAt,
    ...(row.reconfirm_due === null
      ? {}
      : { reconfirmDueAt: JSON.parse(String(row.reconfirm_due)) as StoredConsent['reconfirmDueAt'] }),
    ...(row.client === null ? {} : { client: JSON.parse(String(row.client)) as ClientInfo }),
  };
};

/**
 * A row of advertising decisions (DUE_CANDIDATES) as an entry, with only what `subjectState`
 * reads: enough for the due list, never handed out.
 */
const advertisingEntry = (row: Row): StoredConsent =>
  ({
    receivedAt: String(row.received_at),
    record: {
      recordId: String(row.record_id),
      subject: String(row.subject),
      ...(row.event === null ? {} : { event: String(row.event) }),
      policy: { id: String(row.policy_id), version: String(row.policy_version) },
      items: JSON.parse(String(row.ads)) as ConsentRecord['items'],
    },
  }) as unknown as StoredConsent;

// Loaded on first use, so importing the server entry (e.g. for the memory store or a host's
// own store) does not instantiate 1.3 MB of WebAssembly.
const loadSqlite = (): typeof Sqlite =>
  requireOptional<typeof Sqlite>('node-sqlite3-wasm', 'The SQLite store (createSqliteStore)');

/** The first bytes of a rollback journal's header. */
const JOURNAL_MAGIC = Buffer.from('d9d505f920a163d7', 'hex');

/** The first `length` bytes of a file, or undefined if there is no such file. */
const readHead = (path: string, length: number): Buffer | undefined => {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch {
    return undefined;
  }
  try {
    const head = Buffer.alloc(length);
    return head.subarray(0, readSync(fd, head, 0, length, 0));
  } finally {
    closeSync(fd);
  }
};

/**
 * Settles a rollback journal left by a crash: while the file was switched to WAL on its first
 * open here (that switch is journaled), or under the rollback-journal mode of earlier versions.
 * node-sqlite3-wasm cannot replay one (see above), so this decides as SQLite would: a journal
 * without a valid header, or next to an empty file, is not hot and is removed; one whose
 * transaction began on an empty file is rolled back by emptying the file; anything else would
 * need a real rollback, and the store refuses to open rather than use half-written pages.
 */
const settleRollbackJournal = (file: string): void => {
  const journal = `${file}-journal`;
  const header = readHead(journal, 28);
  if (!header) return;
  const hot =
    header.length === 28 &&
    header.subarray(0, 8).equals(JOURNAL_MAGIC) &&
    (statSync(file, { throwIfNoEntry: false })?.size ?? 0) > 0;
  // Header bytes 16–19: the size of the file, in pages, when the interrupted transaction began.
  if (hot && header.readUInt32BE(16) > 0)
    throw new Error(
      `${file}: a crash left ${journal}, which node-sqlite3-wasm cannot roll back. Open the file ` +
        `once with the sqlite3 command-line tool (sqlite3 "${file}" "PRAGMA integrity_check"), which ` +
        'rolls it back, then start again.',
    );
  if (hot) truncateSync(file, 0);
  unlinkSync(journal);
};

/** In-memory and temporary databases: no file to claim, no log to keep. */
const unclaimed = (file: string): boolean => file === ':memory:' || file === '';

/**
 * Brings a file made by an earlier version up to date: each missing column is added, nullable,
 * in its own transaction (SQLite's ALTER TABLE … ADD COLUMN only rewrites the schema, so a
 * crash leaves the file with or without the column, never half of it). Guarded by the table's
 * own column list, so opening a current file changes nothing.
 */
const addMissingColumns = (db: Sqlite.Database): void => {
  const present = new Set((db.all('PRAGMA table_info(consent_records)') as Row[]).map((column) => String(column.name)));
  for (const [name, type] of ADDED_COLUMNS)
    if (!present.has(name)) db.exec(`ALTER TABLE consent_records ADD COLUMN ${name} ${type}`);
};

const openDatabase = (file: string): Sqlite.Database => {
  const db = new (loadSqlite().Database)(file);
  try {
    if (!unclaimed(file)) {
      // Before anything reads the file: WAL needs the exclusive locking mode here (no shm).
      db.exec('PRAGMA locking_mode = EXCLUSIVE');
      const mode = (db.get('PRAGMA journal_mode = WAL') as Row | null)?.journal_mode;
      if (mode !== 'wal') throw new Error(`${file}: could not switch to WAL mode (journal_mode is ${String(mode)})`);
      // Each commit synced before insert() returns: a receipt is only sent for a durable row.
      db.exec('PRAGMA synchronous = FULL');
    }
    db.exec(SCHEMA);
    addMissingColumns(db);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
};

interface SharedConnection {
  readonly db: Sqlite.Database;
  shares: number;
  readonly release: () => void;
}

/**
 * The connections this process has open, by real path. On globalThis, because one process may
 * load this module twice (Vite bundles its config with the demo's copy of it), and a second
 * connection to a file would be refused by the first one's exclusive lock.
 */
const openFiles = (): Map<string, SharedConnection> => {
  const key = Symbol.for('privacy-consent/sqlite-open-files');
  const holder = globalThis as typeof globalThis & { [key]?: Map<string, SharedConnection> };
  return (holder[key] ??= new Map());
};

/** One name per file, whichever relative path or symlinked directory it was given by. */
const realPath = (file: string): string => {
  const absolute = resolve(file);
  try {
    return join(realpathSync(dirname(absolute)), basename(absolute));
  } catch {
    return absolute;
  }
};

/** A share of the process's connection to `file`, opened (and the file claimed) by the first. */
const connect = (file: string): { db: Sqlite.Database; release: () => void } => {
  if (unclaimed(file)) {
    const db = openDatabase(file);
    return { db, release: () => db.close() };
  }
  const path = realPath(file);
  const open = openFiles();
  let shared = open.get(path);
  if (!shared) {
    const releaseFile = claimSqliteFile(path);
    let db: Sqlite.Database;
    try {
      settleRollbackJournal(path);
      db = openDatabase(path);
    } catch (error) {
      releaseFile();
      throw error;
    }
    shared = { db, shares: 0, release: releaseFile };
    open.set(path, shared);
  }
  const connection = shared;
  connection.shares++;
  return {
    db: connection.db,
    release: () => {
      if (--connection.shares > 0) return;
      open.delete(path);
      try {
        // Checkpoints the log into the file, removes it and SQLite's lock directory.
        if (connection.db.isOpen) connection.db.close();
      } finally {
        connection.release();
      }
    },
  };
};

/**
 * Opens (creating if needed) a SQLite file as a consent store. Its directory must exist.
 * Pass `':memory:'` for a throwaway database. Call `close()` when done: the WebAssembly
 * heap is not garbage-collected, and the file stays claimed by this process until then.
 * Throws {@link SqliteFileInUseError} while another live process has the file open.
 */
export const createSqliteStore = (file: string): ConsentStore => {
  const connection = connect(file);
  let closed = false;
  const use = (): Sqlite.Database => {
    if (closed) throw new Error('The SQLite store is closed');
    return connection.db;
  };
  const get = (recordId: string): StoredConsent | undefined => {
    const row = use().get(`SELECT ${COLUMNS} FROM consent_records WHERE record_id = ?`, recordId) as Row | null;
    return row ? toEntry(row) : undefined;
  };
  const history = (subject: string): StoredConsent[] =>
    (
      use().all(
        `SELECT ${COLUMNS} FROM consent_records WHERE subject = ? ORDER BY received_at, rowid`,
        subject,
      ) as Row[]
    ).map(toEntry);
  // node-sqlite3-wasm is synchronous and Node runs one statement at a time, so the
  // primary key decides between concurrent inserts of one id.
  const insert = ({ record, receivedAt, client, reconfirmDueAt }: StoredConsent): 'stored' | 'duplicate' => {
    const { changes } = use().run(INSERT, {
      ':id': record.recordId,
      ':receivedAt': receivedAt,
      ':policyId': record.policy.id,
      ':policyVersion': record.policy.version,
      ':policyHash': record.policy.hash,
      ':subject': record.subject ?? null,
      ':record': JSON.stringify(record),
      ':client': client ? JSON.stringify(client) : null,
      ':reconfirmDue': reconfirmDueAt ? JSON.stringify(reconfirmDueAt) : null,
    });
    return changes === 1 ? 'stored' : 'duplicate';
  };
  return {
    async append(entry) {
      if (insert(entry) === 'stored') return { status: 'stored', entry: structuredClone(entry) };
      return { status: 'duplicate', entry: get(entry.record.recordId)! };
    },
    async insert(entry) {
      return insert(entry);
    },
    async get(recordId) {
      return get(recordId);
    },
    async history(subject) {
      return history(subject);
    },
    async state(subject) {
      return subjectState(subject, history(subject));
    },
    async dueForReconfirmation(asOf = new Date()) {
      const date = koreanDate(asOf);
      const rows = use().all(DUE_CANDIDATES, { ':threshold': dueThreshold(date) }) as Row[];
      return dueReconfirmations(statesOf(rows.map(advertisingEntry)), date);
    },
    async list({ limit = -1, offset = 0 } = {}) {
      // LIMIT -1 is SQLite for "no limit"; rowid breaks ties in insertion order.
      const rows = use().all(
        `SELECT ${COLUMNS} FROM consent_records ORDER BY received_at DESC, rowid DESC LIMIT ? OFFSET ?`,
        [limit, offset],
      ) as Row[];
      return rows.map(toEntry);
    },
    async count() {
      const row = use().get('SELECT COUNT(*) AS n FROM consent_records') as Row;
      return Number(row.n);
    },
    async close() {
      if (closed) return;
      closed = true;
      connection.release();
    },
  };
};
