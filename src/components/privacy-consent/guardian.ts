/**
 * The guardian step of the signup form, loaded the first time a person says they are under the
 * age limit where the policy offers guardian consent (PIPA 22-2(1), Decree 17-2). The age row
 * then says the child signs up with a legal guardian's consent; once the required items are
 * agreed, the element hands the host the draft record (`privacy-guardian-required`) and waits,
 * controls locked, while the host verifies the guardian; `completeGuardian(info)` submits the
 * record with the guardian's verified consent and the age not confirmed. Only the guardian's
 * name and contact may be collected from the child for this (PIPA 22-2(2)): the record has room
 * for nothing more.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { ConsentRecord, GuardianConsent, GuardianMethod } from '../../consent/record.js';
import koAccount from '../../i18n/ko/account.js';
import { registerStrings } from '../../i18n/registry.js';
import { emit } from '../shared/events.js';
import { ConsentLocalize } from './consent-localize.js';
import { adoptStyles } from './adopt-styles.js';
import type { ViewContext } from './item-view.js';
import type { ConsentKit } from './kit.js';
import { memberStyles } from './member-styles.js';
import type { SignupForm } from './signup-form.js';

registerStrings('ko', 'account', koAccount);

const METHODS: Readonly<Record<GuardianMethod, true>> = {
  mobile: true,
  card: true,
  ipin: true,
  document: true,
  other: true,
};
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/** The guardian's consent as the record keeps it; throws a `TypeError` for what the receiver would refuse. */
export const guardianConsent = (
  info: Omit<GuardianConsent, 'verifiedAt'> & { readonly verifiedAt: string | Date },
): GuardianConsent => {
  if (!Object.hasOwn(METHODS, info?.method))
    throw new TypeError(`guardian.method must be one of ${Object.keys(METHODS).join(', ')}`);
  const verifiedAt = info.verifiedAt instanceof Date ? info.verifiedAt.toISOString() : info.verifiedAt;
  if (typeof verifiedAt !== 'string' || !ISO_TIME.test(verifiedAt) || Number.isNaN(Date.parse(verifiedAt)))
    throw new TypeError('guardian.verifiedAt must be a Date or an ISO 8601 time with its offset');
  const text = (value: unknown) => (typeof value === 'string' && value.trim() ? value.trim().slice(0, 200) : undefined);
  const name = text(info.name);
  const contact = text(info.contact);
  return { method: info.method, verifiedAt, ...(name ? { name } : {}), ...(contact ? { contact } : {}) };
};

export class GuardianStep {
  /** The person said they are under the age limit. */
  underAge = false;
  /** The record handed to the host, while it verifies the guardian. */
  draft?: ConsentRecord;
  /** The guardian's verified consent, once completed. */
  verified?: GuardianConsent;
  private readonly localize: ConsentLocalize;

  constructor(
    private readonly kit: ConsentKit,
    private readonly form: SignupForm,
  ) {
    this.localize = new ConsentLocalize(kit.host, ['consent', 'account']);
    adoptStyles(kit.host.renderRoot, memberStyles);
  }

  reset(): void {
    this.underAge = false;
    this.draft = undefined;
    this.verified = undefined;
  }

  /**
   * The person is under the age limit: with the required items agreed, the host gets the draft
   * record and the form waits for `completeGuardian()`; otherwise what is missing is shown.
   */
  request(): void {
    const { form, kit } = this;
    this.underAge = true;
    form.ageConfirmed = false;
    const [first] = form.missing();
    if (first !== undefined) {
      form.attempt();
      form.changed();
      void kit.host.updateComplete.then(() =>
        kit.host.renderRoot.querySelector<HTMLElement>(`#item-${CSS.escape(first)}`)?.focus(),
      );
      return;
    }
    void kit.build({ decisions: form.decisions, ageConfirmed: false, recordId: form.recordId }).then((draft) => {
      if (!this.underAge) return;
      this.draft = draft;
      form.changed();
      const { minimumAge, handling } = kit.model()!.age!;
      emit(kit.host, 'privacy-guardian-required', { minimumAge, handling, record: draft });
      kit.announce(this.localize.term('guardianWaiting'));
    });
  }

  /** Back to choosing: the host's verification was abandoned. */
  private readonly cancel = (): void => {
    this.draft = undefined;
    this.form.changed();
  };

  /** "I am 14 or older": the age confirmation again. */
  private readonly back = (): void => {
    this.reset();
    this.form.changed();
    void this.kit.host.updateComplete.then(() => this.kit.host.renderRoot.querySelector<HTMLElement>('#age')?.focus());
  };

  /** Submits the draft's choices with the guardian's verified consent. */
  async complete(info: Parameters<typeof guardianConsent>[0]): Promise<ConsentRecord> {
    if (!this.draft) throw new Error('No guardian consent is pending: privacy-guardian-required has not fired');
    const guardian = guardianConsent(info);
    this.verified = guardian;
    try {
      return await this.form.deliver(guardian);
    } catch (error) {
      this.verified = undefined;
      throw error;
    }
  }

  /** Why the form is not complete yet (its validity message). */
  message(): string {
    return this.localize.term('guardianMissing', this.kit.model()?.age?.minimumAge ?? 14);
  }

  /** The age row of a child signing up with a guardian's consent. */
  row(ctx: ViewContext, attempted: boolean): TemplateResult {
    const term = this.localize.term.bind(this.localize);
    const age = this.kit.model()!.age!.minimumAge;
    const missing = attempted && !this.draft && !this.verified;
    return html`<li class="age guardian-step" part="age">
      <p class="guardian-under">${term('guardianUnder', age)}</p>
      ${
        this.draft
          ? html`<p class="hint" role="status">${term('guardianWaiting')}</p>
              <p class="guardian-actions">
                <button type="button" class="link-button" part="guardian" @click=${this.cancel}>
                  ${term('cancel')}
                </button>
              </p>`
          : html`<p class="guardian-actions">
                <button
                  type="button"
                  id="guardian"
                  class="secondary"
                  part="guardian"
                  ?disabled=${ctx.disabled}
                  aria-describedby=${missing ? 'error-guardian' : nothing}
                  @click=${() => this.request()}
                >
                  ${term('guardianStart')}
                </button>
                <button type="button" class="link-button" part="guardian" ?disabled=${ctx.disabled} @click=${this.back}>
                  ${term('guardianBack', age)}
                </button>
              </p>
              ${missing ? html`<p class="error" part="error" id="error-guardian">${this.message()}</p>` : nothing}`
      }
    </li>`;
  }

  /** The confirmation's line for the guardian's consent: how and when verified. */
  receiptLine(record: ConsentRecord): TemplateResult | undefined {
    const { guardian } = record;
    if (!guardian) return undefined;
    const term = this.localize.term.bind(this.localize);
    const when = new Intl.DateTimeFormat(this.localize.lang, { dateStyle: 'long', timeStyle: 'short' }).format(
      new Date(guardian.verifiedAt),
    );
    return html`<dt>${term('guardianConsent')}</dt>
      <dd>${term('guardianMethod', guardian.method)}, <time datetime=${guardian.verifiedAt}>${when}</time></dd>`;
  }
}
