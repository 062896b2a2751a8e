/**
 * Everything `<privacy-consent>` needs to show a loaded policy, in one import started the moment
 * the policy is requested, so the form waits for nothing the download of the policy did not
 * already take: the part of the schema it checks, the model it builds from the policy, the
 * signup form with its views (rows, notices and terms, the messages after a submit attempt),
 * their Korean strings and their styles. The element's first load keeps only the shell (its
 * properties, form association, the loading and error views). The account modes build on this.
 */
import type { CSSResult } from 'lit';
import { formStyles } from './form-styles.js';
import { messageStyles } from './form-messages.js';
import { noticeStyles } from './notice-body.js';

export { checkConsentPolicy } from '../../policy/schema-consent.js';
export { consentForm } from '../../consent/form-model.js';
export { SignupForm } from './signup-form.js';

/** Adopted onto the element's shadow root when this arrives, in this order (see adopt-styles.ts). */
export const viewStyles: readonly CSSResult[] = [formStyles, ...noticeStyles, messageStyles];
