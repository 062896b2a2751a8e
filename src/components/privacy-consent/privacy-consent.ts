import { html, LitElement, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { ConsentForm, ItemState } from '../../consent/form-model.js';
import type { SubjectState } from '../../consent/member-state.js';
import type { ConsentRecord, GuardianConsent } from '../../consent/record.js';
import type { PolicyChecker } from '../../policy/check.js';
import type { PrivacyPolicy } from '../../policy/types.js';
import type { LocalizeController } from '../shared/localize-controller.js';
import { PolicyController, type PolicyState } from '../shared/policy-controller.js';
import { policyStateView } from '../shared/state-view.js';
import { stateStyles } from '../shared/state-styles.js';
import { tokens } from '../shared/tokens.js';
import type { DeliveryController } from '../shared/delivery-controller.js';
import { loadOutboxWhenIdle } from '../shared/outbox-loader.js';
import { emit, hashOf } from '../shared/events.js';
import { isAccountMode } from './account-modes.js';
import { adoptStyles } from './adopt-styles.js';
import { ConsentLocalize } from './consent-localize.js';
import { FormControl } from './form-control.js';
import type { ConsentKit } from './kit.js';
import type * as MemberModule from './member-modes.js';
import type * as Submission from './submission.js';
import type { SignupForm } from './signup-form.js';
import type * as SignupView from './signup-view.js';
import { styles } from './privacy-consent.styles.js';
import type { ConsentStrings } from '../../i18n/catalog.js';
import koShell from '../../i18n/ko/consent-shell.js';
import { registerStrings } from '../../i18n/registry.js';

// What the element says before its view is here ships with it; the view brings the form's Korean
// strings (see consent-localize.ts), and other languages load on demand.
registerStrings('ko', 'consent', koShell as ConsentStrings);

/**
 * The part of the schema the form checks and everything that renders the form (see
 * signup-view.ts): one import, started with the policy request. Kept only once it arrived, so a
 * retry after a failed download imports again.
 */
let view: typeof SignupView | undefined;
const loadView = async () => (view ??= await import('./signup-view.js'));

/** `agree-all="false"` turns 전체 동의 off; absent or any other value keeps it on. */
const defaultTrue = {
  fromAttribute: (value: string | null) => value !== 'false',
  toAttribute: (value: boolean) => String(value),
};

/** What the element is for: the signup form, or a member's account page after it. */
export type ConsentMode = 'signup' | 'manage' | 'reconsent' | 'reconfirm';

/**
 * How a record is built, delivered and confirmed: a chunk loaded once a policy is ready, with the
 * terms hashes (the form needs it only once the person submits).
 */
let loadedSubmission: typeof Submission | undefined;
const submission = async () => (loadedSubmission ??= await import('./submission.js'));

/**
 * The signup agreement screen: 전체 동의, then one item per consent and terms document the policy
 * declares, required ones before optional ones, each with [필수] or [선택], a one-line summary of
 * what the law says must stand out, and its statutory notice or terms one press away (inline, or
 * in a sheet with `layout="sheet"`), none pre-checked; the 만 14세 confirmation where the policy
 * sets an age limit, or a guardian's verified consent for a child; items processed without
 * consent as notices; advertising consent per channel with the separate night-time option. It
 * posts a consent record (with each terms version) to `endpoint` through a durable outbox. Inside
 * a `<form>` it is form-associated. After signup, the same element is a member's account page:
 * `mode="manage"` (change or withdraw each optional item and channel), `mode="reconsent"` (consent
 * again to what a new version changed) and `mode="reconfirm"` (the two-yearly advertising
 * reconfirmation), from the member's `state` or `state-src`.
 *
 * @tagname privacy-consent
 * @summary Korean signup agreement screen (terms, PIPA 15/17/22, Network Act 50, Location Information Act 18) that posts a consent record, and the member's consent settings after it.
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
 * @event privacy-error - Loading or delivery failed. `detail: { error, willRetry }`; `error.code` says why (`http`, `invalid`, `network`, `receipt`, `rejected`, `endpoint`, `insecure`, …); a member's state that did not load is a `StateLoadError`.
 * @event privacy-guardian-required - A child under the age limit agreed to the required items and asks for a guardian's consent (the policy offers it): verify the guardian, then call `completeGuardian()`. `detail: { minimumAge, handling, record }`, `record` being the draft.
 * @event privacy-warning - Records cannot be stored durably in this browser (private mode, a sandboxed iframe, a full quota). `detail: { code: 'storage-unavailable' }`.
 *
 * @csspart base - The wrapper of the form (or of a mode's page).
 * @csspart agree-all - The 전체 동의 box.
 * @csspart checkbox - Every checkbox (the round check; e.g. `border-radius` makes it square).
 * @csspart group - The [필수] and the [선택] group (also `group-required`, `group-optional`).
 * @csspart age - The age confirmation (or, for a child, the guardian step).
 * @csspart item - One consent item.
 * @csspart tag - The [필수] / [선택] label (also `tag-required`, `tag-optional`).
 * @csspart summary - The line under a title with the facts that must stand out (or a terms version).
 * @csspart decision - In the account modes: an item's or channel's current decision and its date.
 * @csspart changes - In `reconsent`: what changed in an item, before and after.
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
 * @csspart guardian - The under-age buttons (the guardian step).
 * @csspart leave - The link to leave the service (`withdraw-href`), beside required items.
 * @csspart keep - In `reconfirm`: the button that keeps advertising consent.
 * @csspart withdraw - In `reconfirm`: the button that withdraws it.
 * @csspart submit - The submit button (outside a form; in `reconsent`).
 * @csspart status - Loading and sending messages.
 * @csspart error - Error messages: a required item left unticked (under it, and listed after a submit attempt), delivery refused.
 * @csspart receipt - The confirmation after submission (after each change in the account modes).
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
 *
 * @adopts ./form-styles.ts formStyles
 */
export class PrivacyConsent extends LitElement {
  static formAssociated = true;
  static override styles = [tokens, stateStyles, styles];
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
  /**
   * The host's pseudonymous user id, stored in the record (the account modes need it, or the
   * state's `subject`). Never a resident registration number.
   */
  @property() subject?: string;
  /**
   * `signup` (default): the signup form. After signup, for a member (`state` or `state-src`):
   * `manage` changes or withdraws each optional item and channel; `reconsent` asks again about
   * what a new version changed; `reconfirm` is the two-yearly advertising reconfirmation. Any
   * other value is the signup form.
   */
  @property() mode: ConsentMode = 'signup';
  /**
   * The member's consent as it stands, as the receiver's state endpoint answers it (account
   * modes); wins over `state-src`.
   */
  @property({ attribute: false }) state?: SubjectState | Record<string, unknown>;
  /**
   * URL of the member's state (`GET …/state?subject=` of the receiver), fetched with the page's
   * cookies and `headers` (account modes).
   */
  @property({ attribute: 'state-src' }) stateSrc?: string;
  /**
   * Where a member leaves the service (회원 탈퇴): the account modes link to it beside required
   * items, since withdrawing those means leaving. Without it no link is shown.
   */
  @property({ attribute: 'withdraw-href' }) withdrawHref?: string;
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
  /** Extra request headers for delivery (and the `state-src` request), e.g. a CSRF token. */
  @property({ attribute: false }) headers: Record<string, string> = {};

  @state() private announcement: string | TemplateResult = '';
  @state() private formDisabled = false;

  /** The items, notices and age limit the policy asks this form to show. */
  private model?: ConsentForm;
  private lastRecord: ConsentRecord | null = null;
  /** The content hash of each inline terms text, computed after first render like `hash`. */
  private documentHashes?: Readonly<Record<string, string>>;
  private owner: HTMLFormElement | null = null;
  private readonly internals = this.attachInternals();
  private readonly control = new FormControl(this.internals);
  /** Its strings (a LocalizeController that also finds those its views bring, see consent-localize.ts). */
  private readonly localize: LocalizeController = new ConsentLocalize(this, ['consent']);
  private readonly source = new PolicyController(
    this,
    () => this.loadChecker(),
    (settled) => this.onPolicy(settled),
  );
  /** Created with the first record sent (see submission.ts). */
  private delivery?: DeliveryController;
  /** The policy's content hash, computed after first render (the record needs it, the form does not). */
  private hash?: string;
  /** What the modules beside the element may use (see kit.ts). */
  private readonly kit: ConsentKit = {
    host: this,
    localize: this.localize,
    source: this.source,
    control: this.control,
    model: () => this.model,
    hash: () => this.hash,
    disabled: () => this.disabled || this.formDisabled,
    inForm: () => Boolean(this.owner),
    announce: (text) => (this.announcement = text),
    build: (input) => this.build(input),
    send: (record, sending) => this.send(record, sending),
    submission,
  };
  /** The signup form, created when its view arrives with the policy checker (before any policy is ready). */
  private signup?: SignupForm;
  /** The account modes, loaded the first time one is asked for. */
  private members?: MemberModule.MemberModes;

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

  /** The signup form's decisions by item id: `{ granted }`, plus `channels` and `night` for advertising. */
  get value(): Readonly<Record<string, ItemState>> {
    return structuredClone(this.signup?.decisions ?? {});
  }

  /** The last record built by a submission (or by a change in an account mode), or null. */
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
    this.attempt();
    return this.internals.reportValidity();
  }

  /** As on `<input>`: a non-empty message makes the element invalid with it; `''` clears it. */
  setCustomValidity(message: string): void {
    this.control.customMessage = String(message);
    this.sync();
  }

  /** Clears every choice (nothing checked) and starts a new record. */
  reset(): void {
    if (this.signup) return this.signup.reset();
    // No form yet: nothing chosen, nothing attempted (the form starts with a new record).
    this.control.touched = false;
    this.sync();
  }

  /**
   * Validates, builds the record, fires `privacy-submit`, and delivers it. Resolves with the
   * record once the receiver has it (retrying through network trouble); rejects when a
   * required item is missing, the submit event was cancelled, or the receiver refused it.
   */
  async submit(): Promise<ConsentRecord> {
    if (!this.model || !this.source.loaded) throw new Error(this.localize.term('notReady'));
    if (!this.reportValidity()) throw new Error(this.validationMessage);
    return this.signup!.deliver();
  }

  /**
   * Completes a child's signup after `privacy-guardian-required`, once your page verified the
   * guardian: submits the draft record with `guardian` (`{ method: 'mobile' | 'card' | 'ipin' |
   * 'document' | 'other', verifiedAt, name?, contact? }`) and the age not confirmed. Resolves
   * as `submit()` does; rejects when no guardian consent is pending or `guardian` is malformed.
   */
  async completeGuardian(
    guardian: Omit<GuardianConsent, 'verifiedAt'> & { readonly verifiedAt: string | Date },
  ): Promise<ConsentRecord> {
    const step = this.signup?.guardian;
    if (!step) throw new Error('No guardian consent is pending: privacy-guardian-required has not fired');
    return step.complete(guardian);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Records an earlier page left are sent once this page is idle.
    loadOutboxWhenIdle();
    this.source.request(this);
    // The form's own validation failed on this element (a submit was attempted).
    this.addEventListener('invalid', this.attempt);
    this.sync();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('invalid', this.attempt);
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
    if (changed.has('expanded') && this.model) this.signup?.expand(this.expanded);
    if (changed.has('mode') && isAccountMode(this.mode) && !this.members) void this.loadMembers();
  }

  protected override updated(): void {
    // The account modes are no form field: no value, nothing missing.
    if (isAccountMode(this.mode)) this.control.update(null, undefined);
    // The signup form syncs itself after each update once here; before that, the message may
    // have changed language.
    else if (!this.signup) this.sync();
  }

  /** The form value and validity: the signup form's, or none yet (invalid: not ready). */
  private sync(): void {
    if (this.signup) this.signup.sync();
    else this.control.notLoaded(this.localize.term('notReady'));
  }

  /** A submit was attempted (the form's validation, `reportValidity()`, `submit()`). */
  private readonly attempt = (): void => {
    if (this.signup) this.signup.attempt();
    else this.control.touch();
  };

  private async loadMembers(): Promise<void> {
    const { MemberModes } = await import('./member-modes.js');
    this.members ??= new MemberModes(this.kit);
    this.requestUpdate();
  }

  /**
   * The part of the schema the form checks with the form's view and styles, in one import started
   * while the policy downloads: the form shows once they are here, styled from its first render.
   */
  private async loadChecker(): Promise<PolicyChecker> {
    const { checkConsentPolicy, SignupForm, viewStyles } = await loadView();
    adoptStyles(this.renderRoot, ...viewStyles);
    this.signup ??= new SignupForm(this.kit);
    return checkConsentPolicy;
  }

  private onPolicy(settled: PolicyState): void {
    if (settled.status === 'ready') {
      // Ready means the checker, and with it the view, arrived.
      const model = (this.model = view!.consentForm(settled.loaded.policy));
      this.signup!.reset();
      this.signup!.expand(this.expanded);
      const { policy } = settled.loaded;
      this.hash = undefined;
      this.documentHashes = undefined;
      const documents = submission().then(({ termsHashes }) => termsHashes(model));
      void Promise.all([hashOf(policy), documents]).then(([hash, documents]) => {
        if (this.source.loaded?.policy !== policy) return;
        this.hash = hash;
        this.documentHashes = documents;
        this.sync();
        emit(this, 'privacy-load', { policy, hash });
      });
    } else if (settled.status === 'error' || settled.status === 'invalid') {
      this.model = undefined;
      this.sync();
      emit(this, 'privacy-error', { error: settled.error, willRetry: false });
    }
  }

  private readonly onFormSubmit = (): void => {
    if (this.disabled || this.formDisabled || !this.model || isAccountMode(this.mode)) return;
    // Submitted already (a guardian's consent completed the signup): nothing more to send.
    if (this.signup?.phase === 'submitted') return;
    // The form is submitting (it passed validation): deliver in the background. The record
    // is stored before sending, so leaving the page does not lose it.
    void this.signup?.deliver().catch(() => {});
  };

  private async build(input: Parameters<ConsentKit['build']>[0]): Promise<ConsentRecord> {
    const loaded = this.source.loaded!;
    // Loaded with the terms hashes: no wait here then, so a submitting <form> stores the record at once.
    const { pageRecord, termsHashes } = loadedSubmission ?? (await submission());
    return pageRecord({
      policy: loaded.policy,
      hash: this.hash ?? (await hashOf(loaded.policy)),
      documentHashes: this.documentHashes ?? (await termsHashes(this.model!)),
      url: loaded.url,
      form: this.model!,
      subject: this.subject,
      locale: this.localize.lang,
      ...input,
    });
  }

  private async send(record: ConsentRecord, sending?: () => void) {
    this.lastRecord = record;
    if (!emit(this, 'privacy-submit', { record }, true))
      throw new DOMException('privacy-submit was cancelled', 'AbortError');
    if (!this.endpoint) return null;
    sending?.();
    this.delivery ??= (loadedSubmission ?? (await submission())).delivery(
      this,
      (term) => (this.announcement = this.localize.term(term)),
    );
    return this.delivery.deliver(record);
  }

  override render() {
    const live = html`<div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>`;
    // One template whatever shows below: the live region stays the same node, so a message
    // put into it later (the confirmation) is a change a screen reader announces.
    const content =
      policyStateView(this.source, this.localize) ??
      (!isAccountMode(this.mode)
        ? this.signup!.render()
        : (this.members?.render() ??
          html`<p class="status" part="status" role="status" aria-busy="true">${this.localize.term('loading')}</p>`));
    // The element's own strings are in its catalog's language (Korean while another loads);
    // policy text inside is tagged with its own (see inLang).
    return html`<div class="ui" lang=${this.localize.catalogLang}>${live}${content}</div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'privacy-consent': PrivacyConsent;
  }
}
