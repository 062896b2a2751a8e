/**
 * What real policies said that the model could not (issue 11): previous versions published as
 * pages and PDFs, hierarchical collection tables, links in cells and a base URL, public bodies,
 * processors abroad, blocks inside list items, figures, the new topics and the change log. Each
 * gap: validation, lint where it fits, the labels, the diff; and the example policies that use
 * each structure.
 */
import Ajv2020 from 'ajv/dist/2020.js';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  allBlocksOfType,
  blocksOfType,
  collectionRows,
  lintPolicy,
  resolveImage,
  resolveLink,
  validatePolicy,
  walkAllBlocks,
  type BlockType,
  type CollectionBlock,
  type PrivacyPolicy,
} from '../../src/policy/index.js';
import { diffPolicies } from '../../src/policy/diff.js';
import { checkConsentPolicy } from '../../src/policy/schema-consent.js';
import { policyLabels } from '../../src/policy/labels.js';
import { isDocumentUrl } from '../../src/policy/links.js';
import { SEED_NAMES } from '../fixtures/seed-expectations.js';
import { blocks, codes, lawfulPolicy, lint, section, sections, withCode, type Json } from './lint-helpers.js';
import { seedPolicy } from './seeds.js';

const EXAMPLES = ['example-portal', 'example-public', 'example-travel'] as const;
const example = (name: string): Json =>
  JSON.parse(readFileSync(new URL(`../../demo/policies/${name}.json`, import.meta.url), 'utf8')) as Json;
const valid = (doc: Json): PrivacyPolicy => {
  const result = validatePolicy(doc);
  if (!result.valid) throw new Error(JSON.stringify(result.issues.slice(0, 3)));
  return result.policy;
};
const issues = (doc: Json) => validatePolicy(doc).issues.map((found) => [found.code, found.path]);
/** The lawful policy with a section added. */
const withSection = (added: Json, change: (doc: Json) => void = () => {}): Json => {
  const doc = lawfulPolicy();
  sections(doc).push(added);
  change(doc);
  return doc;
};

/** A grouped collection table: service › stage › rows, with parts and merged cells. */
const groupedTable = (): Json => ({
  type: 'collection',
  id: 'grouped',
  groups: [
    {
      title: '쇼핑',
      purposes: '주문·배송',
      retention: '5년',
      groups: [
        {
          title: '주문',
          rows: [
            {
              stage: '일반 상품',
              parts: [
                { required: true, items: ['이름', '휴대폰번호', '주소'] },
                {
                  required: false,
                  items: ['배송 요청사항'],
                  purposes: '배송 요청 전달',
                  retention: '배송 완료 후 3개월',
                },
              ],
            },
            {
              stage: '선물하기',
              parts: [{ required: false, items: ['받는 분 휴대폰번호'], condition: '선물하기 이용 시' }],
            },
          ],
        },
      ],
    },
    { title: '상담', rows: [{ stage: '1:1 문의', required: ['이메일'], retention: '3년' }] },
  ],
});

