/**
 * A starter policy from a few answers, in the order PIPC's 작성지침 lists the sections
 * (purposes, items, retention and destruction, provision, entrustment, rights, safety, automatic
 * collection, officer, remedies, changes), with the consent items that follow from it: a required
 * collection consent, an optional one for optional items, one per third-party recipient, and
 * marketing with its advertising-receipt channels. Lint-clean as written; every sentence is meant
 * to be read and adjusted.
 */
import type { Block, ConsentItem, PrivacyPolicy, Section } from '../../policy/types.js';

export interface StarterAnswers {
  /** 회사명, e.g. `예시상점 주식회사`. */
  readonly company: string;
  /** The policy id (letters, digits, `-`); default from the company name or `policy`. */
  readonly id?: string;
  /** The service, e.g. `온라인 쇼핑몰`. */
  readonly service: string;
  /** Collected from everyone who signs up. */
  readonly required: readonly string[];
  /** Collected only from those who agree. */
  readonly optional: readonly string[];
  /** Recipients of provision (PIPA 17): each needs its own consent item. */
  readonly recipients: readonly {
    readonly name: string;
    readonly purpose: string;
    readonly items: readonly string[];
  }[];
  /** Entrustees (PIPA 26): who processes data for the company, and the task. */
  readonly entrustees: readonly { readonly name: string; readonly task: string }[];
  /** Whether the site sets cookies (analytics and the like). */
  readonly cookies: boolean;
  /** Whether the company sends marketing (SMS, email) and so asks for advertising consent. */
  readonly marketing: boolean;
  readonly officer: { readonly name: string; readonly phone: string; readonly email: string };
  /** `YYYY-MM-DD`; default today. */
  readonly effectiveOn?: string;
}

const slug = (company: string): string =>
  company
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '') || 'policy';

const MARKETING_ITEMS = ['이름', '이메일', '휴대폰번호'];

const paragraph = (text: string): Block => ({ type: 'paragraph', text });

const koreanDate = (iso: string): string => {
  const [year, month, day] = iso.split('-').map(Number);
  return `${year}년 ${month}월 ${day}일`;
};

