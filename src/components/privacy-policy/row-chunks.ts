/**
 * Long tables render in chunks: their first rows with the rest of the policy, so the first screen
 * does not wait for thousands of rows, then the others a chunk of rows per frame, so no task holds
 * the page for long (the work of a chunk is bounded by its row count, not by timing). The host's
 * `updateComplete` waits for every row; printing renders them all at once.
 *
 * A chunk already rendered is not rendered again (card-table.ts guards it), and each chunk is a
 * row group laid out apart from the others (the `table.long` styles), so both the script's work
 * and the browser's per chunk are bounded by the chunk, not by the rows before it.
 */
import type { ReactiveElement } from 'lit';

/** Rows rendered with the first paint: more than a screenful, on a phone or a desktop. */
export const FIRST_ROWS = 50;
/**
 * Rows per later chunk. Laying them out, in the frame whose callback renders them, is most of
 * their cost: about 30 ms for 150 provision rows on a busy 2-core machine (bench/render.ts).
 */
export const CHUNK_ROWS = 150;

export class RowChunks {
  /** The chunks rendered so far of each long table (by its rows array). */
  private readonly shown = new WeakMap<readonly unknown[], (readonly unknown[])[]>();
  /** Tables the last render left unfinished. */
  private unfinished = new Set<readonly unknown[]>();
  private scheduled = false;
  /**
   * Whether the next chunk renders in its frame callback: rows are still to come after ones the
   * last frame painted. False once every table is complete, so a new table's first chunk again
   * waits for a task after the paint.
   */
  private inFrames = false;
  private grown?: { promise: Promise<void>; resolve: () => void };

  constructor(private readonly host: ReactiveElement) {}

  /** Whether some table still has rows to come. */
  get pending(): boolean {
    return this.unfinished.size > 0;
  }

  /** Resolves once the rest of the rows have been requested from the host. */
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
    if (shownRows(chunks) < rows.length) {
      this.unfinished.add(rows);
      this.schedule();
    }
    return chunks as (readonly T[])[];
  };

  /** Every row now (printing): the host renders them next. */
  all(): void {
    this.grow(Infinity);
  }

  /** Adds up to `count` more rows to each unfinished table; whether some still has rows to come. */
  private grow(count: number): boolean {
    let more = false;
    for (const rows of this.unfinished) {
      const chunks = this.shown.get(rows)!;
      const from = shownRows(chunks);
      if (from < rows.length) chunks.push(rows.slice(from, from + count));
      more ||= from + count < rows.length;
    }
    return more;
  }

  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    const next = () => {
      if (!this.scheduled) return;
      this.scheduled = false;
      this.inFrames = this.grow(CHUNK_ROWS);
      this.host.requestUpdate();
      this.grown?.resolve();
      this.grown = undefined;
    };
    // The first chunk in a task after the next frame is painted (a timeout alone may run before
    // it), so the first screen shows first; the next ones in the frame callback itself, laid out
    // in that frame, with no wait for the frame after. Without frames (a hidden tab), after a
    // while. Only one of the two runs: a fallback left over from an earlier chunk would render the
    // next chunk before the frame, and chunks would pile up for one long layout.
    const frame = requestAnimationFrame(() => {
      clearTimeout(fallback);
      if (this.inFrames) next();
      else setTimeout(next);
    });
    const fallback = setTimeout(() => {
      cancelAnimationFrame(frame);
      next();
    }, 200);
  }
}

const shownRows = (chunks: readonly (readonly unknown[])[]): number =>
  chunks.reduce((count, chunk) => count + chunk.length, 0);
