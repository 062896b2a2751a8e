/**
 * The change log (개정 이력): one row per revision with its date, version and reason, and a
 * link to that version where it is published. Loaded only for a policy that has one.
 */
import type { TemplateResult } from 'lit';
import type { ChangeLogBlock } from '../../policy/types.js';
import { cardTable, type BlockContext } from './card-table.js';
import { CHANGE_LOG } from './rare-columns.js';

export const changeLogView = (block: ChangeLogBlock, ctx: BlockContext, caption?: unknown): TemplateResult =>
  cardTable(block.type, CHANGE_LOG, block.entries, ctx, caption ?? ctx.term('changeLog'), block.label);
