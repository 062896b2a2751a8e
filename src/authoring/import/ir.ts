/**
 * What the importer reads a page into before it understands it: a flat run of lines and tables
 * (HTML lists arrive already nested). Both readers (HTML and plain text) produce it, so one
 * structurer handles either.
 *
 * Links survive as inline marks: `\uE000text\uE001href\uE002` (private-use characters, never in
 * real text), turned into spans when text becomes RichText.
 */
export const LINK_OPEN = '\uE000';
export const LINK_MID = '\uE001';
export const LINK_CLOSE = '\uE002';

/** A line of text: a paragraph, a heading, or an item of a plain-text list. */
export interface Line {
  readonly kind: 'line';
  text: string;
  /** 1–6 for an HTML heading (h1–h6). */
  readonly heading?: number;
  /** The whole line is bold (`<p><strong>제1조(목적)</strong></p>`), a hint of a heading. */
  readonly bold?: boolean;
  /** Printed with a bullet (`-`, `•`, `ㅁ`, `▶`): an item of a list without numbers. */
  readonly bullet?: string;
  /** Indentation in the source (leading spaces in text). */
  readonly indent?: number;
  /** A blank line (or a new block) comes before it: it does not continue the line above. */
  readonly gap?: boolean;
  /** The line is a link and nothing else (a menu or footer entry). */
  readonly linkOnly?: boolean;
}

/** A table cell as printed, with its spans. */
export interface Cell {
  readonly text: string;
  readonly header?: boolean;
  readonly rowSpan?: number;
  readonly colSpan?: number;
}

export interface Table {
  readonly kind: 'table';
  readonly caption?: string;
  readonly rows: readonly (readonly Cell[])[];
}

/** An HTML list (`<ul>`, `<ol>`): items already nested. */
export interface List {
  readonly kind: 'list';
  readonly ordered: boolean;
  readonly items: readonly ListEntry[];
}

export interface ListEntry {
  /** The item's own lines (text before any nested block); several when it has `<br>` or `<p>`s. */
  readonly lines: readonly string[];
  /** The marker `<ol>` prints for it (`1.`), when the text has none of its own. */
  readonly implicit?: string;
  readonly children: readonly Node[];
}

export type Node = Line | Table | List;

export const line = (text: string, extra: Omit<Line, 'kind' | 'text'> = {}): Line => ({ kind: 'line', text, ...extra });

/** Whitespace folded, the Unicode spaces and zero-width characters included. */
export const clean = (text: string): string =>
  text
    .replace(/[\u200b-\u200d\ufeff]/g, '')
    .replace(/[\s\u00a0\u3000]+/g, ' ')
    .trim();
