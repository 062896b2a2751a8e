/* eslint-disable lit-a11y/no-redundant-role -- role="list": Safari drops list semantics from lists styled without markers. */
/**
 * `mode="reconfirm"`: the two-yearly reconfirmation of advertising consent (Network Act 50(8),
 * Decree 62-3): the sender's name, when the member consented on each channel and by when it is
 * reconfirmed, and how to keep or withdraw it. Each advertising item offers two buttons of the
 * same weight, keep (the channels left ticked) and withdraw (all of them), each one action; the
 * record is `event: 'reconfirm'`, and the confirmation states the sender, the date and the
 * result (50(7)). No advertising here: the message must carry none.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { reconfirmDecision, reconfirmItems, type ReconfirmItem } from '../../consent/member.js';
import { inLang } from '../shared/render-text.js';
import { checkbox } from './item-view.js';
import type { MemberModes, ModeView } from './member-modes.js';
import type { Result } from './result-view.js';

export class View implements ModeView {
  /** The consents asked about, as they stood when the page opened (they stay shown once answered). */
  private readonly targets: readonly ReconfirmItem[];
  /** The channels ticked to keep, by item id. */
  private readonly keep = new Map<string, Set<string>>();
  private readonly results = new Map<string, Result>();
  private pending?: string;
  private failed?: string;

  constructor(private readonly modes: MemberModes) {
    this.targets = reconfirmItems(modes.kit.model()!, modes.state, modes.policyDoc().id);
    for (const target of this.targets)
      this.keep.set(target.entry.id, new Set(target.channels.map((channel) => channel.id)));
  }

  private async answer(target: ReconfirmItem, keep: ReadonlySet<string>): Promise<void> {
    const { modes } = this;
    const id = target.entry.id;
    this.pending = id;
    this.failed = undefined;
    modes.kit.host.requestUpdate();
    try {
      const decision = reconfirmDecision(target, keep);
      this.results.set(id, await modes.send({ event: 'reconfirm', itemIds: [id], decisions: { [id]: decision } }));
      // Render the confirmation now (the update send() asked for may have run already), then focus it.
      modes.kit.host.requestUpdate();
      await modes.kit.host.updateComplete;
      modes.kit.host.renderRoot.querySelector<HTMLElement>(`#result-${CSS.escape(id)}`)?.focus();
    } catch (error) {
      if ((error as Error).name !== 'AbortError') this.failed = id;
    } finally {
      this.pending = undefined;
      modes.kit.host.requestUpdate();
    }
  }

  private item(target: ReconfirmItem): TemplateResult {
    const { modes } = this;
    const term = modes.localize.term.bind(modes.localize);
    const t = modes.t();
    const { entry } = target;
    const id = entry.id;
    const result = this.results.get(id);
    const kept = this.keep.get(id)!;
    const disabled = modes.kit.disabled() || this.pending !== undefined;
    const due = (time: string, date: string) => term('consentedOn', modes.date(time), modes.localize.date(date));
    const labelId = `reconfirm-${id}`;
    return html`<li class="item" part="item" data-item=${id} data-category=${entry.category}>
      <p class="item-title" id=${labelId}><strong>${t(entry.item.title)}</strong></p>
      ${
        target.channels.length
          ? html`<fieldset class="channels" part="channels" aria-labelledby=${labelId} ?disabled=${Boolean(result)}>
              <div class="channel-list member-channels">
                ${target.channels.map((channel) => {
                  const label = entry.item.channels!.find((found) => found.id === channel.id)!.label;
                  return html`<div class="check">
                    ${checkbox({
                      id: `keep-${id}-${channel.id}`,
                      checked: kept.has(channel.id),
                      disabled: disabled || Boolean(result),
                      describedBy: `since-${id}-${channel.id}`,
                      onChange: (checked) => {
                        if (checked) kept.add(channel.id);
                        else kept.delete(channel.id);
                        modes.kit.host.requestUpdate();
                      },
                    })}
                    <label for="keep-${id}-${channel.id}">${t(label)}</label>
                    <p class="decision" part="decision" id="since-${id}-${channel.id}">
                      ${due(channel.decidedAt, channel.due)}
                    </p>
                  </div>`;
                })}
              </div>
              <p class="hint">${term('keepHint')}</p>
            </fieldset>`
          : html`<p class="decision" part="decision">${due(target.decided.decidedAt, target.due)}</p>`
      }
      ${
        result
          ? modes.notice(result, `result-${id}`)
          : html`<p class="answer" role="group" aria-labelledby=${labelId}>
                <button
                  type="button"
                  class="secondary"
                  part="keep"
                  ?disabled=${disabled}
                  @click=${() => void this.answer(target, target.channels.length ? kept : new Set(['item']))}
                >
                  ${term(this.pending === id ? 'saving' : 'keep')}
                </button>
                <button
                  type="button"
                  class="secondary"
                  part="withdraw"
                  ?disabled=${disabled}
                  @click=${() => void this.answer(target, new Set())}
                >
                  ${term('withdrawAll')}
                </button>
              </p>
              ${
                this.failed === id
                  ? html`<p class="error" part="error" role="alert">${term('saveFailed')}</p>`
                  : nothing
              }`
      }
    </li>`;
  }

  render(): TemplateResult {
    const { modes } = this;
    const term = modes.localize.term.bind(modes.localize);
    return html`<div class="base member reconfirm" part="base">
      <h3 class="mode-title">${term('reconfirmTitle')}</h3>
      <p>${term('reconfirmLead')}</p>
      <dl class="sender">
        <dt>${term('resultSender')}</dt>
        <dd>${inLang(modes.policyDoc().controller.name, modes.t())}</dd>
      </dl>
      ${
        this.targets.length
          ? html`<ul class="items" role="list">
              ${this.targets.map((target) => this.item(target))}
            </ul>`
          : html`<p class="status" part="status">${term('reconfirmNone')}</p>`
      }
    </div>`;
  }
}
