/**
 * The native-form-control half of `<privacy-consent>`: its value in the form, its validity
 * anchored on the box to tick, a custom validity message, and the `:state(invalid)` /
 * `:state(user-invalid)` custom states. The element says what is missing; this says it to the
 * browser the way `<input>` does.
 */
import { missingRequired, type ConsentForm, type Decisions } from '../../consent/form-model.js';
import type { GuardianConsent } from '../../consent/record.js';
import { toggleState } from '../shared/custom-states.js';

/** Why the form is not complete: the box to point at and what to say. */
export interface Missing {
  readonly anchor: HTMLElement | undefined;
  readonly message: string;
}

/** What the form holds: the value it submits under `name` is made from this. */
export interface FormSnapshot {
  readonly recordId: string;
  readonly policy: { readonly id: string; readonly version: string; readonly hash?: string };
  readonly model: ConsentForm;
  readonly decisions: Decisions;
  readonly ageConfirmed: boolean;
  /**
   * Under the age limit: the guardian's verified consent, or `pending` until the host completes
   * it (the age confirmation is then not asked; the guardian's consent is).
   */
  readonly guardian?: GuardianConsent | 'pending';
}

export class FormControl {
  /** `setCustomValidity()`'s message; non-empty makes the element invalid. */
  customMessage = '';
  /** Set once the person chose something or a submission was attempted. */
  touched = false;

  constructor(private readonly internals: ElementInternals) {}

  /** Sets the submitted value and the validity; `missing` undefined means complete. */
  update(value: string | null, missing: Missing | undefined, fallbackAnchor?: HTMLElement): void {
    this.internals.setFormValue(value);
    if (this.customMessage)
      this.internals.setValidity({ customError: true }, this.customMessage, missing?.anchor ?? fallbackAnchor);
    else if (missing) this.internals.setValidity({ valueMissing: true }, missing.message, missing.anchor);
    else this.internals.setValidity({});
    this.syncStates();
  }

  /**
   * The value (JSON: record id, policy, age, the guardian's verification, decisions) and the
   * validity, anchored on the first required box left unticked in `root` (or the guardian
   * button); `say` words what is missing (`undefined`: not loaded yet).
   */
  sync(form: FormSnapshot | undefined, root: ParentNode, say: (first?: string) => string): void {
    if (!form) return this.update(null, { anchor: undefined, message: say() });
    const { recordId, policy, model, decisions, ageConfirmed, guardian } = form;
    const verified = guardian && guardian !== 'pending' && { method: guardian.method, verifiedAt: guardian.verifiedAt };
    const value = JSON.stringify({
      recordId,
      policy,
      ...(model.age ? { ageConfirmed } : {}),
      ...(verified ? { guardian: verified } : {}),
      decisions,
    });
    const missing = missingRequired(model, decisions, ageConfirmed || guardian !== undefined);
    const [first] = guardian === 'pending' ? [...missing, 'guardian'] : missing;
    const anchorOf = (selector: string) => root.querySelector<HTMLElement>(selector) ?? undefined;
    const anchor = first === 'age' || first === 'guardian' ? `#${first}` : `#item-${first}`;
    this.update(
      value,
      first === undefined ? undefined : { anchor: anchorOf(anchor), message: say(first) },
      anchorOf('input'),
    );
  }

  /** The person interacted, or the form (or `reportValidity()`) tried to submit. */
  readonly touch = (): void => {
    this.touched = true;
    this.syncStates();
  };

  private syncStates(): void {
    const invalid = !this.internals.validity.valid;
    toggleState(this.internals, 'invalid', invalid);
    toggleState(this.internals, 'user-invalid', invalid && this.touched);
  }
}
