/**
 * Typed fields read from lines of text: retention records, contacts, remedy bodies, cookie-refusal
 * steps and collection stages (what `typed.ts` assembles into blocks).
 */
import type { BrowserRefusal, CollectionRow, ContactBlock, RemedyBody, RetentionRow } from '../../policy/types.js';
import { clean } from './ir.js';
import { dataItems, plain, splitList } from './items.js';
import { SENTENCE_END } from './markers.js';
import { titleLike, type ItemUnit, type Unit } from './units.js';
import {
  BROWSER,
  contactField,
  contactRole,
  EMAIL,
  keyValue,
  PERIOD,
  REMEDY_BODY,
  RETENTION_BASIS,
  RETENTION_PERIOD,
  squash,
  URL_TEXT,
} from './vocabulary.js';

export const textOfUnit = (unit: Unit): string => (unit.t === 'para' || unit.t === 'item' ? unit.text : '');

/** All `key : value` pairs in a line (`이름 : 서원준 직위 : 대표이사 전화 : …`). */
const inlinePairs = (line: string): { key: string; value: string }[] => {
  const value = plain(line);
  const keys = [...value.matchAll(/(?:^|\s|-\s*)((?:[가-힣A-Za-z]\s)?[가-힣A-Za-z][가-힣A-Za-z-]{0,9})\s*[:：]/g)];
  const pairs: { key: string; value: string }[] = [];
  keys.forEach((match, index) => {
    const start = match.index + match[0].length;
    const end = keys[index + 1]?.index ?? value.length;
    const text = value.slice(start, end).trim();
    if (text) pairs.push({ key: squash(match[1]!), value: text });
  });
  return pairs;
};

/** The lines under a unit: its own paragraph children and items (a kv list). */
export const childLines = (unit: ItemUnit): string[] =>
  unit.children.flatMap((child) => (child.t === 'para' || child.t === 'item' ? [child.text] : []));

// ─── Retention ────────────────────────────────────────────────────────────────

export const retentionFrom = (record: string, lines: readonly string[]): RetentionRow | undefined => {
  let basis: string | undefined;
  let period: string | undefined;
  for (const line of lines) {
    const pair = keyValue(plain(line));
    if (!pair) continue;
    if (RETENTION_BASIS.test(pair.key)) basis = pair.value;
    else if (RETENTION_PERIOD.test(pair.key)) period = pair.value;
  }
  if (!period && !basis) return undefined;
  const row: Record<string, unknown> = {};
  const name = clean(plain(record).replace(/[:：]\s*$/, ''));
  if (name) row.record = name;
  if (basis) {
    row.basis = basis;
    if (/법|령|규정|고시/.test(basis)) row.basisType = 'law';
    else if (/방침|내부/.test(basis)) row.basisType = 'policy';
    else if (/동의/.test(basis)) row.basisType = 'consent';
  }
  if (period) row.period = period;
  return row as RetentionRow;
};

/** `계약 또는 청약철회 등에 관한 기록 : 5년` (a record and its period on one line). */
export const retentionLine = (text: string): RetentionRow | undefined => {
  const pair = /^(.{3,80}?)\s*[:：]\s*(.{1,60})$/.exec(plain(text));
  if (
    !pair ||
    !PERIOD.test(pair[2]!) ||
    RETENTION_BASIS.test(squash(pair[1]!)) ||
    RETENTION_PERIOD.test(squash(pair[1]!))
  )
    return undefined;
  if (!/기록|정보|내역|자료|장부|서류|로그|대장/.test(pair[1]!)) return undefined;
  return { record: clean(pair[1]!), period: clean(pair[2]!) };
};

