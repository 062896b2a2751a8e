/**
 * Which process has a SQLite file open, so that a restart after a crash (kill -9, out of memory,
 * power cut) needs no manual step while two live processes are still kept apart.
 *
 * node-sqlite3-wasm locks a database by creating the directory `<file>.lock`, and a process
 * killed while holding it leaves it behind: every later open then failed with "database is
 * locked". The directory names no owner, so before SQLite opens the file the store claims
 * `<file>.owner`, a small JSON file naming the process. It is created atomically (written
 * aside, then hard-linked into place, which fails if the name exists), so it is never seen
 * half-written. An owner file whose process is gone is stale: it is moved aside and removed,
 * and so is the `.lock` directory, which only an owner can have made.
 *
 * Liveness is judged on this host only: `process.kill(pid, 0)`, plus on Linux the boot id and
 * the process start time, so a pid reused since (a container's pid 1, a reboot) is not taken
 * for the owner. A file owned from another host is refused: this host cannot tell whether that
 * process lives, and SQLite files must not be shared across hosts anyway.
 */
import { randomUUID } from 'node:crypto';
import { linkSync, readFileSync, renameSync, rmSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';

interface Owner {
  readonly pid: number;
  readonly host: string;
  /** Linux: /proc/sys/kernel/random/boot_id. */
  readonly boot?: string;
  /** Linux: the process start time in clock ticks since boot (/proc/<pid>/stat, field 22). */
  readonly started?: string;
  /** Tells this claim from any other, even one by the same process. */
  readonly token: string;
}

/** An owner file too new to judge when unreadable: a non-atomic writer may be mid-write. */
const UNREADABLE_GRACE_MS = 2000;
/** How long an owner that seems alive is given to finish dying (a kill -9 just sent) before refusal. */
const DYING_GRACE_MS = 1000;
const RETRY_MS = 50;

/** The file is held by a live process (or by a process on another host). */
export class SqliteFileInUseError extends Error {
  constructor(
    readonly file: string,
    readonly owner: { readonly pid: number; readonly host: string },
  ) {
    super(
      `${file} is in use by process ${owner.pid} on ${owner.host}: one process per SQLite file. ` +
        (owner.host === hostname()
          ? 'Stop that process, or share one store within it.'
          : `This host cannot tell whether it still runs; if it does not, delete ${file}.owner.`),
    );
    this.name = 'SqliteFileInUseError';
  }
}

const readText = (path: string): string | undefined => {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
};

const bootId = (): string | undefined => readText('/proc/sys/kernel/random/boot_id')?.trim();

/** Linux: a process's state letter and start time, from /proc/<pid>/stat (fields 3 and 22). */
const processStat = (pid: number): { state?: string; started?: string } => {
  const stat = readText(`/proc/${pid}/stat`);
  // Field 2 (the command) may hold spaces and parentheses: count from its closing one.
  const fields = stat?.slice(stat.lastIndexOf(')') + 2).split(' ') ?? [];
  return { state: fields[0], started: fields[19] };
};

const parseOwner = (text: string): Owner | undefined => {
  try {
    const owner = JSON.parse(text) as Partial<Owner> | null;
    return Number.isInteger(owner?.pid) && typeof owner?.host === 'string' ? (owner as Owner) : undefined;
  } catch {
    return undefined;
  }
};

/** Whether the owner may still run; false only when it certainly does not. */
const mayBeAlive = (owner: Owner): boolean => {
  if (owner.host !== hostname()) return true;
  const boot = bootId();
  if (owner.boot && boot && owner.boot !== boot) return false; // rebooted since
  try {
    process.kill(owner.pid, 0);
  } catch (error) {
    // EPERM: it exists, under another user.
    if ((error as NodeJS.ErrnoException).code === 'ESRCH') return false;
  }
  const { state, started } = processStat(owner.pid);
  // A killed process nobody has reaped yet (a zombie) still answers kill(pid, 0).
  if (state === 'Z' || state === 'X') return false;
  return owner.started === undefined || started === undefined || started === owner.started;
};

const sleep = (ms: number): void => void Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/** Creates `path` holding `text` unless it exists: true when created. */
const createExclusive = (path: string, text: string, token: string): boolean => {
  const aside = `${path}.${token}.new`;
  writeFileSync(aside, text, { flag: 'wx' });
  try {
    linkSync(aside, path);
    return true;
  } catch (error) {
    const { code } = error as NodeJS.ErrnoException;
    if (code === 'EEXIST') return false;
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'ENOSYS') throw error;
    // A file system without hard links: exclusive create, written right after (not atomic,
    // hence the grace period for unreadable owner files).
    try {
      writeFileSync(path, text, { flag: 'wx' });
      return true;
    } catch (fallbackError) {
      if ((fallbackError as NodeJS.ErrnoException).code === 'EEXIST') return false;
      throw fallbackError;
    }
  } finally {
    unlinkSync(aside);
  }
};

/**
 * Removes the owner file if it still holds `judged`. Moving it aside first makes the check and
 * the removal one step: if another process replaced it in between, the file moved aside is
 * theirs and is linked back. (Only a third process claiming in that instant could then lose.)
 */
const removeStale = (path: string, judged: string, token: string): void => {
  const aside = `${path}.${token}.stale`;
  try {
    renameSync(path, aside);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  try {
    if (readText(aside) !== judged) linkSync(aside, path);
  } catch {
    // Someone claimed the file meanwhile; the next look decides again.
  } finally {
    unlinkSync(aside);
  }
};

/** Age of a file in ms, or undefined once it is gone. */
const ageOf = (path: string): number | undefined => {
  try {
    return Date.now() - statSync(path).mtimeMs;
  } catch {
    return undefined;
  }
};

/**
 * Claims a SQLite file for this process before it is opened, and clears what a dead owner left.
 * Throws {@link SqliteFileInUseError} while another process that may be alive holds it. Returns
 * the release, to call after the database is closed.
 */
export const claimSqliteFile = (file: string): (() => void) => {
  const path = `${file}.owner`;
  const token = randomUUID();
  const boot = bootId();
  const { started } = processStat(process.pid);
  const me: Owner = {
    pid: process.pid,
    host: hostname(),
    ...(boot ? { boot } : {}),
    ...(started ? { started } : {}),
    token,
  };
  const text = JSON.stringify(me);
  const start = Date.now();
  while (Date.now() < start + UNREADABLE_GRACE_MS + DYING_GRACE_MS) {
    if (createExclusive(path, text, token)) {
      // Every live user of the file holds the owner file first, so this directory was left by a
      // dead one; SQLite refuses to open while it exists.
      rmSync(`${file}.lock`, { recursive: true, force: true });
      return () => {
        if (readText(path) === text) unlinkSync(path);
      };
    }
    const found = readText(path);
    if (found === undefined) continue; // removed meanwhile: claim again
    const owner = parseOwner(found);
    if (owner && mayBeAlive(owner)) {
      if (owner.host !== me.host || Date.now() - start >= DYING_GRACE_MS) throw new SqliteFileInUseError(file, owner);
      sleep(RETRY_MS);
    } else if (owner || (ageOf(path) ?? 0) > UNREADABLE_GRACE_MS) removeStale(path, found, token);
    else sleep(RETRY_MS);
  }
  throw new Error(`${file}: could not claim ${path}; it kept changing`);
};
