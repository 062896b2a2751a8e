/**
 * The value and validity of a loaded signup form, given to the `<form>` through FormControl.
 * It comes with the form's view: before that the element has no value (see form-control.ts).
 */
import { missingRequired, type ConsentForm, type Decisions } from '../../consent/form-model.js';
import type { GuardianConsent } from '../../consent/record.js';
import type { FormControl } from './form-control.js';

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

/**
 * Sets the value (JSON: record id, policy, age, the guardian's verification, decisions) and the
 * validity, anchored on the first required box left unticked in `root` (or the guardian button);
 * `say` words what is missing.
 */
export const syncFormValue = (
  control: FormControl,
  form: FormSnapshot,
  root: ParentNode,
  say: (first: string) => string,
): void => {
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
  control.update(
    value,
    first === undefined ? undefined : { anchor: anchorOf(anchor), message: say(first) },
    anchorOf('input'),
  );
};
