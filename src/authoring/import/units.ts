/**
 * Lines into a tree of units: paragraphs, headings, notes, tables, and list items nested by
 * their printed markers (see markers.ts). A unit tree is what the typed-block recognisers read;
 * blocks.ts turns it into policy blocks.
 */
import type { Block } from '../../policy/types.js';
import { clean, type Line, type List, type Node, type Table } from './ir.js';
import { parseMarker, place, SENTENCE_END, type Level } from './markers.js';

export interface ParaUnit {
  readonly t: 'para';
  text: string;
  readonly heading?: boolean;
  readonly gap?: boolean;
}
export interface TableUnit {
  readonly t: 'table';
  readonly table: Table;
}
export interface ItemUnit {
  readonly t: 'item';
  /** The printed marker (`①`, `가.`), absent for a bullet. */
  readonly label?: string;
  text: string;
  children: Unit[];
  /** HTML list items and plain-text bullets: the kind of list, for grouping siblings. */
  readonly family: string;
}
/** A block already typed by a recogniser. */
export interface BlockUnit {
  readonly t: 'block';
  readonly block: Block;
}
export type Unit = ParaUnit | TableUnit | ItemUnit | BlockUnit;

/** Short and not a sentence: a title (`회원관리`, `① 파기절차`, `가. 개인정보 수집항목`). */
export const titleLike = (text: string, max = 50): boolean =>
  text.length <= max && !SENTENCE_END.test(text) && !/[,，]\s*$/.test(text);

const HEADING_LINE = /^\[[^\]]{2,40}\]$|^【[^】]+】$|^<[^>]{2,40}>$/;

/** A paragraph line that continues the one before it (the source broke a sentence across lines). */
const continues = (previous: string, next: Line): boolean =>
  !next.gap && previous.length >= 60 && !SENTENCE_END.test(previous) && !/[:：]$/.test(previous);

/** Builds the unit tree of a run of nodes (a section's body, or the preface). */
export const buildUnits = (nodes: readonly Node[]): Unit[] => {
  const root: Unit[] = [];
  const levels: Level[] = [];
  const open: ItemUnit[] = [];
  const container = (): Unit[] => (open.length ? open[open.length - 1]!.children : root);
  const closeAll = () => {
    levels.length = 0;
    open.length = 0;
  };
  let lastText: { unit: ParaUnit | ItemUnit } | undefined;

  for (const node of nodes) {
    if (node.kind === 'table') {
      closeAll();
      root.push({ t: 'table', table: node });
      lastText = undefined;
      continue;
    }
    if (node.kind === 'list') {
      const target = open.length && !node.ordered ? container() : (closeAll(), root);
      target.push(...listUnits(node));
      lastText = undefined;
      continue;
    }
    const text = node.text;
    if (node.heading || HEADING_LINE.test(text) || (node.bold && titleLike(text, 60) && !parseMarker(text))) {
      closeAll();
      const unit: ParaUnit = { t: 'para', text, heading: true, gap: true };
      root.push(unit);
      lastText = undefined;
      continue;
    }
    const marker = node.bullet ? undefined : parseMarker(text);
    if (marker && marker.family !== 'jo' && marker.family !== 'jang') {
      const where = place(levels, marker);
      if (where !== 'text') {
        if (where === 'push') levels.push({ family: marker.family, last: marker.value });
        else {
          levels.length = where + 1;
          open.length = where;
          levels[where]!.last = marker.value;
        }
        const item: ItemUnit = {
          t: 'item',
          label: marker.label,
          text: marker.rest,
          children: [],
          family: marker.family,
        };
        container().push(item);
        open.push(item);
        lastText = { unit: item };
        continue;
      }
    }
    if (node.bullet) {
      const family = `bullet:${node.bullet}` as const;
      let index = levels.length - 1;
      while (index >= 0 && levels[index]!.family !== family) index--;
      // A bullet below an open numbered item nests in it; at the same kind it is a sibling.
      if (index >= 0) {
        levels.length = index + 1;
        open.length = index;
      } else levels.push({ family, last: 0 });
      const item: ItemUnit = { t: 'item', text, children: [], family };
      container().push(item);
      open.push(item);
      lastText = { unit: item };
      continue;
    }
    // A plain line: the rest of a broken sentence, the body of a titled item, or a paragraph.
    if (lastText && continues(lastText.unit.text, node)) {
      lastText.unit.text += ` ${text}`;
      continue;
    }
    const parent = open[open.length - 1];
    const takesBody =
      parent &&
      (!node.gap || parent.label !== undefined) &&
      (titleLike(parent.text) || /[:：]$/.test(parent.text)) &&
      !(parent.label === undefined && /[:：]\s*\S/.test(parent.text)) &&
      parent.children.every((child) => child.t === 'para');
    if (takesBody && !(node.gap && parent.children.length && !parent.label)) {
      const unit: ParaUnit = { t: 'para', text };
      parent.children.push(unit);
      lastText = { unit };
      continue;
    }
    closeAll();
    const unit: ParaUnit = { t: 'para', text, ...(node.gap ? { gap: true } : {}) };
    root.push(unit);
    lastText = { unit };
  }
  return root;
};

const listUnits = (list: List): Unit[] =>
  list.items.map((entry) => {
    const lines = entry.lines.map(clean).filter(Boolean);
    const first = lines[0] ?? '';
    const marker = parseMarker(first);
    const children: Unit[] = lines.slice(1).map((text): Unit => ({ t: 'para', text }));
    const nested = buildUnits(entry.children);
    children.push(...nested);
    return {
      t: 'item',
      ...(marker ? { label: marker.label } : entry.implicit ? { label: entry.implicit } : {}),
      text: marker ? marker.rest : first,
      children,
      family: marker ? marker.family : list.ordered ? 'ol' : 'ul',
    } satisfies ItemUnit;
  });
