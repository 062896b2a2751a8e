/* eslint-disable lit-a11y/no-redundant-role -- role="list": Safari drops list semantics from lists styled without markers. */
/**
 * `mode="reconsent"`: a new version of the document changed what a member consented to (PIPA
 * 15(2), 17(2): a changed matter needs consent again). The versions their decisions were made
 * under are compared with this one (`consentChanges`: an item added, or its purposes, data,
 * recipients or retention changed, a channel added, another terms document; wording does not
 * count), and only the items that changed are asked, each with what changed (before and after)
 * and its full notice, none pre-checked. The record (`event: 'reconsent'`) decides every item:
 * those asked as the member decided, the others as they stood. A required item refused means
 * leaving, so the link to leave stands beside them.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { setChannel, setItem, setNight } from '../../consent/decisions.js';
import { emptyDecisions, type Decisions } from '../../consent/form-model.js';
import { olderVersions, reconsentDecisions, reconsentItems, type ReconsentItem } from '../../consent/member.js';
import { consentFactParts, type ConsentFact, type FactPart } from '../../policy/diff.js';
import { isDocumentUrl } from '../../policy/links.js';
import { fetchPolicy } from '../../policy/load-core.js';
import { checkConsentPolicy } from '../../policy/schema-consent.js';
import type { PrivacyPolicy } from '../../policy/types.js';
import { inLang, sentenceAround, tagged } from '../shared/render-text.js';
import { itemTemplate, type ItemHandlers, type ViewContext } from './item-view.js';
import type { MemberModes, ModeView } from './member-modes.js';
import type { Result } from './result-view.js';

export class View implements ModeView {
  /** The older versions the member's decisions were made under, once loaded (missing ones left out). */
  private older?: ReadonlyMap<string, PrivacyPolicy>;
  private asked: readonly ReconsentItem[] = [];
  private decisions: Decisions = {};
  private readonly open = new Set<string>();
  private attempted = false;
  private sending = false;
  private failed = false;
  private result?: Result;
  private readonly handlers: ItemHandlers;

  constructor(private readonly modes: MemberModes) {
    const form = () => modes.kit.model()!;
    this.handlers = modes.handlers(this.open, {
      item: (id, granted) => this.choose(setItem(form(), this.decisions, id, granted)),
      channel: (id, channel, granted) => this.choose(setChannel(form(), this.decisions, id, channel, granted)),
      night: (id, granted) => this.choose(setNight(this.decisions, id, granted)),
    });
    void this.load();
  }

  /** Loads the versions to compare with: inline in `previousVersions`, or fetched from their URL. */
  private async load(): Promise<void> {
    const { modes } = this;
    const policy = modes.policyDoc();
    const older = new Map<string, PrivacyPolicy>();
    await Promise.all(
      olderVersions(policy, modes.state).map(async (version) => {
        const ref = policy.previousVersions?.find((candidate) => candidate.version === version);
        const inline = ref?.policy && checkConsentPolicy(ref.policy);
        if (inline?.valid) return void older.set(version, inline.policy);
        if (ref?.url && !isDocumentUrl(ref))
          await fetchPolicy(ref.url, checkConsentPolicy).then(
            (loaded) => older.set(version, loaded.policy),
            // Not comparable: its items are asked, to be safe.
            () => undefined,
          );
      }),
    );
    this.older = older;
    const form = modes.kit.model()!;
    this.asked = reconsentItems(form, policy, modes.state, older);
    // Nothing pre-checked: a changed item needs a fresh, active consent.
    const empty = emptyDecisions(form);
    this.decisions = Object.fromEntries(this.asked.map(({ entry }) => [entry.id, empty[entry.id]!]));
    modes.kit.host.requestUpdate();
  }

  private choose(next: Decisions): void {
    this.decisions = next;
    this.modes.kit.host.requestUpdate();
    this.modes.kit.host.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  }

  private missing(): string[] {
    return this.asked
      .filter(({ entry }) => entry.required && !this.decisions[entry.id]?.granted)
      .map(({ entry }) => entry.id);
  }

  private readonly submit = async (): Promise<void> => {
    const { modes } = this;
    const [first] = this.missing();
    if (first !== undefined) {
      this.attempted = true;
      modes.kit.host.requestUpdate();
      await modes.kit.host.updateComplete;
      modes.kit.host.renderRoot.querySelector<HTMLElement>(`#item-${CSS.escape(first)}`)?.focus();
      return;
    }
    const policy = modes.policyDoc();
    const decisions = reconsentDecisions(modes.kit.model()!, modes.state, policy.id, this.decisions);
    this.sending = true;
    this.failed = false;
    modes.kit.host.requestUpdate();
    try {
      this.result = await modes.send(
        { event: 'reconsent', decisions },
        this.asked.map(({ entry }) => entry.id),
      );
      // Render the confirmation now (the update send() asked for may have run already), then focus it.
      modes.kit.host.requestUpdate();
      await modes.kit.host.updateComplete;
      modes.kit.host.renderRoot.querySelector<HTMLElement>('#result-reconsent')?.focus();
    } catch (error) {
      if ((error as Error).name !== 'AbortError') this.failed = true;
    } finally {
      this.sending = false;
      modes.kit.host.requestUpdate();
    }
  };

  /** What changed in an item: each fact before and after, or why it is asked. */
  private changes(asked: ReconsentItem, ctx: ViewContext): TemplateResult {
    const term = this.modes.localize.term.bind(this.modes.localize);
    const { change, entry } = asked;
    const reason = html`<p class="change-reason">
      <span class="reason">[${term('reconsentReason', asked.reason)}]</span>
    </p>`;
    if (!change || change.status !== 'changed' || !change.before || !asked.older) return reason;
    const lang = ctx.localize.lang;
    const before = consentFactParts(asked.older, change.before, lang);
    const after = consentFactParts(this.modes.policyDoc(), change.after, lang);
    // Each value in the language it resolved to (a partly translated document mixes them).
    const piece = ({ text, lang: own }: FactPart) => (own ? tagged(text, own, ctx.t) : text);
    const list = (values: readonly FactPart[][]) =>
      values.length ? values.map((value, index) => [index ? ', ' : '', value.map(piece)]) : term('none');
    return html`${reason}
      <dl class="changes" part="changes">
        ${change.facts.map(
          (fact: ConsentFact) =>
            html`<dt>${term('factName', fact, entry.category)}</dt>
              <dd>
                <span class="was">${term('before')}: ${list(before[fact])}</span>
                <span class="is">${term('after')}: ${list(after[fact])}</span>
              </dd>`,
        )}
      </dl>`;
  }

  render(): TemplateResult {
    const { modes } = this;
    const term = modes.localize.term.bind(modes.localize);
    if (!this.older) return html`<p class="status" part="status" role="status" aria-busy="true">${term('loading')}</p>`;
    const policy = modes.policyDoc();
    if (this.result)
      return html`<div class="base member reconsent" part="base">
        ${modes.notice(this.result, 'result-reconsent')}
      </div>`;
    if (!this.asked.length)
      return html`<div class="base member reconsent" part="base">
        <p class="status" part="status">${term('reconsentNone')}</p>
      </div>`;
    const missing = new Set(this.attempted ? this.missing() : []);
    const ctx = modes.viewContext(this.open, missing, this.sending);
    const required = this.asked.some(({ entry }) => entry.required);
    const date = policy.effectiveOn ? modes.localize.date(policy.effectiveOn) : policy.version;
    return html`<div class="base member reconsent" part="base">
      <h3 class="mode-title">${term('reconsentTitle')}</h3>
      <p>${sentenceAround((slot) => term('reconsentLead', slot, date), inLang(policy.controller.name, ctx.t))}</p>
      <ul class="items" role="list">
        ${this.asked.map((asked) =>
          itemTemplate(asked.entry, this.decisions, this.handlers, ctx, this.changes(asked, ctx)),
        )}
      </ul>
      ${required ? modes.leave(term('reconsentRequiredHint')) : nothing}
      ${
        missing.size
          ? html`<p class="alert missing" part="error" role="alert">${term('missingSummary', missing.size)}</p>`
          : nothing
      }
      ${this.failed ? html`<p class="alert" part="error" role="alert">${term('saveFailed')}</p>` : nothing}
      <button type="button" class="submit" part="submit" ?disabled=${ctx.disabled} @click=${this.submit}>
        ${term(this.sending ? 'sending' : 'submit')}
      </button>
    </div>`;
  }
}
