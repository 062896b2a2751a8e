/**
 * The typed message catalog for built-in UI strings. Policy text is data and never lives
 * here. Strings are split by element (namespaces), so each element ships only its own; Korean
 * is bundled with the element, other languages load on demand.
 */

/** Strings every element uses. */
export interface CommonStrings {
  readonly alwaysOn: string;
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
}

/**
 * Strings of `<privacy-consent>`: its signup form's first load carries the form's own
 * (`ConsentFormStrings`); those of its messages, the notices and the sheet, and of sending and
 * the confirmation come in Korean with the views that use them.
 */
export interface ConsentStrings
  extends ConsentFormStrings, ConsentMessageStrings, ConsentNoticeStrings, ConsentReceiptStrings {}

/** What the signup form shows on first render, and its validation messages. */
export interface ConsentFormStrings {
  readonly agreeAll: string;
  /** What 전체 동의 ticks: the terms when the form has some, the age confirmation when `age` is not 0. */
  readonly agreeAllHint: (terms: boolean, age: number) => string;
  /** The labels of the [필수] and [선택] groups. */
  readonly requiredGroup: string;
  readonly optionalGroup: string;
  /** The sheet layout's button that opens an item's notice or terms. */
  readonly view: string;
  readonly documentVersion: (version: string) => string;
  readonly documentEffective: (date: string) => string;
  /** A fact's label in an item's one-line summary (`retention`, `recipient`, …). */
  readonly summaryLabel: (part: string) => string;
  /** After the first few values of a long list in a summary. */
  readonly andMore: (count: number) => string;
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
  readonly notReady: string;
}

/** What the form says once the person acts: a required item left unticked, a night-time option that comes or goes. */
export interface ConsentMessageStrings {
  /** Under a required item left unticked after a submit was attempted. */
  readonly itemMissing: string;
  /** The heading of the list of required items left unticked. */
  readonly missingSummary: (count: number) => string;
  /** Said politely when choosing a channel makes the night-time option available, and when it goes. */
  readonly nightAvailable: string;
  readonly nightUnavailable: string;
  readonly requiredMissing: (title: string) => string;
}

/** The statutory notices and terms documents (shown inline or in the sheet), and the sheet. */
export interface ConsentNoticeStrings {
  /** The sheet's button that agrees to the item shown. */
  readonly agree: string;
  /** The link to a terms document published at a URL. */
  readonly openDocument: string;
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
  readonly overseasItems: string;
  readonly overseasPurpose: string;
  readonly overseasRetention: string;
  readonly overseasRefusal: string;
  readonly noticeNote: string;
  readonly sensitiveDisclosure: string;
}

/** Sending a record, and the confirmation after it (also of each change in the account modes). */
export interface ConsentReceiptStrings {
  readonly sendingStatus: string;
  readonly retrying: string;
  readonly sendFailed: string;
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
  /** The name of a consent category (`collection`, `marketing`, …) in the confirmation. */
  readonly categoryName: (category: string) => string;
  readonly receiptAdvertising: string;
  readonly granted: string;
  readonly refused: string;
  readonly nightGranted: string;
  readonly none: string;
  readonly storageUnavailable: string;
}

/**
 * Strings of `<privacy-consent>` after signup: its account-page modes (`manage`, `reconsent`,
 * `reconfirm`), the confirmation of each change (Network Act 50(7)) and the guardian step. They
 * load with those modes, so the signup form does not carry them.
 */