/** The starter policy for the answers. */
export const starterPolicy = (
  answers: StarterAnswers,
  today = new Date().toISOString().slice(0, 10),
): PrivacyPolicy => {
  const effectiveOn = answers.effectiveOn ?? today;
  const provides = answers.recipients.length > 0;
  const sections: Section[] = [
    {
      id: 'purposes',
      title: '개인정보의 처리 목적',
      topics: ['purposes'],
      blocks: [
        {
          type: 'purposes',
          purposes: [
            { title: '회원 가입 및 관리', text: '회원 가입 의사 확인, 본인 식별, 회원 자격 유지·관리' },
            { title: `${answers.service} 제공`, text: `${answers.service} 제공 및 이용 문의 응대` },
            ...(answers.marketing
              ? [{ title: '마케팅 및 광고', text: '이벤트·혜택 안내 (동의한 경우)', marketing: true }]
              : []),
          ],
        },
      ],
    },
    {
      id: 'items',
      title: '처리하는 개인정보 항목',
      topics: ['items', 'collection-methods', 'consent-methods'],
      blocks: [
        {
          type: 'collection',
          rows: [
            {
              service: '회원가입',
              required: [...answers.required],
              ...(answers.optional.length ? { optional: [...answers.optional] } : {}),
            },
            ...(answers.marketing ? [{ service: '마케팅', optional: [...MARKETING_ITEMS] }] : []),
          ],
        },
        paragraph('회원가입과 서비스 이용 과정에서 회원이 직접 입력한 정보를 수집합니다.'),
      ],
    },
    {
      id: 'retention',
      title: '개인정보의 보유 기간 및 파기',
      topics: ['retention', 'destruction'],
      blocks: [
        {
          type: 'retention',
          rows: [
            {
              record: '회원 정보',
              basis: '이용계약 (회원 탈퇴 시 파기)',
              basisType: 'contract',
              period: '회원 탈퇴 시까지',
            },
            {
              record: '계약 또는 청약철회 등에 관한 기록',
              basis: '전자상거래 등에서의 소비자보호에 관한 법률',
              basisType: 'law',
              period: '5년',
            },
          ],
        },
        paragraph('보유 기간이 지난 개인정보는 지체 없이 복구할 수 없는 방법으로 파기합니다.'),
      ],
    },
    {
      id: 'third-party',
      title: '개인정보의 제3자 제공',
      topics: ['third-party'],
      blocks: provides
        ? [
            paragraph('회사는 정보주체가 동의한 경우에만 아래와 같이 개인정보를 제3자에게 제공합니다.'),
            {
              type: 'third-party',
              id: 'third-party-table',
              rows: answers.recipients.map((recipient) => ({
                recipient: recipient.name,
                purpose: recipient.purpose,
                items: [...recipient.items],
                retention: '동의 철회 또는 회원 탈퇴 시까지',
              })),
            },
          ]
        : [paragraph('회사는 개인정보를 제3자에게 제공하지 않습니다.')],
    },
    {
      id: 'entrustment',
      title: '개인정보 처리의 위탁',
      topics: ['entrustment'],
      blocks: answers.entrustees.length
        ? [
            {
              type: 'entrustment',
              rows: answers.entrustees.map((entrustee) => ({
                entrustee: entrustee.name,
                task: entrustee.task,
                retention: '위탁 계약 종료 시까지',
              })),
            },
          ]
        : [paragraph('회사는 개인정보 처리 업무를 위탁하지 않습니다.')],
    },
    {
      id: 'rights',
      title: '정보주체의 권리·의무 및 행사방법',
      topics: ['rights', 'duties'],
      blocks: [
        paragraph(
          '회원은 언제든지 개인정보 열람·정정·삭제·처리정지 및 동의 철회를 요구할 수 있으며, 회사는 지체 없이 조치합니다.',
        ),
      ],
    },
    {
      id: 'children',
      title: '만 14세 미만 아동',
      topics: ['children'],
      blocks: [paragraph('회사는 만 14세 미만 아동의 회원가입을 받지 않습니다.')],
    },
    {
      id: 'safety',
      title: '개인정보의 안전성 확보 조치',
      topics: ['safety'],
      blocks: [
        paragraph(
          '내부관리계획 수립, 접근 권한 관리, 접속기록 보관, 개인정보 암호화, 보안프로그램 설치를 하고 있습니다.',
        ),
      ],
    },
    {
      id: 'cookies',
      title: '자동 수집 장치의 설치·운영 및 거부',
      topics: ['cookies'],
      blocks: answers.cookies
        ? [
            paragraph(
              '회사는 이용 형태 분석을 위해 쿠키를 사용합니다. 쿠키 저장을 거부하면 일부 서비스 이용이 어려울 수 있습니다.',
            ),
            {
              type: 'cookie-refusal',
              browsers: [
                { browser: 'Chrome', steps: '설정 > 개인정보 보호 및 보안 > 서드파티 쿠키' },
                { browser: 'Safari', steps: '설정 > 개인정보 보호 > 모든 쿠키 차단' },
              ],
            },
          ]
        : [paragraph('회사는 쿠키를 사용하지 않습니다.')],
    },
    {
      id: 'officer',
      title: '개인정보 보호책임자',
      topics: ['officer'],
      blocks: [
        {
          type: 'contact',
          role: 'officer',
          name: answers.officer.name,
          position: '개인정보 보호책임자',
          phone: answers.officer.phone,
          email: answers.officer.email,
        },
      ],
    },
    {
      id: 'remedies',
      title: '권익침해 구제방법',
      topics: ['remedies'],
      blocks: [
        {
          type: 'remedies',
          bodies: [
            { name: '개인정보분쟁조정위원회', phone: '1833-6972', url: 'https://www.kopico.go.kr' },
            { name: '개인정보침해신고센터', phone: '118', url: 'https://privacy.kisa.or.kr' },
            { name: '대검찰청', phone: '1301', url: 'https://www.spo.go.kr' },
            { name: '경찰청', phone: '182', url: 'https://ecrm.police.go.kr' },
          ],
        },
      ],
    },
    {
      id: 'changes',
      title: '개인정보 처리방침의 변경',
      topics: ['changes'],
      blocks: [paragraph(`이 개인정보 처리방침은 ${koreanDate(effectiveOn)}부터 적용됩니다.`)],
    },
  ].map((section, index) => ({ ...section, number: String(index + 1) }) as Section);

  const consents: ConsentItem[] = [
    {
      id: 'signup',
      category: 'collection',
      required: true,
      basis: 'contract',
      basisText: '개인정보 보호법 제15조제1항제4호 (계약의 체결·이행)',
      title: '회원 가입을 위한 개인정보 처리',
      purpose: ['회원 가입 의사 확인', '본인 식별', `${answers.service} 제공`],
      items: [...answers.required],
      retention: '회원 탈퇴 시까지',
      section: 'items',
    } as ConsentItem,
    ...(answers.optional.length
      ? [
          {
            id: 'optional',
            category: 'collection',
            required: false,
            title: '선택 항목 수집·이용 동의',
            purpose: `${answers.service} 이용 편의`,
            items: [...answers.optional],
            retention: '동의 철회 또는 회원 탈퇴 시까지',
            refusal: '거부하셔도 회원가입과 서비스 이용에 제한이 없습니다.',
            section: 'items',
          } as ConsentItem,
        ]
      : []),
    ...answers.recipients.map(
      (recipient, index) =>
        ({
          id: `provision-${index + 1}`,
          category: 'third-party',
          required: false,
          title: `개인정보 제3자 제공 동의 (${recipient.name})`,
          recipient: recipient.name,
          purpose: recipient.purpose,
          items: [...recipient.items],
          retention: '동의 철회 또는 회원 탈퇴 시까지',
          refusal: '거부하셔도 회원가입과 서비스 이용에 제한이 없습니다.',
          section: 'third-party',
        }) as unknown as ConsentItem,
    ),
    ...(answers.marketing
      ? ([
          {
            id: 'marketing',
            category: 'marketing',
            required: false,
            title: '마케팅 활용 동의',
            purpose: '이벤트·혜택 안내',
            items: [...MARKETING_ITEMS],
            retention: '동의 철회 또는 회원 탈퇴 시까지',
            refusal: '거부하셔도 서비스 이용에 제한이 없습니다.',
          },
          {
            id: 'ads',
            category: 'ad-receipt',
            required: false,
            title: '광고성 정보 수신 동의',
            purpose: '이벤트·혜택 안내',
            items: ['휴대폰번호', '이메일'],
            retention: '동의 철회 시까지',
            refusal: '거부하셔도 서비스 이용에 제한이 없습니다.',
            channels: [
              { id: 'sms', label: 'SMS' },
              { id: 'email', label: { ko: '이메일', en: 'Email' } },
            ],
          },
        ] as unknown as ConsentItem[])
      : []),
  ];

  return {
    $schema: 'https://unpkg.com/privacy-consent/schema/policy.schema.json',
    schemaVersion: 1,
    id: answers.id ?? slug(answers.company),
    version: effectiveOn,
    lang: 'ko',
    title: '개인정보 처리방침',
    controller: { name: answers.company, phone: answers.officer.phone, email: answers.officer.email },
    announcedOn: effectiveOn,
    effectiveOn,
    preface: [
      paragraph(
        `${answers.company}(이하 '회사')는 「개인정보 보호법」 제30조에 따라 다음과 같이 개인정보 처리방침을 둡니다.`,
      ),
    ],
    sections,
    consents,
    children: { minimumAge: 14, handling: 'not-offered', section: 'children' },
  } as unknown as PrivacyPolicy;
};
