/**
 * The runtime schema of the policy document (Valibot). Each schema is annotated with the
 * hand-written type from `types.ts`, so the compiler keeps the two in step; the shipped
 * JSON Schema (`schema/policy.schema.json`) is generated from this file.
 *
 * Custom checks carry a stable issue code as their message (see `issues.ts`).
 */
import * as v from 'valibot';
import type * as T from './types.js';

// A schema whose output is T; input is anything (the JSON we were given).
type S<O> = v.GenericSchema<unknown, O>;

export const ID_PATTERN = /^[A-Za-z][A-Za-z0-9_-]*$/;
export const LOCALE_PATTERN = /^[a-z]{2,3}(-[A-Za-z0-9]{1,8})*$/;
const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

const isCalendarDate = (value: string): boolean => {
  const match = DATE_PATTERN.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
};

const nonEmpty = v.pipe(v.string(), v.minLength(1, 'empty'));
const id = v.pipe(v.string(), v.regex(ID_PATTERN, 'format.id'));
const isoDate = v.pipe(v.string(), v.regex(DATE_PATTERN, 'format.date'), v.check(isCalendarDate, 'format.date'));
const optional = v.optional;
const list = <O>(item: S<O>): S<O[]> => v.array(item);
const nonEmptyList = <O>(item: S<O>): S<O[]> => v.pipe(v.array(item), v.minLength(1, 'empty'));

export const LocalizedMapSchema: S<T.LocalizedMap> = v.pipe(
  v.record(v.pipe(v.string(), v.regex(LOCALE_PATTERN, 'format.locale')), nonEmpty),
  v.check((map) => Object.keys(map).length > 0, 'empty'),
);
export const TextSchema: S<T.Text> = v.union([nonEmpty, LocalizedMapSchema]);

export const SpanSchema: S<T.Span> = v.strictObject({
  text: TextSchema,
  href: optional(nonEmpty),
  strong: optional(v.boolean()),
  underline: optional(v.boolean()),
});
export const RichTextSchema: S<T.RichText> = v.union([TextSchema, nonEmptyList(v.union([nonEmpty, SpanSchema]))]);
export const TextListSchema: S<T.TextList> = v.union([TextSchema, nonEmptyList(TextSchema)]);

export const DataItemGroupSchema: S<T.DataItemGroup> = v.strictObject({
  label: TextSchema,
  items: v.lazy(() => DataItemsSchema),
});
// Groups are tried first: a group has `label` and `items`, a localized map only locale keys.
export const DataItemsSchema: S<T.DataItems> = list(v.union([DataItemGroupSchema, TextSchema]));

const ListItemObjectSchema = v.strictObject({
  label: optional(nonEmpty),
  text: optional(RichTextSchema),
  items: optional(v.lazy(() => ListItemsSchema)),
});
export const ListItemSchema: S<T.ListItem> = v.union([nonEmpty, ListItemObjectSchema]);
export const ListItemsSchema: S<T.ListItem[]> = nonEmptyList(ListItemSchema);

const block = <E extends v.ObjectEntries>(type: string, entries: E) =>
  v.strictObject({ type: v.literal(type), id: optional(id), label: optional(nonEmpty), ...entries });

const ContactFields = {
  role: v.picklist(['officer', 'staff', 'department', 'desk', 'other']),
  title: optional(TextSchema),
  name: optional(TextSchema),
  department: optional(TextSchema),
  position: optional(TextSchema),
  phone: optional(nonEmpty),
  fax: optional(nonEmpty),
  email: optional(nonEmpty),
  url: optional(nonEmpty),
  address: optional(TextSchema),
  note: optional(RichTextSchema),
};

export const TableCellSchema: S<T.TableCell> = v.union([
  RichTextSchema,
  v.strictObject({
    text: optional(RichTextSchema),
    items: optional(ListItemsSchema),
    rowSpan: optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
    colSpan: optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
  }),
]);

const rows = <O>(row: S<O>): S<O[]> => nonEmptyList(row);

const CollectionRowSchema: S<T.CollectionRow> = v.strictObject({
  id: optional(id),
  label: optional(nonEmpty),
  service: optional(TextSchema),
  stage: optional(TextSchema),
  purposes: optional(TextListSchema),
  required: optional(DataItemsSchema),
  optional: optional(DataItemsSchema),
  items: optional(DataItemsSchema),
  retention: optional(RichTextSchema),
  note: optional(RichTextSchema),
});

