/**
 * The policy document: one JSON file that holds a controller's whole 개인정보 처리방침,
 * the consent items its signup form shows, and its cookie categories.
 *
 * Everything a person reads is {@link Text}: a plain string in the document's `lang`,
 * or one string per locale. Structured data (collection items, retention, provision,
 * entrustment, overseas transfer, remedy bodies, contacts) lives in typed blocks inside
 * the sections, in the order the policy presents it, so the document round-trips a real
 * policy with nothing dropped.
 */

/** A BCP 47 language tag, e.g. `ko`, `en`, `zh-Hant`. */
export type Locale = string;

/** One string per locale, e.g. `{ "ko": "수집 항목", "en": "Items collected" }`. */
export type LocalizedMap = Readonly<Record<Locale, string>>;

/** Human-readable text: a plain string in the document's `lang`, or one string per locale. */
export type Text = string | LocalizedMap;

/** An inline run of text with a link or emphasis. */
export interface Span {
  readonly text: Text;
  /** Link target. Renderers only link http(s), mailto and tel; anything else shows as text. */
  readonly href?: string;
  readonly strong?: boolean;
  readonly underline?: boolean;
}

/** Text with optional inline links and emphasis. In an array, objects are always spans. */
export type RichText = Text | ReadonlyArray<string | Span>;

/** One text, or several shown as a list (a policy often bullets purposes or tasks). */
export type TextList = Text | readonly Text[];

/** A labelled group of data items, e.g. `일반사업자: 사업자번호, 휴대폰번호`. */
export interface DataItemGroup {
  readonly label: Text;
  readonly items: DataItems;
}

/** Personal-data items, each as the policy names it, optionally grouped. */
export type DataItems = ReadonlyArray<Text | DataItemGroup>;

/** A calendar date, `YYYY-MM-DD`. */
export type IsoDate = string;

// ─── Blocks ──────────────────────────────────────────────────────────────────

interface BlockBase {
  /** Anchor for deep links and for references from consent items; unique in the document. */
  readonly id?: string;
  /** The marker printed before the block in the source, e.g. `②`, `※`, `가.`. */
  readonly label?: string;
}

export interface ParagraphBlock extends BlockBase {
  readonly type: 'paragraph';
  readonly text: RichText;
}

/** A sub-heading inside a section (`① 쿠키 등 사용목적`, `[기술적 보호대책]`). */
export interface HeadingBlock extends BlockBase {
  readonly type: 'heading';
  readonly text: Text;
}

/** A list item: plain text, or text with its source marker (`①`, `가.`, `1)`) and nested items. */
export type ListItem =
  | string
  | {
      /** The marker as printed in the source; when any item has one, renderers show markers, not numbers. */
      readonly label?: string;
      readonly text?: RichText;
      readonly items?: readonly ListItem[];
    };

export interface ListBlock extends BlockBase {
  readonly type: 'list';
  readonly ordered?: boolean;
  readonly items: readonly ListItem[];
}

/** A table cell: text, or a cell with a nested list and spans. */
export type TableCell =
  | RichText
  | {
      readonly text?: RichText;
      readonly items?: readonly ListItem[];
      readonly rowSpan?: number;
      readonly colSpan?: number;
    };

/** A generic table, for anything the typed blocks do not cover. */
export interface TableBlock extends BlockBase {
  readonly type: 'table';
  readonly caption?: Text;
  readonly header?: readonly Text[];
  /** Whether the first cell of each row is a row header. */
  readonly rowHeaders?: boolean;
  readonly rows: ReadonlyArray<readonly TableCell[]>;
}

/** A side note (`※ …`, `* …`). */
export interface NoteBlock extends BlockBase {
  readonly type: 'note';
  readonly text: RichText;
}

export type ContactRole = 'officer' | 'staff' | 'department' | 'desk' | 'other';

