/**
 * The native-form-control half of `<privacy-consent>`: its value in the form, its validity
 * anchored on the box to tick, a custom validity message, and the `:state(invalid)` /
 * `:state(user-invalid)` custom states. The element says what is missing; this says it to the
 * browser the way `<input>` does. The value of a loaded form is made by form-value.ts, which
 * comes with the form's view: before it, the element is a field without a value, invalid with
 * `notReady`.
 */
import { toggleState } from '../shared/custom-states.js';

/** Why the form is not complete: the box to point at and what to say. */
export interface Missing {
  readonly anchor: HTMLElement | undefined;
  readonly message: string;
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

  /** No form to fill yet (no policy, or it failed): no value, invalid with `message`. */
  notLoaded(message: string): void {
    this.update(null, { anchor: undefined, message });
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
