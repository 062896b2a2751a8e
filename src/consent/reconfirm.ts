/**
 * When advertising-receipt consent must be reconfirmed: every two years from the day it was
 * given (Network Act 50(8), Decree 62-3), per channel, since each channel is its own consent.
 *
 * The day of consent is the Korean calendar day (Asia/Seoul: UTC+9, without daylight saving
 * since 1988). Two years on is the same month and day; when that day does not exist (29
 * February in a common year), it is the last day of that month, 28 February (Civil Act
 * 160(3)). The result is a date, `YYYY-MM-DD`, by which to reconfirm. Counting as the Civil
 * Act does (157: the day of consent not counted; 160(2): the period ends on the day before
 * the matching day) gives the same date, except for consent on 28 February two years before
 * a leap year, where the Act's period runs to 29 February: the date given is then one day
 * earlier, which is never late.
 */
import type { ConsentRecord } from './record.js';

/** One advertising consent to reconfirm: the item, the channel, and the date. */
export interface ReconfirmDue {
  /** The `ad-receipt` item's id. */
  readonly item: string;
  /** The granted channel's id; absent for an advertising item without channels. */
  readonly channel?: string;
  /** The Korean calendar date (Asia/Seoul) by which to reconfirm, `YYYY-MM-DD`. */
  readonly due: string;
}

const KST_OFFSET_MS = 9 * 60 * 60 * 1000;
const pad = (value: number) => String(value).padStart(2, '0');

/** The date two years after the Korean calendar day of `consentedAt` (an instant). */
export const reconfirmDate = (consentedAt: string | Date): string => {
  const time = new Date(consentedAt).getTime();
  if (Number.isNaN(time)) throw new RangeError(`Not a time: ${String(consentedAt)}`);
  // The wall clock in Seoul, read through the UTC getters.
  const seoul = new Date(time + KST_OFFSET_MS);
  const year = seoul.getUTCFullYear() + 2;
  const month = seoul.getUTCMonth();
  // Day 0 of the next month is the last day of this one.
  const last = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return `${year}-${pad(month + 1)}-${pad(Math.min(seoul.getUTCDate(), last))}`;
};

/**
 * What a record asks to reconfirm: one entry per granted channel of each granted `ad-receipt`
 * item (one for an item without channels), dated from `consentedAt`. A receiver passes its own
 * time of receipt: the browser's clock may be wrong.
 */
export const reconfirmDue = (record: ConsentRecord, consentedAt: string | Date): ReconfirmDue[] => {
  const due = reconfirmDate(consentedAt);
  return record.items
    .filter((item) => item.category === 'ad-receipt' && item.granted)
    .flatMap((item) =>
      item.channels
        ? item.channels
            .filter((channel) => channel.granted)
            .map((channel) => ({ item: item.id, channel: channel.id, due }))
        : [{ item: item.id, due }],
    );
};
