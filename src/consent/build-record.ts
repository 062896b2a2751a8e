import { resolveText } from '../policy/text.js';
import type { PrivacyPolicy } from '../policy/types.js';
import type { ConsentForm, Decisions, FormItem } from './form-model.js';
import {
  localIsoTime,
  newRecordId,
  RECORD_SCHEMA,
  type ConsentEvent,
  type ConsentMethod,
  type GuardianConsent,
  type ConsentRecord,
  type DocumentVersion,
  type ItemDecision,
} from './record.js';

export interface RecordInput {
  readonly policy: PrivacyPolicy;
  /** The policy's content hash (`policyHash`). */
  readonly hash: string;
  /** Where the policy was loaded from, if a URL. */
  readonly url?: string;
  readonly form: ConsentForm;
  readonly decisions: Decisions;
  /**
   * The age confirmation, where the policy sets an age limit. A signup (`grant`) always states it
   * (unconfirmed when not given); later events state it only when given, since it was settled at
   * signup.
   */
  readonly ageConfirmed?: boolean;
  readonly subject?: string;
  readonly locale: string;
  readonly method?: ConsentMethod;
  /** What the record does (default `grant`, which is then left out of the record). */
  readonly event?: ConsentEvent;
  /**
   * Only these items (by id), for a record about some of them: a `change`, a `withdraw`, a
   * `reconfirm` of advertising consent. Default: every item of the form.
   */
  readonly itemIds?: readonly string[];
  /** The guardian's verified consent, for a child under the age limit (then `ageConfirmed` is false). */
  readonly guardian?: GuardianConsent;
  readonly page?: { readonly origin: string; readonly path: string };
  readonly gpc?: boolean;
  /** The content hash of each terms item's inline text, by item id (see {@link documentHashes}). */
  readonly documentHashes?: Readonly<Record<string, string>>;
  readonly recordId?: string;
  readonly now?: Date;
}

/** The terms document version an item decides on; inline text adds its content hash. */
const documentVersion = (entry: FormItem, hashes: RecordInput['documentHashes']): DocumentVersion => {
  const document = entry.item.document!;
  if (document.text === undefined) return { version: document.version };
  const hash = hashes?.[entry.id];
  if (!hash) throw new Error(`The content hash of the terms text of "${entry.id}" is missing (documentHashes)`);
  return { version: document.version, hash };
};

/**
 * The content hash of every inline terms text in the form, by item id, for
 * {@link RecordInput.documentHashes}. `hash` is `contentHash` from the policy module (passed in, so
 * the form loads the hashing code only when it needs it).
 */
export const documentHashes = async (
  form: ConsentForm,
  hash: (value: unknown) => Promise<string>,
): Promise<Record<string, string>> =>
  Object.fromEntries(
    await Promise.all(
      form.items
        .filter((entry) => entry.item.document?.text !== undefined)
        .map(async (entry) => [entry.id, await hash(entry.item.document!.text)] as const),
    ),
  );

/**
 * Builds the record of a submission: every shown item (or those of `itemIds`) with its own
 * decision, refusals included; the advertising sender's name where it decides advertising.
 */
export const buildRecord = (input: RecordInput): ConsentRecord => {
  const { policy, form, decisions } = input;
  const shown = input.itemIds ? form.items.filter((entry) => input.itemIds!.includes(entry.id)) : form.items;
  const items = shown.map((entry): ItemDecision => {
    const state = decisions[entry.id] ?? { granted: false };
    const channels = entry.item.channels?.map((channel) => {
      const granted = Boolean(state.channels?.[channel.id]);
      return { id: channel.id, granted, night: granted && Boolean(state.night) };
    });
    return {
      id: entry.id,
      category: entry.category,
      required: entry.required,
      basis: entry.basis,
      granted: channels ? channels.some((channel) => channel.granted) : Boolean(state.granted),
      ...(channels ? { channels } : {}),
      ...(entry.item.document ? { document: documentVersion(entry, input.documentHashes) } : {}),
    };
  });
  const grant = (input.event ?? 'grant') === 'grant';
  const age = form.age && (grant || input.ageConfirmed !== undefined) ? form.age : undefined;
  // Network Act 50(7): the confirmation of an advertising decision names its sender.
  const advertising = items.some((item) => item.category === 'ad-receipt');
  return {
    schema: RECORD_SCHEMA,
    recordId: input.recordId ?? newRecordId(),
    policy: {
      id: policy.id,
      version: policy.version,
      ...(policy.effectiveOn ? { effectiveOn: policy.effectiveOn } : {}),
      hash: input.hash,
      ...(input.url ? { url: input.url } : {}),
    },
    ...(input.subject ? { subject: input.subject } : {}),
    jurisdiction: 'KR',
    locale: input.locale,
    clientTime: localIsoTime(input.now ?? new Date()),
    method: input.method ?? 'web_form',
    ...(input.event && input.event !== 'grant' ? { event: input.event } : {}),
    ...(input.page ? { page: input.page } : {}),
    gpc: Boolean(input.gpc),
    ...(age ? { age: { minimumAge: age.minimumAge, confirmed: Boolean(input.ageConfirmed) } } : {}),
    ...(input.guardian ? { guardian: { ...input.guardian } } : {}),
    ...(advertising ? { sender: resolveText(policy.controller.name, input.locale, policy.lang) } : {}),
    items,
    notices: form.notices.map((entry) => ({ id: entry.id, basis: entry.basis })),
  };
};