/** `표시/광고에 관한 기록: 6개월 보관 계약 또는 청약철회 등에 관한 기록: 5년 보관 …` under a statute. */
export const retentionRun = (text: string, basis: string | undefined): RetentionRow[] => {
  const value = plain(text);
  const parts = [
    ...value.matchAll(
      /([^:：]{3,60}?(?:기록|정보|내역|자료))\s*[:：]\s*([^:：]*?\d+\s*(?:년|개월|일)(?:\s*보관)?)(?=\s|$)/g,
    ),
  ];
  if (parts.length < 1) return [];
  const covered = parts.reduce((sum, part) => sum + part[0].length, 0);
  if (covered < value.length * 0.6) return [];
  return parts.map((part) => ({
    record: clean(part[1]!),
    ...(basis ? { basis, basisType: 'law' as const } : {}),
    period: clean(part[2]!),
  }));
};

// ─── Contacts ─────────────────────────────────────────────────────────────────

export const contactFrom = (title: string, lines: readonly string[]): ContactBlock | undefined => {
  const contact: Record<string, unknown> = {};
  const pairs = [...inlinePairs(title).filter(() => false), ...lines.flatMap((line) => inlinePairs(line))];
  const own = inlinePairs(title);
  const heading = own.length
    ? plain(title)
        .slice(0, plain(title).search(/[가-힣A-Za-z\s]{1,8}\s*[:：]/))
        .trim()
    : plain(title);
  for (const pair of [...own, ...pairs]) {
    const field = contactField(pair.key);
    if (!field || field === 'title') continue;
    let value = pair.value;
    if (field === 'phone') {
      const email = EMAIL.exec(value);
      if (email && !contact.email) contact.email = email[0];
      const fax = /fax\s*[:：]?\s*([\d-~]+)/i.exec(value);
      if (fax && !contact.fax) contact.fax = fax[1];
      value = value
        .replace(/\s*\/?\s*(fax|팩스)\s*[:：]?\s*[\d-~]+/i, '')
        .replace(EMAIL, '')
        .replace(/\s*\/\s*$/, '')
        .trim();
    }
    if (field === 'name') {
      const position = /^(.+?)\s*\(([^()]{1,10})\)$/.exec(value);
      if (position && !contact.position) {
        value = position[1]!;
        contact.position = position[2];
      }
    }
    if (value && contact[field] === undefined) contact[field] = value;
  }
  const fields = Object.keys(contact).filter((key) =>
    ['name', 'phone', 'email', 'department', 'position', 'fax'].includes(key),
  );
  if (fields.length < 2) return undefined;
  const titleText = clean(heading.replace(/^[▶►■□●○◆◇ㅁ-]\s*/, '').replace(/[:：]$/, ''));
  return {
    type: 'contact',
    role: contactRole(titleText),
    ...(titleText ? { title: titleText } : {}),
    ...(contact as object),
  } as ContactBlock;
};

// ─── Remedies ─────────────────────────────────────────────────────────────────

