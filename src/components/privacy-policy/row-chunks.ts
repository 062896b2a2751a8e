/**
 * Long tables render in chunks: the first rows with the rest of the policy, the others a chunk
 * per task after it, so the first screen shows without waiting for thousands of rows. Each
 * chunk is its own stable array, so a chunk already on screen is skipped (`guard`) when the
 * next one arrives. The host's `updateComplete` waits for every chunk.
 *
 * A browser lays a table out as a whole: every chunk added costs a layout of all the rows
 * before it. Chunks of a fixed size would make a long table's total work grow with the square
 * of its rows; each chunk is as large as the rows already shown instead, so the total stays
 * linear (about twice one layout) at the price of longer tasks for the last chunks of a table
 * of thousands of rows.
 */
import type { ReactiveElement } from 'lit';

/** Rows rendered with the first paint: more than a screenful, on a phone or a desktop. */
export const FIRST_ROWS = 50;
/** Rows added by the first task after that; each later one adds as many as are shown. */
export const CHUNK_ROWS = 100;

export class RowChunks {
  /** The chunks rendered so far of each long table (by its rows array). */
  private readonly shown = new WeakMap<readonly unknown[], (readonly unknown[])[]>();
  /** Tables the last render left unfinished. */
  private unfinished = new Set<readonly unknown[]>();
  private scheduled = false;
  private grown?: { promise: Promise<void>; resolve: () => void };

  constructor(private readonly host: ReactiveElement) {}

  /** Whether some table still has rows to come. */
  get pending(): boolean {
    return this.unfinished.size > 0;
  }

  /** Resolves once the next chunk of rows has been requested from the host. */
  get next(): Promise<void> {
    if (!this.grown) {
      let resolve!: () => void;
      const promise = new Promise<void>((done) => (resolve = done));
      this.grown = { promise, resolve };
    }
    return this.grown.promise;
  }

  /** Called before each render: the tables it renders say again whether they are unfinished. */
  startRender(): void {
    this.unfinished = new Set();
  }

  /** The chunks of `rows` to render now (stable arrays: the same chunk is the same array). */
  readonly take = <T>(rows: readonly T[]): readonly (readonly T[])[] => {
    if (rows.length <= FIRST_ROWS) return [rows];
    let chunks = this.shown.get(rows);
    if (!chunks) this.shown.set(rows, (chunks = [rows.slice(0, FIRST_ROWS)]));
    if (chunks.reduce((count, chunk) => count + chunk.length, 0) < rows.length) {
      this.unfinished.add(rows);
      this.schedule();
    }
    return chunks as (readonly T[])[];
  };

  /** Every row now (printing): the host renders the whole of each table it renders next. */
  all(): void {
    for (const rows of this.unfinished) this.grow(rows, rows.length);
  }

  /** Adds a chunk of at least `count` rows, and of as many as are shown already. */
  private grow(rows: readonly unknown[], count: number): void {
    const chunks = this.shown.get(rows)!;
    const done = chunks.reduce((total, chunk) => total + chunk.length, 0);
    if (done < rows.length) chunks.push(rows.slice(done, done + Math.max(count, done)));
  }

  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    // A task of its own, after the browser has had the chance to paint what is there.
    setTimeout(() => {
      this.scheduled = false;
      for (const rows of this.unfinished) this.grow(rows, CHUNK_ROWS);
      this.host.requestUpdate();
      this.grown?.resolve();
      this.grown = undefined;
    });
  }
}