export interface AccountStrings {
  /** The member's state could not be read (`state-src`). */
  readonly stateLoadError: string;
  /** Neither `state` nor `state-src` was given. */
  readonly stateMissing: string;
  /** An item's or channel's latest decision, with its date (`grant`, `change`, …: the event). */
  readonly decidedOn: (granted: boolean, event: string, date: string) => string;
  /** An item the member never decided. */
  readonly notDecided: string;
  readonly saving: string;
  readonly saveFailed: string;
  /** Under the required items: withdrawing them means leaving the service. */
  readonly requiredHint: string;
  /** The link to leave the service (`withdraw-href`). */
  readonly leave: string;
  /** Under the optional items: each change is saved at once. */
  readonly optionalHint: string;
  /** The confirmation of a change: about advertising (sender, date, result: 50(7)) or not. */
  readonly resultTitle: (advertising: boolean) => string;
  /** 전송자: the advertising sender named by the confirmation. */
  readonly resultSender: string;
  /** What happened to one item or channel: `granted`, `withdrawn`, `kept`, `refused`. */
  readonly outcome: (outcome: string) => string;
  readonly reconsentTitle: string;
  readonly reconsentLead: (controller: string, date: string) => string;
  readonly reconsentNone: string;
  /** Why an item is asked again: `added`, `changed`, `unknown`, `not-granted`. */
  readonly reconsentReason: (reason: string) => string;
  /** A fact a consent stands on (`purpose`, `items`, `recipient`, `retention`, `channels`, `document`), by item category. */
  readonly factName: (fact: string, category: string) => string;
  readonly before: string;
  readonly after: string;
  /** Under a required item asked again: refusing it means leaving. */
  readonly reconsentRequiredHint: string;
  readonly reconfirmTitle: string;
  readonly reconfirmLead: string;
  readonly reconfirmNone: string;
  /** When a channel's consent was given and by when it is reconfirmed. */
  readonly consentedOn: (date: string, due: string) => string;
  readonly keep: string;
  readonly withdrawAll: string;
  readonly keepHint: string;
  /** The age row once the person said they are under the limit. */
  readonly guardianUnder: (age: number) => string;
  readonly guardianStart: string;
  readonly guardianBack: (age: number) => string;
  readonly guardianWaiting: string;
  readonly cancel: string;
  /** Why the form is incomplete while the guardian has not consented. */
  readonly guardianMissing: (age: number) => string;
  /** The confirmation's line for the guardian's consent: how and when verified. */
  readonly guardianConsent: string;
  readonly guardianMethod: (method: string) => string;
}

/** Strings of `<privacy-policy>`. */
export interface PolicyStrings {
  readonly policyTitle: string;
  readonly toc: string;
  readonly announcedOn: string;
  readonly effectiveOn: string;
  readonly version: string;
  readonly noEffectiveDate: string;
  readonly previousVersions: string;
  readonly viewVersion: string;
  readonly compareWithCurrent: string;
  readonly viewingPrevious: (date: string) => string;
  readonly backToCurrent: string;
  readonly upcoming: (date: string) => string;
  readonly showChanges: string;
  readonly hideChanges: string;
  readonly changesTitle: (from: string, to: string) => string;
  readonly changesSummary: (added: number, removed: number, changed: number) => string;
  readonly statusAdded: string;
  readonly statusRemoved: string;
  readonly statusChanged: string;
  readonly noChanges: string;
  readonly labels: string;
  readonly labelItems: string;
  readonly labelThirdParty: string;
  readonly labelEntrustment: string;
  readonly labelOverseas: string;
  readonly labelSensitive: string;
  readonly labelChildren: string;
  readonly labelCookies: string;
  readonly labelOfficer: string;
  readonly labelOverseasCollection: string;
  readonly labelAutomated: string;
  readonly labelAds: string;
  readonly labelAgent: string;
  readonly labelTransmission: string;
  /** Distinct items: required, optional, and those the policy marks as neither. */
  readonly itemsCount: (required: number, optional: number, unmarked: number) => string;
  readonly organisations: (count: number) => string;
  readonly overseasCount: (recipients: number, countries: number) => string;
  readonly countriesCount: (count: number) => string;
  readonly decisionsCount: (count: number) => string;
  /** Behavioural advertising is used, with this many third-party collection tools named. */
  readonly adsInUse: (tools: number) => string;
  readonly notStated: string;
  readonly notApplicable: string;
  /** A section covers the topic but the summary cannot count it. */
  readonly seeSection: string;
  readonly inUse: string;
  readonly childrenNotOffered: (age: number) => string;
  readonly childrenGuardian: (age: number) => string;
  readonly colService: string;
  readonly colStage: string;
  readonly colPurpose: string;
  readonly colRequired: string;
  readonly colOptional: string;
  readonly colItems: string;
  readonly colRetention: string;
  readonly colRecord: string;
  readonly colBasis: string;
  readonly colPeriod: string;
  /** Third-party provision (PIPA 17(2)): 제공받는 자, its purpose, the items, its retention. */
  readonly colRecipient: string;
  readonly colProvPurpose: string;
  readonly colProvItems: string;
  readonly colProvRetention: string;
  readonly colEntrustee: string;
  readonly colTask: string;
  readonly colReentrustee: string;
  /** Overseas transfer (PIPA 28-8(2)): 이전받는 자 and the rest; never the provision wording. */
  readonly colXferRecipient: string;
  readonly colXferContact: string;
  readonly colCountry: string;
  readonly colXferItems: string;
  readonly colTransfer: string;
  readonly colXferPurpose: string;
  readonly colXferRetention: string;
  readonly colXferRefusal: string;
  readonly colXferBasis: string;
  /** The PIPA 28-8(1) routes of an overseas transfer. */
  readonly routeConsent: string;
  readonly routeLaw: string;
  readonly routeContract: string;
  readonly routeCertification: string;
  readonly routeAdequacy: string;
  readonly colBody: string;
  readonly colDuties: string;
  readonly colWebsite: string;
  readonly colPhone: string;
  readonly colAddress: string;
  readonly colBrowser: string;
  readonly colHow: string;
  readonly colCategory: string;
  readonly colDescription: string;
  readonly colNote: string;
  /** 국내대리인 (PIPA 31-2). */
  readonly colAgentName: string;
  readonly colRepresentative: string;
  readonly colPhoneNumber: string;
  readonly colEmail: string;
  /** Automated decisions (PIPA 37-2). */
  readonly colDecision: string;
  readonly colCriteria: string;
  readonly colProcedure: string;
  readonly colObjection: string;
  /** Transmission requests (PIPA 35-2). */
  readonly colConfirmation: string;
  readonly colScope: string;
  /** Overseas collection (Decree 31(1)4). */
  readonly colCollectionCountry: string;
  /** Behavioural advertising and its third-party collection tools. */
  readonly colAdsData: string;
  readonly colCollectionMethod: string;
  readonly colAdsRetention: string;
  readonly colOptOut: string;
  readonly toolsCaption: string;
  readonly colTool: string;
  readonly colCompany: string;
  readonly colToolType: string;
  readonly contactName: string;
  readonly contactDepartment: string;
  readonly contactPosition: string;
  readonly contactFax: string;
  readonly contactEmail: string;
  readonly basisLabelLaw: string;
  readonly basisLabelPolicy: string;
  readonly basisLabelConsent: string;
  readonly basisLabelContract: string;
  /** 제정일: when the first version took effect, beside the last change's 시행일. */
  readonly enactedOn: string;
  /** A previous version's period in force, e.g. `2019년 1월 1일 ~ 2020년 6월 15일`. */
  readonly versionPeriod: (from: string, until: string) => string;
  /** A previous version published as a page or PDF: a plain link, with its type (`PDF`) when known. */
  readonly viewDocument: (type: string) => string;
  /** The controller is a public body (공공기관). */
  readonly publicBody: string;
  readonly contactScope: string;
  readonly colHours: string;
  /** A generic table with neither caption nor header, as its scrolling region is named. */
  readonly tableGeneric: string;
  /** A public body's collection rows: the legal basis (법률 조문) and the 개인정보파일. */
  readonly colLegalBasis: string;
  readonly colFile: string;
  /** Marks on the lines of a grouped collection table, as text (not colour alone). */
  readonly requiredMark: string;
  readonly optionalMark: string;
  /** How many distinct items a service (a collapsible group) lists. */
  readonly itemsInGroup: (count: number) => string;
  /** An overseas recipient that is also a processor (국외 처리위탁). */
  readonly entrustedAbroad: string;
  /** The change log (개정 이력): its default caption and columns. */
  readonly changeLog: string;
  readonly colDate: string;
  readonly colVersion: string;
  readonly colReason: string;
  /**
   * A field's name in the list of changes: a top-level field (`controller`), one inside it
   * (`controller.address`), or a field of a consent item or row scoped by its kind
   * (`marketing.retention`); the most specific name known, else the last part.
   */
  readonly fieldName: (path: string) => string;
}