/** A person or desk to contact: the privacy officer (개인정보 보호책임자), staff, a department. */
export interface Contact {
  /** `officer`: 개인정보 보호책임자; `staff`: 담당자; `department`: 담당부서; `desk`: 고객센터 등. */
  readonly role: ContactRole;
  /** The marker as printed in the source, e.g. `가.`. */
  readonly label?: string;
  /** The label the policy gives, e.g. `개인정보 보호책임자`. */
  readonly title?: Text;
  readonly name?: Text;
  readonly department?: Text;
  readonly position?: Text;
  /** As printed, e.g. `02-587-3235(유료)`; renderers derive the `tel:` link. */
  readonly phone?: string;
  readonly fax?: string;
  readonly email?: string;
  readonly url?: string;
  readonly address?: Text;
  readonly note?: RichText;
}

export interface ContactBlock extends BlockBase, Contact {
  readonly type: 'contact';
}

/** A processing purpose (처리 목적). */
export interface Purpose {
  readonly label?: string;
  /** A heading for the purpose; a purpose printed as one sentence has only `text`. */
  readonly title?: Text;
  readonly text?: RichText;
  readonly items?: readonly ListItem[];
  /** The purpose is marketing (홍보·판매 권유, 광고): it needs its own optional consent. */
  readonly marketing?: boolean;
}

export interface PurposesBlock extends BlockBase {
  readonly type: 'purposes';
  readonly purposes: readonly Purpose[];
}

/** One row of "what we collect": by service and stage (서비스명 · 분류 · 필수항목 · 선택항목). */
export interface CollectionRow {
  readonly id?: string;
  /** The marker as printed in the source, e.g. `①`. */
  readonly label?: string;
  readonly service?: Text;
  /** The stage or occasion (분류), e.g. `회원가입`, `상담신청`. */
  readonly stage?: Text;
  readonly purposes?: TextList;
  readonly required?: DataItems;
  readonly optional?: DataItems;
  /** Items the source does not mark as required or optional. */
  readonly items?: DataItems;
  readonly retention?: RichText;
  readonly note?: RichText;
}

export interface CollectionBlock extends BlockBase {
  readonly type: 'collection';
  readonly caption?: Text;
  readonly rows: readonly CollectionRow[];
}

/** Items generated and collected automatically while the service is used (IP, cookies, logs). */
export interface AutoCollectionBlock extends BlockBase {
  readonly type: 'auto-collection';
  /** The sentence that introduces the items, as printed. */
  readonly text?: RichText;
  readonly items: DataItems;
}

/** Why a record is kept: a law, the controller's own policy, the data subject's consent, a contract. */
export type RetentionBasisType = 'law' | 'policy' | 'consent' | 'contract';

/** One retention row: record · legal basis · period. */
export interface RetentionRow {
  readonly id?: string;
  readonly label?: string;
  readonly record?: Text;
  /** The basis as printed (a statute's name, or the reason). */
  readonly basis?: Text;
  readonly basisType?: RetentionBasisType;
  readonly period?: Text;
  readonly note?: RichText;
}

export interface RetentionBlock extends BlockBase {
  readonly type: 'retention';
  readonly caption?: Text;
  readonly rows: readonly RetentionRow[];
}

/** One third-party provision row (제3자 제공): recipient · purpose · items · recipient's retention. */
export interface ThirdPartyRow {
  readonly id?: string;
  readonly recipient: Text;
  readonly purpose?: TextList;
  readonly items?: DataItems;
  readonly retention?: Text;
  readonly note?: RichText;
}

export interface ThirdPartyBlock extends BlockBase {
  readonly type: 'third-party';
  readonly caption?: Text;
  readonly rows: readonly ThirdPartyRow[];
  /** The id of a `retention` block stating the recipients' retention, when the policy gives it apart from the table. */
  readonly retentionFrom?: string;
}

export interface Reentrustee {
  readonly entrustee: Text;
  readonly task?: TextList;
}

