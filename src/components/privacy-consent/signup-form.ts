/**
 * The signup form (`mode="signup"`, the default): the choices as the person makes them, which
 * notices are open, whether a submit was attempted, sending and the confirmation; the value and
 * validity it gives the `<form>`; and the way out for children under the age limit (the guardian
 * step, loaded the first time the person says they are under it). It comes with the form's
 * view, loaded with the policy checker (see signup-view.ts), with the form's Korean strings.
 */
import { html, type ReactiveController, type TemplateResult } from 'lit';
import { setAll, setChannel, setItem, setNight } from '../../consent/decisions.js';
import { emptyDecisions, missingRequired, type Decisions } from '../../consent/form-model.js';
import { newRecordId } from '../../consent/record-id.js';
import koForm from '../../i18n/ko/consent-form.js';
import type { ConsentReceipt, ConsentRecord, GuardianConsent } from '../../consent/record.js';
import { documentBase } from '../../policy/links.js';
import { hasLocale } from '../../policy/text.js';
import { resolver } from '../shared/text-lang.js';
import { isAccountMode } from './account-modes.js';
import { addKorean } from './consent-localize.js';
import { formTemplate, type FormHandlers } from './form-view.js';
import { syncFormValue } from './form-value.js';
import type * as GuardianModule from './guardian.js';
import type { ViewContext } from './item-view.js';
import type { ConsentKit } from './kit.js';
import type * as ReceiptModule from './receipt-view.js';
import type { SheetController } from './sheet-controller.js';

addKorean(koForm);

type Phase = 'editing' | 'sending' | 'submitted';

export class SignupForm implements ReactiveController {
  decisions: Decisions = {};
  ageConfirmed = false;
  /** Open notices (inline layout). */
  open: ReadonlySet<string> = new Set();
  phase: Phase = 'editing';
  /** An error to show (delivery refused), or ''. */
  problem = '';
  /** A submit was attempted with required items missing: each says so until ticked. */
  attempted = false;
  recordId = newRecordId();
  /** The guardian step, once the person said they are under the age limit. */
  guardian?: GuardianModule.GuardianStep;
  /** The receiver's receipt of the record submitted, and the view that confirms it (see submission.ts). */
  receipt: ConsentReceipt | null = null;
  receiptView?: typeof ReceiptModule.receiptView;
  /** The sheet of the `sheet` layout, loaded the first time a 보기 button is pressed. */
  private sheet?: SheetController;

  constructor(private readonly kit: ConsentKit) {
    kit.host.addController(this);
  }

  hostUpdated(): void {
    // Again after rendering: the boxes the validity is anchored on exist now.
    if (!isAccountMode(this.kit.host.mode)) this.sync();
  }

  /** Re-renders and updates the form value and validity. */
  changed(): void {
    this.kit.host.requestUpdate();
    this.sync();
  }

  /** Clears every choice (nothing checked) and starts a new record. */
  reset(): void {
    const model = this.kit.model();
    this.decisions = model ? emptyDecisions(model) : {};
    this.ageConfirmed = false;
    this.recordId = newRecordId();
    this.phase = 'editing';
    this.problem = '';
    this.kit.control.touched = false;
    this.attempted = false;
    this.guardian?.reset();
    this.changed();
  }

  /** Every notice open with `expanded`, none otherwise. */
  expand(expanded: boolean): void {
    const model = this.kit.model();
    this.open = new Set(expanded && model ? [...model.items, ...model.notices].map((entry) => entry.id) : []);
    this.kit.host.requestUpdate();
  }

  /** The form value and validity, anchored on the first unchecked required box. */
  sync(): void {
    const { kit } = this;
    const loaded = kit.source.loaded;
    const model = kit.model();
    const term = kit.localize.term.bind(kit.localize);
    if (!model || !loaded) return kit.control.notLoaded(term('notReady'));
    const { id, version, lang } = loaded.policy;
    const t = resolver(kit.localize.lang, lang);
    const hash = kit.hash();
    syncFormValue(
      kit.control,
      {
        recordId: this.recordId,
        policy: { id, version, ...(hash ? { hash } : {}) },
        model,
        decisions: this.decisions,
        ageConfirmed: this.ageConfirmed,
        ...(this.guardian?.underAge ? { guardian: this.guardian.verified ?? 'pending' } : {}),
      },
      kit.host.renderRoot,
      (first) =>
        first === 'guardian'
          ? this.guardian!.message()
          : term(
              'requiredMissing',
              first === 'age'
                ? term('ageConfirm', model.age!.minimumAge)
                : t(model.items.find((entry) => entry.id === first)!.item.title),
            ),
    );
  }