const RetentionRowSchema: S<T.RetentionRow> = v.strictObject({
  id: optional(id),
  label: optional(nonEmpty),
  record: optional(TextSchema),
  basis: optional(TextSchema),
  basisType: optional(v.picklist(['law', 'policy', 'consent', 'contract'])),
  period: optional(TextSchema),
  note: optional(RichTextSchema),
});

const ThirdPartyRowSchema: S<T.ThirdPartyRow> = v.strictObject({
  id: optional(id),
  recipient: TextSchema,
  purpose: optional(TextListSchema),
  items: optional(DataItemsSchema),
  retention: optional(TextSchema),
  note: optional(RichTextSchema),
});

const EntrustmentRowSchema: S<T.EntrustmentRow> = v.strictObject({
  id: optional(id),
  entrustee: TextSchema,
  task: optional(TextListSchema),
  reentrustees: optional(list(v.strictObject({ entrustee: TextSchema, task: optional(TextListSchema) }))),
  retention: optional(TextSchema),
  note: optional(RichTextSchema),
});

const OverseasRowSchema: S<T.OverseasRow> = v.strictObject({
  id: optional(id),
  recipient: TextSchema,
  contact: optional(TextSchema),
  country: TextSchema,
  items: optional(DataItemsSchema),
  transfer: optional(TextSchema),
  purpose: optional(TextListSchema),
  retention: optional(TextSchema),
  refusal: optional(TextSchema),
  basis: optional(TextSchema),
  note: optional(RichTextSchema),
});

const RemedyBodySchema: S<T.RemedyBody> = v.strictObject({
  label: optional(nonEmpty),
  name: TextSchema,
  operator: optional(TextSchema),
  duties: optional(TextSchema),
  url: optional(nonEmpty),
  phone: optional(nonEmpty),
  address: optional(TextSchema),
  note: optional(RichTextSchema),
});

const CONSENT_MODE_TYPES = [
  'ad_storage',
  'ad_user_data',
  'ad_personalization',
  'analytics_storage',
  'functionality_storage',
  'personalization_storage',
  'security_storage',
] as const;

export const CookieCategorySchema: S<T.CookieCategory> = v.strictObject({
  id,
  kind: v.picklist(['necessary', 'preferences', 'analytics', 'advertising', 'other']),
  title: TextSchema,
  description: optional(TextSchema),
  purposes: optional(TextListSchema),
  cookies: optional(
    list(
      v.strictObject({
        name: nonEmpty,
        provider: optional(TextSchema),
        purpose: optional(TextSchema),
        duration: optional(TextSchema),
      }),
    ),
  ),
  consentMode: optional(list(v.picklist(CONSENT_MODE_TYPES))),
});

export const BlockSchema: S<T.Block> = v.variant('type', [
  block('paragraph', { text: RichTextSchema }),
  block('heading', { text: TextSchema }),
  block('list', { ordered: optional(v.boolean()), items: ListItemsSchema }),
  block('table', {
    caption: optional(TextSchema),
    header: optional(nonEmptyList(TextSchema)),
    rowHeaders: optional(v.boolean()),
    rows: rows(nonEmptyList(TableCellSchema)),
  }),
  block('note', { text: RichTextSchema }),
  block('contact', ContactFields),
  block('purposes', {
    purposes: rows(
      v.pipe(
        v.strictObject({
          label: optional(nonEmpty),
          title: optional(TextSchema),
          text: optional(RichTextSchema),
          items: optional(ListItemsSchema),
          marketing: optional(v.boolean()),
        }),
        v.check((purpose) => Boolean(purpose.title ?? purpose.text), 'empty'),
      ),
    ),
  }),
  block('collection', { caption: optional(TextSchema), rows: rows(CollectionRowSchema) }),
  block('auto-collection', {
    text: optional(RichTextSchema),
    items: nonEmptyList(v.union([DataItemGroupSchema, TextSchema])),
  }),
  block('retention', { caption: optional(TextSchema), rows: rows(RetentionRowSchema) }),
  block('third-party', { caption: optional(TextSchema), rows: rows(ThirdPartyRowSchema), retentionFrom: optional(id) }),
  block('entrustment', { caption: optional(TextSchema), rows: rows(EntrustmentRowSchema) }),
  block('overseas', { caption: optional(TextSchema), rows: rows(OverseasRowSchema) }),
  block('remedies', { bodies: rows(RemedyBodySchema) }),
  block('cookie-refusal', {
    browsers: rows(
      v.strictObject({
        browser: optional(TextSchema),
        steps: TextListSchema,
        url: optional(nonEmpty),
        note: optional(RichTextSchema),
      }),
    ),
  }),
  block('cookie-categories', { categories: rows(CookieCategorySchema) }),
]) as S<T.Block>;

