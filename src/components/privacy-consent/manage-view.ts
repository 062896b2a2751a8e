/* eslint-disable lit-a11y/no-redundant-role -- role="list": Safari drops list semantics from lists styled without markers. */
/**
 * `mode="manage"`: a member's consent settings (마이페이지 > 개인정보 및 수신 설정). Required items
 * are shown as agreed, with the date, and no checkbox: withdrawing them means leaving the
 * service, so the link to leave (`withdraw-href`) stands beside them. Each optional item and
 * each advertising channel (and the night-time option) is a box showing the current decision
 * and its date; one press changes it and sends a record at once, a `withdraw` when it leaves
 * nothing granted (PIPA 37(1)), else a `change`: withdrawing is exactly as easy as consenting
 * (PIPA 37, 38; Network Act 50(5)). The confirmation appears under the item (50(7)).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { isPartial, setChannel, setItem, setNight } from '../../consent/decisions.js';
import type { Decisions, FormItem, ItemState } from '../../consent/form-model.js';
import { changeEvent, stateDecision } from '../../consent/member.js';
import { latestDecision, type DecisionState } from '../../consent/member-state.js';
import { inLang } from '../shared/render-text.js';
import { checkbox, inlineNotice, opener, tag, type ItemHandlers, type ViewContext } from './item-view.js';
import type { MemberModes, ModeView } from './member-modes.js';
import type { Result } from './result-view.js';
import { summaryTemplate } from './summary.js';

export class View implements ModeView {
  /** Decisions made but not stored yet, by item id. */
  private readonly drafts = new Map<string, ItemState>();
  private readonly open = new Set<string>();
  /** The latest confirmation, under its item. */
  private shown?: { readonly id: string; readonly result: Result };
  private failed?: string;
  /** Records go out one after another, so the receiver stores them in the order they were made. */
  private queue: Promise<unknown> = Promise.resolve();
  private readonly handlers: ItemHandlers;

  constructor(private readonly modes: MemberModes) {
    this.handlers = modes.handlers(this.open, {
      item: (id, granted) =>
        this.change(id, (current) => {
          // The item's box grants or withdraws every channel; the night-time consent stays its own choice.
          const next = setItem(this.modes.kit.model()!, { [id]: current }, id, granted)[id]!;
          return next.channels ? { ...next, night: next.granted && Boolean(current.night) } : next;
        }),
      channel: (id, channel, granted) =>
        this.change(id, (current) => setChannel(this.modes.kit.model()!, { [id]: current }, id, channel, granted)[id]!),
      night: (id, granted) => this.change(id, (current) => setNight({ [id]: current }, id, granted)[id]!),
    });
  }

  /** The item's decision as shown: a pending change, else the member's state. */
  private current(entry: FormItem): ItemState {
    return (
      this.drafts.get(entry.id) ??
      stateDecision(entry, latestDecision(this.modes.state, this.modes.policyDoc().id, entry.id))
    );
  }

  private change(id: string, next: (current: ItemState) => ItemState): void {
    const { modes } = this;
    const entry = modes.kit.model()!.items.find((candidate) => candidate.id === id)!;
    const decision = next(this.current(entry));
    this.drafts.set(id, decision);
    this.failed = undefined;
    modes.kit.host.requestUpdate();
    modes.kit.host.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
    const decisions: Decisions = { [id]: decision };
    this.queue = this.queue.then(async () => {
      try {
        const result = await modes.send({ event: changeEvent(decision), itemIds: [id], decisions });
        this.shown = { id, result };
      } catch (error) {
        if ((error as Error).name !== 'AbortError') this.failed = id;
      } finally {
        if (this.drafts.get(id) === decision) this.drafts.delete(id);
        modes.kit.host.requestUpdate();
      }
    });
  }

  /** The decision and its date, or that the member never decided. */
  private decided(state: DecisionState | undefined, id: string, pending: boolean): TemplateResult {
    const term = this.modes.localize.term.bind(this.modes.localize);
    return html`<p class="decision" part="decision" id="decision-${id}">
      ${
        pending
          ? term('saving')
          : state
            ? term('decidedOn', state.granted, state.event, this.modes.date(state.decidedAt))
            : term('notDecided')
      }
    </p>`;
  }

  private title(entry: FormItem, ctx: ViewContext): string {
    return ctx.t(entry.item.title);
  }

  /** A required item: agreed, with its date and notice, and no box. */
  private requiredRow(entry: FormItem, ctx: ViewContext): TemplateResult {
    const decided = latestDecision(this.modes.state, this.modes.policyDoc().id, entry.id);
    const title = this.title(entry, ctx);
    return html`<li class="item fixed" part="item" data-item=${entry.id} data-category=${entry.category}>
      <div class="check">
        <span class="label"
          >${tag(true, ctx.localize)} <span lang=${ctx.t.langOf(entry.item.title)}>${title}</span></span
        >
        ${opener(entry, title, this.handlers, ctx)}
      </div>
      ${this.decided(decided, entry.id, false)} ${summaryTemplate(entry, ctx) ?? nothing} ${inlineNotice(entry, ctx)}
    </li>`;
  }

  private channels(entry: FormItem, current: ItemState, ctx: ViewContext): TemplateResult {
    const decided = latestDecision(this.modes.state, this.modes.policyDoc().id, entry.id);
    const pending = this.drafts.has(entry.id);
    const legendId = `channels-${entry.id}`;
    return html`<fieldset class="channels" part="channels" aria-labelledby=${legendId}>
      <legend id=${legendId}>${ctx.localize.term('channels')}</legend>
      <div class="channel-list member-channels">
        ${(entry.item.channels ?? []).map((channel) => {
          const id = `${entry.id}-${channel.id}`;
          return html`<div class="check">
            ${checkbox({
              id: `channel-${id}`,
              checked: Boolean(current.channels?.[channel.id]),
              disabled: ctx.disabled,
              describedBy: `decision-${id}`,
              onChange: (granted) => this.handlers.channel(entry.id, channel.id, granted),
            })}
            <label for="channel-${id}">${inLang(channel.label, ctx.t)}</label>
            ${this.decided(
              decided?.channels?.find((found) => found.id === channel.id),
              id,
              pending,
            )}
          </div>`;
        })}
      </div>
      ${
        entry.item.night
          ? html`<div class="check night">
                ${checkbox({
                  id: `night-${entry.id}`,
                  checked: Boolean(current.night),
                  disabled: ctx.disabled || !current.granted,
                  describedBy: `night-hint-${entry.id}`,
                  onChange: (granted) => this.handlers.night(entry.id, granted),
                })}
                <label for="night-${entry.id}">${ctx.localize.term('night')}</label>
              </div>
              <p class="hint" id="night-hint-${entry.id}">${ctx.localize.term('nightHint')}</p>`
          : nothing
      }
    </fieldset>`;
  }

  /** An optional item: one box that changes it at once, its decision and date, its channels. */
  private optionalRow(entry: FormItem, ctx: ViewContext): TemplateResult {
    const current = this.current(entry);
    const decided = latestDecision(this.modes.state, this.modes.policyDoc().id, entry.id);
    const title = this.title(entry, ctx);
    const summary = summaryTemplate(entry, ctx);
    const failed = this.failed === entry.id;
    return html`<li class="item" part="item" data-item=${entry.id} data-category=${entry.category}>
      <div class="check">
        ${checkbox({
          id: `item-${entry.id}`,
          checked: current.granted,
          indeterminate: isPartial(entry, current),
          disabled: ctx.disabled,
          describedBy: [`decision-${entry.id}`, summary && `summary-${entry.id}`, failed && `error-${entry.id}`]
            .filter(Boolean)
            .join(' '),
          invalid: failed,
          onChange: (granted) => this.handlers.item(entry.id, granted),
        })}
        <label for="item-${entry.id}"
          >${tag(false, ctx.localize)} <span lang=${ctx.t.langOf(entry.item.title)}>${title}</span></label
        >
        ${opener(entry, title, this.handlers, ctx)}
      </div>
      ${this.decided(decided, entry.id, this.drafts.has(entry.id) && !entry.item.channels)} ${summary ?? nothing}
      ${inlineNotice(entry, ctx)} ${entry.item.channels ? this.channels(entry, current, ctx) : nothing}
      ${
        failed
          ? html`<p class="error" part="error" role="alert" id="error-${entry.id}">
              ${ctx.localize.term('saveFailed')}
            </p>`
          : nothing
      }
      ${this.shown?.id === entry.id ? this.modes.notice(this.shown.result, `result-${entry.id}`) : nothing}
    </li>`;
  }

  render(): TemplateResult {
    const { modes } = this;
    const model = modes.kit.model()!;
    const ctx = modes.viewContext(this.open);
    const required = model.items.filter((entry) => entry.required);
    const optional = model.items.filter((entry) => !entry.required);
    const term = modes.localize.term.bind(modes.localize);
    return html`<div class="base member manage" part="base">
      ${
        required.length
          ? modes.group(
              'required',
              html`<ul class="items" role="list">
                  ${required.map((entry) => this.requiredRow(entry, ctx))}
                </ul>
                ${modes.leave(term('requiredHint'))}`,
            )
          : nothing
      }
      ${
        optional.length
          ? modes.group(
              'optional',
              html`<p class="hint">${term('optionalHint')}</p>
                <ul class="items" role="list">
                  ${optional.map((entry) => this.optionalRow(entry, ctx))}
                </ul>`,
            )
          : nothing
      }
    </div>`;
  }
}