describe('1. previous versions published as pages or PDFs', () => {
  const versions = (): Json => {
    const doc = lawfulPolicy();
    Object.assign(doc, { enactedOn: '2011-09-30', versionLabel: 'ver 4.1' });
    doc.previousVersions = [
      {
        version: '4.0',
        label: 'ver 4.0',
        effectiveOn: '2024-01-01',
        effectiveUntil: '2025-12-31',
        url: 'archive/privacy-4.0.pdf',
        mediaType: 'application/pdf',
      },
      { version: '3.0', effectiveOn: '2022-01-01', url: 'https://example.com/privacy-3.html', mediaType: 'text/html' },
      { version: '2.0', url: 'https://example.com/privacy-2.json' },
    ];
    return doc;
  };

  it('accepts a document link with its media type, a label, effectiveUntil and the first enactment date', () => {
    const policy = valid(versions());
    expect(policy.previousVersions!.map(isDocumentUrl)).toEqual([true, true, false]);
    expect(policy.enactedOn).toBe('2011-09-30');
  });

  it('refuses a malformed media type or date', () => {
    const doc = versions();
    (doc.previousVersions as Json[])[0]!.mediaType = 'pdf';
    (doc.previousVersions as Json[])[1]!.effectiveUntil = '2022-13-01';
    expect(issues(doc)).toEqual([
      ['type', '$.previousVersions[0].mediaType'],
      ['format.date', '$.previousVersions[1].effectiveUntil'],
    ]);
  });

  it('tells a document from policy JSON by its media type, else by the end of its path', () => {
    expect(isDocumentUrl({ url: 'old.pdf' })).toBe(true);
    expect(isDocumentUrl({ url: 'old.html?v=2' })).toBe(true);
    expect(isDocumentUrl({ url: 'old.json' })).toBe(false);
    expect(isDocumentUrl({ url: 'old', mediaType: 'application/json' })).toBe(false);
    expect(isDocumentUrl({ url: 'old', mediaType: 'application/policy+json' })).toBe(false);
    expect(isDocumentUrl({ url: 'old.json', mediaType: 'text/html' })).toBe(true);
  });

  it('lints a page or PDF given without its media type, and a period that ends before it starts', () => {
    const warnings = lint((doc) => {
      doc.previousVersions = [
        { version: 'a', url: 'https://example.com/privacy_2019.pdf' },
        { version: 'b', effectiveOn: '2020-01-01', effectiveUntil: '2019-12-31' },
        { version: 'c', effectiveOn: '2021-01-01', effectiveUntil: '2026-06-01' },
      ];
    });
    expect(withCode(warnings, 'version.media-type').map((w) => w.path)).toEqual(['$.previousVersions[0].url']);
    expect(withCode(warnings, 'version.dates').map((w) => w.path)).toEqual([
      '$.previousVersions[1].effectiveUntil',
      '$.previousVersions[2].effectiveUntil',
    ]);
  });
});

describe('2. hierarchical collection tables', () => {
  it('accepts groups, parts with purposes and retention of their own, and conditions', () => {
    const policy = valid(withSection(section('g', ['items'], [groupedTable()])));
    const block = allBlocksOfType(policy, 'collection').find(({ block }) => block.id === 'grouped')!.block;
    const rows = collectionRows(block);
    expect(rows.map(({ row, groups }) => [...groups.map((group) => group.title), row.stage])).toEqual([
      ['쇼핑', '주문', '일반 상품'],
      ['쇼핑', '주문', '선물하기'],
      ['상담', '1:1 문의'],
    ]);
    // Merged cells: written once on the group, read by every row under it.
    expect(rows[1]!.inherited).toEqual({ purposes: '주문·배송', retention: '5년' });
    expect(rows[1]!.path).toEqual(['groups', 0, 'groups', 0, 'rows', 1]);
  });

  it('refuses a table or group without rows, and a part without items', () => {
    expect(issues(withSection(section('t', ['items'], [{ type: 'collection' }])))).toEqual([
      ['empty', '$.sections[6].blocks[0]'],
    ]);
    const doc = withSection(
      section(
        't',
        ['items'],
        [{ type: 'collection', groups: [{ title: 'A' }, { rows: [{ parts: [{ items: [] }] }] }] }],
      ),
    );
    expect(issues(doc)).toEqual([
      ['empty', '$.sections[6].blocks[0].groups[0]'],
      ['empty', '$.sections[6].blocks[0].groups[1].rows[0].parts[0].items'],
    ]);
  });

  it('keeps ids of groups and grouped rows unique across the document', () => {
    const table = groupedTable();
    ((table.groups as Json[])[1]! as Json).id = 'officer';
    expect(issues(withSection(section('g', ['items'], [table])))).toEqual([
      ['duplicate-id', '$.sections[6].blocks[0].groups[1].id'],
    ]);
  });

  it('counts distinct items of groups and parts in the labels: required wins, unmarked is not required', () => {
    const doc = withSection(section('g', ['items'], [groupedTable()]), (d) => {
      blocks(d, 1).splice(0, 1);
    });
    expect(policyLabels(valid(doc)).items).toEqual({ required: 4, optional: 2, unmarked: 0, section: 'items' });
  });

  it('reads vague retention in parts and groups', () => {
    const table = groupedTable();
    ((table.groups as Json[])[0] as Json).retention = '목적 달성 시까지';
    const warnings = withCode(
      lint((doc) => sections(doc).push(section('g', ['items'], [table]))),
      'retention.vague',
    );
    expect(warnings.map((w) => w.path)).toEqual(['$.sections[6].blocks[0].groups[0].retention']);
  });

  it('diffs grouped rows by their path, a merged cell changing every row under it', () => {
    const older = valid(withSection(section('g', ['items'], [groupedTable()])));
    const table = groupedTable();
    ((table.groups as Json[])[0] as Json).retention = '3년';
    const newer = valid(withSection(section('g', ['items'], [table])));
    const changes = diffPolicies(older, newer)
      .sections.find((s) => s.id === 'g')!
      .blocks[0]!.rows!.filter((row) => row.status !== 'unchanged');
    expect(changes.map((row) => [row.status, row.key, row.fields])).toEqual([
      ['changed', '쇼핑 · 주문 · 일반 상품', ['retention']],
      ['changed', '쇼핑 · 주문 · 선물하기', ['retention']],
    ]);
  });
});

