/**
 * A {@link ConsentStore} in PostgreSQL, through `pg` (node-postgres, an optional peer
 * dependency: `npm i pg`). This is the store for production and for more than one machine:
 * receivers keep nothing in memory, so any number of them, in any number of processes behind
 * any load balancer, can append to one database (or a PostgreSQL-compatible distributed one).
 *
 * - One table, `consent_records`, append-only: rows are inserted, never updated or deleted.
 *   `record_id` is unique; an append is `INSERT … ON CONFLICT (record_id) DO NOTHING`, and a
 *   conflict reads the row that won, so of concurrent appends of one id in any number of
 *   processes exactly one stores and every one answers with the first entry.
 * - The record is kept as the JSON that was validated (`json`, text as given); the policy id,
 *   version and hash, the subject, the event, the time and whether the record decides or grants
 *   advertising get their own columns, so a host can query them.
 * - The table and its indexes are created at the first use, idempotently, under an advisory
 *   lock: concurrent `CREATE TABLE IF NOT EXISTS` from several processes can otherwise fail.
 * - `received_at` is text (ISO 8601 from the receiver's clock, `…Z`) compared byte-wise
 *   (`COLLATE "C"`), like the SQLite store; `seq` orders entries with the same time.
 */
import { requireOptional } from './optional.js';
import type { ConsentRecord } from '../consent/record.js';
import { dueReconfirmations, dueThreshold, koreanDate, statesOf, subjectState } from './consent-state.js';
import { storedReceipt, type ClientInfo, type ConsentStore, type StoredConsent } from './store.js';

/** What this store uses of a `pg` query result. */
export interface PostgresResult {
  readonly rows: Record<string, unknown>[];
  readonly rowCount: number | null;
}

/** What this store uses of a `pg` client (a connection taken from a pool). */
export interface PostgresClient {
  query(text: string, values?: unknown[]): Promise<PostgresResult>;
  release(error?: Error | boolean): void;
}

/** What this store uses of a `pg` `Pool`; pass your own to share it or to configure it. */
export interface PostgresPool {
  query(text: string, values?: unknown[]): Promise<PostgresResult>;
  connect(): Promise<PostgresClient>;
  end(): Promise<void>;
}

/** Options of {@link createPostgresStore}: a connection string (a pool is made) or your pool. */
export type PostgresStoreOptions = (
  | {
      /** `postgres://user:password@host:5432/database`; the store makes a pool and ends it on `close()`. */
      readonly connectionString: string;
      /** The most connections the store's pool opens (default 10, as `pg`). */
      readonly max?: number;
    }
  | {
      /** A `pg` Pool the host owns: the store never ends it. */
      readonly pool: PostgresPool;
    }
) & {
  /** The PostgreSQL schema holding the table (default: the connection's search path, usually `public`). */
  readonly schema?: string;
};

// A fixed key for pg_advisory_lock: one schema change at a time, across every process.
const SCHEMA_LOCK = 0x70726976; // "priv"

const IDENTIFIER = /^[a-z_][a-z0-9_]{0,62}$/;

const schemaSql = (table: string, prefix: string, schema?: string) => `
  ${schema ? `CREATE SCHEMA IF NOT EXISTS ${schema};` : ''}
  CREATE TABLE IF NOT EXISTS ${table} (
    seq            bigserial PRIMARY KEY,
    record_id      text NOT NULL UNIQUE,
    received_at    text COLLATE "C" NOT NULL,
    policy_id      text NOT NULL,
    policy_version text NOT NULL,
    policy_hash    text NOT NULL,
    subject        text,
    event          text NOT NULL,
    ad_decided     boolean NOT NULL,
    ad_granted     boolean NOT NULL,
    record         json NOT NULL,
    client         json,
    reconfirm_due  json
  );
  CREATE INDEX IF NOT EXISTS ${prefix}received ON ${table} (received_at, seq);
  CREATE INDEX IF NOT EXISTS ${prefix}policy ON ${table} (policy_id, policy_version);
  CREATE INDEX IF NOT EXISTS ${prefix}subject ON ${table} (subject, received_at, seq);
  CREATE INDEX IF NOT EXISTS ${prefix}ad_granted ON ${table} (received_at) WHERE ad_granted;
`;

const COLUMNS = 'record_id, received_at, record, client, reconfirm_due';

type Row = Record<string, unknown>;

/** `json` columns arrive parsed (pg's default type parser); a host's pool may hand text instead. */
const json = <T>(value: unknown): T => (typeof value === 'string' ? (JSON.parse(value) as T) : (value as T));

const toEntry = (row: Row): StoredConsent => {
  const recordId = String(row.record_id);
  const receivedAt = String(row.received_at);
  return {
    record: json<ConsentRecord>(row.record),
    receipt: storedReceipt(recordId, receivedAt),
    receivedAt,
    ...(row.reconfirm_due === null ? {} : { reconfirmDueAt: json<StoredConsent['reconfirmDueAt']>(row.reconfirm_due) }),
    ...(row.client === null ? {} : { client: json<ClientInfo>(row.client) }),
  };
};

/**
 * A row of advertising decisions as an entry, with only what `subjectState` reads: enough for the
 * due list, never handed out.
 */
const advertisingEntry = (row: Row): StoredConsent =>
  ({
    receivedAt: String(row.received_at),
    record: {
      recordId: String(row.record_id),
      subject: String(row.subject),
      event: String(row.event),
      policy: { id: String(row.policy_id), version: String(row.policy_version) },
      items: json<ConsentRecord['items'] | null>(row.ads) ?? [],
    },
  }) as unknown as StoredConsent;