export const remedyFrom = (head: string, lines: readonly string[]): RemedyBody | undefined => {
  const value = plain(head).replace(/^[▶►■□●○◆◇ㅁ-]\s*/, '');
  if (!REMEDY_BODY.test(value)) return undefined;
  const all = [value, ...lines.map(plain)].join('\n');
  const body: Record<string, unknown> = {};
  let name = value
    .split(/\s*[:：]\s*|\s*<?https?:|\s*\(\s*(?:<?https?:|www\.)|\s+\/\s+|\s+-\s+|\s+(?=www\.|\d|\(국번)/)[0]!
    .trim();
  if (/^[※*]/.test(name)) return undefined;
  const operator = /^(.+?)\s*\(([^()]*운영)\)$/.exec(name);
  if (operator) {
    name = operator[1]!;
    body.operator = operator[2];
  }
  name = name.replace(/\(\s*$/, '').trim();
  if (!name || name.length > 40) return undefined;
  body.name = name;
  for (const pair of [...inlinePairs(value), ...lines.flatMap((line) => inlinePairs(line))]) {
    if (/소관|업무/.test(pair.key)) body.duties ??= pair.value.replace(/\s+-$/, '');
    else if (/주소/.test(pair.key)) body.address ??= pair.value.replace(/\s+-$/, '');
  }
  const url = URL_TEXT.exec(all.replace(/\S+@\S+/g, ''));
  if (url)
    body.url = /^https?:/i.test(url[0]) ? url[0].replace(/[.)]+$/, '') : `http://${url[0].replace(/[.)]+$/, '')}`;
  const rest = all.replace(URL_TEXT, ' ');
  const phone =
    /(?:\(국번\s*없이\)\s*)?(?:\d{2,4}-\d{3,4}-\d{4}(?:~\d+)?|1\d{3}-\d{4}|(?<![\d-])1\d{2,3}(?![\d-]))/.exec(rest);
  if (phone) body.phone = phone[0];
  if (!body.url && !body.phone && !body.duties) return undefined;
  return body as unknown as RemedyBody;
};

// ─── Cookie refusal ───────────────────────────────────────────────────────────

export const refusalFrom = (text: string, next?: string): BrowserRefusal | undefined => {
  const value = plain(text);
  const joined = next && !/[>→]/.test(value) ? `${value} ${plain(next)}` : value;
  if ((joined.match(/\s?[>→]\s?/g) ?? []).length < 2) return undefined;
  const browser = BROWSER.exec(joined)?.[0];
  // The steps: after the lead-in (`… 경우:`), split at `>` or `→`.
  const lead = /^(.*?(?:경우|예|방법)\)?\s*[:：]?)\s*(?=\S*[^:：]*[>→])/.exec(joined);
  const body = lead && lead[1]!.length < joined.length * 0.6 ? joined.slice(lead[0].length) : joined;
  const steps = body
    .split(/\s*[>→]\s*/)
    .map((step) => clean(step.replace(/^["'“]|["'”]$/g, '')))
    .filter(Boolean);
  if (steps.length < 2) return undefined;
  return {
    ...(browser ? { browser } : {}),
    steps,
    ...(lead && lead[1] && lead[1]!.length < joined.length * 0.6 ? { note: clean(lead[1]!) } : {}),
  };
};

// ─── The recogniser ───────────────────────────────────────────────────────────

/** `① 회원가입 시` with the items below it, or `1. 회원 가입시 수집되는 정보 성명, 생년월일, …`. */
export const stageRow = (item: ItemUnit): CollectionRow | undefined => {
  const own = plain(item.text);
  const below = childLines(item).map(plain);
  const pair = /^(필수|선택)/.test(own) ? undefined : /^([^:：,]{2,40}?)\s*[:：]\s*(.+,.+)$/.exec(own);
  if (pair && !SENTENCE_END.test(pair[2]!)) return { stage: clean(pair[1]!), items: dataItems(pair[2]!) };
  if (
    titleLike(own, 40) &&
    below.length === 1 &&
    (below[0]!.match(/,/g) ?? []).length >= 2 &&
    !SENTENCE_END.test(below[0]!)
  )
    return { stage: own, items: dataItems(below[0]!.replace(/^[-•]\s*/, '')) };
  const glued = /^(.{2,40}?(?:정보|항목|개인정보|시))\s+([^,]{1,30},.+)$/.exec(own);
  if (glued && (glued[2]!.match(/,/g) ?? []).length >= 2 && !SENTENCE_END.test(glued[2]!) && !item.children.length)
    return { stage: clean(glued[1]!), items: dataItems(glued[2]!) };
  if (titleLike(own, 40) && item.children.length && item.children.every((child) => child.t === 'item')) {
    const groups = item.children.flatMap((child) => {
      const text = plain(textOfUnit(child));
      const labelled = /^(.{1,20}?)\s*[:：]\s*(.+)$/.exec(text);
      return labelled ? [{ label: clean(labelled[1]!), items: splitList(labelled[2]!) }] : [];
    });
    if (groups.length === item.children.length && groups.every((group) => group.items.length))
      return { stage: own, items: groups };
  }
  return undefined;
};