describe('3. links in cells, relative links against a base URL', () => {
  const withLinks = (): Json => {
    const doc = lawfulPolicy();
    const row = (blocks(doc, 3)[0]!.rows as Json[])[0]!;
    row.recipient = '(주)케이티 외 15개사';
    row.links = [{ text: '[전체보기]', href: 'third-parties.html' }];
    return doc;
  };

  it('resolves a relative link against the base URL and keeps only http(s), mailto and tel', () => {
    const base = 'https://www.example.com/policy/privacy.html';
    expect(resolveLink('third-parties.html', base)).toBe('https://www.example.com/policy/third-parties.html');
    expect(resolveLink('/list', base)).toBe('https://www.example.com/list');
    expect(resolveLink('mailto:a@example.com', base)).toBe('mailto:a@example.com');
    expect(resolveLink('third-parties.html')).toBeUndefined();
    expect(resolveLink('javascript:alert(1)', base)).toBeUndefined();
    expect(resolveLink('java\tscript:alert(1)', base)).toBeUndefined();
    expect(resolveLink('//evil.example/x', 'https://www.example.com/')).toBe('https://evil.example/x');
    expect(resolveImage('img/a.png', base)).toBe('https://www.example.com/policy/img/a.png');
    expect(resolveImage('data:image/png;base64,AAAA', base)).toBeUndefined();
    expect(resolveImage('mailto:a@example.com', base)).toBeUndefined();
  });

  it('accepts links with a recipient or entrustee, and refuses a link without a target or a hostile scheme', () => {
    expect(validatePolicy(withLinks()).valid).toBe(true);
    const doc = withLinks();
    (blocks(doc, 3)[0]!.rows as Json[])[0]!.links = [
      { text: '[전체보기]' },
      { text: 'x', href: 'javascript:alert(1)' },
    ];
    expect(issues(doc)).toEqual([
      ['required', '$.sections[3].blocks[0].rows[0].links[0].href'],
      ['format.url', '$.sections[3].blocks[0].rows[0].links[1].href'],
    ]);
  });

  it('refuses a base URL that is not absolute http(s)', () => {
    expect(issues({ ...lawfulPolicy(), baseUrl: 'policy/' })).toEqual([['format.url', '$.baseUrl']]);
    expect(issues({ ...lawfulPolicy(), baseUrl: 'javascript:alert(1)//' })).toEqual([['format.url', '$.baseUrl']]);
  });

  it('lints a relative link only when there is no base URL to resolve it against', () => {
    expect(codes(lint((doc) => Object.assign(doc, withLinks())))).toContain('link.unsafe');
    expect(
      codes(lint((doc) => Object.assign(doc, withLinks(), { baseUrl: 'https://www.example.com/policy/' }))),
    ).not.toContain('link.unsafe');
  });

  it('lints a recipient named only by a count, unless it links the full list', () => {
    const unnamed = lint((doc) => {
      const row = (blocks(doc, 3)[0]!.rows as Json[])[0]!;
      row.recipient = '(주)케이티 외 15개사';
    });
    expect(withCode(unnamed, 'third-party.recipients-unnamed').map((w) => w.ref)).toEqual(['PIPA 17(2), 30(1)3']);
    const linked = lint((doc) => Object.assign(doc, withLinks(), { baseUrl: 'https://www.example.com/' }));
    expect(codes(linked)).not.toContain('third-party.recipients-unnamed');
  });
});

