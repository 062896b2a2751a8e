/**
 * Export of a consent record to the Kantara Initiative Consent Receipt 1.1 shape
 * (KI-CR-v1.1.0), with what CR 1.1 cannot say (refusals, channels and night-time consent,
 * non-consent notices, the policy hash, the age confirmation, GPC, the 2-year
 * reconfirmation dates of advertising consent) in an `x-kr` extension object.
 */
import { leafItems, listTexts, resolveText } from '../policy/text.js';
import type { PrivacyPolicy } from '../policy/types.js';
import { reconfirmDue, type ReconfirmDue } from './reconfirm.js';
import type { ConsentRecord } from './record.js';

/** What the receiver stored with the record (a `StoredConsent` of `privacy-consent/server` has both). */
export interface ServerFacts {
  /** The receiver's time of storage, ISO 8601. */
  readonly receivedAt?: string;
  /** The reconfirmation dates the receiver computed from its own time. */
  readonly reconfirmDueAt?: readonly ReconfirmDue[];
}

export interface KantaraReceipt {
  readonly version: 'KI-CR-v1.1.0';
  readonly jurisdiction: 'KR';
  /** Seconds since 1970-01-01 GMT (CR 1.1 §4.3.3). */
  readonly consentTimestamp: number;
  readonly collectionMethod: string;
  readonly consentReceiptID: string;
  readonly language: string;
  readonly piiPrincipalId: string;
  readonly piiControllers: readonly Record<string, string>[];
  readonly policyUrl: string;
  readonly services: readonly {
    readonly service: string;
    readonly purposes: readonly Record<string, unknown>[];
  }[];
  readonly sensitive: boolean;
  readonly spiCat: readonly string[];
  readonly 'x-kr': Record<string, unknown>;
}

/**
 * The receipt of a record. Pass what the receiver stored (`stored`) to export its time and its
 * reconfirmation dates; without it they are computed from the browser's `clientTime`.
 */
export const toKantaraReceipt = (
  record: ConsentRecord,
  policy: PrivacyPolicy,
  stored: ServerFacts = {},
): KantaraReceipt => {
  const lang = record.locale;
  const text = (value: Parameters<typeof resolveText>[0] | undefined) =>
    value ? resolveText(value, lang, policy.lang) : '';
  const byId = new Map((policy.consents ?? []).map((item) => [item.id, item]));
  const granted = record.items.filter((item) => item.granted);
  const sensitive = granted.some((item) => item.category === 'sensitive');
  const controller = policy.controller;
  return {
    version: 'KI-CR-v1.1.0',
    jurisdiction: 'KR',
    consentTimestamp: Math.floor(Date.parse(record.clientTime) / 1000),
    collectionMethod: record.method,
    consentReceiptID: record.recordId,
    language: lang,
    piiPrincipalId: record.subject ?? '',
    piiControllers: [
      Object.fromEntries(
        Object.entries({
          piiController: text(controller.name),
          contact: text(controller.representative),
          address: text(controller.address),
          email: controller.email ?? '',
          phone: controller.phone ?? '',
          piiControllerUrl: controller.website ?? '',
        }).filter(([, value]) => value),
      ),
    ],
    policyUrl: record.policy.url ?? policy.url ?? '',
    services: [
      {
        service: text(policy.title),
        purposes: granted.map((decision) => {
          const item = byId.get(decision.id);
          return {
            purpose: listTexts(item?.purpose, lang, policy.lang).join('; ') || text(item?.title),
            purposeCategory: [decision.category],
            consentType: 'EXPLICIT',
            piiCategory: leafItems(item?.items).map((entry) => text(entry)),
            primaryPurpose: decision.required,
            termination: text(item?.retention),
            thirdPartyDisclosure: decision.category === 'third-party' || decision.category === 'overseas',
            ...(item?.recipient ? { thirdPartyName: text(item.recipient) } : {}),
          };
        }),
      },
    ],
    sensitive,
    spiCat: sensitive
      ? granted
          .filter((item) => item.category === 'sensitive')
          .flatMap((decision) => leafItems(byId.get(decision.id)?.items).map((entry) => text(entry)))
      : [],
    'x-kr': {
      policy: record.policy,
      // What the record does (CR 1.1 has no word for a change or a withdrawal).
      event: record.event ?? 'grant',
      refused: record.items.filter((item) => !item.granted).map((item) => item.id),
      channels: record.items
        .filter((item) => item.channels)
        .map((item) => ({ item: item.id, channels: item.channels })),
      ...(stored.receivedAt ? { receivedAt: stored.receivedAt } : {}),
      // Advertising consent is reconfirmed every two years, per channel (Network Act 50(8)).
      reconfirmDueAt: stored.reconfirmDueAt ?? reconfirmDue(record, stored.receivedAt ?? record.clientTime),
      notices: record.notices,
      age: record.age,
      ...(record.guardian ? { guardian: record.guardian } : {}),
      gpc: record.gpc,
    },
  };
};
