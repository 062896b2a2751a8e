/**
 * The shape of a posted consent record (`privacy-consent/record@1`), checked before anything
 * else. Objects are strict: a key the format does not define is refused rather than stored,
 * so the store holds only what the record format says (PIPA: collect no more than needed).
 */
import { CONSENT_EVENTS, RECORD_SCHEMA, type ConsentRecord, type GuardianMethod } from '../consent/record.js';
import type { CheckIssue } from '../policy/issues.js';
import { CONSENT_CATEGORIES, LEGAL_BASES, LOCALE_PATTERN } from '../policy/schema.js';
import { describeIssue } from '../policy/messages.js';
import { array, boolean, check, number, object, oneOf, optional as opt, string, type Shape } from '../policy/shape.js';

const CATEGORIES = [...CONSENT_CATEGORIES, 'cookies'] as const;

// A resident registration number (주민등록번호): YYMMDD, optional hyphen, 7 digits starting 1–8.
// PIPA 24-2 forbids processing it without a statute, so it must never become a record's subject.
const RESIDENT_NUMBER = /(^|\D)\d{2}(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])-?[1-8]\d{6}(\D|$)/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

const text = (max = 200) => string({ min: 1, max });
/** `sha256-<base64>`, as `contentHash` and `policyHash` write it. */
const contentHash = () => string({ pattern: /^sha256-[A-Za-z0-9+/]{43}=$/ });

const GUARDIAN_METHODS = ['mobile', 'card', 'ipin', 'document', 'other'] as const satisfies readonly GuardianMethod[];
const isoTime = () => string({ pattern: ISO_TIME, test: (time) => !Number.isNaN(Date.parse(time)) });

const ItemDecisionSchema = object({
  id: text(),
  category: oneOf(CATEGORIES),
  required: boolean(),
  basis: oneOf(LEGAL_BASES),
  granted: boolean(),
  channels: opt(array(object({ id: text(), granted: boolean(), night: boolean() }))),
  // Terms items: the document version shown, and the content hash of inline text.
  document: opt(object({ version: text(), hash: opt(contentHash()) })),
});

// The annotation makes the compiler check the shape against the hand-written record type, both
// ways: a key in one and not in the other does not compile.
export const RecordSchema: Shape<ConsentRecord> = object({
  schema: oneOf([RECORD_SCHEMA]),
  recordId: string({ pattern: UUID }),
  policy: object({
    id: text(),
    version: text(),
    effectiveOn: opt(text()),
    hash: contentHash(),
    url: opt(text(2000)),
  }),
  subject: opt(string({ min: 1, max: 256, test: (subject) => !RESIDENT_NUMBER.test(subject) })),
  jurisdiction: oneOf(['KR']),
  locale: string({ pattern: LOCALE_PATTERN, code: 'format.locale' }),
  clientTime: isoTime(),
  method: oneOf(['web_form', 'cookie_notice']),
  event: opt(oneOf(CONSENT_EVENTS)),
  page: opt(object({ origin: text(2000), path: text(2000) })),
  gpc: boolean(),
  age: opt(object({ minimumAge: number({ integer: true, min: 0 }), confirmed: boolean() })),
  // Only the guardian's name and contact may be collected from the child (PIPA 22-2(2)).
  guardian: opt(
    object({ method: oneOf(GUARDIAN_METHODS), verifiedAt: isoTime(), name: opt(text()), contact: opt(text()) }),
  ),
  // The advertising sender the confirmation named (Network Act 50(7)).
  sender: opt(text()),
  items: array(ItemDecisionSchema),
  notices: array(object({ id: text(), basis: oneOf(LEGAL_BASES) })),
});

/** The outcome of {@link parseRecord}: the record, or the first problem with its JSON path. */
export type RecordParseResult =
  | { readonly ok: true; readonly record: ConsentRecord }
  | { readonly ok: false; readonly path: string; readonly message: string };

/** Checks a parsed JSON value against the record format; never throws. */
export const parseRecord = (json: unknown): RecordParseResult => {
  const issues: CheckIssue[] = [];
  check(RecordSchema, json, issues);
  if (!issues.length) return { ok: true, record: json as ConsentRecord };
  const first = describeIssue(issues[0]!);
  return { ok: false, path: first.path, message: `${first.code}: ${first.message.en}` };
};
