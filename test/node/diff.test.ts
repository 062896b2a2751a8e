import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffPolicies, type BlockChange, type PolicyDiff } from '../../src/policy/diff.js';
import type { Block, PrivacyPolicy, Section } from '../../src/policy/index.js';
import { everyBlockPolicy } from '../fixtures/every-block-policy.js';
import { minimalPolicy } from '../fixtures/minimal-policy.js';
import { SEED_NAMES } from '../fixtures/seed-expectations.js';
import { seedPolicy } from './seeds.js';

/** A deep mutable copy's type, so fixtures read as plain edits of a seed. */
type Draft<T> = T extends object ? { -readonly [K in keyof T]: Draft<T[K]> } : T;
type DraftBlock<K extends Block['type']> = Draft<Extract<Block, { type: K }>>;

const draftOf = (policy: PrivacyPolicy): Draft<PrivacyPolicy> => structuredClone(policy) as Draft<PrivacyPolicy>;
const sectionOf = (doc: Draft<PrivacyPolicy>, id: string): Draft<Section> => doc.sections.find((s) => s.id === id)!;
const blockOf = <K extends Block['type']>(doc: Draft<PrivacyPolicy>, id: string, _type: K): DraftBlock<K> =>
  doc.sections.flatMap((section) => section.blocks).find((block) => block.id === id) as DraftBlock<K>;
const asPolicy = (doc: Draft<PrivacyPolicy>): PrivacyPolicy => doc as PrivacyPolicy;
/** The document as it is now, unaffected by later edits of the draft. */
const snapshot = (doc: Draft<PrivacyPolicy>): PrivacyPolicy => structuredClone(doc) as PrivacyPolicy;

const statuses = (diff: PolicyDiff) => diff.sections.map((section) => [section.id, section.status]);
const blockById = (diff: PolicyDiff, id: string): BlockChange =>
  diff.sections.flatMap((section) => section.blocks).find((block) => block.id === id)!;
const rowChanges = (block: BlockChange) =>
  (block.rows ?? [])
    .filter((row) => row.status !== 'unchanged')
    .map(({ status, key, fields }) => ({ status, key, fields }));
const everyStatus = (diff: PolicyDiff): string[] =>
  diff.sections.flatMap((section) => [
    section.status,
    ...section.blocks.flatMap((block) => [block.status, ...(block.rows ?? []).map((row) => row.status)]),
  ]);

const KT_MAP_PURPOSE = '지도 홍보 서비스 신청(kt cs/kt is-114) 및 관리';

/** smartro as published, and a next version with one edit of each kind the viewer shows. */
const smartroVersions = (): [PrivacyPolicy, PrivacyPolicy] => {
  const older = seedPolicy('smartro');
  const doc = draftOf(older);
  doc.version = '2021-01-01';
  doc.effectiveOn = '2021-01-01';
  const removedAt = doc.sections.findIndex((section) => section.id === 'dormant');
  doc.sections.splice(removedAt, 1, {
    id: 'links',
    number: '11',
    title: '링크 사이트',
    topics: ['links'],
    blocks: [{ type: 'paragraph', text: '링크된 사이트의 처리방침이 적용됩니다.' }],
  });
  sectionOf(doc, 'rights').title = '정보주체의 권리·의무 및 행사방법';

  const provision = blockOf(doc, 'third-party-table', 'third-party');
  // (주)케이티 has four rows: edit the third one's purpose, drop the second.
  provision.rows[2]!.purpose = KT_MAP_PURPOSE;
  provision.rows.splice(1, 1);
  provision.rows.push({ recipient: '(주)새파트너', purpose: '제휴 서비스 제공', items: ['가맹점명'] });

  const retention = blockOf(doc, 'retention-table', 'retention');
  retention.rows.find((row) => row.record === '본인확인에 관한 기록')!.period = '1년';

  const entrustment = blockOf(doc, 'entrustment-table', 'entrustment');
  entrustment.rows.find((row) => row.entrustee === 'H&C 네트워크')!.reentrustees = [
    { entrustee: '(주)콜센터', task: '고객 응대' },
  ];
  return [older, asPolicy(doc)];
};

