/**
 * Sending a record and confirming it: building the record (with the terms hashes), delivering it
 * through the outbox, the confirmation's view, and their Korean strings. Out of the first load:
 * the element loads it as soon as a policy is ready (the `privacy-load` event waits for it), so
 * by the time a person submits, the record is built and stored without waiting for a download.
 */
import { buildRecord, documentHashes, type RecordInput } from '../../consent/build-record.js';
import type { ConsentForm } from '../../consent/form-model.js';
import type { ConsentRecord, GuardianConsent } from '../../consent/record.js';
import { contentHash } from '../../policy/canonical.js';
import type { CatalogKey } from '../../i18n/index.js';
import koReceipt from '../../i18n/ko/consent-receipt.js';
import { gpcOn, pageInfo } from '../shared/browser-context.js';
import { DeliveryController, type DeliveryHost, type DeliveryStatus } from '../shared/delivery-controller.js';
import { emit } from '../shared/events.js';
import { adoptStyles } from './adopt-styles.js';
import { addKorean } from './consent-localize.js';
import type { ConsentKit } from './kit.js';
import { receiptStyles, receiptView } from './receipt-view.js';
import type { SignupForm } from './signup-form.js';

addKorean(koReceipt);

/** The content hash of each inline terms text of the form, by item id (the record names each version). */
export const termsHashes = (form: ConsentForm): Promise<Record<string, string>> => documentHashes(form, contentHash);

/** A record of the element's policy and the choices in `input`, with the page it is made on. */
export const pageRecord = (input: Omit<RecordInput, 'page' | 'gpc'>): ConsentRecord =>
  buildRecord({ page: pageInfo(), gpc: gpcOn(), ...input });

/** What the live region says as a delivery goes on. */
const NEWS: Partial<Record<DeliveryStatus | 'storage-unavailable', CatalogKey>> = {
  sending: 'sendingStatus',
  retrying: 'retrying',
  'storage-unavailable': 'storageUnavailable',
};

/** The element's delivery, saying how it goes through `announce`. */
export const delivery = (host: DeliveryHost, announce: (term: CatalogKey) => void): DeliveryController =>
  new DeliveryController(host, (news) => {
    const term = NEWS[news];
    if (term) announce(term);
  });

/**
 * The signup form's submission: builds the record of its choices, lets the host veto it,
 * delivers it and shows the confirmation (focused); a refused delivery shows an error instead.
 */
export const deliverSignup = async (
  form: SignupForm,
  kit: ConsentKit,
  guardian?: GuardianConsent,
): Promise<ConsentRecord> => {
  const { host, localize } = kit;
  const record = await kit.build({
    decisions: form.decisions,
    ageConfirmed: form.ageConfirmed,
    recordId: form.recordId,
    ...(guardian ? { guardian } : {}),
  });
  try {
    const receipt = await kit.send(record, () => {
      form.phase = 'sending';
      form.problem = '';
      host.requestUpdate();
    });
    adoptStyles(host.renderRoot, receiptStyles);
    form.receiptView = receiptView;
    form.receipt = receipt;
    form.phase = 'submitted';
    kit.announce(localize.term(receipt ? 'receiptDone' : 'receiptQueued'));
    emit(host, 'privacy-submitted', { record, receipt });
    void host.updateComplete.then(() => host.renderRoot.querySelector<HTMLElement>('.receipt')?.focus());
    return record;
  } catch (error) {
    if (form.phase === 'sending') {
      form.phase = 'editing';
      form.problem = localize.term('sendFailed');
      host.requestUpdate();
    }
    throw error;
  }
};