/** One entrustment row (처리위탁): entrustee · task · re-entrustees · retention. */
export interface EntrustmentRow {
  readonly id?: string;
  readonly entrustee: Text;
  readonly task?: TextList;
  readonly reentrustees?: readonly Reentrustee[];
  readonly retention?: Text;
  readonly note?: RichText;
}

export interface EntrustmentBlock extends BlockBase {
  readonly type: 'entrustment';
  readonly caption?: Text;
  readonly rows: readonly EntrustmentRow[];
}

/**
 * The PIPA 28-8(1) route an overseas transfer rests on: `consent` (separate consent),
 * `law` (a law or treaty), `contract` (처리위탁·보관 necessary for the contract, disclosed in the
 * policy or notified), `certification` (the recipient holds a PIPC-recognised certification),
 * `adequacy` (the country is recognised as adequate).
 */
export const OVERSEAS_ROUTES = ['consent', 'law', 'contract', 'certification', 'adequacy'] as const;
export type OverseasRoute = (typeof OVERSEAS_ROUTES)[number];

/** One overseas transfer row (국외 이전, PIPA 28-8(2)). */
export interface OverseasRow {
  readonly id?: string;
  readonly recipient: Text;
  /** The recipient's contact (연락처). */
  readonly contact?: Text;
  readonly country: Text;
  readonly items?: DataItems;
  /** When and how the data is transferred (이전 일시 및 방법). */
  readonly transfer?: Text;
  readonly purpose?: TextList;
  readonly retention?: Text;
  /** How to refuse the transfer and what refusing means. */
  readonly refusal?: Text;
  /** The PIPA 28-8(1) route the transfer rests on. */
  readonly route?: OverseasRoute;
  /** The legal basis as the policy cites it, e.g. `개인정보 보호법 제28조의8제1항제3호`. */
  readonly basis?: Text;
  readonly note?: RichText;
}

export interface OverseasBlock extends BlockBase {
  readonly type: 'overseas';
  readonly caption?: Text;
  readonly rows: readonly OverseasRow[];
}

/** A body where a data subject can seek a remedy (권익침해 구제). */
export interface RemedyBody {
  /** The marker as printed in the source, e.g. `가.`. */
  readonly label?: string;
  readonly name: Text;
  /** Who runs it, e.g. `한국인터넷진흥원 운영`. */
  readonly operator?: Text;
  readonly duties?: Text;
  readonly url?: string;
  readonly phone?: string;
  readonly address?: Text;
  readonly note?: RichText;
}

export interface RemediesBlock extends BlockBase {
  readonly type: 'remedies';
  readonly bodies: readonly RemedyBody[];
}

/** How to refuse cookies in one browser. */
export interface BrowserRefusal {
  /** The browser; absent when the steps are given for browsers in general. */
  readonly browser?: Text;
  readonly steps: TextList;
  readonly url?: string;
  /** Framing as printed, e.g. `설정방법의 예`. */
  readonly note?: RichText;
}

export interface CookieRefusalBlock extends BlockBase {
  readonly type: 'cookie-refusal';
  readonly browsers: readonly BrowserRefusal[];
}

export type CookieCategoryKind = 'necessary' | 'preferences' | 'analytics' | 'advertising' | 'other';

/** Google Consent Mode v2 storage types, in the order tags list them: the one list of them. */
export const CONSENT_MODE_TYPES = [
  'ad_storage',
  'ad_user_data',
  'ad_personalization',
  'analytics_storage',
  'functionality_storage',
  'personalization_storage',
  'security_storage',
] as const;

/** A Google Consent Mode v2 storage type a category maps to. */
export type ConsentModeType = (typeof CONSENT_MODE_TYPES)[number];

export interface CookieEntry {
  readonly name: string;
  readonly provider?: Text;
  readonly purpose?: Text;
  readonly duration?: Text;
}

