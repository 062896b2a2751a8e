/**
 * Making a choice: the record, the cookie, the delivery. Loaded while the page is idle after the
 * banner shows (and at the latest on the first click), so the banner's first load stays small.
 */
import { encodeChoice, expiryDays, type CookieChoice } from '../../consent/cookie-choice.js';
import { registerDefaults } from '../../i18n/catalogs.js';
import koCookies from '../../i18n/ko/cookies.js';
import { buildCookieChoice } from '../../consent/cookie-record.js';
import type { ConsentRecord } from '../../consent/record.js';
import type { CookieDocument } from '../../policy/cookie-document.js';
import { pageInfo } from '../shared/browser-context.js';
import { DeliveryController, type DeliveryHost } from '../shared/delivery-controller.js';
import type { CookieOptions } from './cookie-store.js';

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

// What the notice says after a choice (other languages load with the notice's catalog).
registerDefaults('ko', 'cookies', koCookies);

/** Writes the choice to its cookie (see cookie-store.ts). */
const writeChoice = (choice: CookieChoice, days: number, { name, domain }: CookieOptions): void => {
  const attributes = [
    `${name}=${encodeChoice(choice)}`,
    'Path=/',
    `Max-Age=${Math.round(days * 86_400)}`,
    'SameSite=Lax',
    ...(location.protocol === 'https:' ? ['Secure'] : []),
    ...(domain ? [`Domain=${domain}`] : []),
  ];
  document.cookie = attributes.join('; ');
};

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