describe('diffPolicies on two versions of smartro', () => {
  const [older, newer] = smartroVersions();
  const diff = diffPolicies(older, newer);

  it('names both versions and the changed top-level fields', () => {
    expect([diff.from, diff.to]).toEqual(['2020-06-16', '2021-01-01']);
    expect(diff.meta).toEqual([{ field: 'effectiveOn', before: '2020-06-16', after: '2021-01-01' }]);
  });

  it('lists sections in the newer order, the removed one where it was', () => {
    expect(statuses(diff)).toEqual([
      ['items', 'unchanged'],
      ['purposes', 'unchanged'],
      ['retention', 'changed'],
      ['third-party', 'changed'],
      ['entrustment', 'changed'],
      ['destruction', 'unchanged'],
      ['rights', 'changed'],
      ['cookies', 'unchanged'],
      ['safety', 'unchanged'],
      ['officer', 'unchanged'],
      ['dormant', 'removed'],
      ['links', 'added'],
      ['remedies', 'unchanged'],
      ['changes', 'unchanged'],
    ]);
  });

  it('shows a retitled section with both titles and its blocks unchanged', () => {
    const rights = diff.sections.find((section) => section.id === 'rights')!;
    expect(rights.title).toBe('정보주체의 권리·의무 및 행사방법');
    expect(rights.before?.title).toBe('이용자 및 법정 대리인의 권리와 그 행사방법');
    expect(rights.blocks.map((block) => block.status)).toEqual(['unchanged', 'unchanged']);
  });

  it('diffs provision rows among duplicate recipients by what differs, with unique keys', () => {
    const provision = blockById(diff, 'third-party-table');
    expect(provision.status).toBe('changed');
    expect(rowChanges(provision)).toEqual([
      { status: 'removed', key: '(주)케이티 · CCTV 서비스 신청(KT텔레캅)', fields: undefined },
      { status: 'changed', key: `(주)케이티 · ${KT_MAP_PURPOSE}`, fields: ['purpose'] },
      { status: 'added', key: '(주)새파트너', fields: undefined },
    ]);
    const keys = provision.rows!.map((row) => row.key);
    expect(keys.slice(0, 4)).toEqual([
      '(주)케이티 · CLiP 파트너신청 및 이용 시 제공',
      '(주)케이티 · CCTV 서비스 신청(KT텔레캅)',
      `(주)케이티 · ${KT_MAP_PURPOSE}`,
      '(주)케이티 · 카드사가맹점 신청 대행(kt 서비스)',
    ]);
    expect(keys).toContain('(주)케이티서비스북부');
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('diffs retention rows by record, and by period where the record is missing', () => {
    const retention = blockById(diff, 'retention-table');
    expect(rowChanges(retention)).toEqual([{ status: 'changed', key: '본인확인에 관한 기록', fields: ['period'] }]);
    expect(retention.rows!.map((row) => row.key)).toContain('3개월');
    expect(blockById(diff, 'third-party-retention').status).toBe('unchanged');
  });

  it('shows an added re-entrustee as a changed entrustment row', () => {
    const entrustment = blockById(diff, 'entrustment-table');
    expect(rowChanges(entrustment)).toEqual([{ status: 'changed', key: 'H&C 네트워크', fields: ['reentrustees'] }]);
  });

  it('counts sections and the rows of kept sections, an added or removed section once', () => {
    // Sections: links added, dormant removed (its list items not counted), four changed.
    // Rows: one provision row added, one removed; provision, retention and entrustment one changed each.
    expect(diff.counts).toEqual({ added: 2, removed: 2, changed: 7 });
  });

  it('diffs the other way round with added and removed swapped', () => {
    const back = diffPolicies(newer, older);
    expect(back.counts).toEqual({ added: 2, removed: 2, changed: 7 });
    expect(rowChanges(blockById(back, 'third-party-table')).map((row) => row.status)).toEqual([
      'added',
      'changed',
      'removed',
    ]);
  });
});

describe('diffPolicies on the minimal policy', () => {
  it('finds nothing between identical documents', () => {
    const diff = diffPolicies(minimalPolicy(), minimalPolicy());
    expect(diff.counts).toEqual({ added: 0, removed: 0, changed: 0 });
    expect(diff.meta).toEqual([]);
    expect(new Set(everyStatus(diff))).toEqual(new Set(['unchanged']));
    expect(diff.sections.map((section) => section.id)).toEqual(minimalPolicy().sections.map((section) => section.id));
  });

  it('does not count localized maps listing their locales in another order', () => {
    const older = draftOf(minimalPolicy());
    blockOf(older, 'third-party-table', 'third-party').rows[0]!.recipient = { ko: '배송 주식회사', en: 'Delivery Co.' };
    const newer = draftOf(snapshot(older));
    newer.title = { en: 'Privacy Policy', ko: '개인정보 처리방침' };
    newer.controller.name = { en: 'Example Inc.', ko: '예시 주식회사' };
    blockOf(newer, 'third-party-table', 'third-party').rows[0]!.recipient = { en: 'Delivery Co.', ko: '배송 주식회사' };

    const diff = diffPolicies(asPolicy(older), asPolicy(newer));
    expect(diff.counts).toEqual({ added: 0, removed: 0, changed: 0 });
    expect(diff.meta).toEqual([]);
    expect(new Set(everyStatus(diff))).toEqual(new Set(['unchanged']));
  });

  it('keys rows by the document language, so a new translation is a changed row', () => {
    const older = draftOf(minimalPolicy());
    const newer = draftOf(minimalPolicy());
    blockOf(newer, 'third-party-table', 'third-party').rows[0]!.recipient = { ko: '배송 주식회사', en: 'Delivery Co.' };
    const rows = blockById(diffPolicies(asPolicy(older), asPolicy(newer)), 'third-party-table').rows;
    expect(rows).toEqual([
      {
        status: 'changed',
        key: '배송 주식회사',
        before: blockOf(older, 'third-party-table', 'third-party').rows[0],
        after: blockOf(newer, 'third-party-table', 'third-party').rows[0],
        fields: ['recipient'],
      },
    ]);
  });

  it('places removed sections after their older predecessor and keeps moved ones unchanged', () => {
    const doc = draftOf(minimalPolicy());
    const byId = (id: string) => doc.sections.find((section) => section.id === id)!;
    const cookies: Draft<Section> = { id: 'cookies', title: '쿠키', topics: ['cookies'], blocks: [] };
    doc.sections = [cookies, byId('items'), byId('third-party'), byId('officer'), byId('rights')];
    expect(statuses(diffPolicies(minimalPolicy(), asPolicy(doc)))).toEqual([
      ['purposes', 'removed'],
      ['cookies', 'added'],
      ['items', 'unchanged'],
      ['retention', 'removed'],
      ['third-party', 'unchanged'],
      ['officer', 'unchanged'],
      ['rights', 'unchanged'],
    ]);
  });

  it('pairs blocks by id, else by position among blocks of the same type', () => {
    const doc = draftOf(minimalPolicy());
    sectionOf(doc, 'rights').blocks = [
      { type: 'paragraph', text: '열람을 요구할 수 있습니다.' },
      { type: 'list', items: ['정정', '삭제'] },
      { type: 'paragraph', text: '처리정지를 요구할 수 있습니다.' },
    ];
    const older = snapshot(doc);
    sectionOf(doc, 'rights').blocks = [
      { type: 'paragraph', text: '열람을 요구할 수 있습니다.' },
      {
        type: 'paragraph',
        text: '처리정지를 요구할 수 있습니다. 다만 법률에 특별한 규정이 있으면 거절할 수 있습니다.',
      },
      { type: 'list', items: ['정정', '삭제', '처리정지'] },
      { type: 'note', text: '대리인을 통해서도 할 수 있습니다.' },
    ];
    const retention = blockOf(doc, 'retention-table', 'retention');
    retention.id = 'retention-law';
    const diff = diffPolicies(older, asPolicy(doc));

    const rights = diff.sections.find((section) => section.id === 'rights')!;
    expect(rights.blocks.map(({ status, type, index }) => [status, type, index])).toEqual([
      ['unchanged', 'paragraph', 0],
      ['changed', 'paragraph', 1],
      ['changed', 'list', 2],
      ['added', 'note', 3],
    ]);
    expect(rowChanges(rights.blocks[2]!)).toEqual([{ status: 'added', key: '처리정지', fields: undefined }]);

    const kept = diff.sections.find((section) => section.id === 'retention')!;
    expect(kept.blocks.map(({ status, id, index }) => [status, id, index])).toEqual([
      ['removed', 'retention-table', 0],
      ['added', 'retention-law', 0],
    ]);
    // Rows of a block added to a kept section count: the list item, and the retention row twice.
    expect(diff.counts).toEqual({ added: 2, removed: 1, changed: 2 });
  });

  it('keeps keys unique for identical rows and rows with no text', () => {
    const doc = draftOf(minimalPolicy());
    const older = snapshot(doc);
    sectionOf(doc, 'rights').blocks.push(
      { type: 'table', rows: [['제공', '배송'], ['제공', '배송'], ['보관']] },
      { type: 'collection', rows: [{ required: ['이메일'] }, { required: ['전화번호'] }] },
    );
    const rights = diffPolicies(older, asPolicy(doc)).sections.find((section) => section.id === 'rights')!;
    expect(rights.blocks[1]!.rows!.map((row) => row.key)).toEqual(['제공 · 배송', '제공 · 배송 #2', '보관']);
    expect(rights.blocks[2]!.rows!.map((row) => row.key)).toEqual(['#1', '#2']);
  });

  it('keys the rows of each kind of table-like block by what identifies them', () => {
    const doc = draftOf(minimalPolicy());
    const older = snapshot(doc);
    sectionOf(doc, 'rights').blocks = [
      { type: 'paragraph', text: '표 아닌 블록' },
      { type: 'overseas', rows: [{ recipient: 'AWS', country: '미국', purpose: '보관' }] },
      { type: 'entrustment', rows: [{ entrustee: '발송 주식회사', task: ['문자', '메일'] }] },
      { type: 'collection', rows: [{ service: 'BIZZLE', stage: '회원가입', required: ['이메일'] }] },
      { type: 'remedies', bodies: [{ name: '개인정보침해신고센터', phone: '118' }] },
      { type: 'purposes', purposes: [{ title: '회원 관리' }, { text: '민원 처리' }] },
      { type: 'cookie-categories', categories: [{ id: 'analytics', kind: 'analytics', title: '분석' }] },
      { type: 'cookie-refusal', browsers: [{ browser: 'Chrome', steps: '설정' }, { steps: '도구' }] },
      { type: 'list', items: ['가', { label: '①', text: '나' }, { label: '②', items: ['다'] }] },
      { type: 'table', rows: [[{ text: '열람', rowSpan: 2 }, '10일'], [{ ko: '정정', en: 'Correction' }]] },
    ];
    const rights = diffPolicies(older, asPolicy(doc)).sections.find((section) => section.id === 'rights')!;
    expect(rights.blocks.map((block) => block.rows?.map((row) => row.key))).toEqual([
      undefined,
      ['AWS · 미국'],
      ['발송 주식회사'],
      ['BIZZLE · 회원가입'],
      ['개인정보침해신고센터'],
      ['회원 관리', '민원 처리'],
      ['분석'],
      ['Chrome', '#2'],
      ['가', '나', '②'],
      ['열람', '정정'],
    ]);
  });

  it('shows a list item that gained its marker as a changed label', () => {
    const doc = draftOf(minimalPolicy());
    sectionOf(doc, 'rights').blocks = [{ type: 'list', items: ['열람', '정정'] }];
    const older = snapshot(doc);
    sectionOf(doc, 'rights').blocks = [{ type: 'list', items: [{ label: '①', text: '열람' }, '정정'] }];
    const block = diffPolicies(older, asPolicy(doc)).sections.find((section) => section.id === 'rights')!.blocks[0]!;
    expect(rowChanges(block)).toEqual([{ status: 'changed', key: '열람', fields: ['label'] }]);
  });

  it('names the differing columns of a generic table row', () => {
    const doc = draftOf(minimalPolicy());
    sectionOf(doc, 'rights').blocks = [{ type: 'table', rows: [['열람', '10일 이내', '무료']] }];
    const older = snapshot(doc);
    sectionOf(doc, 'rights').blocks = [{ type: 'table', rows: [['열람', '10일 이내', '실비']] }];
    const block = diffPolicies(older, asPolicy(doc)).sections.find((section) => section.id === 'rights')!.blocks[0]!;
    expect(rowChanges(block)).toEqual([{ status: 'changed', key: '열람', fields: ['2'] }]);
  });
});

describe('diffPolicies on consent items and top-level records', () => {
  const edited = () => {
    const doc = draftOf(minimalPolicy());
    const ads = doc.consents!.find((item) => item.id === 'ads')!;
    ads.retention = '수신 동의 철회 시 또는 2년';
    ads.night = false;
    doc.consents = doc.consents!.filter((item) => item.id !== 'provide');
    doc.consents.push({
      id: 'marketing',
      category: 'marketing',
      required: false,
      title: '마케팅 정보 수신 동의',
      purpose: '이벤트 안내',
      items: ['이메일'],
      retention: '철회 시까지',
      refusal: '거부해도 가입할 수 있습니다.',
    });
    doc.controller.address = '서울특별시 중구 세종대로 1';
    doc.controller.phone = '02-000-0000';
    doc.children = { handling: 'guardian-consent', guardianItems: ['법정대리인 이름'] };
    return asPolicy(doc);
  };

  it('lists consent items one by one, paired by id, with the fields that changed', () => {
    const diff = diffPolicies(minimalPolicy(), edited());
    const consents = diff.meta.find((change) => change.field === 'consents')!;
    expect(consents.rows!.map(({ status, key, fields }) => ({ status, key, fields }))).toEqual([
      { status: 'unchanged', key: '개인정보 수집·이용 동의', fields: undefined },
      { status: 'removed', key: '제3자 제공 동의', fields: undefined },
      { status: 'changed', key: '광고성 정보 수신 동의', fields: ['retention', 'night'] },
      { status: 'added', key: '마케팅 정보 수신 동의', fields: undefined },
    ]);
    expect(consents.fields).toBeUndefined();
    // Consent items count like rows.
    expect(diff.counts).toEqual({ added: 1, removed: 1, changed: 1 });
  });

  it('pairs a retitled consent item by its id', () => {
    const doc = draftOf(minimalPolicy());
    doc.consents![2]!.title = '광고성 정보 수신 동의(선택)';
    const rows = diffPolicies(minimalPolicy(), asPolicy(doc)).meta[0]!.rows!;
    expect(rows.filter((row) => row.status !== 'unchanged')).toMatchObject([
      { status: 'changed', key: '광고성 정보 수신 동의(선택)', fields: ['title'] },
    ]);
  });

  it('names the changed fields of the controller and the children policy, not of a localized title', () => {
    const older = draftOf(minimalPolicy());
    older.children = { minimumAge: 14, handling: 'not-offered' };
    const doc = draftOf(edited());
    doc.title = { ko: '개인정보처리방침', en: 'Privacy Policy' };
    const meta = diffPolicies(asPolicy(older), asPolicy(doc)).meta.map(({ field, fields }) => ({ field, fields }));
    expect(meta).toEqual([
      { field: 'title', fields: undefined },
      { field: 'controller', fields: ['address', 'phone'] },
      { field: 'consents', fields: undefined },
      { field: 'children', fields: ['handling', 'guardianItems', 'minimumAge'] },
    ]);
  });
});

describe('diffPolicies on the 2025 blocks', () => {
  const [older, newer] = (() => {
    const before = everyBlockPolicy();
    const doc = draftOf(before);
    blockOf(doc, 'overseas-table', 'overseas').rows[1]!.route = 'certification';
    const decisions = blockOf(doc, 'decisions', 'automated-decisions');
    decisions.decisions[0]!.procedure = '신청 후 1일 이내 자동 산정';
    decisions.decisions.pop();
    const ads = blockOf(doc, 'ads-block', 'behavioural-ads');
    ads.retention = '수집일로부터 6개월';
    ads.tools!.push({ tool: 'Kakao Pixel', company: '(주)카카오' });
    blockOf(doc, 'agent-block', 'domestic-agent').address = '서울특별시 강남구 테헤란로 1';
    blockOf(doc, 'transmission-block', 'transmission').scope = '회원 정보';
    sectionOf(doc, 'collected-abroad').blocks.push({
      type: 'overseas-collection',
      rows: [{ country: '베트남', items: ['이메일'] }],
    });
    return [before, asPolicy(doc)];
  })();
  const diff = diffPolicies(older, newer);

  it('diffs overseas rows, decisions and collection tools row by row', () => {
    expect(rowChanges(blockById(diff, 'overseas-table'))).toEqual([
      { status: 'changed', key: 'Zendesk, Inc. · 미국', fields: ['route'] },
    ]);
    expect(rowChanges(blockById(diff, 'decisions'))).toEqual([
      { status: 'changed', key: '대출 한도 산정', fields: ['procedure'] },
      { status: 'removed', key: '부정 가입 탐지', fields: undefined },
    ]);
    expect(rowChanges(blockById(diff, 'ads-block'))).toEqual([
      { status: 'added', key: 'Kakao Pixel', fields: undefined },
    ]);
    const abroad = diff.sections.find((section) => section.id === 'collected-abroad')!;
    expect(abroad.blocks.map((block) => [block.status, block.rows?.map((row) => row.key)])).toEqual([
      ['unchanged', ['일본']],
      ['added', ['베트남']],
    ]);
  });

  it('names the changed fields of a block, its rows among them', () => {
    expect(blockById(diff, 'agent-block').fields).toEqual(['address']);
    expect(blockById(diff, 'transmission-block').fields).toEqual(['scope']);
    expect(blockById(diff, 'ads-block').fields).toEqual(['retention', 'tools']);
    expect(blockById(diff, 'third-party-table').fields).toBeUndefined();
  });
});

describe('diffPolicies on the seeds', () => {
  const seeds = new Map(SEED_NAMES.map((name) => [name, seedPolicy(name)]));

  it.each(SEED_NAMES)('finds %s unchanged against itself', (name) => {
    const diff = diffPolicies(seeds.get(name)!, seedPolicy(name));
    expect(diff.counts).toEqual({ added: 0, removed: 0, changed: 0 });
    expect(diff.meta).toEqual([]);
    expect(new Set(everyStatus(diff))).toEqual(new Set(['unchanged']));
  });

  // A fixed seed and run count, and a timeout far above the usual run: CI machines are busy.
  const PROPERTY_RUNS = { seed: 20_261_122, numRuns: 50 } as const;
  const withSectionsKept = fc
    .tuple(fc.constantFrom(...SEED_NAMES), fc.array(fc.boolean(), { minLength: 20, maxLength: 20 }))
    .map(([name, keep]): [PrivacyPolicy, PrivacyPolicy] => {
      const seed = seeds.get(name)!;
      return [seed, { ...seed, sections: seed.sections.filter((_, index) => keep[index]) }];
    });

  it('finds any seed with sections removed unchanged against itself', () => {
    fc.assert(
      fc.property(withSectionsKept, ([, trimmed]) => {
        const diff = diffPolicies(trimmed, trimmed);
        expect(diff.counts).toEqual({ added: 0, removed: 0, changed: 0 });
        expect(everyStatus(diff).every((status) => status === 'unchanged')).toBe(true);
      }),
      PROPERTY_RUNS,
    );
  }, 60_000);

  it('finds exactly the removed sections, in their old places', () => {
    fc.assert(
      fc.property(withSectionsKept, ([seed, trimmed]) => {
        const diff = diffPolicies(seed, trimmed);
        const removed = seed.sections.length - trimmed.sections.length;
        expect(diff.counts).toEqual({ added: 0, removed, changed: 0 });
        expect(diff.sections.map((section) => section.id)).toEqual(seed.sections.map((section) => section.id));
      }),
      PROPERTY_RUNS,
    );
  }, 60_000);
});