/** A cookie category the cookie notice offers (necessary ones are always on). */
export interface CookieCategory {
  readonly id: string;
  readonly kind: CookieCategoryKind;
  readonly title: Text;
  readonly description?: Text;
  readonly purposes?: TextList;
  readonly cookies?: readonly CookieEntry[];
  readonly consentMode?: readonly ConsentModeType[];
}

export interface CookieCategoriesBlock extends BlockBase {
  readonly type: 'cookie-categories';
  readonly categories: readonly CookieCategory[];
}

/** 국내대리인 (PIPA 31-2): for a controller without an address or place of business in Korea. */
export interface DomesticAgentBlock extends BlockBase {
  readonly type: 'domestic-agent';
  /** The agent's name; for a company, its name (the representative goes below). */
  readonly name: Text;
  readonly representative?: Text;
  readonly address?: Text;
  readonly phone?: string;
  readonly email?: string;
  readonly note?: RichText;
}

/** One fully automated decision (PIPA 37-2): what is decided, on what criteria, how to object. */
export interface AutomatedDecision {
  readonly id?: string;
  /** What is decided, e.g. `대출 한도 산정`. */
  readonly decision: Text;
  readonly criteria?: RichText;
  readonly procedure?: RichText;
  /** How to refuse the decision or ask for an explanation or review. */
  readonly rights?: RichText;
  readonly note?: RichText;
}

export interface AutomatedDecisionsBlock extends BlockBase {
  readonly type: 'automated-decisions';
  readonly decisions: readonly AutomatedDecision[];
}

/** 전송요구 (PIPA 35-2): how to ask for one's data to be transmitted, and how it is confirmed. */
export interface TransmissionBlock extends BlockBase {
  readonly type: 'transmission';
  readonly method: RichText;
  /** How the request and the person's identity are confirmed. */
  readonly confirmation?: RichText;
  /** What may be requested (data, recipients). */
  readonly scope?: RichText;
  readonly note?: RichText;
}

/** 국외 수집: data collected directly from abroad, and the country where it is processed. */
export interface OverseasCollectionRow {
  readonly id?: string;
  readonly country: Text;
  readonly items?: DataItems;
  readonly purpose?: TextList;
  readonly note?: RichText;
}

export interface OverseasCollectionBlock extends BlockBase {
  readonly type: 'overseas-collection';
  readonly rows: readonly OverseasCollectionRow[];
}

/** A third-party tool that collects behavioural data on the site (PIPC 2024): tool · company · type · items. */
export interface CollectionTool {
  readonly id?: string;
  readonly tool: Text;
  readonly company: Text;
  /** e.g. `SDK`, `스크립트`, `쿠키`. */
  readonly type?: Text;
  readonly items?: DataItems;
}

/** Behavioural advertising (맞춤형 광고): what behavioural data, how, why, how long, by which tools. */
export interface BehaviouralAdsBlock extends BlockBase {
  readonly type: 'behavioural-ads';
  readonly data?: DataItems;
  /** How it is collected, e.g. `웹사이트 방문 시 자동 수집`. */
  readonly method?: RichText;
  readonly purpose?: TextList;
  readonly retention?: Text;
  readonly tools?: readonly CollectionTool[];
  /** How to refuse or control it. */
  readonly refusal?: RichText;
  readonly note?: RichText;
}

export type Block =
  | ParagraphBlock
  | HeadingBlock
  | ListBlock
  | TableBlock
  | NoteBlock
  | ContactBlock
  | PurposesBlock
  | CollectionBlock
  | AutoCollectionBlock
  | RetentionBlock
  | ThirdPartyBlock
  | EntrustmentBlock
  | OverseasBlock
  | RemediesBlock
  | CookieRefusalBlock
  | CookieCategoriesBlock
  | DomesticAgentBlock
  | AutomatedDecisionsBlock
  | TransmissionBlock
  | OverseasCollectionBlock
  | BehaviouralAdsBlock;

