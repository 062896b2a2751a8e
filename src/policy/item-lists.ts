/**
 * Every list of personal-data items in a document, wherever it sits: collection rows (required,
 * optional, unmarked), automatic collection, third-party, overseas and overseas-collection rows,
 * behavioural advertising and its collection tools, the guardian's items, and consent items.
 */
import { plainText, stringsIn } from './text.js';
import type { ConsentItem, DataItems, PrivacyPolicy, Text } from './types.js';
import { walkBlocks, type PathKey } from './walk.js';

export type ItemListKind =
  | 'collection'
  | 'auto-collection'
  | 'third-party'
  | 'overseas'
  | 'overseas-collection'
  | 'behavioural-ads'
  | 'collection-tool'
  | 'guardian'
  | 'consent';

export interface ItemList {
  readonly kind: ItemListKind;
  readonly items: DataItems;
  /** Keys from the document root to the list, e.g. `['sections', 1, 'blocks', 2, 'rows', 0, 'required']`. */
  readonly path: readonly PathKey[];
  /** For collection rows: which column. */
  readonly column?: 'required' | 'optional' | 'items';
  /** The rest of the row (or item) the list belongs to, as plain text: a statute cited there covers it. */
  readonly context: string;
  /** The consent item, for kind `consent`. */
  readonly consent?: ConsentItem;
}

/** Plain text of a row without its item lists. */
const rowText = (row: object, lang: string): string =>
  Object.entries(row)
    .filter(([key]) => key !== 'items' && key !== 'required' && key !== 'optional' && key !== 'data')
    .flatMap(([, value]) => stringsIn(value))
    .map((value) => plainText(value, lang, lang))
    .join(' ');

/** Every item list of the document, in reading order, consent items and the guardian's items last. */
export function* itemLists(policy: PrivacyPolicy): Generator<ItemList> {
  const lang = policy.lang;
  for (const { block, path } of walkBlocks(policy)) {
    switch (block.type) {
      case 'collection':
        for (const [r, row] of block.rows.entries())
          for (const column of ['required', 'optional', 'items'] as const) {
            const items = row[column];
            if (items?.length)
              yield {
                kind: 'collection',
                items,
                column,
                path: [...path, 'rows', r, column],
                context: rowText(row, lang),
              };
          }
        break;
      case 'auto-collection':
        yield { kind: 'auto-collection', items: block.items, path: [...path, 'items'], context: '' };
        break;
      case 'third-party':
      case 'overseas':
      case 'overseas-collection':
        for (const [r, row] of block.rows.entries())
          if (row.items?.length)
            yield {
              kind: block.type,
              items: row.items,
              path: [...path, 'rows', r, 'items'],
              context: rowText(row, lang),
            };
        break;
      case 'behavioural-ads':
        if (block.data?.length)
          yield { kind: 'behavioural-ads', items: block.data, path: [...path, 'data'], context: rowText(block, lang) };
        for (const [t, tool] of (block.tools ?? []).entries())
          if (tool.items?.length)
            yield {
              kind: 'collection-tool',
              items: tool.items,
              path: [...path, 'tools', t, 'items'],
              context: rowText(tool, lang),
            };
        break;
      default:
        break;
    }
  }
  for (const [i, item] of (policy.consents ?? []).entries())
    if (item.items?.length)
      yield {
        kind: 'consent',
        items: item.items,
        path: ['consents', i, 'items'],
        context: rowText(item, lang),
        consent: item,
      };
  if (policy.children?.guardianItems?.length)
    yield { kind: 'guardian', items: policy.children.guardianItems, path: ['children', 'guardianItems'], context: '' };
}

export interface LocatedItem {
  readonly text: Text;
  readonly path: readonly PathKey[];
  /** A group's label (`보험 관련 정보`) rather than an item. */
  readonly label: boolean;
}

/** Every item of a list with its path, group labels included, depth first. */
export function* locatedItems(items: DataItems, path: readonly PathKey[]): Generator<LocatedItem> {
  for (const [index, item] of items.entries()) {
    if (typeof item === 'object' && 'items' in item && 'label' in item) {
      yield { text: item.label as Text, path: [...path, index, 'label'], label: true };
      yield* locatedItems(item.items as DataItems, [...path, index, 'items']);
    } else yield { text: item as Text, path: [...path, index], label: false };
  }
}