/** Strings of `<privacy-cookie-notice>`. */
export interface CookieStrings {
  readonly cookieRegion: string;
  readonly cookieTitle: string;
  readonly cookieNotice: string;
  readonly cookieOptional: string;
  readonly cookieMore: string;
  /** Said politely when the banner appears and focus stays on the page. */
  readonly bannerShown: string;
  readonly acknowledge: string;
  readonly acceptAll: string;
  readonly rejectAll: string;
  readonly customize: string;
  readonly settingsTitle: string;
  readonly saveChoices: string;
  readonly aboutCategory: (title: string) => string;
  readonly cookieList: string;
  readonly refuseInBrowser: string;
  /** The name of one browser's help link. */
  readonly refuseInBrowserLink: (browser: string) => string;
  readonly gpcApplied: string;
  readonly choiceSaved: string;
  readonly reloadToStop: string;
}

export type Namespace = 'common' | 'consent' | 'account' | 'policy' | 'cookies';

export interface NamespaceStrings {
  common: CommonStrings;
  consent: ConsentStrings;
  account: AccountStrings;
  policy: PolicyStrings;
  cookies: CookieStrings;
}

/** Every string, with the language it is in. */
export interface Catalog extends CommonStrings, ConsentStrings, AccountStrings, PolicyStrings, CookieStrings {
  /** The locale this catalog is for, e.g. `ko`. */
  readonly $lang: string;
  /** The language's own name, e.g. `한국어`. */
  readonly $name: string;
}

export type CatalogKey = Exclude<keyof Catalog, `$${string}`>;