export type BlockType = Block['type'];

// ─── Sections ────────────────────────────────────────────────────────────────

/**
 * What a section is about. The PIPA Art. 30(1) and Decree Art. 31(1) topics drive the
 * completeness lint and the labelling summary; the rest name common free sections.
 */
export type Topic =
  | 'general'
  | 'purposes'
  | 'items'
  | 'collection-methods'
  | 'consent-methods'
  | 'retention'
  | 'third-party'
  | 'destruction'
  | 'sensitive-disclosure'
  | 'entrustment'
  | 'overseas'
  | 'pseudonymisation'
  | 'rights'
  | 'duties'
  | 'officer'
  | 'cookies'
  | 'behavioural-ads'
  | 'safety'
  | 'remedies'
  | 'children'
  | 'dormant'
  | 'automated-decisions'
  | 'transmission'
  | 'domestic-agent'
  | 'overseas-collection'
  | 'cctv-fixed'
  | 'cctv-mobile'
  | 'posts'
  | 'links'
  | 'changes'
  | 'other';

export interface Section {
  /** Stable anchor for deep links (`section="cookies"`); unique in the document. */
  readonly id: string;
  /** The number as printed, e.g. `1`, `제 01 장`. */
  readonly number?: string;
  readonly title: Text;
  readonly topics?: readonly Topic[];
  readonly blocks: readonly Block[];
}

// ─── Consent items for the signup form ───────────────────────────────────────

/**
 * Each category needs its own consent (PIPA 22(1)): collection/use, third-party provision,
 * overseas transfer, sensitive information, unique identifiers, out-of-purpose use,
 * marketing processing (22(1)7) and advertising receipt (Network Act 50).
 */
export type ConsentCategory =
  'collection' | 'third-party' | 'overseas' | 'sensitive' | 'unique-id' | 'out-of-purpose' | 'marketing' | 'ad-receipt';

/**
 * The legal basis of processing (PIPA 15(1)). Items whose basis is not `consent`
 * are shown as a notice with no checkbox.
 */
export type LegalBasis = 'consent' | 'contract' | 'law' | 'public-task' | 'vital-interest' | 'legitimate-interest';

/** A notice part that can be emphasised (PIPA 22(2), Decree 17(3)). */
export type NoticePart = 'purpose' | 'items' | 'retention' | 'recipient' | 'refusal' | 'country' | 'disclosure';

/** An advertising channel (매체), e.g. `sms`, `email`, `push`, `kakao`. */
export interface Channel {
  readonly id: string;
  readonly label: Text;
}

export interface ConsentItem {
  /** Stable id; the consent record stores decisions by it. */
  readonly id: string;
  readonly category: ConsentCategory;
  /** [필수] when true, [선택] when false. */
  readonly required: boolean;
  /** Defaults to `consent`. */
  readonly basis?: LegalBasis;
  /** The basis as the policy cites it, e.g. `개인정보 보호법 제15조제1항제4호`. */
  readonly basisText?: Text;
  readonly title: Text;
  /** 수집·이용 목적 (or, for provision, 제공받는 자의 이용 목적). */
  readonly purpose?: TextList;
  /** 수집 항목 / 제공 항목. */
  readonly items?: DataItems;
  /** 보유·이용 기간 (for provision, the recipient's). */
  readonly retention?: Text;
  /** 동의를 거부할 권리가 있다는 사실 및 거부 시 불이익. */
  readonly refusal?: Text;
  /** 제공받는 자 / 이전받는 자. */
  readonly recipient?: Text;
  /**
   * The id of a `third-party` or `overseas` block whose rows are this item's recipients,
   * shown as the notice table (제공받는 자 · 목적 · 항목 · 기간). Item-level fields fill gaps in rows.
   */
  readonly rowsFrom?: string;
  /** Overseas transfer: destination country. */
  readonly country?: Text;
  /** Overseas transfer: when and how (이전 일시 및 방법). */
  readonly transfer?: Text;
  /** Overseas transfer: the recipient's contact. */
  readonly recipientContact?: Text;
  /** Sensitive information: whether it may become public, and how to choose non-disclosure. */
  readonly disclosure?: Text;
  /** Parts to emphasise besides those the law always marks as important. */
  readonly important?: readonly NoticePart[];
  /** Advertising receipt: one checkbox per channel. */
  readonly channels?: readonly Channel[];
  /** Advertising receipt: offer the separate night-time (21:00–08:00) consent. */
  readonly night?: boolean;
  /** The section of the policy with the full details. */
  readonly section?: string;
}

