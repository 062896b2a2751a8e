/**
 * Units into policy blocks: paragraphs, headings, notes (`※ …`), lists with their markers and
 * nesting (typed blocks inside an item stay in its `blocks`), tables typed by tables.ts.
 */
import type { Block, ListItem } from '../../policy/types.js';
import { clean } from './ir.js';
import { plain, rich } from './items.js';
import { typeTable } from './tables.js';
import { titleLike, type ItemUnit, type Unit } from './units.js';

const NOTE = /^([※*＊])\s*/;

export const paragraphBlock = (text: string, heading = false): Block => {
  const note = NOTE.exec(text);
  if (note && text.length > note[0].length)
    return { type: 'note', label: note[1]!, text: rich(text.slice(note[0].length)) };
  if (heading) return { type: 'heading', text: clean(plain(text)) };
  return { type: 'paragraph', text: rich(text) };
};

const listItem = (item: ItemUnit, notes: string[]): ListItem | undefined => {
  const text = clean(item.text);
  const items: ListItem[] = [];
  const blocks: Block[] = [];
  for (const child of item.children) {
    if (child.t === 'item') {
      const nested = listItem(child, notes);
      if (nested) items.push(nested);
    } else if (child.t === 'para') {
      if (blocks.length) blocks.push(paragraphBlock(child.text));
      else items.push(richItem(child.text));
    } else blocks.push(...toBlocks([child], notes));
  }
  if (!text && !items.length && !blocks.length) return undefined;
  if (!item.label && !items.length && !blocks.length)
    return typeof rich(text) === 'string' ? (rich(text) as string) : { text: rich(text) };
  return {
    ...(item.label ? { label: item.label } : {}),
    ...(text ? { text: rich(text) } : {}),
    ...(blocks.length ? { blocks } : {}),
    ...(items.length ? { items } : {}),
  };
};

const richItem = (text: string): ListItem => {
  const value = rich(text);
  return typeof value === 'string' ? value : { text: value };
};

/** Blocks of a unit run: consecutive items of one kind are one list. */
export const toBlocks = (units: readonly Unit[], notes: string[], top = false): Block[] => {
  const out: Block[] = [];
  for (let index = 0; index < units.length; index++) {
    const unit = units[index]!;
    if (unit.t === 'block') out.push(unit.block);
    else if (unit.t === 'para') out.push(paragraphBlock(unit.text, unit.heading));
    else if (unit.t === 'table') {
      const typed = typeTable(unit.table);
      const blocks = Array.isArray(typed.block) ? typed.block : [typed.block as Block];
      out.push(...blocks);
      if (typed.note)
        notes.push(`A table was kept as a generic table (${typed.note}); check whether a typed block fits.`);
    } else {
      let end = index;
      while (end < units.length && units[end]!.t === 'item' && (units[end] as ItemUnit).family === unit.family) end++;
      const run = units.slice(index, end) as ItemUnit[];
      // Numbered titles over their own text (`① 파기절차` then a paragraph): headings, not a list.
      if (
        top &&
        run.every((item) => item.label && titleLike(plain(item.text), 40) && item.children.length && item.text)
      ) {
        for (const item of run) {
          out.push({ type: 'heading', text: `${item.label} ${clean(plain(item.text))}` });
          out.push(...toBlocks(item.children, notes));
        }
        index = end - 1;
        continue;
      }
      const items: ListItem[] = [];
      end = index;
      while (end < units.length && units[end]!.t === 'item' && (units[end] as ItemUnit).family === unit.family) {
        const item = listItem(units[end] as ItemUnit, notes);
        if (item) items.push(item);
        end++;
      }
      index = end - 1;
      if (items.length)
        out.push({
          type: 'list',
          ...(/^(ol|num|circled|hangul|paren)/.test(unit.family) ? { ordered: true } : {}),
          items,
        });
    }
  }
  return out;
};
