/** What the PostgreSQL tests share: the test cluster's URL, and a schema of their own per store. */
import { randomUUID } from 'node:crypto';
import { inject } from 'vitest';
import { createPostgresStore } from '../../src/server/index.js';
import type { ConsentStore } from '../../src/server/index.js';

/** The URL of the run's cluster (postgres-setup.ts); throws, failing the test, when there is none. */
export const postgresUrl = (): string => {
  const { url, error } = inject('postgres');
  if (!url)
    throw new Error(`The PostgreSQL tests need a PostgreSQL server. ${error ?? 'postgres-setup.ts did not run.'}`);
  return url;
};

/** A fresh PostgreSQL schema name, so that tests running side by side share no rows. */
export const freshSchema = (): string => `test_${randomUUID().replaceAll('-', '').slice(0, 20)}`;

/** A store in a schema of its own on the test cluster. */
export const openPostgresStore = (schema = freshSchema()): ConsentStore =>
  createPostgresStore({ connectionString: postgresUrl(), schema, max: 4 });
