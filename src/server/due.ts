/**
 * Who must be asked again: the granted advertising consents due for their two-yearly
 * reconfirmation (Network Act 50(8)), from a store named by a SQLite path or a PostgreSQL URL.
 * `privacy-consent due` is a thin shell over these; Node code (a nightly job) can call them.
 */
import { existsSync } from 'node:fs';
import { koreanDate, type DueReconfirmation } from './consent-state.js';
import { createPostgresStore } from './postgres-store.js';
import { createSqliteStore } from './sqlite-store.js';
import type { ConsentStore } from './store.js';

const POSTGRES_URL = /^postgres(ql)?:\/\//i;

/**
 * Opens the store a location names: a `postgres://` (or `postgresql://`) URL, or the path of an
 * existing SQLite file (a typo must not create an empty database and report nobody due).
 */
export const openStore = (location: string): ConsentStore => {
  if (POSTGRES_URL.test(location)) return createPostgresStore({ connectionString: location });
  if (!existsSync(location)) throw new Error(`No SQLite file at ${location}`);
  return createSqliteStore(location);
};

/** Options of {@link listDue}. */
export interface DueOptions {
  /** A store, or where to open one (see {@link openStore}; it is closed afterwards). */
  readonly store: ConsentStore | string;
  /** Due by this Korean calendar date `YYYY-MM-DD`, or the Korean date of this instant (default: now). */
  readonly asOf?: Date | string;
}

/** The advertising consents due for reconfirmation by `asOf`, earliest first. */
export const listDue = async ({ store, asOf = new Date() }: DueOptions): Promise<DueReconfirmation[]> => {
  const opened = typeof store === 'string' ? openStore(store) : undefined;
  try {
    return await (opened ?? (store as ConsentStore)).dueForReconfirmation(asOf);
  } finally {
    await opened?.close?.();
  }
};

/** The due list as a plain-text table (the day of consent as a Korean date), for a terminal. */
export const formatDueTable = (due: readonly DueReconfirmation[], asOf: Date | string = new Date()): string => {
  const date = koreanDate(asOf);
  if (!due.length) return `No advertising consent is due for reconfirmation by ${date}.`;
  const rows = [
    ['due', 'subject', 'policy', 'item', 'channel', 'consented'],
    ...due.map((entry) => [
      entry.due,
      entry.subject,
      `${entry.policy.id}@${entry.policy.version}`,
      entry.item,
      entry.channel ?? '-',
      koreanDate(entry.decidedAt),
    ]),
  ];
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  const line = (row: readonly string[]) =>
    row
      .map((cell, column) => cell.padEnd(widths[column]!))
      .join('  ')
      .trimEnd();
  return [
    line(rows[0]!),
    line(widths.map((width) => '-'.repeat(width))),
    ...rows.slice(1).map(line),
    '',
    `${due.length} to reconfirm by ${date}.`,
  ].join('\n');
};
