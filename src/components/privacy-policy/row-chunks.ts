/**
 * Long tables render in two chunks: their first rows with the rest of the policy, so the first
 * screen does not wait for thousands of rows, and the others in a task after it. The host's
 * `updateComplete` waits for every row.
 *
 * Why not more, smaller chunks: a browser lays a table out as a whole, so every chunk added
 * costs a layout of all the rows before it. Chunks of a fixed size make the total work grow with
 * the square of the rows, and growing ones (100, 200, 400, …) still end with a layout of the
 * whole table in one task while doubling the work (measured: bench/render.ts).
 */
import type { ReactiveElement } from 'lit';

/** Rows rendered with the first paint: more than a screenful, on a phone or a desktop. */
export const FIRST_ROWS = 50;

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
    if (chunks.length === 1) {
      this.unfinished.add(rows);
      this.schedule();
    }
    return chunks as (readonly T[])[];
  };

  /** Every row now (printing, or the task after the first paint): the host renders them next. */
  all(): void {
    for (const rows of this.unfinished) {
      const chunks = this.shown.get(rows)!;
      if (chunks.length === 1) chunks.push(rows.slice(FIRST_ROWS));
    }
  }

  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    const rest = () => {
      if (!this.scheduled) return;
      this.scheduled = false;
      this.all();
      this.host.requestUpdate();
      this.grown?.resolve();
      this.grown = undefined;
    };
    // A task after the next frame is painted (a timeout alone may run before it); without
    // frames (a hidden tab), after a while.
    requestAnimationFrame(() => setTimeout(rest));
    setTimeout(rest, 200);
  }
}
