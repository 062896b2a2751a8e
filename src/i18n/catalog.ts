/**
 * The typed message catalog for built-in UI strings. Policy text is data and never lives
 * here. Korean is the default and always bundled; other locales load on demand.
 */
export interface Catalog {
  /** The locale this catalog is for, e.g. `ko`. */
  readonly $lang: string;
  /** The language's own name, e.g. `한국어`. */
  readonly $name: string;
  readonly required: string;
  readonly optional: string;
  readonly loading: string;
  readonly loadError: string;
  readonly retry: string;
  readonly invalidPolicy: string;
  readonly invalidPolicyDetail: (count: number) => string;
  readonly close: string;
  readonly showDetails: string;
  readonly hideDetails: string;
  readonly opensInNewWindow: string;
  // <privacy-consent>
  readonly agreeAll: string;
  readonly agreeAllHint: string;
  readonly noticePurpose: string;
  readonly noticeItems: string;
  readonly noticeRetention: string;
  readonly noticeRefusal: string;
  readonly provisionRecipient: string;
  readonly provisionPurpose: string;
  readonly provisionItems: string;
  readonly provisionRetention: string;
  readonly overseasRecipient: string;
  readonly overseasCountry: string;
  readonly overseasTransfer: string;
  readonly overseasContact: string;
  readonly sensitiveDisclosure: string;
  readonly channels: string;
  readonly night: string;
  readonly nightHint: string;
  readonly noticesHeading: string;
  readonly noticesHint: string;
  readonly processingBasis: string;
  readonly basisContract: string;
  readonly basisLaw: string;
  readonly basisPublicTask: string;
  readonly basisVitalInterest: string;
  readonly basisLegitimateInterest: string;
  readonly ageConfirm: (age: number) => string;
  readonly underAgeGuardian: (age: number) => string;
  readonly underAgeNotOffered: (age: number) => string;
  readonly submit: string;
  readonly sending: string;
  readonly sendingStatus: string;
  readonly retrying: string;
  readonly sendFailed: string;
  readonly requiredMissing: (title: string) => string;
  readonly notReady: string;
  readonly receiptTitle: string;
  readonly receiptLead: (controller: string) => string;
  readonly receiptController: string;
  readonly receiptDate: string;
  readonly receiptResult: string;
  readonly receiptDone: string;
  readonly receiptQueued: string;
  readonly receiptId: string;
  readonly receiptAgreed: string;
  readonly receiptRefused: string;
  readonly receiptAdvertising: string;
  readonly granted: string;
  readonly refused: string;
  readonly nightGranted: string;
  readonly none: string;
  readonly storageUnavailable: string;
}

export type CatalogKey = Exclude<keyof Catalog, `$${string}`>;
