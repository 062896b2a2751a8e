import { html, LitElement, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { buildRecord, documentHashes } from '../../consent/build-record.js';
import { setAll, setChannel, setItem, setNight } from '../../consent/decisions.js';
import {
  consentForm,
  emptyDecisions,
  missingRequired,
  type ConsentForm,
  type Decisions,
  type ItemState,
} from '../../consent/form-model.js';
import { newRecordId, type ConsentReceipt, type ConsentRecord } from '../../consent/record.js';
import { checkConsentPolicy } from '../../policy/schema-consent.js';
import { hasLocale } from '../../policy/text.js';
import type { PrivacyPolicy } from '../../policy/types.js';
import { LocalizeController } from '../shared/localize-controller.js';
import { PolicyController, type PolicyState } from '../shared/policy-controller.js';
import { policyStateView } from '../shared/state-view.js';
import { stateStyles } from '../shared/state-styles.js';
import { documentBase } from '../../policy/links.js';
import { resolver } from '../shared/render-text.js';
import { tableStyles } from '../shared/table-styles.js';
import { tokens } from '../shared/tokens.js';
import { gpcOn, pageInfo } from '../shared/browser-context.js';
import { DeliveryController, type DeliveryStatus } from '../shared/delivery-controller.js';
import { emit, hashOf } from '../shared/events.js';
import { FormControl } from './form-control.js';
import type * as ReceiptView from './receipt-view.js';
import { formTemplate, type FormHandlers } from './form-view.js';
import type { ViewContext } from './item-view.js';
import { SheetController } from './sheet-controller.js';
import { adoptStyles } from './adopt-styles.js';
import { styles } from './privacy-consent.styles.js';
import koConsent from '../../i18n/ko/consent.js';
import { registerStrings } from '../../i18n/registry.js';

// Korean ships with the element; other languages load on demand.
registerStrings('ko', 'consent', koConsent);

/** `agree-all="false"` turns 전체 동의 off; absent or any other value keeps it on. */
const defaultTrue = {
  fromAttribute: (value: string | null) => value !== 'false',
  toAttribute: (value: boolean) => String(value),
};

type Phase = 'editing' | 'sending' | 'submitted';

/** The content hash of a terms text; the hashing code loads after first render, as for the policy's. */
const textHash = async (text: unknown): Promise<string> =>
  (await import('../../policy/canonical.js')).contentHash(text);

/** What the live region says as a delivery goes on. */
const DELIVERY_NEWS: Partial<
  Record<DeliveryStatus | 'storage-unavailable', 'sendingStatus' | 'retrying' | 'storageUnavailable'>
> = {
  sending: 'sendingStatus',
  retrying: 'retrying',
  'storage-unavailable': 'storageUnavailable',
};

/**
 * The signup agreement screen: 전체 동의, then one item per consent and terms document the policy
 * declares, required ones before optional ones, each with [필수] or [선택], a one-line summary of
 * what the law says must stand out, and its statutory notice or terms one press away (inline, or
 * in a sheet with `layout="sheet"`), none pre-checked; the 만 14세 confirmation where the policy
 * sets an age limit; items processed without consent as notices; advertising consent per channel
 * with the separate night-time option. It posts a consent record (with each terms version) to
 * `endpoint` through a durable outbox. Inside a `<form>` it is form-associated.
 *
 * @tagname privacy-consent
 * @summary Korean signup agreement screen (terms, PIPA 15/17/22, Network Act 50, Location Information Act 18) that posts a consent record.
 *
 * @slot - An inline policy: `<script type="application/json">{…}</script>` (instead of `src` or `policy`).
 *
 * @attr name - The form field name the decisions are submitted under (as on `<input name>`).
 *
 * @cssstate invalid - A required item is not agreed yet (or a custom validity message is set).
 * @cssstate user-invalid - Invalid after the person chose something or a submission was attempted.
 *
 * @event privacy-load - The policy loaded and validated. `detail: { policy, hash }`.
 * @event change - The person changed a choice (not fired for programmatic changes).
 * @event privacy-submit - Cancelable, before sending. `detail: { record }`. `preventDefault()` stops delivery.
 * @event privacy-submitted - Delivered (or built, without `endpoint`). `detail: { record, receipt }`.
 * @event privacy-error - Loading or delivery failed. `detail: { error, willRetry }`; `error.code` says why (`http`, `invalid`, `network`, `receipt`, `rejected`, `endpoint`, `insecure`, …).
 * @event privacy-guardian-required - The person says they are under the age limit; run your guardian-consent flow. `detail: { minimumAge, handling }`.
 * @event privacy-warning - Records cannot be stored durably in this browser (private mode, a sandboxed iframe, a full quota). `detail: { code: 'storage-unavailable' }`.
 *
 * @csspart base - The wrapper of the form.
 * @csspart agree-all - The 전체 동의 box.
 * @csspart checkbox - Every checkbox (the round check; e.g. `border-radius` makes it square).
 * @csspart group - The [필수] and the [선택] group (also `group-required`, `group-optional`).
 * @csspart age - The age confirmation.
 * @csspart item - One consent item.
 * @csspart tag - The [필수] / [선택] label (also `tag-required`, `tag-optional`).
 * @csspart summary - The line under a title with the facts that must stand out (or a terms version).
 * @csspart toggle - The show/hide details button (inline layout).
 * @csspart view - The 보기 button that opens the sheet (sheet layout).
 * @csspart sheet - The sheet: a modal dialog with one item's notice or terms.
 * @csspart close - The sheet's close button.
 * @csspart agree - The sheet's button that agrees to the item.
 * @csspart document - A terms document: title, version, text or link.
 * @csspart notice - The statutory notice of an item.
 * @csspart notice-table - The notice table (purpose, items, retention, right to refuse).
 * @csspart notice-rows - The recipients of a provision item: one table with a row per recipient; for an overseas transfer, one table per recipient.
 * @csspart important - Emphasised notice content (size and weight cannot be overridden).
 * @csspart channels - The advertising channels of an item.
 * @csspart notices - Items processed without consent.
 * @csspart notice-item - One item processed without consent.
 * @csspart guardian - The under-age button.
 * @csspart submit - The submit button (outside a form).
 * @csspart status - Loading and sending messages.
 * @csspart error - Error messages: a required item left unticked (under it, and listed after a submit attempt), delivery refused.
 * @csspart receipt - The confirmation after submission.
 *
 * @cssproperty --privacy-color-brand - Buttons, links, checkboxes.
 * @cssproperty --privacy-color-text - Text.
 * @cssproperty --privacy-color-text-muted - Hints.
 * @cssproperty --privacy-color-surface - Item background.
 * @cssproperty --privacy-color-surface-muted - 전체 동의 and table header background.
 * @cssproperty --privacy-color-border - Borders.
 * @cssproperty --privacy-color-danger - Errors and the [필수] label.
 * @cssproperty --privacy-color-focus-ring - Focus outline.
 * @cssproperty --privacy-font-family - Font. Unset, `<privacy-consent>` takes the page's font family (the default shown is the other elements').
 * @cssproperty --privacy-font-size - Base size; notices are 0.875× and important content at least 1.2× of that and 12px.
 * @cssproperty --privacy-radius - Corner radius.
 * @cssproperty --privacy-space - Spacing unit.
 */
export class PrivacyConsent extends LitElement {
  static formAssociated = true;
  static override styles = [tokens, stateStyles, tableStyles, styles];
  static override shadowRootOptions = { ...LitElement.shadowRootOptions, delegatesFocus: true };

  /** URL of the policy JSON. */
  @property() src?: string;
  /**
   * Where the consent record is POSTed (JSON, with an `Idempotency-Key` header); relative to the
   * page. Without it nothing is sent: `privacy-submitted` hands the record to the host.
   */
  @property() endpoint?: string;
  /** Allows a plain-`http:` endpoint on another host; without it only https (or this machine) is used. */
  @property({ attribute: 'allow-insecure-endpoint', type: Boolean }) allowInsecureEndpoint = false;
  /** The host's pseudonymous user id, stored in the record. Never a resident registration number. */
  @property() subject?: string;
  /** Show 전체 동의 (default). `agree-all="false"` hides it. */
  @property({ attribute: 'agree-all', converter: defaultTrue }) agreeAll = true;
  /** Disables every control. A disabled `<fieldset>` around the element does the same. */
  @property({ type: Boolean, reflect: true }) disabled = false;
  /**
   * `inline` (default): each notice expands under its item. `sheet`: each row has a 보기 button
   * that opens the notice or terms in a modal sheet (from the bottom on a phone), whose
   * 동의합니다 ticks the row.
   */
  @property() layout: 'inline' | 'sheet' = 'inline';
  /** Opens every notice when the policy loads (inline layout), instead of none. */
  @property({ type: Boolean }) expanded = false;
  /** A policy object; wins over `src` and an inline child. */
  @property({ attribute: false }) policy?: PrivacyPolicy | Record<string, unknown>;
  /** Extra request headers for delivery, e.g. a CSRF token. */
  @property({ attribute: false }) headers: Record<string, string> = {};

  @state() private decisions: Decisions = {};
  @state() private ageConfirmed = false;
  @state() private open: ReadonlySet<string> = new Set();
  @state() private phase: Phase = 'editing';
  @state() private announcement = '';
  @state() private problem = '';
  @state() private formDisabled = false;
  /** A submit was attempted with required items missing: each says so until ticked. */
  @state() private attempted = false;

  /** The items, notices and age limit the policy asks this form to show. */
  private model?: ConsentForm;
  private recordId = newRecordId();
  private lastRecord: ConsentRecord | null = null;
  private lastReceipt: ConsentReceipt | null = null;
  private receiptView?: typeof ReceiptView.receiptView;
  /** The content hash of each inline terms text, computed after first render like `hash`. */
  private documentHashes?: Readonly<Record<string, string>>;
  private readonly sheet = new SheetController(this);
  private owner: HTMLFormElement | null = null;
  private readonly internals = this.attachInternals();
  private readonly control = new FormControl(this.internals);
  private readonly localize = new LocalizeController(this, ['consent']);
  private readonly source = new PolicyController(this, checkConsentPolicy, (settled) => this.onPolicy(settled));
  private readonly delivery = new DeliveryController(this, (news) => {
    const term = DELIVERY_NEWS[news];
    if (term) this.announcement = this.localize.term(term);
  });
  /** The policy's content hash, computed after first render (the record needs it, the form does not). */
  private hash?: string;

  /**
   * The form field name the decisions are submitted under. Backed by the `name` attribute at
   * once, as on `<input>`, so a `FormData` read right after setting it sees the value.
   */
  get name(): string {
    return this.getAttribute('name') ?? '';
  }

  set name(value: string) {
    this.setAttribute('name', value);
  }

  /** The decisions by item id: `{ granted }`, plus `channels` and `night` for advertising. */
  get value(): Readonly<Record<string, ItemState>> {
    return structuredClone(this.decisions);
  }

  /** The last record built by a submission, or null. */
  get record(): ConsentRecord | null {
    return this.lastRecord;
  }

  /** The `<form>` this element belongs to, as [`HTMLInputElement.form`](https://developer.mozilla.org/docs/Web/API/HTMLInputElement/form). */
  get form(): HTMLFormElement | null {
    return this.internals.form;
  }

  /** The `<label>` elements associated with this element. */
  get labels(): NodeList {
    return this.internals.labels;
  }

  /** As on `<input>`: why the element is invalid (a required item not agreed, or a custom error). */
  get validity(): ValidityState {
    return this.internals.validity;
  }

  /** As on `<input>`: the message the browser shows for the first missing item. */
  get validationMessage(): string {
    return this.internals.validationMessage;
  }

  /** As on `<input>`: false while disabled (also by a disabled `<fieldset>`). */
  get willValidate(): boolean {
    return this.internals.willValidate;
  }

  /** As on `<input>`: whether every required item is agreed; fires `invalid` when not. */
  checkValidity(): boolean {
    return this.internals.checkValidity();
  }

  /** As on `<input>`: `checkValidity()`, and the browser points at the first box to tick. */
  reportValidity(): boolean {
    this.onInvalid();
    return this.internals.reportValidity();
  }

  /** As on `<input>`: a non-empty message makes the element invalid with it; `''` clears it. */
  setCustomValidity(message: string): void {
    this.control.customMessage = String(message);
    this.syncForm();
  }

  /** Clears every choice (nothing checked) and starts a new record. */
  reset(): void {
    this.decisions = this.model ? emptyDecisions(this.model) : {};
    this.ageConfirmed = false;
    this.recordId = newRecordId();
    this.phase = 'editing';
    this.problem = '';
    this.control.touched = false;
    this.attempted = false;
    this.syncForm();
  }

  /**
   * Validates, builds the record, fires `privacy-submit`, and delivers it. Resolves with the
   * record once the receiver has it (retrying through network trouble); rejects when a
   * required item is missing, the submit event was cancelled, or the receiver refused it.
   */
  async submit(): Promise<ConsentRecord> {
    if (!this.model || !this.source.loaded) throw new Error(this.localize.term('notReady'));
    if (!this.reportValidity()) throw new Error(this.validationMessage);
    return this.deliver();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.source.request(this);
    // The form's own validation failed on this element (a submit was attempted).
    this.addEventListener('invalid', this.onInvalid);
    this.syncForm();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('invalid', this.onInvalid);
  }

  formAssociatedCallback(form: HTMLFormElement | null): void {
    this.owner?.removeEventListener('submit', this.onFormSubmit);
    this.owner = form;
    form?.addEventListener('submit', this.onFormSubmit);
  }

  formResetCallback(): void {
    this.reset();
  }

  formDisabledCallback(disabled: boolean): void {
    this.formDisabled = disabled;
  }

  /**
   * Deliberately restores nothing. After back-navigation or a session restore the browser offers
   * the previous choices; consent must be given afresh, never arrive pre-checked (PIPA 22(1)),
   * so the form stays empty.
   */
  formStateRestoreCallback(): void {}

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('src') || changed.has('policy')) this.source.request(this);
    if (changed.has('expanded') && this.model) this.open = this.initiallyOpen(this.model);
  }

  protected override updated(): void {
    // Again after rendering: the boxes the validity is anchored on exist now.
    this.syncForm();
  }

  private onPolicy(settled: PolicyState): void {
    if (settled.status === 'ready') {
      const model = (this.model = consentForm(settled.loaded.policy));
      this.reset();
      this.open = this.initiallyOpen(model);
      const { policy } = settled.loaded;
      this.hash = undefined;
      this.documentHashes = undefined;
      void Promise.all([hashOf(policy), documentHashes(model, textHash)]).then(([hash, documents]) => {
        if (this.source.loaded?.policy !== policy) return;
        this.hash = hash;
        this.documentHashes = documents;
        this.syncForm();
        emit(this, 'privacy-load', { policy, hash });
      });
    } else if (settled.status === 'error' || settled.status === 'invalid') {
      this.model = undefined;
      this.syncForm();
      emit(this, 'privacy-error', { error: settled.error, willRetry: false });
    }
  }

  /** The form value and validity, anchored on the first unchecked required box. */
  private syncForm(): void {
    const loaded = this.source.loaded;
    const model = this.model;
    const term = this.localize.term.bind(this.localize);
    const { id = '', version = '', lang = 'ko' } = loaded?.policy ?? {};
    const t = resolver(this.localize.lang, lang);
    this.control.sync(
      model && loaded
        ? {
            recordId: this.recordId,
            policy: { id, version, ...(this.hash ? { hash: this.hash } : {}) },
            model,
            decisions: this.decisions,
            ageConfirmed: this.ageConfirmed,
          }
        : undefined,
      this.renderRoot,
      (first) =>
        first === undefined
          ? term('notReady')
          : term(
              'requiredMissing',
              first === 'age'
                ? term('ageConfirm', model!.age!.minimumAge)
                : t(model!.items.find((entry) => entry.id === first)!.item.title),
            ),
    );
  }

  /** Every notice with `expanded`, none otherwise. */
  private initiallyOpen(model: ConsentForm): ReadonlySet<string> {
    return new Set(this.expanded ? [...model.items, ...model.notices].map((entry) => entry.id) : []);
  }

  /** A submit was attempted (the form's validation, `reportValidity()`, `submit()`). */
  private readonly onInvalid = (): void => {
    this.control.touch();
    this.attempted = true;
  };

  private readonly onFormSubmit = (): void => {
    if (this.disabled || this.formDisabled || !this.model) return;
    // The form is submitting (it passed validation): deliver in the background. The record
    // is stored before sending, so leaving the page does not lose it.
    void this.deliver().catch(() => {});
  };

  private async deliver(): Promise<ConsentRecord> {
    const loaded = this.source.loaded!;
    const record = buildRecord({
      policy: loaded.policy,
      hash: this.hash ?? (await hashOf(loaded.policy)),
      documentHashes: this.documentHashes ?? (await documentHashes(this.model!, textHash)),
      url: loaded.url,
      form: this.model!,
      decisions: this.decisions,
      ageConfirmed: this.ageConfirmed,
      subject: this.subject,
      locale: this.localize.lang,
      page: pageInfo(),
      gpc: gpcOn(),
      recordId: this.recordId,
    });
    this.lastRecord = record;
    if (!emit(this, 'privacy-submit', { record }, true))
      throw new DOMException('privacy-submit was cancelled', 'AbortError');
    if (!this.endpoint) return this.finish(record, null);
    this.phase = 'sending';
    this.problem = '';
    try {
      return await this.finish(record, await this.delivery.deliver(record));
    } catch (error) {
      this.phase = 'editing';
      this.problem = this.localize.term('sendFailed');
      throw error;
    }
  }

  private async finish(record: ConsentRecord, receipt: ConsentReceipt | null): Promise<ConsentRecord> {
    if (!this.receiptView) {
      const view = await import('./receipt-view.js');
      adoptStyles(this.renderRoot, view.receiptStyles);
      this.receiptView = view.receiptView;
    }
    this.lastReceipt = receipt;
    this.phase = 'submitted';
    this.announcement = this.localize.term(receipt ? 'receiptDone' : 'receiptQueued');
    emit(this, 'privacy-submitted', { record, receipt });
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.receipt')?.focus());
    return record;
  }

  private userChange(next: Decisions): void {
    this.decisions = next;
    this.control.touched = true;
    // At once, not after rendering: a `change` listener reading FormData sees the new value.
    this.syncForm();
    this.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  }

  private readonly handlers: FormHandlers = {
    item: (id, granted) => this.userChange(setItem(this.model!, this.decisions, id, granted)),
    channel: (id, channel, granted) => this.userChange(setChannel(this.model!, this.decisions, id, channel, granted)),
    night: (id, granted) => this.userChange(setNight(this.decisions, id, granted)),
    // 전체 동의 ticks the age confirmation too, as Korean signup screens do (its hint says so).
    all: (granted) => {
      if (this.model!.age) this.ageConfirmed = granted;
      this.userChange(setAll(this.model!, this.decisions, granted));
    },
    age: (confirmed) => {
      this.ageConfirmed = confirmed;
      this.userChange(this.decisions);
    },
    guardian: () => {
      const { minimumAge, handling } = this.model!.age!;
      emit(this, 'privacy-guardian-required', { minimumAge, handling });
    },
    toggle: (id) => {
      const open = new Set(this.open);
      if (!open.delete(id)) open.add(id);
      this.open = open;
    },
    view: (id) => void this.sheet.open(id),
    submit: () => void this.submit().catch(() => {}),
  };

  override render() {
    const live = html`<div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>`;
    const waiting = policyStateView(this.source, this.localize);
    if (waiting) return waiting;
    const { policy } = this.source.loaded!;
    const t = resolver(this.localize.lang, policy.lang, documentBase(policy));
    if (this.phase === 'submitted' && this.lastRecord && this.receiptView)
      return html`${live}${this.receiptView(this.lastRecord, this.lastReceipt, policy, t, this.localize)}`;
    const model = this.model!;
    const ctx: ViewContext = {
      t,
      localize: this.localize,
      disabled: this.disabled || this.formDisabled || this.phase === 'sending',
      textLang: hasLocale(policy.title, this.localize.lang, policy.lang) ? this.localize.lang : policy.lang,
      layout: this.layout === 'sheet' ? 'sheet' : 'inline',
      open: this.open,
      missing: new Set(this.attempted ? missingRequired(model, this.decisions, this.ageConfirmed) : []),
    };
    return html`${live}${formTemplate({
      model,
      decisions: this.decisions,
      ageConfirmed: this.ageConfirmed,
      agreeAll: this.agreeAll,
      problem: this.problem,
      ownSubmit: !this.owner,
      sending: this.phase === 'sending',
      handlers: this.handlers,
      ctx,
    })}${this.sheet.render(model, ctx, (id) => this.handlers.item(id, true))}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'privacy-consent': PrivacyConsent;
  }
}
