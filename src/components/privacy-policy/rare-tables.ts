/**
 * The typed tables few policies have (국내대리인, 자동화된 결정, 전송요구, 국외 수집, 맞춤형 광고),
 * in a chunk of their own loaded when a policy has one (blocks.ts).
 */
import { html, nothing } from 'lit';
import type { Block } from '../../policy/types.js';
import { cardTable, type BlockContext } from './card-table.js';
import * as C from './rare-columns.js';

export const rareTable = (block: Block, ctx: BlockContext): unknown => {
  const { term } = ctx;
  switch (block.type) {
    case 'domestic-agent':
      return cardTable(block.type, C.DOMESTIC_AGENT, [block], ctx, term('labelAgent'), block.label);
    case 'automated-decisions':
      return cardTable(block.type, C.AUTOMATED, block.decisions, ctx, term('labelAutomated'), block.label);
    case 'transmission':
      return cardTable(block.type, C.TRANSMISSION, [block], ctx, term('labelTransmission'), block.label);
    case 'overseas-collection':
      return cardTable(
        block.type,
        C.OVERSEAS_COLLECTION,
        block.rows,
        ctx,
        term('labelOverseasCollection'),
        block.label,
      );
    case 'behavioural-ads':
      return html`${cardTable(block.type, C.ADS, [block], ctx, term('labelAds'), block.label)}${
        block.tools?.length ? cardTable('collection-tools', C.TOOLS, block.tools, ctx, term('toolsCaption')) : nothing
      }`;
    default:
      return nothing;
  }
};