describe('4. public bodies', () => {
  const publicBody = (basis = true): Json => {
    const doc = lawfulPolicy();
    (doc.controller as Json).publicBody = true;
    const row = (blocks(doc, 1)[0]!.rows as Json[])[0]!;
    if (basis) Object.assign(row, { basis: '민원 처리에 관한 법률 제8조', file: '민원 상담 DB' });
    blocks(doc, 5).push({
      type: 'contact',
      role: 'department',
      department: '고객지원부',
      scope: 'OO 업무 관련 문의',
      hours: '평일 09:00~18:00',
    });
    sections(doc).push(
      section(
        'entrustment',
        ['entrustment'],
        [
          {
            type: 'entrustment',
            rows: [
              {
                entrustee: '예시콜',
                task: '상담',
                address: '대전광역시',
                phone: '042-000-0000',
                hours: '평일',
                reentrustees: [{ entrustee: '예시문자', address: '서울', phone: '02-000-1111', hours: '평일' }],
              },
            ],
          },
        ],
      ),
    );
    return doc;
  };

  it('accepts the legal basis and 개인정보파일 of each row, contact scopes and hours, entrustee contacts', () => {
    expect(validatePolicy(publicBody()).valid).toBe(true);
  });

  it("lints a public body's collection row without its legal basis or 개인정보파일", () => {
    expect(codes(lintPolicy(valid(publicBody())))).not.toContain('public.collection-incomplete');
    const warnings = withCode(lintPolicy(valid(publicBody(false))), 'public.collection-incomplete');
    expect(warnings.map((w) => [w.path, w.message.en])).toEqual([
      [
        '$.sections[1].blocks[0].rows[0]',
        "The public body's collection row '회원가입' has no legal basis, personal data file.",
      ],
    ]);
  });
});

describe('5. a table that is both overseas transfer and entrustment', () => {
  const processors = (): Json =>
    withSection(
      section(
        'abroad',
        ['overseas'],
        [
          {
            type: 'overseas',
            entrustment: true,
            rows: [
              { recipient: 'Cloud, Inc.', country: '미국', route: 'contract' },
              { recipient: 'Mail, Inc.', country: '미국', route: 'contract', entrustment: false },
            ],
          },
        ],
      ),
    );

  it('counts processors abroad as entrustment in the labels, not "표시 없음"', () => {
    expect(policyLabels(valid(processors())).entrustment).toEqual({ count: 1, section: 'abroad' });
  });

  it('asks for the entrustment topic when rows are processors abroad', () => {
    const missing = lintPolicy(valid(processors())).filter((w) => w.code === 'topic.missing');
    expect(missing.map((w) => w.message.en)).toContain('No section covers the entrustment.');
    const covered = processors();
    (sections(covered).at(-1)!.topics as string[]).push('entrustment');
    expect(lintPolicy(valid(covered)).map((w) => w.message.en)).not.toContain('No section covers the entrustment.');
  });
});

