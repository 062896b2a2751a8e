/**
 * How the form's choices change. Pure functions over {@link Decisions}: the element holds
 * the state, these say what a click means.
 *
 * Advertising receipt is decided per channel: the item is granted when any channel is, and
 * night-time consent only exists together with a daytime channel (Network Act 50(3)).
 */
import type { ConsentForm, Decisions, FormItem, ItemState } from './form-model.js';

const withItem = (decisions: Decisions, id: string, state: ItemState): Decisions => ({ ...decisions, [id]: state });

const channelState = (entry: FormItem, checked: (channelId: string) => boolean, night: boolean): ItemState => {
  const channels = Object.fromEntries((entry.item.channels ?? []).map((channel) => [channel.id, checked(channel.id)]));
  const granted = Object.values(channels).some(Boolean);
  return { granted, channels, night: granted && night };
};

/** Checks or unchecks an item; for advertising, all of its channels (and night with them). */
export const setItem = (form: ConsentForm, decisions: Decisions, id: string, granted: boolean): Decisions => {
  const entry = form.items.find((candidate) => candidate.id === id);
  if (!entry) return decisions;
  if (!entry.item.channels) return withItem(decisions, id, { granted });
  return withItem(
    decisions,
    id,
    channelState(entry, () => granted, granted && Boolean(entry.item.night)),
  );
};

/** Checks or unchecks one advertising channel. Night consent lapses when no channel is left. */
export const setChannel = (
  form: ConsentForm,
  decisions: Decisions,
  id: string,
  channelId: string,
  granted: boolean,
): Decisions => {
  const entry = form.items.find((candidate) => candidate.id === id);
  const current = decisions[id];
  if (!entry?.item.channels || !current) return decisions;
  return withItem(
    decisions,
    id,
    channelState(
      entry,
      (channel) => (channel === channelId ? granted : Boolean(current.channels?.[channel])),
      Boolean(current.night),
    ),
  );
};

/** Night-time consent: only possible while at least one channel is granted. */
export const setNight = (decisions: Decisions, id: string, night: boolean): Decisions => {
  const current = decisions[id];
  if (!current?.channels) return decisions;
  return withItem(decisions, id, { ...current, night: current.granted && night });
};

/**
 * 전체 동의: every item, every channel, and night where offered — or none of them. The form ticks
 * the age confirmation with it (as Korean signup screens do); the record still keeps each decision.
 */
export const setAll = (form: ConsentForm, decisions: Decisions, granted: boolean): Decisions =>
  form.items.reduce((next, entry) => setItem(form, next, entry.id, granted), decisions);

/** Whether an item is fully chosen: every channel and the night option where they exist. */
const isComplete = (entry: FormItem, state: ItemState | undefined): boolean =>
  Boolean(
    state?.granted &&
    (entry.item.channels ?? []).every((channel) => state.channels?.[channel.id]) &&
    (!entry.item.night || !entry.item.channels || state.night),
  );

/**
 * The 전체 동의 box: checked when everything is, mixed when something is, clear otherwise. Given
 * `ageConfirmed`, the age confirmation counts as one of the boxes.
 */
export const agreeAllState = (
  form: ConsentForm,
  decisions: Decisions,
  ageConfirmed?: boolean,
): 'all' | 'some' | 'none' => {
  const age = form.age && ageConfirmed !== undefined ? [ageConfirmed] : [];
  if (!form.items.length && !age.length) return 'none';
  if (form.items.every((entry) => isComplete(entry, decisions[entry.id])) && !age.includes(false)) return 'all';
  return form.items.some((entry) => decisions[entry.id]?.granted) || age.includes(true) ? 'some' : 'none';
};

/** An advertising item whose channels are only partly checked shows as mixed. */
export const isPartial = (entry: FormItem, state: ItemState | undefined): boolean =>
  Boolean(
    entry.item.channels && state?.granted && !entry.item.channels.every((channel) => state.channels?.[channel.id]),
  );