/** How the service treats children under the age limit (만 14세 미만). */
export interface ChildrenPolicy {
  /**
   * The age below which a legal guardian must consent: 14 under PIPA 22-2, the default. A lower
   * value (a US habit: 13) is linted, and the form still asks for 14 (records are KR).
   */
  readonly minimumAge?: number;
  /** `not-offered`: the service refuses children; `guardian-consent`: a guardian consents for them. */
  readonly handling: 'not-offered' | 'guardian-consent';
  /** What is collected about the guardian to obtain consent. */
  readonly guardianItems?: DataItems;
  readonly note?: Text;
  readonly section?: string;
}

// ─── Versions and the document ───────────────────────────────────────────────

export interface Controller {
  readonly name: Text;
  readonly representative?: Text;
  readonly businessNumber?: string;
  readonly address?: Text;
  readonly phone?: string;
  readonly fax?: string;
  readonly email?: string;
  readonly website?: string;
}

/** Another version of the policy: a link, or the whole document inline. */
export interface VersionRef {
  readonly version: string;
  readonly announcedOn?: IsoDate;
  readonly effectiveOn?: IsoDate;
  readonly title?: Text;
  /** Where that version's policy JSON (or page) is published. */
  readonly url?: string;
  /** The whole document of that version, for viewing and diffs without a fetch. */
  readonly policy?: PrivacyPolicy;
  /** What changes, in brief. */
  readonly summary?: readonly Text[];
}

/** Where the document came from, and what its conversion noticed. */
export interface SourceInfo {
  readonly url?: string;
  readonly document?: string;
  readonly retrievedOn?: IsoDate;
  /** Gaps and oddities in the source, kept as found rather than fixed silently. */
  readonly notes?: readonly Text[];
}

export const POLICY_SCHEMA_VERSION = 1;

export interface PrivacyPolicy {
  /** Editor hint: the JSON Schema URL. Not part of the content hash. */
  readonly $schema?: string;
  readonly schemaVersion: typeof POLICY_SCHEMA_VERSION;
  /** Stable id of the policy across versions, e.g. `smartro`. */
  readonly id: string;
  /** Version id, unique per policy, e.g. `2020-06-16`. */
  readonly version: string;
  /** Language of the plain strings (and the authoritative one), e.g. `ko`. */
  readonly lang: Locale;
  readonly title: Text;
  readonly controller: Controller;
  /** 공고일자. */
  readonly announcedOn?: IsoDate;
  /** 시행일자. */
  readonly effectiveOn?: IsoDate;
  /** Where this version is published. */
  readonly url?: string;
  /** The preface before the numbered sections. */
  readonly preface?: readonly Block[];
  readonly sections: readonly Section[];
  /** Text after the last section (closing dates, addenda). */
  readonly closing?: readonly Block[];
  /** What the signup form asks for or discloses, one item per consent. */
  readonly consents?: readonly ConsentItem[];
  readonly children?: ChildrenPolicy;
  readonly previousVersions?: readonly VersionRef[];
  /** A version announced but not yet in force. */
  readonly upcoming?: VersionRef;
  readonly source?: SourceInfo;
  /** Host-specific data; kept, hashed, never rendered. */
  readonly extensions?: Readonly<Record<string, unknown>>;
}