describe('6. typed blocks inside list items', () => {
  const nested = (): Json =>
    withSection(
      section(
        'cctv',
        ['cctv-fixed'],
        [
          {
            type: 'list',
            items: [
              { label: '①', text: '설치 근거 및 목적' },
              {
                label: '②',
                text: '설치 대수와 위치:',
                blocks: [
                  { type: 'table', id: 'cctv-table', header: ['대수', '위치'], rows: [['4대', '출입구']] },
                  {
                    type: 'retention',
                    id: 'nested-retention',
                    rows: [{ record: '영상', basis: '내부 방침', period: '30일' }],
                  },
                ],
              },
              { label: '③', text: '관리책임자' },
            ],
          },
        ],
      ),
    );

  it('accepts blocks in list items and walks them after their list', () => {
    const policy = valid(nested());
    const found = [...walkAllBlocks(policy)].filter(({ nested: inside }) => inside);
    expect(found.map(({ block, path }) => [block.type, path.join('.')])).toEqual([
      ['table', 'sections.6.blocks.0.items.1.blocks.0'],
      ['retention', 'sections.6.blocks.0.items.1.blocks.1'],
    ]);
    // The signup form and the cookie notice read only what sits directly in a section.
    expect(blocksOfType(policy, 'retention').map(({ block }) => block.id)).toEqual(['retention-table']);
    expect(allBlocksOfType(policy, 'retention').map(({ block }) => block.id)).toEqual([
      'retention-table',
      'nested-retention',
    ]);
  });

  it('keeps ids unique inside list items, and what other elements read directly in a section', () => {
    const doc = nested();
    const item = ((blocks(doc, 6)[0]!.items as Json[])[1] as Json).blocks as Json[];
    item[0]!.id = 'officer';
    item.push(
      { type: 'third-party', id: 'nested-provision', rows: [{ recipient: 'A' }] },
      { type: 'cookie-categories', categories: [{ id: 'c', kind: 'necessary', title: '필수' }] },
    );
    (doc.consents as Json[])[1]!.rowsFrom = 'nested-provision';
    expect(issues(doc)).toEqual([
      ['duplicate-id', '$.sections[6].blocks[0].items[1].blocks[0].id'],
      ['nested-block', '$.sections[6].blocks[0].items[1].blocks[3]'],
      ['nested-block', '$.consents[1].rowsFrom'],
    ]);
  });

  it('reads blocks the signup form does not check as any objects, never trusting their shape', () => {
    const doc = lawfulPolicy();
    blocks(doc, 5).push(
      { type: 'list', items: 'not a list' },
      {
        type: 'list',
        items: [7, { blocks: 'none', items: [{ blocks: [null, { type: 'collection', groups: 'x' }] }] }],
      },
      { type: 'collection', rows: 'abc', groups: [{ rows: 3 }, null] },
    );
    expect(checkConsentPolicy(doc).valid).toBe(true);
    expect(validatePolicy(doc).valid).toBe(false);
  });

  it('lints cookie refusal steps the cookie notice cannot see', () => {
    const warnings = lint((doc) => {
      sections(doc).push(
        section(
          'cookies',
          ['cookies'],
          [
            {
              type: 'list',
              items: [{ text: '거부 방법', blocks: [{ type: 'cookie-refusal', browsers: [{ steps: 'a' }] }] }],
            },
          ],
        ),
      );
    });
    expect(withCode(warnings, 'block.nested').map((w) => w.path)).toEqual([
      '$.sections[6].blocks[0].items[0].blocks[0]',
    ]);
  });
});

describe('7. figures and section icons', () => {
  const figure = (extra: Json = {}): Json => ({
    type: 'figure',
    src: 'img/labelling.png',
    alt: '주요 개인정보 처리 표시',
    width: 720,
    height: 360,
    ...extra,
  });

  it('accepts a figure with alt text and an icon beside a section title', () => {
    const doc = withSection(section('labels', ['general'], [figure({ caption: '라벨링', href: 'img/large.png' })]));
    sections(doc)[0]!.icon = { src: 'https://example.com/icon.svg', alt: '처리 목적' };
    expect(validatePolicy(doc).valid).toBe(true);
  });

  it('refuses a figure without alt text, and an image that is not http(s) or relative', () => {
    const doc = withSection(
      section(
        'labels',
        ['general'],
        [
          { type: 'figure', src: 'img/a.png' },
          figure({ src: 'data:image/svg+xml,<svg onload=alert(1)>' }),
          figure({ src: 'javascript:alert(1)' }),
          figure({ alt: '' }),
          figure({ width: 0 }),
        ],
      ),
    );
    expect(issues(doc)).toEqual([
      ['required', '$.sections[6].blocks[0].alt'],
      ['format.url', '$.sections[6].blocks[1].src'],
      ['format.url', '$.sections[6].blocks[2].src'],
      ['empty', '$.sections[6].blocks[3].alt'],
      ['number.range', '$.sections[6].blocks[4].width'],
    ]);
  });

  it('lints alt text that names the file, and a relative image with no base URL', () => {
    const warnings = lint((doc) =>
      sections(doc).push(section('labels', ['general'], [figure({ alt: 'labelling.png' })])),
    );
    expect(codes(warnings).filter((code) => code !== 'section.empty')).toEqual(['link.unsafe', 'figure.alt']);
    expect(
      codes(
        lint((doc) => {
          doc.baseUrl = 'https://www.example.com/';
          sections(doc).push(section('labels', ['general'], [figure()]));
        }),
      ),
    ).toEqual([]);
  });
});

