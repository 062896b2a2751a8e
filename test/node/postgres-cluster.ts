/**
 * A throwaway PostgreSQL cluster for tests and benchmarks: Debian's `postgresql` package
 * (`apt-get install -y postgresql`; .ci/run installs it), `initdb` into a temp folder, started
 * on a free port with `fsync=off`, stopped with `pg_ctl -m immediate` and removed afterwards.
 * PostgreSQL refuses to run as root, so as root it runs as the `postgres` user the package
 * creates (`runuser -u postgres`), in a folder chowned to it.
 */
import { execFile } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export interface PostgresCluster {
  /** `postgres://postgres@127.0.0.1:<port>/postgres` (trust authentication). */
  readonly url: string;
  readonly stop: () => Promise<void>;
}

const INSTALL_HINT =
  'PostgreSQL is not installed: the PostgreSQL store tests need its server binaries ' +
  '(Debian: apt-get install -y postgresql; .ci/run installs it)';

/** The folder holding initdb and pg_ctl: Debian's /usr/lib/postgresql/<major>/bin, newest first, or PATH. */
export const postgresBinaries = (): string => {
  const root = '/usr/lib/postgresql';
  const majors = existsSync(root)
    ? readdirSync(root)
        .filter((name) => /^\d+$/.test(name))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  for (const major of majors) if (existsSync(join(root, major, 'bin', 'initdb'))) return join(root, major, 'bin');
  for (const dir of (process.env.PATH ?? '').split(delimiter))
    if (dir && existsSync(join(dir, 'initdb')) && existsSync(join(dir, 'pg_ctl'))) return dir;
  throw new Error(INSTALL_HINT);
};

const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

/** The numeric uid and gid of a user, from /etc/passwd. */
const userIds = (name: string): { uid: number; gid: number } | undefined => {
  const line = readFileSync('/etc/passwd', 'utf8')
    .split('\n')
    .find((entry) => entry.startsWith(`${name}:`));
  if (!line) return undefined;
  const [, , uid, gid] = line.split(':');
  return { uid: Number(uid), gid: Number(gid) };
};

/** Starts a cluster; rejects with a clear message when PostgreSQL is missing or does not start. */
export const startPostgresCluster = async (): Promise<PostgresCluster> => {
  const bin = postgresBinaries();
  const root = process.getuid?.() === 0;
  const dir = mkdtempSync(join(tmpdir(), 'privacy-consent-pg-'));
  const data = join(dir, 'data');
  const as = async (command: string, args: string[]) => {
    const file = join(bin, command);
    return root ? run('runuser', ['-u', 'postgres', '--', file, ...args]) : run(file, args);
  };
  try {
    if (root) {
      const ids = userIds('postgres');
      if (!ids) throw new Error('Running as root, but there is no postgres user to run PostgreSQL as');
      chownSync(dir, ids.uid, ids.gid);
    }
    await as('initdb', ['-D', data, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--locale=C', '--no-sync']);
    const port = await freePort();
    const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200`;
    await as('pg_ctl', ['-D', data, '-l', join(dir, 'server.log'), '-w', '-t', '60', '-o', options, 'start']);
    let stopped = false;
    return {
      url: `postgres://postgres@127.0.0.1:${port}/postgres`,
      async stop() {
        if (stopped) return;
        stopped = true;
        try {
          await as('pg_ctl', ['-D', data, '-m', 'immediate', 'stop']);
        } finally {
          rmSync(dir, { recursive: true, force: true });
        }
      },
    };
  } catch (error) {
    const log = join(dir, 'server.log');
    const detail = existsSync(log) ? `\n${readFileSync(log, 'utf8').slice(-2000)}` : '';
    rmSync(dir, { recursive: true, force: true });
    const { stderr } = error as { stderr?: string };
    throw new Error(`Could not start PostgreSQL from ${bin}: ${stderr || (error as Error).message}${detail}`, {
      cause: error,
    });
  }
};
