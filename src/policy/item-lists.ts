/**
 * Every list of personal-data items in a document, wherever it sits: collection rows (required,
 * optional, unmarked), automatic collection, third-party, overseas and overseas-collection rows,
 * behavioural advertising and its collection tools, the guardian's items, and consent items.
 */
import { plainText, stringsIn } from './text.js';
import type { CollectionGroup, CollectionRow, ConsentItem, DataItems, PrivacyPolicy, Text } from './types.js';
import { collectionRows, rowItems, walkAllBlocks, type PathKey } from './walk.js';

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
  /** For collection rows: which column (a part counts as the column its `required` names). */
  readonly column?: 'required' | 'optional' | 'items';
  /** For collection rows: the row, and the groups above it (outermost first). */
  readonly row?: CollectionRow;
  readonly groups?: readonly CollectionGroup[];
  /** The rest of the row (or item) the list belongs to, as plain text: a statute cited there covers it. */
  readonly context: string;
  /** The consent item, for kind `consent`. */
  readonly consent?: ConsentItem;
}

/** Plain text of a row without its item lists (nor its parts, rows and groups). */
const OWN_LISTS = new Set(['items', 'required', 'optional', 'data', 'parts', 'rows', 'groups']);
const rowText = (row: object, lang: string): string =>
  Object.entries(row)
    .filter(([key]) => !OWN_LISTS.has(key))
    .flatMap(([, value]) => stringsIn(value))
    .map((value) => plainText(value, lang, lang))
    .join(' ');

/** Every item list of the document, in reading order, consent items and the guardian's items last. */
export function* itemLists(policy: PrivacyPolicy): Generator<ItemList> {
  const lang = policy.lang;
  for (const { block, path } of walkAllBlocks(policy)) {
    switch (block.type) {
      case 'collection':
        for (const { row, groups, inherited, path: rowPath } of collectionRows(block)) {
          // A statute the row's group cites covers the row too.
          const context = [rowText(row, lang), ...groups.map((group) => rowText(group, lang))]
            .concat(inherited.basis ? [plainText(inherited.basis, lang, lang)] : [])
            .join(' ');
          for (const { items, required, path: itemsPath, part } of rowItems(row))
            yield {
              kind: 'collection',
              items,
              column: required === true ? 'required' : required === false ? 'optional' : 'items',
              path: [...path, ...rowPath, ...itemsPath],
              context: part ? `${context} ${rowText(part, lang)}` : context,
              row,
              groups,
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
