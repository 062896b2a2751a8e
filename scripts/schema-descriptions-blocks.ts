/**
 * Descriptions for the fields of blocks and the other shapes that are not a `$defs` entry of
 * their own (table rows, cookie categories …), in Korean and English. A field takes the
 * description of its context (`collection.rows` for the rows of a collection block, a `$defs`
 * name, or a block's `type`) and otherwise the shared one of its name in FIELDS.
 */
import type { Described } from './schema-descriptions.js';

/** Contexts that name the same shape: the rows of a collection block and of a group. */
export const CONTEXT_ALIASES: Record<string, string> = {
  'CollectionGroup.rows': 'collection.rows',
  'CollectionGroup.rows.parts': 'collection.rows.parts',
  NameLinks: 'Span',
};

/** A field's meaning wherever it appears, unless its context says otherwise. */
export const FIELDS: Described = {
  type: [
    '블록의 종류(paragraph, list, table, collection, entrustment …).',
    'The kind of block (paragraph, list, table, collection, entrustment …).',
    ['paragraph'],
  ],
  id: [
    '식별자. 링크(#p-id)와 동의 항목의 rowsFrom이 가리킵니다.',
    'An id: deep links (#p-id) and consent items (rowsFrom) point at it.',
  ],
  label: ['원문의 번호나 기호(예: ①, 가., 1.).', 'The number or mark as printed (①, 가., 1.).', ['①']],
  caption: ['표 제목(화면 읽기 프로그램이 읽습니다).', "The table's caption (screen readers announce it)."],
  rows: ['표의 행들.', 'The table rows.'],
  note: ['덧붙이는 말(비고).', 'A note (비고).'],
  text: ['본문 글.', 'The text.'],
  items: ['항목들(개인정보 항목 또는 목록 항목).', 'The items (data items or list items).', [['이름', '휴대전화번호']]],
  purpose: ['목적.', 'The purpose.'],
  purposes: ['처리 목적들.', 'The purposes.'],
  retention: ['보유·이용 기간.', 'How long the data is kept.', ['회원 탈퇴 시까지']],
  basis: ['근거(법령이나 동의).', 'The legal basis (a law or consent).', ['전자상거래법 제6조']],
  title: ['제목.', 'The title.'],
  name: ['이름.', 'The name.'],
  url: ['웹 주소(http, https).', 'A web address (http, https).'],
  href: ['링크 주소(http, https, mailto, tel).', 'The link target (http, https, mailto, tel).'],
  links: ['이름에 붙는 링크(처리방침, 홈페이지).', 'Links beside the name (their policy, website).'],
  address: ['주소.', 'The postal address.'],
  phone: ['전화번호.', 'The phone number.', ['02-1234-5678']],
  fax: ['팩스 번호.', 'The fax number.'],
  email: ['이메일 주소.', 'The email address.', ['privacy@example.com']],
  hours: ['운영 시간.', 'Opening hours.'],
  recipient: ['제공받는 자(이전받는 자).', 'The recipient.'],
  entrustee: ['수탁자(업무를 위탁받는 자).', 'The entrustee (processor).'],
  task: ['위탁하는 업무의 내용.', 'The task entrusted.'],
  country: ['국가.', 'The country.', ['미국']],
  required: ['필수 항목.', 'The required items.'],
  optional: ['선택 항목.', 'The optional items.'],
  refusal: ['거부 방법과 거부 시 불이익.', 'How to refuse, and what refusing costs.'],
  date: ['날짜(YYYY-MM-DD).', 'The date (YYYY-MM-DD).', ['2026-01-01']],
  version: ['버전.', 'The version.'],
  effectiveOn: ['시행일(YYYY-MM-DD).', 'The date it takes effect (YYYY-MM-DD).'],
  announcedOn: ['공고일(YYYY-MM-DD).', 'The date it was announced (YYYY-MM-DD).'],
  strong: ['굵게 강조.', 'Shown in bold.'],
  underline: ['밑줄 강조(중요 사항).', 'Underlined (an important item).'],
  src: ['이미지 주소(https 또는 data:).', 'The image address (https or data:).'],
  alt: ['이미지 대체 텍스트.', 'The text alternative of the image.'],
  width: ['이미지 너비(px).', 'The image width (px).'],
  height: ['이미지 높이(px).', 'The image height (px).'],
  blocks: ['하위 블록들.', 'Nested blocks.'],
  description: ['설명.', 'A description.'],
  section: ['자세한 내용이 있는 조항의 id.', 'The id of the section with the details.'],
  method: ['방법.', 'The method.'],
  scope: ['범위.', 'The scope.'],
  data: ['처리하는 정보.', 'The data processed.'],
  summary: ['요약.', 'A summary.'],
};

