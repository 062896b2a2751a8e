/**
 * Making a choice: the record, the cookie, the delivery. Loaded while the page is idle after the
 * banner shows (and at the latest on the first click), so the banner's first load stays small.
 */
import { expiryDays, type CookieChoice } from '../../consent/cookie-choice.js';
import { buildCookieChoice } from '../../consent/cookie-record.js';
import type { ConsentRecord } from '../../consent/record.js';
import type { CookieDocument } from '../../policy/cookie-document.js';
import { pageInfo } from '../shared/browser-context.js';
import { DeliveryController, type DeliveryHost } from '../shared/delivery-controller.js';
import { writeChoice } from './cookie-store.js';

export interface ChooseInput {
  readonly cookies: CookieDocument;
  readonly allowed: Record<string, boolean>;
  readonly locale: string;
  readonly gpc: boolean;
  readonly cookieName: string;
  readonly cookieDomain?: string;
  readonly expiresDays: number;
  readonly rejectExpiresDays: number;
}

const deliveries = new WeakMap<DeliveryHost, DeliveryController>();

/** Stores the choice in its cookie and the record for delivery (at once), then sends the record. */
export const choose = (host: DeliveryHost, input: ChooseInput): { choice: CookieChoice; record: ConsentRecord } => {
  const made = buildCookieChoice({
    document: input.cookies,
    allowed: input.allowed,
    locale: input.locale,
    gpc: input.gpc,
    page: pageInfo(),
  });
  writeChoice(made.choice, expiryDays(made.choice, input.expiresDays, input.rejectExpiresDays), {
    name: input.cookieName,
    ...(input.cookieDomain ? { domain: input.cookieDomain } : {}),
  });
  let delivery = deliveries.get(host);
  if (!delivery) deliveries.set(host, (delivery = new DeliveryController(host)));
  // Stored synchronously here, then sent; failures are reported as privacy-error by the controller.
  delivery.deliver(made.record).catch(() => {});
  return made;
};