  /** A submit was attempted (the form's validation, `reportValidity()`, `submit()`). */
  readonly attempt = (): void => {
    this.kit.control.touch();
    this.attempted = true;
    this.kit.host.requestUpdate();
  };

  /** The required rows still unticked (the age confirmation is not asked of a child with a guardian). */
  missing(): string[] {
    const model = this.kit.model();
    return model ? missingRequired(model, this.decisions, this.ageConfirmed || Boolean(this.guardian?.underAge)) : [];
  }

  /** Builds the record of the choices, lets the host veto it, delivers it and shows the confirmation. */
  async deliver(guardian?: GuardianConsent): Promise<ConsentRecord> {
    return (await this.kit.submission()).deliverSignup(this, this.kit, guardian);
  }

  /** Starts the guardian step (loading it on first use): the person says they are under the age limit. */
  private async underAge(): Promise<void> {
    if (!this.guardian) {
      const { GuardianStep } = await import('./guardian.js');
      this.guardian ??= new GuardianStep(this.kit, this);
    }
    this.guardian.request();
  }

  private async openSheet(id: string): Promise<void> {
    if (!this.sheet) {
      // The controller and its view in parallel: one wait on the first 보기.
      const [{ SheetController }] = await Promise.all([import('./sheet-controller.js'), import('./sheet-view.js')]);
      this.sheet ??= new SheetController(this.kit.host);
    }
    await this.sheet.open(id);
  }

  private userChange(next: Decisions): void {
    this.decisions = next;
    this.kit.control.touched = true;
    // At once, not after rendering: a `change` listener reading FormData sees the new value.
    this.changed();
    this.kit.host.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  }

  private readonly handlers: FormHandlers = {
    item: (id, granted) => this.userChange(setItem(this.kit.model()!, this.decisions, id, granted)),
    channel: (id, channel, granted) => {
      const before = Boolean(this.decisions[id]?.granted);
      this.userChange(setChannel(this.kit.model()!, this.decisions, id, channel, granted));
      // The night-time box is enabled by the first channel and disabled with the last: say so.
      const after = Boolean(this.decisions[id]?.granted);
      const night = this.kit.model()!.items.find((entry) => entry.id === id)?.item.night;
      if (night && before !== after)
        this.kit.announce(this.kit.localize.term(after ? 'nightAvailable' : 'nightUnavailable'));
    },
    night: (id, granted) => this.userChange(setNight(this.decisions, id, granted)),
    // 전체 동의 ticks the age confirmation too, as Korean signup screens do (its hint says so).
    all: (granted) => {
      if (this.kit.model()!.age && !this.guardian?.underAge) this.ageConfirmed = granted;
      this.userChange(setAll(this.kit.model()!, this.decisions, granted));
    },
    age: (confirmed) => {
      this.ageConfirmed = confirmed;
      this.userChange(this.decisions);
    },
    guardian: () => void this.underAge(),
    toggle: (id) => {
      const open = new Set(this.open);
      if (!open.delete(id)) open.add(id);
      this.open = open;
      this.kit.host.requestUpdate();
    },
    view: (id) => void this.openSheet(id),
    submit: () => void this.kit.host.submit().catch(() => {}),
  };

  render(): TemplateResult {
    const { kit } = this;
    const { host, localize } = kit;
    const { policy } = kit.source.loaded!;
    const t = resolver(localize.lang, policy.lang, documentBase(policy), localize.catalogLang);
    const record = host.record;
    if (this.phase === 'submitted' && record && this.receiptView)
      return this.receiptView(record, this.receipt, policy, t, localize, this.guardian?.receiptLine(record));
    const model = kit.model()!;
    const guardian = this.guardian?.underAge ? this.guardian : undefined;
    const ctx: ViewContext = {
      t,
      localize,
      disabled: kit.disabled() || this.phase === 'sending' || Boolean(guardian?.draft),
      textLang: hasLocale(policy.title, localize.lang, policy.lang) ? localize.lang : policy.lang,
      layout: host.layout === 'sheet' ? 'sheet' : 'inline',
      open: this.open,
      missing: new Set(this.attempted ? this.missing() : []),
    };
    return html`${formTemplate({
      model,
      decisions: this.decisions,
      ageConfirmed: this.ageConfirmed,
      ...(guardian ? { ageRow: guardian.row(ctx, this.attempted) } : {}),
      agreeAll: host.agreeAll,
      problem: this.problem,
      ownSubmit: !kit.inForm() && !guardian,
      sending: this.phase === 'sending',
      handlers: this.handlers,
      ctx,
    })}${this.sheet?.render(model, ctx, (id) => this.handlers.item(id, true))}`;
  }
}
