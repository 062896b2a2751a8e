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

/**
 * An image the policy shows (a labelling image, a section icon). `src` is an http(s) URL or one
 * relative to the document's `baseUrl`; renderers show nothing else (no `data:`, no other scheme).
 */
export interface Image {
  readonly src: string;
  /** What the image says, for readers who cannot see it; required. */
  readonly alt: Text;
  /** Intrinsic size in CSS pixels, so the page does not jump while it loads. */
  readonly width?: number;
  readonly height?: number;
}

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

/**
 * A list item: plain text, or text with its source marker (`①`, `가.`, `1)`), typed blocks
 * (a retention table under `②`, the table between two halves of a list) and nested items,
 * shown in that order.
 */
export type ListItem =
  | string
  | {
      /** The marker as printed in the source; when any item has one, renderers show markers, not numbers. */
      readonly label?: string;
      readonly text?: RichText;
      /** Blocks inside the item, after its text and before its nested items. */
      readonly blocks?: readonly Block[];
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
  /** What this contact handles (a public body names one per task), e.g. `OO 사업 관련 문의`. */
  readonly scope?: RichText;
  /** When it can be reached, e.g. `평일 09:00~18:00`. */
  readonly hours?: Text;
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

/**
 * A part of a collection row with purposes or retention of its own: the required and the
 * optional part of one row, or items collected only on a condition (`선택: … (OO 상담 시)`).
 */
export interface CollectionPart {
  readonly label?: string;
  /** `true`: 필수, `false`: 선택, absent: the source marks neither. */
  readonly required?: boolean;
  readonly items: DataItems;
  /** When these items are collected, e.g. `OO 상담 시`. */
  readonly condition?: Text;
  /** Replace the row's (or its group's) for this part. */
  readonly purposes?: TextList;
  readonly retention?: RichText;
  readonly basis?: RichText;
  readonly note?: RichText;
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
  /** Parts with purposes, retention or a condition of their own, after `required`, `optional` and `items`. */
  readonly parts?: readonly CollectionPart[];
  readonly retention?: RichText;
  /** The legal basis of the collection as the policy cites it (a public body's 법률 조문). */
  readonly basis?: RichText;
  /** The 개인정보파일 the items are kept in (PIPA 32), e.g. `민원 상담 DB`. */
  readonly file?: Text;
  readonly note?: RichText;
}

/**
 * Rows that share a heading and merged cells: a service, a stage under it, a sub-stage. What
 * a group states (purposes, retention, basis, file) holds for every row and group below it
 * that does not state its own, so shared text is written once.
 */
export interface CollectionGroup {
  readonly id?: string;
  readonly label?: string;
  /** The heading the rows share, as printed (`DV VAN서비스`, `회원가입`). */
  readonly title?: Text;
  readonly purposes?: TextList;
  readonly retention?: RichText;
  readonly basis?: RichText;
  readonly file?: Text;
  readonly note?: RichText;
  readonly rows?: readonly CollectionRow[];
  readonly groups?: readonly CollectionGroup[];
}

export interface CollectionBlock extends BlockBase {
  readonly type: 'collection';
  readonly caption?: Text;
  /** Rows not in a group, shown first. A block has rows, groups, or both. */
  readonly rows?: readonly CollectionRow[];
  /** Rows grouped by service, stage and sub-stage (a hierarchical table). */
  readonly groups?: readonly CollectionGroup[];
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

/**
 * Links printed with a name (`[전체보기]` after `(주)케이티 외 15개사`, `상세보기` after
 * `그 외 협력사`, a recipient's own policy), shown right after it.
 */
export type NameLinks = readonly LinkSpan[];

/** A span that is a link. */
export interface LinkSpan extends Span {
  readonly href: string;
}

/** One third-party provision row (제3자 제공): recipient · purpose · items · recipient's retention. */
export interface ThirdPartyRow {
  readonly id?: string;
  readonly recipient: Text;
  /** Links printed with the recipient, e.g. to the full list of recipients (PIPA 17(2)). */
  readonly links?: NameLinks;
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

/** Where an entrustee can be reached, as a public body lists it: address, phone, hours. */
export interface EntrusteeContact {
  readonly address?: Text;
  /** As printed; renderers derive the `tel:` link. */
  readonly phone?: string;
  /** e.g. `평일 09:00~18:00`. */
  readonly hours?: Text;
}

export interface Reentrustee extends EntrusteeContact {
  readonly entrustee: Text;
  readonly links?: NameLinks;
  readonly task?: TextList;
}

/** One entrustment row (처리위탁): entrustee · task · re-entrustees · retention. */
export interface EntrustmentRow extends EntrusteeContact {
  readonly id?: string;
  readonly entrustee: Text;
  /** Links printed with the entrustee (`상세보기`, the full list of entrustees). */
  readonly links?: NameLinks;
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
  readonly links?: NameLinks;
  /**
   * The recipient also processes the data on the controller's behalf (처리위탁 to a processor
   * abroad): the row counts as an entrustment too. Defaults to the block's `entrustment`.
   */
  readonly entrustment?: boolean;
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
  /** Every row is also an entrustment (a table of processors abroad: 국외 처리위탁). */
  readonly entrustment?: boolean;
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
  /** The lead-in printed before the steps, e.g. `설정방법의 예`; shown before them. */
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

/** An image in the text: a labelling image, a diagram (PIPC 작성지침 라벨링). */
export interface FigureBlock extends BlockBase, Image {
  readonly type: 'figure';
  readonly caption?: RichText;
  /** Where the image leads, e.g. the full-size labelling image. */
  readonly href?: string;
}

/** One entry of a change log (개정 이력): when, which version, why. */
export interface ChangeLogEntry {
  readonly id?: string;
  readonly label?: string;
  /** When that version took effect (시행일). An entry has a date, a version, or both. */
  readonly date?: IsoDate;
  /** The version as printed, e.g. `ver 4.1`. */
  readonly version?: string;
  /** What changed and why (개정 사유). */
  readonly reason?: RichText;
  /** Where that version is published (a page or a PDF). */
  readonly url?: string;
}

/** A change log table (개정 이력): date, version and reason of each revision. */
export interface ChangeLogBlock extends BlockBase {
  readonly type: 'change-log';
  readonly caption?: Text;
  readonly entries: readonly ChangeLogEntry[];
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
  | BehaviouralAdsBlock
  | FigureBlock
  | ChangeLogBlock;

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
  | 'additional-use'
  | 'ad-transmission'
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
  /** An icon printed beside the title (PIPC 작성지침 pictograms). */
  readonly icon?: Image;
  readonly blocks: readonly Block[];
}

// ─── Consent items for the signup form ───────────────────────────────────────

/**
 * Each category needs its own consent (PIPA 22(1)): collection/use, third-party provision,
 * overseas transfer, sensitive information, unique identifiers, out-of-purpose use,
 * marketing processing (22(1)7) and advertising receipt (Network Act 50). Two more share the
 * signup screen: `terms`, the acceptance of an agreement that is not a privacy consent
 * (이용약관, 전자금융거래 이용약관, 위치기반서비스 이용약관 …, with its `document`), and
 * `location`, consent to personal location data under the Location Information Act (15, 18).
 */
export type ConsentCategory =
  | 'collection'
  | 'third-party'
  | 'overseas'
  | 'sensitive'
  | 'unique-id'
  | 'out-of-purpose'
  | 'marketing'
  | 'ad-receipt'
  | 'terms'
  | 'location';

/** The fields every terms document has: its title and the version a member accepts. */
interface TermsDocumentBase {
  /** The document's own title, e.g. `서비스 이용약관`. */
  readonly title: Text;
  /** The version the record stores, e.g. `2026-03-01` or `v3`: it proves which text was accepted. */
  readonly version: string;
  /** 시행일 of this version. */
  readonly effectiveOn?: IsoDate;
}

/**
 * The agreement a `terms` item accepts: published at `url` (http(s)), or given inline as `text`
 * (rich text; line breaks are kept), or both. The record stores its `version`, and for inline
 * text also the content hash of `text`.
 */
export type TermsDocument = TermsDocumentBase &
  ({ readonly url: string; readonly text?: RichText } | { readonly url?: string; readonly text: RichText });

/**
 * How the signup form orders consent items: `required-first` (default: [필수] items, then
 * [선택] ones, each group in the document's order, as PIPC's 2022 안내서 asks) or `as-listed`.
 */
export type ConsentOrder = 'required-first' | 'as-listed';

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
  /** Terms items: the agreement accepted (its title, version, and url or inline text). */
  readonly document?: TermsDocument;
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
  /** A public body (공공기관): its policy lists each collection's legal basis and 개인정보파일 (PIPA 32). */
  readonly publicBody?: boolean;
  readonly representative?: Text;
  readonly businessNumber?: string;
  readonly address?: Text;
  readonly phone?: string;
  readonly fax?: string;
  readonly email?: string;
  readonly website?: string;
}

/**
 * Another version of the policy: a policy document (inline, or JSON at `url`), or a document
 * link (a web page or a PDF at `url`, with its `mediaType`) shown as a plain link.
 */
export interface VersionRef {
  readonly version: string;
  /** The version as printed, e.g. `ver 4.1`. */
  readonly label?: string;
  readonly announcedOn?: IsoDate;
  readonly effectiveOn?: IsoDate;
  /** The last day that version was in force. */
  readonly effectiveUntil?: IsoDate;
  readonly title?: Text;
  /** Where that version is published: its policy JSON, or (with a `mediaType` other than JSON) a page or a PDF. */
  readonly url?: string;
  /**
   * What `url` holds: absent or `application/json` for a policy document, else the document's
   * type (`text/html`, `application/pdf`), shown as a plain link and never fetched.
   */
  readonly mediaType?: string;
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
  /** 제정일: when the first version of the policy took effect (shown beside the last change). */
  readonly enactedOn?: IsoDate;
  /** The version as printed, e.g. `ver 4.1` (`version` stays the id). */
  readonly versionLabel?: string;
  /** Where this version is published. */
  readonly url?: string;
  /**
   * The absolute http(s) URL relative links and images are resolved against; absent: `url`.
   * Relative links with neither show as text.
   */
  readonly baseUrl?: string;
  /** The preface before the numbered sections. */
  readonly preface?: readonly Block[];
  readonly sections: readonly Section[];
  /** Text after the last section (closing dates, addenda). */
  readonly closing?: readonly Block[];
  /** What the signup form asks for or discloses, one item per consent. */
  readonly consents?: readonly ConsentItem[];
  /** How the signup form orders `consents`: required first (default) or as listed. */
  readonly consentOrder?: ConsentOrder;
  readonly children?: ChildrenPolicy;
  readonly previousVersions?: readonly VersionRef[];
  /** A version announced but not yet in force. */
  readonly upcoming?: VersionRef;
  readonly source?: SourceInfo;
  /** Host-specific data; kept, hashed, never rendered. */
  readonly extensions?: Readonly<Record<string, unknown>>;
}