describe('8. topics and the change log', () => {
  const log = (entries: Json[]): Json =>
    withSection(
      section('changes', ['changes', 'additional-use', 'ad-transmission'], [{ type: 'change-log', entries }]),
    );

  it('accepts the new topics and a change log of dates, versions and reasons', () => {
    const policy = valid(
      log([
        { date: '2026-01-01', version: 'ver 4.1', reason: '국외 이전 추가', url: 'archive/4.1.pdf' },
        { version: 'ver 4.0' },
      ]),
    );
    expect(sections(policy as unknown as Json).at(-1)!.topics).toEqual([
      'changes',
      'additional-use',
      'ad-transmission',
    ]);
  });

  it('refuses an entry with neither date nor version', () => {
    expect(issues(log([{ reason: '개정' }]))).toEqual([['empty', '$.sections[6].blocks[0].entries[0]']]);
  });

  it('diffs change log entries by date and version', () => {
    const older = valid(log([{ date: '2025-01-01', version: '1', reason: 'a' }]));
    const newer = valid(
      log([
        { date: '2026-01-01', version: '2', reason: 'b' },
        { date: '2025-01-01', version: '1', reason: 'a.' },
      ]),
    );
    const rows = diffPolicies(older, newer).sections.find((s) => s.id === 'changes')!.blocks[0]!.rows!;
    expect(rows.map((row) => [row.status, row.key])).toEqual([
      ['added', '2026-01-01 · 2'],
      ['changed', '2025-01-01 · 1'],
    ]);
  });
});

describe('a date in the text that disagrees with effectiveOn', () => {
  const stating = (text: string, where: 'changes' | 'closing' | 'dormant' = 'changes'): Json => {
    const doc = lawfulPolicy();
    doc.effectiveOn = '2026-02-05';
    if (where === 'closing') doc.closing = [{ type: 'paragraph', text }];
    else sections(doc).push(section(where, [where], [{ type: 'paragraph', text }]));
    return doc;
  };

  it('warns about "2025년 2월 5일부터 적용" under 시행일 2026-02-05', () => {
    const warnings = withCode(lintPolicy(valid(stating('이 방침은 2025년 2월 5일부터 적용됩니다.'))), 'date.mismatch');
    expect(warnings.map((w) => [w.path, w.message.en])).toEqual([
      [
        '$.sections[6].blocks[0]',
        "The text says '2025년 2월 5일부터 적용' (2025-02-05), but the effective date (effectiveOn) is 2026-02-05.",
      ],
    ]);
  });

  it('reads 시행일자 and 공고일 lines in the closing, and leaves dates about other things alone', () => {
    const closing = stating('시행일자 : 2026. 2. 6.', 'closing');
    closing.announcedOn = '2026-01-29';
    (closing.closing as Json[]).push({ type: 'paragraph', text: '공고일자 : 2026년 01월 28일' });
    expect(withCode(lintPolicy(valid(closing)), 'date.mismatch').map((w) => w.path)).toEqual([
      '$.closing[0]',
      '$.closing[1]',
    ]);
    expect(codes(lintPolicy(valid(stating('이 방침은 2026년 2월 5일부터 적용됩니다.'))))).not.toContain(
      'date.mismatch',
    );
    // A dormancy rule's own date, in its own section, is about something else.
    expect(codes(lintPolicy(valid(stating('시행일자: 2019년 4월 1일', 'dormant'))))).not.toContain('date.mismatch');
  });

  it('finds no disagreement in the seeds', () => {
    for (const name of SEED_NAMES) expect(codes(lintPolicy(seedPolicy(name))), name).not.toContain('date.mismatch');
  });
});

