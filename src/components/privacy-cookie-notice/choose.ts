/**
 * Making a choice: the record, the cookie, the delivery, and what is said about it. Loaded while
 * the page is idle after the banner shows (and at the latest on the first click), so the
 * banner's first load stays small.
 */
import { encodeChoice, expiryDays, type CookieChoice } from '../../consent/cookie-choice.js';
import koCookies from '../../i18n/ko/cookie-more.js';
import { buildCookieChoice } from '../../consent/cookie-record.js';
import type { ConsentRecord } from '../../consent/record.js';
import type { CookieDocument } from '../../policy/cookie-document.js';
import { DeliveryController, type DeliveryHost } from '../shared/delivery-controller.js';
import { gpcOn, pageInfo } from '../shared/browser-context.js';
import type { CookieOptions } from './cookie-store.js';
import type { CookieLocalizeController, KoreanDefaults } from './cookie-localize-controller.js';

/** The notice: where records go and how its cookie is kept. */
export interface ChooseHost extends DeliveryHost {
  readonly cookieName: string;
  readonly cookieDomain?: string;
  readonly expiresDays: number;
  readonly rejectExpiresDays: number;
}

export interface ChooseInput {
  readonly cookies: CookieDocument;
  readonly allowed: Record<string, boolean>;
  /** The choice this one replaces, if any. */
  readonly previous?: CookieChoice;
  readonly localize: CookieLocalizeController;
}

export interface Chosen {
  readonly choice: CookieChoice;
  readonly record: ConsentRecord;
  /** What to tell the visitor: saved, and whether a reload is needed to stop what already ran. */
  readonly announcement: string;
}

/** Whether anything of a category already ran (so withdrawing needs a reload to take full effect). */
export const ranAny = (category: string, root: Document = document): boolean =>
  root.querySelector(`[data-privacy-category="${CSS.escape(category)}"][data-privacy-activated]`) !== null;

/** What the notice says after a choice (other languages load with the notice's catalog). */
export const koreanDefaults: KoreanDefaults = { cookies: koCookies };

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
export const choose = (host: ChooseHost, { cookies, allowed, previous, localize }: ChooseInput): Chosen => {
  const { choice, record } = buildCookieChoice({
    document: cookies,
    allowed,
    locale: localize.lang,
    gpc: gpcOn(),
    page: pageInfo(),
  });
  writeChoice(choice, expiryDays(choice, host.expiresDays, host.rejectExpiresDays), {
    name: host.cookieName,
    ...(host.cookieDomain ? { domain: host.cookieDomain } : {}),
  });
  let delivery = deliveries.get(host);
  if (!delivery) deliveries.set(host, (delivery = new DeliveryController(host)));
  // Stored synchronously here, then sent; failures are reported as privacy-error by the controller.
  delivery.deliver(record).catch(() => {});
  const withdrawn = Object.keys(previous?.c ?? {}).some((id) => previous!.c[id] && !choice.c[id] && ranAny(id));
  const announcement = `${localize.term('choiceSaved')}${withdrawn ? ` ${localize.term('reloadToStop')}` : ''}`;
  return { choice, record, announcement };
};
