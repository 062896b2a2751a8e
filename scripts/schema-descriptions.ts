/**
 * Field descriptions for schema/policy.schema.json in Korean and English, so an editor's hover
 * and completion explain the format. Keyed by `$defs` entry and property; the top-level
 * document, sections and consent items are described here, blocks in schema-descriptions-blocks.ts.
 */
export type Described = Record<string, readonly [ko: string, en: string, examples?: readonly unknown[]]>;

export const DESCRIPTIONS: Record<string, Described> = {
  Policy: {
    $schema: [
      '편집기가 쓰는 JSON Schema 주소. 내용 해시에 들어가지 않습니다.',
      'The JSON Schema for editors; not part of the content hash.',
    ],
    schemaVersion: ['문서 형식의 버전. 지금은 1.', 'The version of this format: 1.', [1]],
    id: [
      '처리방침의 식별자(영문 소문자, 숫자, -, _). 동의 기록에 남습니다.',
      "The policy's id (letters, digits, -, _); stored in consent records.",
      ['demo-shop'],
    ],
    version: [
      '이 판의 버전. 보통 시행일(YYYY-MM-DD).',
      "This version's label, usually its effective date.",
      ['2026-01-01'],
    ],
    lang: ['문서의 기본 언어(BCP 47).', "The document's language (BCP 47).", ['ko']],
    title: ['처리방침의 제목.', 'The title.', ['개인정보 처리방침']],
    controller: [
      '개인정보처리자: 회사명, 대표자, 주소, 연락처.',
      'The controller: name, representative, address, contacts.',
    ],
    announcedOn: ['공고일(YYYY-MM-DD).', 'The date it was announced (공고일).', ['2025-12-25']],
    effectiveOn: ['시행일(YYYY-MM-DD).', 'The date it takes effect (시행일).', ['2026-01-01']],
    enactedOn: ['최초 제정일(YYYY-MM-DD).', 'The date the first version was enacted.'],
    versionLabel: ['화면에 보일 버전 이름(예: v3.2).', 'The version as shown, e.g. v3.2.'],
    url: ['처리방침이 게시된 주소.', 'Where the policy is published.'],
    baseUrl: ['상대 링크의 기준 주소.', 'The base URL relative links resolve against.'],
    preface: ['첫 조항 앞의 글(서문).', 'Blocks before the first section (the preface).'],
    sections: [
      '조항들. 법정 기재사항마다 topics로 표시합니다.',
      'The sections; `topics` says which statutory items each covers.',
    ],
    closing: ['마지막 조항 뒤의 글(부칙 등).', 'Blocks after the last section (e.g. 부칙).'],
    consents: ['회원가입 화면의 동의 항목([필수]/[선택]).', "The signup form's consent items ([필수]/[선택])."],
    consentOrder: ['동의 항목을 보여줄 순서(id 목록).', 'The order the consent items are shown in (ids).'],
    children: ['만 14세 미만 아동의 처리 방식.', 'How children under 14 are handled.'],
    previousVersions: ['이전 처리방침들(버전, 시행 기간, 주소).', 'Previous versions: version, period, address.'],
    upcoming: ['공고 중인 다음 판과 그 요약.', 'The next version being announced, and its summary.'],
    source: [
      '원문 정보와 변환하며 남긴 메모(source.notes).',
      'Where the text came from, and notes from its conversion.',
    ],
    extensions: ['이 형식 밖의 호스트 데이터.', "The host's own data outside this format."],
  },
  Section: {
    id: [
      '조항 식별자. 링크(#p-id)와 동의 항목의 section이 가리킵니다.',
      "The section's id: deep links (#p-id) and consent items point at it.",
      ['purposes'],
    ],
    number: ['원문의 조항 번호(예: 1, 제3조).', 'The number as printed (1, 제3조).'],
    title: ['조항 제목.', "The section's title.", ['개인정보의 처리 목적']],
    topics: [
      '이 조항이 다루는 법정 기재사항(lint가 빠진 사항을 찾습니다).',
      'The statutory items the section covers (lint finds the missing ones).',
      [['purposes']],
    ],
    icon: ['조항 제목 옆 아이콘.', 'An icon beside the title.'],
    blocks: [
      '조항의 내용: 문단, 목록, 표, 그리고 위탁·제3자 제공 같은 정형 블록.',
      'The content: paragraphs, lists, tables and typed blocks (entrustment, provision …).',
    ],
  },
  ConsentItem: {
    id: ['동의 항목 식별자. 동의 기록에 남습니다.', "The item's id; stored in consent records.", ['collect-required']],
    category: [
      '종류: collection, third-party, overseas, marketing, ad-receipt, terms 등.',
      'The kind: collection, third-party, overseas, marketing, ad-receipt, terms …',
    ],
    required: ['[필수]이면 true, [선택]이면 false.', 'true for [필수] (required), false for [선택] (optional).'],
    basis: [
      '동의가 아닌 처리 근거(계약, 법령 등)일 때 그 근거.',
      'The legal basis when it is not consent (contract, law …).',
    ],
    basisText: ['처리 근거를 설명하는 문장.', 'The basis as stated.'],
    title: ['체크박스 옆 제목.', 'The title beside the checkbox.', ['개인정보 수집·이용 동의']],
    purpose: ['목적(법정 고지 사항).', 'The purpose (a statutory notice item).'],
    items: ['항목(법정 고지 사항).', 'The data items (a statutory notice item).'],
    retention: [
      '보유·이용 기간(법정 고지 사항).',
      'The retention period (a statutory notice item).',
      ['회원 탈퇴 시까지'],
    ],
    refusal: [
      '동의를 거부할 권리와 거부 시 불이익(법정 고지 사항).',
      'The right to refuse and what refusing costs (a statutory notice item).',
    ],
    recipient: ['제공받는 자(제3자 제공, 국외 이전).', 'The recipient (provision, overseas transfer).'],
    rowsFrom: ['고지 내용을 가져올 정형 블록의 id.', 'The id of the typed block whose rows the notice shows.'],
    country: ['이전되는 국가(국외 이전).', 'The country (overseas transfer).'],
    transfer: ['이전 일시와 방법(국외 이전).', 'When and how it is transferred (overseas).'],
    recipientContact: ['이전받는 자의 연락처(국외 이전).', "The recipient's contact (overseas)."],
    disclosure: ['민감정보·고유식별정보 공개 가능성 안내.', 'Whether sensitive data may become public.'],
    important: ['중요 사항 강조(밑줄·굵게) 대상.', 'Which notice items are emphasised (PIPA 22(2)).'],
    channels: ['광고성 정보 수신 채널(SMS, 이메일, 앱 푸시).', 'Advertising channels (SMS, email, push).'],
    night: [
      '야간(21시~8시) 광고 전송 동의를 따로 받는지.',
      'Whether night-time (21–8 h) advertising consent is asked separately.',
    ],
    section: ['자세한 내용이 있는 처리방침 조항의 id.', 'The id of the policy section with the details.'],
    document: ['약관 동의의 약관 본문 또는 주소.', 'The terms document (text or address) of a terms item.'],
  },
};
