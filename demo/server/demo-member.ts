/**
 * The demo's signed-in member (demo/account-policy.ts): their signup is stored the first time the
 * demo server starts with an empty store, so the account page has consents to show. Reading a
 * member's consent is allowed by `authorizeDemo`, a stand-in: a real host checks that the
 * request's session belongs to that subject (or to staff allowed to read it).
 */
import type { IncomingMessage } from 'node:http';
import { buildRecord } from '../../src/consent/build-record.js';
import { consentForm, emptyDecisions, type ItemState } from '../../src/consent/form-model.js';
import { reconfirmDue } from '../../src/consent/reconfirm.js';
import { storedReceipt, type ConsentStore, type KnownPolicy } from '../../src/server/index.js';
import { DEMO_MEMBER } from '../account-policy.js';

/** Stand-in for a session check: any request may read the demo member, and no one else. */
export const authorizeDemo = (_req: IncomingMessage, subject: string): boolean => subject === DEMO_MEMBER;

/** Stores the demo member's signup (required items, the profile, advertising by SMS and e-mail) unless they have records. */
export const seedDemoMember = async (store: ConsentStore, known: KnownPolicy): Promise<void> => {
  if ((await store.history(DEMO_MEMBER)).length) return;
  const form = consentForm(known.policy);
  const decisions: Record<string, ItemState> = { ...emptyDecisions(form) };
  for (const entry of form.items) {
    if (entry.required || entry.id === 'profile') decisions[entry.id] = { granted: true };
    if (entry.item.channels)
      decisions[entry.id] = {
        granted: true,
        channels: Object.fromEntries(entry.item.channels.map(({ id }) => [id, id !== 'push'])),
        night: false,
      };
  }
  const record = buildRecord({
    policy: known.policy,
    hash: known.hash,
    form,
    decisions,
    ageConfirmed: true,
    subject: DEMO_MEMBER,
    locale: 'ko',
    documentHashes: {},
  });
  const receivedAt = new Date().toISOString();
  const due = reconfirmDue(record, receivedAt);
  await store.append({
    record,
    receipt: storedReceipt(record.recordId, receivedAt),
    receivedAt,
    ...(due.length ? { reconfirmDueAt: due } : {}),
  });
};