describe('the example policies (authoring check)', () => {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  const schema = ajv.compile(
    JSON.parse(readFileSync(new URL('../../schema/policy.schema.json', import.meta.url), 'utf8')) as object,
  );

  it.each(EXAMPLES)('%s is valid (and to the JSON Schema), lints clean and says it is an example', (name) => {
    const doc = example(name);
    expect(schema(doc), JSON.stringify(schema.errors?.slice(0, 3))).toBe(true);
    const policy = valid(doc);
    expect(lintPolicy(policy)).toEqual([]);
    expect(String(policy.source?.notes?.[0])).toMatch(/^An example policy .*not the policy of a real company/);
  });

  it('together use every new structure', () => {
    const [portal, publicBody, travel] = EXAMPLES.map((name) => valid(example(name)));
    const all = [portal!, publicBody!, travel!];
    const blocksOf = <K extends BlockType>(type: K) =>
      all.flatMap((p) => allBlocksOfType(p, type).map(({ block }) => block));
    const collections: CollectionBlock[] = blocksOf('collection');
    // 1. versions as pages and PDFs, labels, periods, the first enactment
    const refs = all.flatMap((p) => p.previousVersions ?? []);
    expect(new Set(refs.map((ref) => ref.mediaType))).toEqual(new Set(['text/html', 'application/pdf']));
    expect(refs.every((ref) => ref.label && ref.effectiveUntil)).toBe(true);
    expect(all.filter((p) => p.enactedOn && p.versionLabel)).toHaveLength(2);
    // 2. the 64-row hierarchical table, parts with purposes/retention of their own, conditions
    const portalRows = collectionRows(collections.find((block) => block.id === 'collection-table')!);
    expect(portalRows).toHaveLength(64);
    expect(Math.max(...portalRows.map(({ groups }) => groups.length))).toBe(2);
    const parts = collections.flatMap((block) => collectionRows(block).flatMap(({ row }) => row.parts ?? []));
    expect(parts.some((part) => part.condition)).toBe(true);
    expect(parts.some((part) => part.required === false && part.purposes && part.retention)).toBe(true);
    // 3. links with names, a base URL
    expect(blocksOf('third-party').some((block) => block.rows.some((row) => row.links))).toBe(true);
    expect(blocksOf('entrustment').some((block) => block.rows.some((row) => row.links))).toBe(true);
    expect(all.filter((p) => p.baseUrl)).toHaveLength(2);
    // 4. a public body
    expect(publicBody!.controller.publicBody).toBe(true);
    expect(
      collectionRows(collections.find((block) => block.id === 'public-files')!).every(
        ({ inherited }) => inherited.basis && inherited.file,
      ),
    ).toBe(true);
    expect(blocksOf('contact').some((block) => block.scope && block.hours)).toBe(true);
    expect(
      blocksOf('entrustment').some((block) => block.rows.some((row) => row.hours && row.reentrustees?.[0]?.phone)),
    ).toBe(true);
    // 5. processors abroad
    expect(blocksOf('overseas').filter((block) => block.entrustment)).toHaveLength(2);
    // 6. blocks in list items
    expect(
      [...all.flatMap((p) => [...walkAllBlocks(p)])].filter(({ nested }) => nested).map(({ block }) => block.type),
    ).toEqual(expect.arrayContaining(['retention', 'table']));
    // 7. a figure, section icons
    expect(blocksOf('figure')).toHaveLength(1);
    expect(portal!.sections.filter((s) => s.icon)).toHaveLength(2);
    // 8. the topics, change logs
    const topics = all.flatMap((p) => p.sections.flatMap((s) => s.topics ?? []));
    expect(topics).toEqual(expect.arrayContaining(['cctv-fixed', 'additional-use', 'ad-transmission']));
    expect(blocksOf('change-log')).toHaveLength(2);
  });

  it('labels what the examples state', () => {
    const travel = policyLabels(valid(example('example-travel')));
    expect(travel.entrustment).toEqual({ count: 2, section: 'overseas' });
    expect(policyLabels(valid(example('example-portal'))).entrustment.count).toBe(5);
  });
});
