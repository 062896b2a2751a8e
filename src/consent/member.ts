/**
 * What the account-page modes of `<privacy-consent>` decide, from the policy's form and the
 * member's state: the decisions as they stand, the event of a change, which items a changed
 * document must ask again (PIPA 15(2), 17(2)), and which advertising consents the two-yearly
 * reconfirmation asks about (Network Act 50(8)). Pure functions, no DOM.
 */
import { consentChanges, type ConsentItemChange } from '../policy/diff.js';
import type { PrivacyPolicy } from '../policy/types.js';
import type { ConsentForm, Decisions, FormItem, ItemState } from './form-model.js';
import { latestDecision, type SubjectItemState, type SubjectState } from './member-state.js';
import type { ConsentEvent } from './record.js';
import { reconfirmDate } from './reconfirm.js';

/** An item's latest decision as the form holds decisions; an item never decided is refused. */
export const stateDecision = (entry: FormItem, decided: SubjectItemState | undefined): ItemState => {
  if (!entry.item.channels) return { granted: Boolean(decided?.granted) };
  const channel = (id: string) => decided?.channels?.find((candidate) => candidate.id === id);
  const channels = Object.fromEntries(entry.item.channels.map(({ id }) => [id, Boolean(channel(id)?.granted)]));
  const granted = Object.values(channels).some(Boolean);
  const night = entry.item.channels.some(({ id }) => channels[id] && channel(id)?.night);
  return { granted, channels, night: granted && night };
};

/** Every item's decision as the member's state holds it, for the policy `policyId`. */
export const memberDecisions = (form: ConsentForm, state: SubjectState | undefined, policyId: string): Decisions =>
  Object.fromEntries(
    form.items.map((entry) => [entry.id, stateDecision(entry, latestDecision(state, policyId, entry.id))]),
  );

/**
 * The event of a record about one item from an account page: a withdrawal when it grants nothing
 * (PIPA 37(1)), otherwise a change.
 */
export const changeEvent = (decision: ItemState): Extract<ConsentEvent, 'change' | 'withdraw'> =>
  decision.granted ? 'change' : 'withdraw';

/** The versions of this policy (by id) that the member's decisions were made under, other than `policy`'s own. */
export const olderVersions = (policy: PrivacyPolicy, state: SubjectState | undefined): string[] => [
  ...new Set(
    (state?.items ?? [])
      .filter((item) => item.policy.id === policy.id && item.policy.version !== policy.version)
      .map((item) => item.policy.version),
  ),
];

/** Why the re-consent screen asks about an item. */
export type ReconsentReason =
  /** The member never decided it: it was not asked about (for consent) when they last did. */
  | 'added'
  /** A fact their consent stands on changed since the version they decided under. */
  | 'changed'
  /** They decided under a version that is not available to compare: asked, to be safe. */
  | 'unknown'
  /** A required item they have not granted. */
  | 'not-granted';

/** An item the re-consent screen asks about, and why. */
export interface ReconsentItem {
  readonly entry: FormItem;
  readonly reason: ReconsentReason;
  /** For `changed` (and `added` since a known version): what changed, from `consentChanges`. */
  readonly change?: ConsentItemChange;
  /** The member's latest decision on it, if any. */
  readonly decided?: SubjectItemState;
  /** The version `change` compares with. */
  readonly older?: PrivacyPolicy;
}

/**
 * The items a new version of the document must ask the member about again: those they decided
 * under an older version whose consent does not carry over (`consentChanges`: an item added, or
 * its purposes, data, recipients or retention changed, a channel added, another terms document;
 * wording does not count), items they never decided, items decided under a version not in
 * `older` (by version), and required items not granted. In the form's order; empty when their
 * consent carries over as it is.
 */
export const reconsentItems = (
  form: ConsentForm,
  policy: PrivacyPolicy,
  state: SubjectState | undefined,
  older: ReadonlyMap<string, PrivacyPolicy>,
): ReconsentItem[] => {
  const changes = new Map<string, ConsentItemChange[]>();
  const changesSince = (version: string, previous: PrivacyPolicy) => {
    let found = changes.get(version);
    if (!found) changes.set(version, (found = consentChanges(previous, policy)));
    return found;
  };
  return form.items.flatMap((entry): ReconsentItem[] => {
    const decided = latestDecision(state, policy.id, entry.id);
    if (!decided) return [{ entry, reason: 'added' }];
    const base = { entry, decided };
    if (decided.policy.version !== policy.version) {
      const previous = older.get(decided.policy.version);
      if (!previous) return [{ ...base, reason: 'unknown' }];
      const change = changesSince(decided.policy.version, previous).find((candidate) => candidate.id === entry.id);
      if (change) return [{ ...base, reason: change.status, change, older: previous }];
    }
    return entry.required && !decided.granted ? [{ ...base, reason: 'not-granted' }] : [];
  });
};

/**
 * The decisions of a re-consent record, which decides every item: the items asked, as the
 * member just decided them; the others as their state holds them (their consent carries over).
 */
export const reconsentDecisions = (
  form: ConsentForm,
  state: SubjectState | undefined,
  policyId: string,
  asked: Decisions,
): Decisions => ({ ...memberDecisions(form, state, policyId), ...asked });

/** A granted advertising channel and when its consent was given and must be reconfirmed. */
export interface ReconfirmChannel {
  readonly id: string;
  /** When the receiver stored the consent, ISO 8601. */
  readonly decidedAt: string;
  /** The Korean calendar date by which to reconfirm (`reconfirmDate`), `YYYY-MM-DD`. */
  readonly due: string;
}

/** An advertising item with consent to reconfirm. */
export interface ReconfirmItem {
  readonly entry: FormItem;
  readonly decided: SubjectItemState;
  /** Its granted channels, in the policy's order; empty for an item without channels. */
  readonly channels: readonly ReconfirmChannel[];
  /** The earliest due date among them (the item's own without channels). */
  readonly due: string;
}

/** The advertising consents (granted `ad-receipt` items of this policy) the reconfirmation asks about. */
export const reconfirmItems = (form: ConsentForm, state: SubjectState | undefined, policyId: string): ReconfirmItem[] =>
  form.items.flatMap((entry): ReconfirmItem[] => {
    const decided = latestDecision(state, policyId, entry.id);
    if (entry.category !== 'ad-receipt' || !decided?.granted) return [];
    const channels = (entry.item.channels ?? []).flatMap((channel): ReconfirmChannel[] => {
      const found = decided.channels?.find((candidate) => candidate.id === channel.id);
      return found?.granted
        ? [{ id: channel.id, decidedAt: found.decidedAt, due: reconfirmDate(found.decidedAt) }]
        : [];
    });
    if (entry.item.channels && !channels.length) return [];
    const due = channels.length ? channels.map((channel) => channel.due).sort()[0]! : reconfirmDate(decided.decidedAt);
    return [{ entry, decided, channels, due }];
  });

/**
 * The reconfirmation's answer for an item: the channels in `keep` stay granted (with their
 * night-time consent), every other one is refused; an item without channels is kept when `keep`
 * is not empty.
 */
export const reconfirmDecision = (target: ReconfirmItem, keep: ReadonlySet<string>): ItemState => {
  const { entry, decided } = target;
  if (!entry.item.channels) return { granted: keep.size > 0 };
  const current = stateDecision(entry, decided);
  const channels = Object.fromEntries(
    entry.item.channels.map(({ id }) => [id, Boolean(current.channels?.[id]) && keep.has(id)]),
  );
  const granted = Object.values(channels).some(Boolean);
  return { granted, channels, night: granted && Boolean(current.night) };
};