const TOPICS = [
  'general',
  'purposes',
  'items',
  'collection-methods',
  'consent-methods',
  'retention',
  'third-party',
  'destruction',
  'sensitive-disclosure',
  'entrustment',
  'overseas',
  'pseudonymisation',
  'rights',
  'duties',
  'officer',
  'cookies',
  'behavioural-ads',
  'safety',
  'remedies',
  'children',
  'dormant',
  'automated-decisions',
  'posts',
  'links',
  'changes',
  'other',
] as const satisfies readonly T.Topic[];

export const SectionSchema: S<T.Section> = v.strictObject({
  id,
  number: optional(nonEmpty),
  title: TextSchema,
  topics: optional(list(v.picklist(TOPICS))),
  blocks: list(BlockSchema),
});

const NOTICE_PARTS = ['purpose', 'items', 'retention', 'recipient', 'refusal', 'country', 'disclosure'] as const;

export const ConsentItemSchema: S<T.ConsentItem> = v.strictObject({
  id,
  category: v.picklist([
    'collection',
    'third-party',
    'overseas',
    'sensitive',
    'unique-id',
    'out-of-purpose',
    'marketing',
    'ad-receipt',
  ]),
  required: v.boolean(),
  basis: optional(v.picklist(['consent', 'contract', 'law', 'public-task', 'vital-interest', 'legitimate-interest'])),
  basisText: optional(TextSchema),
  title: TextSchema,
  purpose: optional(TextListSchema),
  items: optional(DataItemsSchema),
  retention: optional(TextSchema),
  refusal: optional(TextSchema),
  recipient: optional(TextSchema),
  rowsFrom: optional(id),
  country: optional(TextSchema),
  transfer: optional(TextSchema),
  recipientContact: optional(TextSchema),
  disclosure: optional(TextSchema),
  important: optional(list(v.picklist(NOTICE_PARTS))),
  channels: optional(nonEmptyList(v.strictObject({ id, label: TextSchema }))),
  night: optional(v.boolean()),
  section: optional(id),
});

export const VersionRefSchema: S<T.VersionRef> = v.strictObject({
  version: nonEmpty,
  announcedOn: optional(isoDate),
  effectiveOn: optional(isoDate),
  title: optional(TextSchema),
  url: optional(nonEmpty),
  policy: optional(v.lazy(() => PolicySchema)),
  summary: optional(list(TextSchema)),
});

export const PolicySchema: S<T.PrivacyPolicy> = v.strictObject({
  $schema: optional(v.string()),
  schemaVersion: v.literal(1, 'schema-version'),
  id,
  version: nonEmpty,
  lang: v.pipe(v.string(), v.regex(LOCALE_PATTERN, 'format.locale')),
  title: TextSchema,
  controller: v.strictObject({
    name: TextSchema,
    representative: optional(TextSchema),
    businessNumber: optional(nonEmpty),
    address: optional(TextSchema),
    phone: optional(nonEmpty),
    fax: optional(nonEmpty),
    email: optional(nonEmpty),
    website: optional(nonEmpty),
  }),
  announcedOn: optional(isoDate),
  effectiveOn: optional(isoDate),
  url: optional(nonEmpty),
  preface: optional(list(BlockSchema)),
  sections: nonEmptyList(SectionSchema),
  closing: optional(list(BlockSchema)),
  consents: optional(list(ConsentItemSchema)),
  children: optional(
    v.strictObject({
      minimumAge: v.pipe(v.number(), v.integer(), v.minValue(1)),
      handling: v.picklist(['not-offered', 'guardian-consent']),
      guardianItems: optional(DataItemsSchema),
      note: optional(TextSchema),
      section: optional(id),
    }),
  ),
  previousVersions: optional(list(VersionRefSchema)),
  upcoming: optional(VersionRefSchema),
  source: optional(
    v.strictObject({
      url: optional(nonEmpty),
      document: optional(nonEmpty),
      retrievedOn: optional(isoDate),
      notes: optional(list(TextSchema)),
    }),
  ),
  extensions: optional(v.record(v.string(), v.unknown())),
});