const loadPool = (connectionString: string, max?: number): PostgresPool => {
  const pg = requireOptional<{ Pool: new (config: object) => PostgresPool }>(
    'pg',
    'The PostgreSQL store (createPostgresStore)',
  );
  return new pg.Pool({ connectionString, ...(max === undefined ? {} : { max }) });
};

/**
 * Opens a PostgreSQL consent store. Nothing is sent until the first call, which creates the
 * table and its indexes if missing; `close()` ends the pool the store made (not yours).
 */
export const createPostgresStore = (options: PostgresStoreOptions): ConsentStore => {
  const { schema } = options;
  if (schema !== undefined && !IDENTIFIER.test(schema))
    throw new Error(`Not a plain lower-case PostgreSQL schema name: ${schema}`);
  const table = schema ? `${schema}.consent_records` : 'consent_records';
  const prefix = 'consent_records_';
  const ownPool = 'connectionString' in options;
  const pool = ownPool ? loadPool(options.connectionString, options.max) : options.pool;
  let closed = false;

  const createSchema = async (): Promise<void> => {
    const client = await pool.connect();
    try {
      await client.query('SELECT pg_advisory_lock($1)', [SCHEMA_LOCK]);
      try {
        await client.query(schemaSql(table, prefix, schema));
      } finally {
        await client.query('SELECT pg_advisory_unlock($1)', [SCHEMA_LOCK]);
      }
    } finally {
      client.release();
    }
  };
  let ready: Promise<void> | undefined;
  const query = async (text: string, values?: unknown[]): Promise<Row[]> => {
    if (closed) throw new Error('The PostgreSQL store is closed');
    // A failed creation is tried again by the next call rather than remembered.
    ready ??= createSchema().catch((error: unknown) => {
      ready = undefined;
      throw error;
    });
    await ready;
    return (await pool.query(text, values)).rows;
  };

  const get = async (recordId: string): Promise<StoredConsent | undefined> => {
    const [row] = await query(`SELECT ${COLUMNS} FROM ${table} WHERE record_id = $1`, [recordId]);
    return row ? toEntry(row) : undefined;
  };
  const history = async (subject: string): Promise<StoredConsent[]> =>
    (await query(`SELECT ${COLUMNS} FROM ${table} WHERE subject = $1 ORDER BY received_at, seq`, [subject])).map(
      toEntry,
    );
  const insert = async ({ record, receivedAt, client, reconfirmDueAt }: StoredConsent): Promise<boolean> => {
    const ads = record.items.filter((item) => item.category === 'ad-receipt');
    const rows = await query(
      `INSERT INTO ${table}
         (record_id, received_at, policy_id, policy_version, policy_hash, subject, event, ad_decided, ad_granted,
          record, client, reconfirm_due)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
       ON CONFLICT (record_id) DO NOTHING
       RETURNING seq`,
      [
        record.recordId,
        receivedAt,
        record.policy.id,
        record.policy.version,
        record.policy.hash,
        record.subject ?? null,
        record.event ?? 'grant',
        ads.length > 0,
        ads.some((item) => item.granted),
        JSON.stringify(record),
        client ? JSON.stringify(client) : null,
        reconfirmDueAt ? JSON.stringify(reconfirmDueAt) : null,
      ],
    );
    return rows.length === 1;
  };

  return {
    async append(entry) {
      if (await insert(entry)) return { status: 'stored', entry: structuredClone(entry) };
      // ON CONFLICT waited for the winner's transaction, so its row is committed and visible.
      const first = await get(entry.record.recordId);
      if (!first) throw new Error(`Record ${entry.record.recordId} conflicted but cannot be read`);
      return { status: 'duplicate', entry: first };
    },
    async insert(entry) {
      return (await insert(entry)) ? 'stored' : 'duplicate';
    },
    get,
    history,
    async state(subject) {
      return subjectState(subject, await history(subject));
    },
    async dueForReconfirmation(asOf = new Date()) {
      const date = koreanDate(asOf);
      // Members who granted advertising before the threshold: the advertising decisions of their
      // records, in member order, without the rest of each record.
      const rows = await query(
        `SELECT subject, received_at, record_id, policy_id, policy_version, event,
           (SELECT json_agg(item) FROM json_array_elements(record -> 'items') AS item
            WHERE item ->> 'category' = 'ad-receipt') AS ads
         FROM ${table}
         WHERE ad_decided AND subject IN (
           SELECT subject FROM ${table} WHERE ad_granted AND subject IS NOT NULL AND received_at < $1)
         ORDER BY subject, received_at, seq`,
        [dueThreshold(date)],
      );
      return dueReconfirmations(statesOf(rows.map(advertisingEntry)), date);
    },
    async list({ limit, offset = 0 } = {}) {
      const rows = await query(
        `SELECT ${COLUMNS} FROM ${table} ORDER BY received_at DESC, seq DESC LIMIT $1 OFFSET $2`,
        [limit ?? null, offset],
      );
      return rows.map(toEntry);
    },
    async count() {
      const [row] = await query(`SELECT count(*)::int AS n FROM ${table}`);
      return Number(row!.n);
    },
    async close() {
      if (closed) return;
      closed = true;
      if (ownPool) await pool.end();
    },
  };
};
