/**
 * What `<privacy-consent>` hands the modules beside it (the signup form, the guardian step and
 * the account-page modes): its controllers and the one way it sends a record. Types only, so
 * the lazily loaded modules see the element's internals without the element exposing them.
 */
import type { ReactiveControllerHost, TemplateResult } from 'lit';
import type { RecordInput } from '../../consent/build-record.js';
import type { ConsentForm } from '../../consent/form-model.js';
import type { ConsentReceipt, ConsentRecord } from '../../consent/record.js';
import type { FormControl } from './form-control.js';
import type { LocalizeController } from '../shared/localize-controller.js';
import type { PolicyController } from '../shared/policy-controller.js';
import type { PrivacyConsent } from './privacy-consent.js';
import type * as Submission from './submission.js';

/** What a module adds to a record of the loaded policy (the policy, hash, page … the element fills in). */
export type SendInput = Pick<RecordInput, 'decisions'> &
  Partial<Pick<RecordInput, 'event' | 'itemIds' | 'ageConfirmed' | 'guardian' | 'subject' | 'recordId'>>;

export interface ConsentKit {
  /** The element (its public properties: `subject`, `withdrawHref`, `state`, `stateSrc`, `mode` …). */
  readonly host: PrivacyConsent & ReactiveControllerHost;
  /** The element's strings (`common` and `consent`). */
  readonly localize: LocalizeController;
  readonly source: PolicyController;
  readonly control: FormControl;
  /** The form the loaded policy asks for, once loaded. */
  model(): ConsentForm | undefined;
  /** The policy's content hash once computed (the form value carries it). */
  hash(): string | undefined;
  /** Disabled by the attribute or a disabled `<fieldset>`. */
  disabled(): boolean;
  /** Whether a `<form>` owns the element (else it renders its own submit button). */
  inForm(): boolean;
  /** Says something in the element's live region (a template: policy text in it keeps its `lang`). */
  announce(text: string | TemplateResult): void;
  /** Builds a record of the loaded policy with `input`, the element filling in the rest. */
  build(input: SendInput): Promise<ConsentRecord>;
  /**
   * Makes `record` the element's `record`, fires the cancelable `privacy-submit` (rejecting with
   * an `AbortError` when cancelled) and delivers it to `endpoint` (`sending` is called once it
   * goes out). Resolves with the receipt, or null without an endpoint. The caller fires
   * `privacy-submitted` once it shows the result.
   */
  send(record: ConsentRecord, sending?: () => void): Promise<ConsentReceipt | null>;
  /** Building, sending and confirming (a chunk loaded once a policy is ready; at once after that). */
  submission(): Promise<typeof Submission>;
}
