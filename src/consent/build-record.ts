import type { PrivacyPolicy } from '../policy/types.js';
import type { ConsentForm, Decisions } from './form-model.js';
import {
  localIsoTime,
  newRecordId,
  RECORD_SCHEMA,
  type ConsentMethod,
  type ConsentRecord,
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
  readonly ageConfirmed?: boolean;
  readonly subject?: string;
  readonly locale: string;
  readonly method?: ConsentMethod;
  readonly page?: { readonly origin: string; readonly path: string };
  readonly gpc?: boolean;
  readonly recordId?: string;
  readonly now?: Date;
}

/** Builds the record of a submission: every shown item with its own decision, refusals included. */
export const buildRecord = (input: RecordInput): ConsentRecord => {
  const { policy, form, decisions } = input;
  const items = form.items.map((entry): ItemDecision => {
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
    };
  });
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
    ...(input.page ? { page: input.page } : {}),
    gpc: Boolean(input.gpc),
    ...(form.age ? { age: { minimumAge: form.age.minimumAge, confirmed: Boolean(input.ageConfirmed) } } : {}),
    items,
    notices: form.notices.map((entry) => ({ id: entry.id, basis: entry.basis })),
  };
};
