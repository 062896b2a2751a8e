/**
 * Vitest global setup: one throwaway PostgreSQL cluster for the whole run (postgres-cluster.ts),
 * its URL provided to the tests as `inject('postgres')`. It never fails the run by itself: when
 * PostgreSQL is missing, the tests that need it fail with the reason (postgres.ts), and the
 * others run as usual.
 */
import type { TestProject } from 'vitest/node';
import { startPostgresCluster, type PostgresCluster } from './postgres-cluster.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The test cluster's URL, or why there is none. */
    postgres: { readonly url?: string; readonly error?: string };
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  let cluster: PostgresCluster | undefined;
  try {
    cluster = await startPostgresCluster();
    project.provide('postgres', { url: cluster.url });
  } catch (error) {
    project.provide('postgres', { error: (error as Error).message });
  }
  return async () => {
    await cluster?.stop();
  };
}
