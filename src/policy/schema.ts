/**
 * The runtime schema of the policy document. Each shape is annotated with the hand-written
 * type from `types.ts`, so the compiler keeps the two in step in both directions (a key in
 * one and not the other fails to compile; see `Shape` in shape.ts); the shipped JSON Schema
 * (`schema/policy.schema.json`) is generated from these shapes.
 */
import {
  array,
  boolean,
  number,
  object,
  oneOf,
  optional as opt,
  record,
  ref,
  string,
  union,
  unknown,
  variant,
  type Shape,
} from './shape.js';
import { isAllowedImage, isAllowedLink } from './links.js';
import type * as T from './types.js';
import { CONSENT_MODE_TYPES, OVERSEAS_ROUTES } from './types.js';

export const ID_PATTERN = /^[A-Za-z][A-Za-z0-9_-]*$/;
export const LOCALE_PATTERN = /^[a-z]{2,3}(-[A-Za-z0-9]{1,8})*$/;
export const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar date in `YYYY-MM-DD` (not 2020-02-30). */
export const isCalendarDate = (value: string): boolean => {
  const match = DATE_PATTERN.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
};

const nonEmpty = /* @__PURE__ */ string({ min: 1 });
export const id = /* @__PURE__ */ string({ pattern: ID_PATTERN, code: 'format.id' });
const locale = /* @__PURE__ */ string({ pattern: LOCALE_PATTERN, code: 'format.locale' });
const isoDate = /* @__PURE__ */ string({ pattern: DATE_PATTERN, test: isCalendarDate, code: 'format.date' });
const rows = <R>(row: Shape<R>) => array(row, 1);
const label = /* @__PURE__ */ opt(nonEmpty);
/** A link or URL field: http(s), mailto, tel or relative, never `javascript:` and the like. */
const link = /* @__PURE__ */ string({ min: 1, test: isAllowedLink, code: 'format.url' });
/** An image URL: http(s) or relative, nothing else (no `data:`, `mailto:`…). */
const imageUrl = /* @__PURE__ */ string({ min: 1, test: isAllowedImage, code: 'format.url' });
/** The document's base URL: absolute http(s). */
const baseUrl = /* @__PURE__ */ string({ pattern: /^https?:\/\/[^\s/?#]+/i, code: 'format.url' });
/** A media type, e.g. `application/pdf`. */
const mediaType = /* @__PURE__ */ string({ pattern: /^[a-z]+\/[a-z0-9][\w.+-]*$/i, code: 'type' });
const pixels = /* @__PURE__ */ number({ integer: true, min: 1 });

export const LocalizedMapSchema: Shape<T.LocalizedMap> = /* @__PURE__ */ ref('LocalizedText', () =>
  record(locale, nonEmpty, 1),
);
export const TextSchema: Shape<T.Text> = /* @__PURE__ */ ref('Text', () => union(nonEmpty, LocalizedMapSchema));
export const SpanSchema: Shape<T.Span> = /* @__PURE__ */ ref('Span', () =>
  object({ text: TextSchema, href: opt(link), strong: opt(boolean()), underline: opt(boolean()) }),
);
export const RichTextSchema: Shape<T.RichText> = /* @__PURE__ */ ref('RichText', () =>
  union(TextSchema, array(union(nonEmpty, SpanSchema), 1)),
);
export const TextListSchema: Shape<T.TextList> = /* @__PURE__ */ ref('TextList', () =>
  union(TextSchema, array(TextSchema, 1)),
);

export const DataItemGroupSchema: Shape<T.DataItemGroup> = /* @__PURE__ */ ref('DataItemGroup', () =>
  object({ label: TextSchema, items: DataItemsSchema }),
);
// A group has `label` and `items`; a localized map only locale keys. The union reports
// whichever alternative got deeper into a wrong value.
export const DataItemsSchema: Shape<T.DataItems> = /* @__PURE__ */ ref('DataItems', () =>
  array(union(DataItemGroupSchema, TextSchema)),
);

export const ListItemSchema: Shape<T.ListItem> = /* @__PURE__ */ ref('ListItem', () =>
  union(
    nonEmpty,
    object({ label, text: opt(RichTextSchema), blocks: opt(array(BlockSchema, 1)), items: opt(ListItemsSchema) }),
  ),
);
export const ListItemsSchema: Shape<readonly T.ListItem[]> = /* @__PURE__ */ ref('ListItems', () =>
  array(ListItemSchema, 1),
);

const block = <K extends string, F extends Record<string, Shape>>(type: K, fields: F) =>
  object({ type: oneOf<[K]>([type]), id: opt(id), label, ...fields });

export const TableCellSchema: Shape<T.TableCell> = /* @__PURE__ */ ref('TableCell', () =>
  union(
    RichTextSchema,
    object({
      text: opt(RichTextSchema),
      items: opt(ListItemsSchema),
      rowSpan: opt(number({ integer: true, min: 1 })),
      colSpan: opt(number({ integer: true, min: 1 })),
    }),
  ),
);

export const ImageSchema: Shape<T.Image> = /* @__PURE__ */ ref('Image', () =>
  object({ src: imageUrl, alt: TextSchema, width: opt(pixels), height: opt(pixels) }),
);

/** Links printed with a name (`[전체보기]`): spans, each with an `href`. */
const NameLinksSchema: Shape<T.NameLinks> = /* @__PURE__ */ ref('NameLinks', () =>
  array(object({ text: TextSchema, href: link, strong: opt(boolean()), underline: opt(boolean()) }), 1),
);

const CollectionPartSchema: Shape<T.CollectionPart> = /* @__PURE__ */ object({
  label,
  required: opt(boolean()),
  items: array(union(DataItemGroupSchema, TextSchema), 1),
  condition: opt(TextSchema),
  purposes: opt(TextListSchema),
  retention: opt(RichTextSchema),
  basis: opt(RichTextSchema),
  note: opt(RichTextSchema),
});

const CollectionRowSchema: Shape<T.CollectionRow> = /* @__PURE__ */ object({
  id: opt(id),
  label,
  service: opt(TextSchema),
  stage: opt(TextSchema),
  purposes: opt(TextListSchema),
  required: opt(DataItemsSchema),
  optional: opt(DataItemsSchema),
  items: opt(DataItemsSchema),
  parts: opt(rows(CollectionPartSchema)),
  retention: opt(RichTextSchema),
  basis: opt(RichTextSchema),
  file: opt(TextSchema),
  note: opt(RichTextSchema),
});

/** A group has rows, groups, or both. */
const hasRows = (value: Record<string, unknown>): boolean => Boolean(value.rows ?? value.groups);

export const CollectionGroupSchema: Shape<T.CollectionGroup> = /* @__PURE__ */ ref('CollectionGroup', () =>
  object(
    {
      id: opt(id),
      label,
      title: opt(TextSchema),
      purposes: opt(TextListSchema),
      retention: opt(RichTextSchema),
      basis: opt(RichTextSchema),
      file: opt(TextSchema),
      note: opt(RichTextSchema),
      rows: opt(rows(CollectionRowSchema)),
      groups: opt(rows(CollectionGroupSchema)),
    },
    hasRows,
  ),
);

const RetentionRowSchema: Shape<T.RetentionRow> = /* @__PURE__ */ object({
  id: opt(id),
  label,
  record: opt(TextSchema),
  basis: opt(TextSchema),
  basisType: opt(oneOf(['law', 'policy', 'consent', 'contract'])),
  period: opt(TextSchema),
  note: opt(RichTextSchema),
});

const ThirdPartyRowSchema: Shape<T.ThirdPartyRow> = /* @__PURE__ */ object({
  id: opt(id),
  recipient: TextSchema,
  links: opt(NameLinksSchema),
  purpose: opt(TextListSchema),
  items: opt(DataItemsSchema),
  retention: opt(TextSchema),
  note: opt(RichTextSchema),
});

const entrusteeContact = () => ({ address: opt(TextSchema), phone: opt(nonEmpty), hours: opt(TextSchema) });

const EntrustmentRowSchema: Shape<T.EntrustmentRow> = /* @__PURE__ */ object({
  id: opt(id),
  entrustee: TextSchema,
  links: opt(NameLinksSchema),
  task: opt(TextListSchema),
  reentrustees: opt(
    array(
      object({ entrustee: TextSchema, links: opt(NameLinksSchema), task: opt(TextListSchema), ...entrusteeContact() }),
    ),
  ),
  retention: opt(TextSchema),
  note: opt(RichTextSchema),
  ...entrusteeContact(),
});

const OverseasRowSchema: Shape<T.OverseasRow> = /* @__PURE__ */ object({
  id: opt(id),
  recipient: TextSchema,
  links: opt(NameLinksSchema),
  entrustment: opt(boolean()),
  contact: opt(TextSchema),
  country: TextSchema,
  items: opt(DataItemsSchema),
  transfer: opt(TextSchema),
  purpose: opt(TextListSchema),
  retention: opt(TextSchema),
  refusal: opt(TextSchema),
  route: opt(oneOf(OVERSEAS_ROUTES)),
  basis: opt(TextSchema),
  note: opt(RichTextSchema),
});

export const ThirdPartyBlockSchema: Shape<T.ThirdPartyBlock> = /* @__PURE__ */ ref('ThirdPartyBlock', () =>
  block('third-party', { caption: opt(TextSchema), rows: rows(ThirdPartyRowSchema), retentionFrom: opt(id) }),
);

export const OverseasBlockSchema: Shape<T.OverseasBlock> = /* @__PURE__ */ ref('OverseasBlock', () =>
  block('overseas', { caption: opt(TextSchema), entrustment: opt(boolean()), rows: rows(OverseasRowSchema) }),
);

const RemedyBodySchema: Shape<T.RemedyBody> = /* @__PURE__ */ object({
  label,
  name: TextSchema,
  operator: opt(TextSchema),
  duties: opt(TextSchema),
  url: opt(link),
  phone: opt(nonEmpty),
  address: opt(TextSchema),
  note: opt(RichTextSchema),
});

export const CookieCategorySchema: Shape<T.CookieCategory> = /* @__PURE__ */ ref('CookieCategory', () =>
  object({
    id,
    kind: oneOf(['necessary', 'preferences', 'analytics', 'advertising', 'other']),
    title: TextSchema,
    description: opt(TextSchema),
    purposes: opt(TextListSchema),
    cookies: opt(
      array(object({ name: nonEmpty, provider: opt(TextSchema), purpose: opt(TextSchema), duration: opt(TextSchema) })),
    ),
    consentMode: opt(array(oneOf(CONSENT_MODE_TYPES))),
  }),
);

export const CookieCategoriesBlockSchema: Shape<T.CookieCategoriesBlock> = /* @__PURE__ */ ref(
  'CookieCategoriesBlock',
  () => block('cookie-categories', { categories: rows(CookieCategorySchema) }),
);

export const CookieRefusalBlockSchema: Shape<T.CookieRefusalBlock> = /* @__PURE__ */ ref('CookieRefusalBlock', () =>
  block('cookie-refusal', {
    browsers: rows(
      object({ browser: opt(TextSchema), steps: TextListSchema, url: opt(link), note: opt(RichTextSchema) }),
    ),
  }),
);

export const CONSENT_CATEGORIES = [
  'collection',
  'third-party',
  'overseas',
  'sensitive',
  'unique-id',
  'out-of-purpose',
  'marketing',
  'ad-receipt',
  'terms',
  'location',
] as const satisfies readonly T.ConsentCategory[];

export const CONSENT_ORDERS = ['required-first', 'as-listed'] as const satisfies readonly T.ConsentOrder[];

export const LEGAL_BASES = [
  'consent',
  'contract',
  'law',
  'public-task',
  'vital-interest',
  'legitimate-interest',
] as const satisfies readonly T.LegalBasis[];

const CONTACT_ROLES = ['officer', 'staff', 'department', 'desk', 'other'] as const;

export const BlockSchema: Shape<T.Block> = /* @__PURE__ */ ref('Block', () =>
  variant('type', {
    paragraph: block('paragraph', { text: RichTextSchema }),
    heading: block('heading', { text: TextSchema }),
    list: block('list', { ordered: opt(boolean()), items: ListItemsSchema }),
    table: block('table', {
      caption: opt(TextSchema),
      header: opt(array(TextSchema, 1)),
      rowHeaders: opt(boolean()),
      rows: rows(array(TableCellSchema, 1)),
    }),
    note: block('note', { text: RichTextSchema }),
    contact: block('contact', {
      role: oneOf(CONTACT_ROLES),
      title: opt(TextSchema),
      name: opt(TextSchema),
      department: opt(TextSchema),
      position: opt(TextSchema),
      phone: opt(nonEmpty),
      fax: opt(nonEmpty),
      email: opt(nonEmpty),
      url: opt(link),
      address: opt(TextSchema),
      scope: opt(RichTextSchema),
      hours: opt(TextSchema),
      note: opt(RichTextSchema),
    }),
    purposes: block('purposes', {
      purposes: rows(
        object(
          {
            label,
            title: opt(TextSchema),
            text: opt(RichTextSchema),
            items: opt(ListItemsSchema),
            marketing: opt(boolean()),
          },
          (purpose) => Boolean(purpose.title ?? purpose.text),
        ),
      ),
    }),
    collection: object(
      {
        type: oneOf(['collection']),
        id: opt(id),
        label,
        caption: opt(TextSchema),
        rows: opt(rows(CollectionRowSchema)),
        groups: opt(rows(CollectionGroupSchema)),
      },
      hasRows,
    ),
    'auto-collection': block('auto-collection', {
      text: opt(RichTextSchema),
      items: array(union(DataItemGroupSchema, TextSchema), 1),
    }),
    retention: block('retention', { caption: opt(TextSchema), rows: rows(RetentionRowSchema) }),
    'third-party': block('third-party', {
      caption: opt(TextSchema),
      rows: rows(ThirdPartyRowSchema),
      retentionFrom: opt(id),
    }),
    entrustment: block('entrustment', { caption: opt(TextSchema), rows: rows(EntrustmentRowSchema) }),
    overseas: OverseasBlockSchema,
    remedies: block('remedies', { bodies: rows(RemedyBodySchema) }),
    'cookie-refusal': CookieRefusalBlockSchema,
    'cookie-categories': CookieCategoriesBlockSchema,
    'domestic-agent': block('domestic-agent', {
      name: TextSchema,
      representative: opt(TextSchema),
      address: opt(TextSchema),
      phone: opt(nonEmpty),
      email: opt(nonEmpty),
      note: opt(RichTextSchema),
    }),
    'automated-decisions': block('automated-decisions', {
      decisions: rows(
        object({
          id: opt(id),
          decision: TextSchema,
          criteria: opt(RichTextSchema),
          procedure: opt(RichTextSchema),
          rights: opt(RichTextSchema),
          note: opt(RichTextSchema),
        }),
      ),
    }),
    transmission: block('transmission', {
      method: RichTextSchema,
      confirmation: opt(RichTextSchema),
      scope: opt(RichTextSchema),
      note: opt(RichTextSchema),
    }),
    'overseas-collection': block('overseas-collection', {
      rows: rows(
        object({
          id: opt(id),
          country: TextSchema,
          items: opt(DataItemsSchema),
          purpose: opt(TextListSchema),
          note: opt(RichTextSchema),
        }),
      ),
    }),
    'behavioural-ads': block('behavioural-ads', {
      data: opt(DataItemsSchema),
      method: opt(RichTextSchema),
      purpose: opt(TextListSchema),
      retention: opt(TextSchema),
      tools: opt(
        array(
          object({
            id: opt(id),
            tool: TextSchema,
            company: TextSchema,
            type: opt(TextSchema),
            items: opt(DataItemsSchema),
          }),
        ),
      ),
      refusal: opt(RichTextSchema),
      note: opt(RichTextSchema),
    }),
    figure: block('figure', {
      src: imageUrl,
      alt: TextSchema,
      width: opt(pixels),
      height: opt(pixels),
      caption: opt(RichTextSchema),
      href: opt(link),
    }),
    'change-log': block('change-log', {
      caption: opt(TextSchema),
      entries: rows(
        object(
          {
            id: opt(id),
            label,
            date: opt(isoDate),
            version: opt(nonEmpty),
            reason: opt(RichTextSchema),
            url: opt(link),
          },
          (entry) => Boolean(entry.date ?? entry.version),
        ),
      ),
    }),
  }),
);

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
  'transmission',
  'domestic-agent',
  'overseas-collection',
  'cctv-fixed',
  'cctv-mobile',
  'additional-use',
  'ad-transmission',
  'posts',
  'links',
  'changes',
  'other',
] as const satisfies readonly T.Topic[];

export const SectionSchema: Shape<T.Section> = /* @__PURE__ */ ref('Section', () =>
  object({
    id,
    number: opt(nonEmpty),
    title: TextSchema,
    topics: opt(array(oneOf(TOPICS))),
    icon: opt(ImageSchema),
    blocks: array(BlockSchema),
  }),
);

/** A terms document: a url, inline text, or both (at least one). */
export const TermsDocumentSchema: Shape<T.TermsDocument> = /* @__PURE__ */ ref('TermsDocument', () => {
  const base = { title: TextSchema, version: nonEmpty, effectiveOn: opt(isoDate) };
  return union(
    object({ ...base, url: link, text: opt(RichTextSchema) }),
    object({ ...base, url: opt(link), text: RichTextSchema }),
  );
});

export const ConsentItemSchema: Shape<T.ConsentItem> = /* @__PURE__ */ ref('ConsentItem', () =>
  object({
    id,
    category: oneOf(CONSENT_CATEGORIES),
    required: boolean(),
    basis: opt(oneOf(LEGAL_BASES)),
    basisText: opt(TextSchema),
    title: TextSchema,
    purpose: opt(TextListSchema),
    items: opt(DataItemsSchema),
    retention: opt(TextSchema),
    refusal: opt(TextSchema),
    recipient: opt(TextSchema),
    rowsFrom: opt(id),
    country: opt(TextSchema),
    transfer: opt(TextSchema),
    recipientContact: opt(TextSchema),
    disclosure: opt(TextSchema),
    important: opt(array(oneOf(['purpose', 'items', 'retention', 'recipient', 'refusal', 'country', 'disclosure']))),
    channels: opt(array(object({ id, label: TextSchema }), 1)),
    night: opt(boolean()),
    section: opt(id),
    document: opt(TermsDocumentSchema),
  }),
);

export const ChildrenSchema: Shape<T.ChildrenPolicy> = /* @__PURE__ */ ref('ChildrenPolicy', () =>
  object({
    minimumAge: opt(number({ integer: true, min: 1 })),
    handling: oneOf(['not-offered', 'guardian-consent']),
    guardianItems: opt(DataItemsSchema),
    note: opt(TextSchema),
    section: opt(id),
  }),
);

export const VersionRefSchema: Shape<T.VersionRef> = /* @__PURE__ */ ref('VersionRef', () =>
  object({
    version: nonEmpty,
    label,
    announcedOn: opt(isoDate),
    effectiveOn: opt(isoDate),
    effectiveUntil: opt(isoDate),
    title: opt(TextSchema),
    url: opt(link),
    mediaType: opt(mediaType),
    policy: opt(PolicySchema),
    summary: opt(array(TextSchema)),
  }),
);

/** The fields every element needs: the document's identity, title, controller and dates. */
export const envelopeFields = () => ({
  $schema: opt(string()),
  schemaVersion: oneOf([1], 'schema-version'),
  id,
  version: nonEmpty,
  lang: locale,
  title: TextSchema,
  controller: object({
    name: TextSchema,
    publicBody: opt(boolean()),
    representative: opt(TextSchema),
    businessNumber: opt(nonEmpty),
    address: opt(TextSchema),
    phone: opt(nonEmpty),
    fax: opt(nonEmpty),
    email: opt(nonEmpty),
    website: opt(link),
  }),
  announcedOn: opt(isoDate),
  effectiveOn: opt(isoDate),
  enactedOn: opt(isoDate),
  versionLabel: opt(nonEmpty),
  url: opt(link),
  baseUrl: opt(baseUrl),
});

export const PolicySchema: Shape<T.PrivacyPolicy> = /* @__PURE__ */ ref('Policy', () =>
  object({
    ...envelopeFields(),
    preface: opt(array(BlockSchema)),
    sections: array(SectionSchema, 1),
    closing: opt(array(BlockSchema)),
    consents: opt(array(ConsentItemSchema)),
    consentOrder: opt(oneOf(CONSENT_ORDERS)),
    children: opt(ChildrenSchema),
    previousVersions: opt(array(VersionRefSchema)),
    upcoming: opt(VersionRefSchema),
    source: opt(
      object({ url: opt(link), document: opt(nonEmpty), retrievedOn: opt(isoDate), notes: opt(array(TextSchema)) }),
    ),
    extensions: opt(record(string(), unknown())),
  }),
);
