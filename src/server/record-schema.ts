/**
 * The shape of a posted consent record (`privacy-consent/record@1`), checked before anything
 * else. Objects are strict: a key the format does not define is refused rather than stored,
 * so the store holds only what the record format says (PIPA: collect no more than needed).
 */
import * as v from 'valibot';
import { RECORD_SCHEMA, type ConsentRecord } from '../consent/record.js';
import { formatPath } from '../policy/issues.js';

// The annotation makes the compiler check the schema's output against the hand-written type.
type Schema<O> = v.GenericSchema<unknown, O>;

const CATEGORIES = [
  'collection',
  'third-party',
  'overseas',
  'sensitive',
  'unique-id',
  'out-of-purpose',
  'marketing',
  'ad-receipt',
  'cookies',
] as const;

const BASES = ['consent', 'contract', 'law', 'public-task', 'vital-interest', 'legitimate-interest'] as const;

// A resident registration number (주민등록번호): YYMMDD, optional hyphen, 7 digits starting 1–8.
// PIPA 24-2 forbids processing it without a statute, so it must never become a record's subject.
const RESIDENT_NUMBER = /(^|\D)\d{2}(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])-?[1-8]\d{6}(\D|$)/;

const text = (max = 200) => v.pipe(v.string(), v.minLength(1), v.maxLength(max));

const ChannelDecisionSchema = v.strictObject({
  id: text(),
  granted: v.boolean(),
  night: v.boolean(),
});

const ItemDecisionSchema = v.strictObject({
  id: text(),
  category: v.picklist(CATEGORIES),
  required: v.boolean(),
  basis: v.picklist(BASES),
  granted: v.boolean(),
  channels: v.optional(v.array(ChannelDecisionSchema)),
});

const RecordSchema: Schema<ConsentRecord> = v.strictObject({
  schema: v.literal(RECORD_SCHEMA),
  recordId: v.pipe(v.string(), v.uuid()),
  policy: v.strictObject({
    id: text(),
    version: text(),
    effectiveOn: v.optional(text()),
    hash: v.pipe(v.string(), v.regex(/^sha256-[A-Za-z0-9+/]{43}=$/, 'Invalid hash: expected sha256-<base64>')),
    url: v.optional(text(2000)),
  }),
  subject: v.optional(
    v.pipe(
      text(256),
      v.check(
        (subject) => !RESIDENT_NUMBER.test(subject),
        'Invalid subject: looks like a resident registration number; use a pseudonymous id',
      ),
    ),
  ),
  jurisdiction: v.literal('KR'),
  locale: v.pipe(v.string(), v.regex(/^[a-z]{2,3}(-[A-Za-z0-9]{1,8})*$/, 'Invalid locale: expected a BCP 47 tag')),
  clientTime: v.pipe(v.string(), v.isoTimestamp()),
  method: v.picklist(['web_form', 'cookie_notice']),
  page: v.optional(v.strictObject({ origin: text(2000), path: text(2000) })),
  gpc: v.boolean(),
  age: v.optional(
    v.strictObject({ minimumAge: v.pipe(v.number(), v.integer(), v.minValue(0)), confirmed: v.boolean() }),
  ),
  items: v.array(ItemDecisionSchema),
  notices: v.array(v.strictObject({ id: text(), basis: v.picklist(BASES) })),
});

/** The outcome of {@link parseRecord}: the record, or the first problem with its JSON path. */
export type RecordParseResult =
  | { readonly ok: true; readonly record: ConsentRecord }
  | { readonly ok: false; readonly path: string; readonly message: string };

/** Checks a parsed JSON value against the record format; never throws. */
export const parseRecord = (json: unknown): RecordParseResult => {
  // Valibot takes an array for an object and would report a missing `schema` key instead.
  if (Array.isArray(json)) return { ok: false, path: '$', message: 'Invalid type: Expected Object but received Array' };
  const result = v.safeParse(RecordSchema, json, { abortEarly: true });
  if (result.success) return { ok: true, record: result.output };
  const [first] = result.issues;
  const keys = (first.path ?? []).map((item) => item.key as string | number);
  return { ok: false, path: formatPath(keys), message: first.message };
};
