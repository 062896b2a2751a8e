/** How the list of changes names a table's field: by the heading its table gives it. */
import type { CatalogKey } from '../../i18n/index.js';
import type { BlockType } from '../../policy/types.js';
import type { Column } from './card-table.js';
import * as C from './columns.js';
import * as R from './rare-columns.js';

/** Every typed table's columns by block type (a behavioural-ads block's own and its tools'). */
const COLUMNS: Partial<Record<BlockType, readonly Column<never>[]>> = {
  collection: C.COLLECTION,
  retention: C.RETENTION,
  'third-party': C.THIRD_PARTY,
  entrustment: C.ENTRUSTMENT,
  overseas: C.OVERSEAS,
  remedies: C.REMEDIES,
  'cookie-refusal': C.COOKIE_REFUSAL,
  'cookie-categories': C.COOKIE_CATEGORIES,
  'domestic-agent': R.DOMESTIC_AGENT,
  'automated-decisions': R.AUTOMATED,
  transmission: R.TRANSMISSION,
  'overseas-collection': R.OVERSEAS_COLLECTION,
  'behavioural-ads': [...R.ADS, ...R.TOOLS],
  'change-log': R.CHANGE_LOG,
};

/** The heading a typed table gives a field of its rows, e.g. `제공받는 자의 보유·이용 기간`. */
export const columnHeading = (type: BlockType, field: string): CatalogKey | undefined =>
  COLUMNS[type]?.find(([name]) => name === field)?.[1] || undefined;

/** The caption of the blocks that are one record or need one to be told apart in a section. */
export const BLOCK_NAMES: Partial<Record<BlockType, CatalogKey>> = {
  'domestic-agent': 'labelAgent',
  'automated-decisions': 'labelAutomated',
  transmission: 'labelTransmission',
  'overseas-collection': 'labelOverseasCollection',
  'behavioural-ads': 'labelAds',
};