/** Fields whose meaning depends on where they are. */
export const CONTEXT_DESCRIPTIONS: Record<string, Described> = {
  'Policy.controller': {
    name: ['개인정보처리자(회사)의 이름.', "The controller's (company's) name.", ['주식회사 예시']],
    publicBody: ['공공기관이면 true.', 'true for a public institution.'],
    representative: ['대표자.', 'The representative (CEO).'],
    businessNumber: ['사업자등록번호.', 'The business registration number.', ['123-45-67890']],
    website: ['홈페이지 주소.', 'The website.'],
  },
  'Policy.source': {
    url: ['가져온 원문의 주소.', 'Where the original text was fetched.'],
    document: ['원문 문서의 이름.', 'The name of the original document.'],
    retrievedOn: ['원문을 가져온 날(YYYY-MM-DD).', 'The date the original was fetched.'],
    notes: ['변환하며 정형화하지 못한 내용 메모.', 'What the conversion could not type, for review.'],
  },
  paragraph: {
    text: ['문단 글. 굵게·밑줄·링크를 섞을 수 있습니다.', 'The paragraph; may mix bold, underline, links.'],
  },
  heading: { text: ['조항 안의 소제목.', 'A subheading inside the section.'] },
  list: {
    ordered: ['번호 매긴 목록이면 true.', 'true for a numbered list.'],
    items: ['목록 항목들(중첩 가능).', 'The list items (may nest).'],
  },
  table: {
    header: ['머리글 행의 칸들.', 'The header row cells.'],
    rowHeaders: ['각 행의 첫 칸이 행 머리글이면 true.', "true when each row's first cell heads the row."],
    rows: ['표의 행들(칸의 배열).', 'The rows (arrays of cells).'],
  },
  note: { text: ['참고·주의 문구.', 'The note.'] },
  contact: {
    role: [
      '역할: 개인정보 보호책임자, 담당 부서, 고충처리 등.',
      'The role: privacy officer, department, complaints …',
      ['officer'],
    ],
    title: ['연락처 제목.', "The contact's heading."],
    name: ['담당자 이름.', "The person's name."],
    department: ['부서.', 'The department.'],
    position: ['직위.', 'The position.'],
    scope: ['담당하는 범위.', 'What this contact handles.'],
  },
  purposes: { purposes: ['처리 목적과 그 세부 내용.', 'The purposes of processing and their details.'] },
  'purposes.purposes': {
    title: ['목적의 제목.', "The purpose's title.", ['회원 가입 및 관리']],
    text: ['목적 설명.', 'The purpose explained.'],
    items: ['세부 목적들.', 'The detailed purposes.'],
    marketing: ['마케팅·광고 목적이면 true.', 'true for a marketing or advertising purpose.'],
  },
  collection: {
    rows: ['수집 항목 표의 행(구분별 필수·선택 항목).', 'The collection table rows (required and optional items).'],
    groups: ['서비스별로 묶은 수집 항목.', 'Collection rows grouped by service.'],
  },
  'collection.rows': {
    service: ['서비스 구분.', 'The service.'],
    stage: ['수집 시점(회원가입, 주문 등).', 'When it is collected (signup, order …).'],
    parts: ['조건별로 나눈 항목.', 'The items split by condition.'],
    file: ['처리하는 개인정보파일의 이름.', 'The personal-data file it goes into.'],
  },
  'collection.rows.parts': {
    required: ['필수이면 true.', 'true when required.'],
    condition: ['해당 조건(예: 14세 미만).', 'The condition (e.g. under 14).'],
  },
  CollectionGroup: {
    title: ['묶음 제목.', "The group's title."],
    file: ['처리하는 개인정보파일의 이름.', 'The personal-data file it goes into.'],
    rows: ['이 묶음의 수집 항목 행.', "The group's collection rows."],
    groups: ['하위 묶음.', 'Nested groups.'],
  },
  'auto-collection': {
    text: ['자동 수집 설명.', 'What is collected automatically.'],
    items: ['자동 수집 항목(IP, 쿠키, 접속 기록 등).', 'Items collected automatically (IP, cookies, logs …).'],
  },
  retention: { rows: ['보유 기간 표의 행.', 'The retention table rows.'] },
  'retention.rows': {
    record: ['보존하는 기록.', 'The record kept.', ['계약 또는 청약철회 등에 관한 기록']],
    basisType: ['근거의 종류: law, policy, consent, contract.', 'The kind of basis: law, policy, consent, contract.'],
    period: ['보존 기간.', 'The period.', ['5년']],
  },
  'third-party': {
    rows: ['제3자 제공 표의 행.', 'The third-party provision rows.'],
    retentionFrom: ['보유 기간을 가져올 블록의 id.', 'The id of the block the retention comes from.'],
  },
  'third-party.rows': { recipient: ['제공받는 자.', 'The recipient.'], purpose: ['제공 목적.', 'The purpose.'] },
  entrustment: { rows: ['처리 위탁 표의 행.', 'The entrustment rows.'] },
  'entrustment.rows': {
    reentrustees: ['재위탁받는 자들.', 'The sub-processors (재수탁자).'],
    retention: ['위탁 기간(보유 기간).', 'How long the entrustee keeps it.'],
  },
  remedies: { bodies: ['권익침해 구제 기관들.', 'The bodies that handle infringement.'] },
  'remedies.bodies': {
    operator: ['운영 기관.', 'Who runs it.'],
    duties: ['하는 일.', 'What it handles.'],
  },
  'domestic-agent': {
    name: ['국내대리인의 이름.', "The domestic agent's name."],
    representative: ['대표자.', 'The representative.'],
  },
  'automated-decisions': { decisions: ['자동화된 결정들.', 'The automated decisions.'] },
  'automated-decisions.decisions': {
    decision: ['결정의 내용.', 'The decision.'],
    criteria: ['기준과 주요 개인정보.', 'The criteria and main data used.'],
    procedure: ['처리 절차.', 'The procedure.'],
    rights: ['거부·설명 요구 방법.', 'How to refuse or ask for an explanation.'],
  },
  transmission: {
    method: ['전송 방법.', 'How the data is transmitted.'],
    confirmation: ['본인 확인 방법.', 'How identity is confirmed.'],
    scope: ['전송 대상 정보의 범위.', 'What data may be transmitted.'],
  },
  'overseas-collection': { rows: ['국외 수집 행.', 'Data collected abroad.'] },
  'behavioural-ads': {
    data: ['수집하는 행태정보 항목.', 'The behavioural data collected.'],
    method: ['수집 방법.', 'How it is collected.'],
    tools: ['행태정보를 수집하는 도구(광고 사업자).', 'The tools (ad companies) that collect it.'],
  },
  'behavioural-ads.tools': {
    tool: ['도구 이름.', "The tool's name."],
    company: ['운영 회사.', 'The company.'],
    type: ['도구의 종류(SDK, 쿠키 등).', 'The kind of tool (SDK, cookie …).'],
  },
  figure: {
    caption: ['그림 설명.', 'The caption.'],
    href: ['그림을 누르면 열 주소.', 'Where the image links to.'],
  },
  'change-log': { entries: ['변경 이력.', 'The changes.'] },
  'change-log.entries': {
    reason: ['변경 사유.', 'Why it changed.'],
    url: ['그 판의 주소.', "That version's address."],
  },
  Span: { text: ['글.', 'The text.'] },
  ListItem: { items: ['하위 목록 항목.', 'Nested list items.'] },
  TableCell: {
    items: ['칸 안의 목록.', 'A list inside the cell.'],
    rowSpan: ['합칠 행 수.', 'How many rows the cell spans.'],
    colSpan: ['합칠 열 수.', 'How many columns the cell spans.'],
  },
  DataItemGroup: {
    label: ['항목 묶음 이름(예: 필수).', "The group's name (e.g. 필수).", ['필수']],
    items: ['묶음의 항목들.', "The group's items."],
  },
  overseas: {
    rows: ['국외 이전 표의 행.', 'The overseas transfer rows.'],
    entrustment: ['처리 위탁에 따른 이전이면 true.', 'true when the transfer is for entrustment.'],
  },
  'overseas.rows': {
    recipient: ['이전받는 자.', 'The recipient abroad.'],
    entrustment: ['위탁으로 이전하면 true.', 'true when transferred for entrustment.'],
    contact: ['이전받는 자의 연락처.', "The recipient's contact."],
    transfer: ['이전 일시와 방법.', 'When and how it is transferred.'],
    route: ['이전 경로(네트워크 전송 등).', 'The route (network transfer …).'],
    basis: ['이전 근거(동의, 계약 이행 등).', 'The legal basis (consent, contract …).'],
  },
  'cookie-refusal': { browsers: ['브라우저별 쿠키 거부 방법.', 'How to refuse cookies, per browser.'] },
  'cookie-refusal.browsers': {
    browser: ['브라우저 이름.', 'The browser.', ['Chrome']],
    steps: ['설정 경로.', 'The steps.'],
    url: ['안내 페이지 주소.', 'The help page.'],
  },
  'cookie-categories': { categories: ['쿠키 종류들(필수, 분석, 광고 …).', 'The cookie categories.'] },
  CookieCategory: {
    kind: [
      '종류: necessary, preferences, analytics, advertising, other.',
      'The kind: necessary, preferences, analytics, advertising, other.',
      ['analytics'],
    ],
    cookies: ['이 종류의 쿠키들.', 'The cookies of this category.'],
    consentMode: ['Google Consent Mode의 해당 신호.', 'The Google Consent Mode signals it maps to.'],
  },
  'CookieCategory.cookies': {
    name: ['쿠키 이름.', "The cookie's name.", ['_ga']],
    provider: ['제공자.', 'Who sets it.'],
    duration: ['보존 기간.', 'How long it lasts.', ['2년']],
  },
  'ConsentItem.channels': { label: ['채널 이름.', "The channel's name."] },
  TermsDocument: { text: ['약관 본문.', 'The terms text.'] },
  ChildrenPolicy: {
    minimumAge: ['아동 기준 나이(보통 14).', 'The age limit (usually 14).', [14]],
    handling: [
      'not-offered(가입 불가) 또는 guardian-consent(법정대리인 동의).',
      'not-offered, or guardian-consent (a guardian consents).',
    ],
    guardianItems: ['법정대리인에게서 받는 항목.', 'What is collected from the guardian.'],
  },
  VersionRef: {
    label: ['화면에 보일 버전 이름.', 'The version as shown.'],
    effectiveUntil: ['시행 종료일.', 'The last day it applied.'],
    url: ['그 판의 주소.', "That version's address."],
    mediaType: ['그 주소의 형식(text/html, application/json …).', "The address's media type."],
    policy: ['그 판의 정책 문서 자체.', 'That version as a policy document.'],
  },
};
