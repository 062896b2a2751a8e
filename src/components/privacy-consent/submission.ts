/**
 * Sending a record and confirming it: building the record (with the terms hashes), delivering it
 * through the outbox, the confirmation's view, and their Korean strings. Out of the first load:
 * the element loads it as soon as a policy is ready (the `privacy-load` event waits for it), so
 * by the time a person submits, the record is built and stored without waiting for a download.
 */
import type { CatalogKey } from '../../i18n/index.js';
import koReceipt from '../../i18n/ko/consent-receipt.js';
import { DeliveryController, type DeliveryHost, type DeliveryStatus } from '../shared/delivery-controller.js';
import { addKorean } from './consent-localize.js';

export { buildRecord, documentHashes } from '../../consent/build-record.js';
export { receiptStyles, receiptView } from './receipt-view.js';

addKorean(koReceipt);

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
