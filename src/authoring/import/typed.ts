/**
 * Typed blocks from text that is not a table: a retention record with its `보존 근거 : …` and
 * `보존 기간 : …` lines, a contact heading with `성명 : …`, `전화 : …` lines, remedy bodies with their
 * sites and numbers, `위탁 업무 : 수탁자` lines, the `제공받는 자 / 제공 항목 / 목적 / 기간` list,
 * cookie-refusal steps (`도구 > 인터넷 옵션 > 개인정보`), automatically collected items, 필수 / 선택
 * item lines, and purposes.
 */
import type {
  Block,
  BrowserRefusal,
  CollectionRow,
  ContactBlock,
  DataItems,
  EntrustmentRow,
  Purpose,
  RemedyBody,
  RetentionRow,
  ThirdPartyRow,
  Topic,
} from '../../policy/types.js';
import { clean } from './ir.js';
import { dataItems, plain, rich, splitList, textList } from './items.js';
import { SENTENCE_END } from './markers.js';
import { titleLike, type ItemUnit, type ParaUnit, type Unit } from './units.js';
import {
  BROWSER,
  COMPANY,
  CONTACT_TITLE,
  contactField,
  contactRole,
  EMAIL,
  keyValue,
  PERIOD,
  PHONE,
  REMEDY_BODY,
  RETENTION_BASIS,
  RETENTION_PERIOD,
  squash,
  URL_TEXT,
} from './vocabulary.js';

const textOfUnit = (unit: Unit): string => (unit.t === 'para' || unit.t === 'item' ? unit.text : '');

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
const childLines = (unit: ItemUnit): string[] =>
  unit.children.flatMap((child) => (child.t === 'para' || child.t === 'item' ? [child.text] : []));

// ─── Retention ────────────────────────────────────────────────────────────────

const retentionFrom = (record: string, lines: readonly string[]): RetentionRow | undefined => {
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
const retentionLine = (text: string): RetentionRow | undefined => {
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
const retentionRun = (text: string, basis: string | undefined): RetentionRow[] => {
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

const contactFrom = (title: string, lines: readonly string[]): ContactBlock | undefined => {
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

const remedyFrom = (head: string, lines: readonly string[]): RemedyBody | undefined => {
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

const refusalFrom = (text: string, next?: string): BrowserRefusal | undefined => {
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

export interface Context {
  readonly topics: readonly Topic[];
  readonly notes: string[];
}

const isKv = (unit: Unit): boolean => (unit.t === 'item' || unit.t === 'para') && Boolean(keyValue(plain(unit.text)));
const block = (value: Block): Unit => ({ t: 'block', block: value });

const itemsOfLine = (text: string): DataItems => {
  const value = plain(text)
    .replace(/^.*?(?:수집될 수 있습니다|수집됩니다|수집합니다)[.:]?\s*/, '')
    .replace(/\s*등\s*$/, '');
  const paren = /\(([^()]+,[^()]+)\)/.exec(value);
  const list = paren ? paren[1]! : value.includes(':') ? value.slice(value.indexOf(':') + 1) : value;
  return dataItems(list.replace(/\s*등\)?\s*$/, '')).filter((item) => typeof item !== 'string' || item.length <= 40);
};

/**
 * Replaces what it recognises in a run of units (and, first, inside each item's children) with
 * typed blocks. Recognised items become blocks in place: a list's remaining items stay a list.
 */
export const recognise = (units: Unit[], context: Context): Unit[] => {
  const has = (topic: Topic) => context.topics.includes(topic);
  const out: Unit[] = [];
  for (const unit of units) if (unit.t === 'item') unit.children = recognise(unit.children, context);

  const retention: RetentionRow[] = [];
  const remedies: RemedyBody[] = [];
  const flushRows = () => {
    if (retention.length) out.push(block({ type: 'retention', rows: retention.splice(0) }));
    if (remedies.length) out.push(block({ type: 'remedies', bodies: remedies.splice(0) }));
  };

  for (let index = 0; index < units.length; index++) {
    const unit = units[index]!;
    const text = textOfUnit(unit);

    // A paragraph (or item) naming a record, with a kv list of basis and period after it.
    if ((unit.t === 'para' || unit.t === 'item') && !unit.t.startsWith('block')) {
      const kids = unit.t === 'item' ? childLines(unit) : [];
      const after = (accept: (key: string) => boolean): { lines: string[]; end: number } => {
        const lines: string[] = [];
        let end = index;
        if (unit.t === 'para' || !kids.length)
          while (units[end + 1]?.t === 'item' && isKv(units[end + 1]!) && !(units[end + 1] as ItemUnit).label) {
            if (!accept(keyValue(plain(textOfUnit(units[end + 1]!)))!.key)) break;
            lines.push(textOfUnit(units[end + 1]!));
            end++;
          }
        return { lines: kids.length ? kids : lines, end };
      };
      const retained = after((key) => RETENTION_BASIS.test(key) || RETENTION_PERIOD.test(key));
      let lines = retained.lines;
      let end = retained.end;

      const ownKey = keyValue(plain(text))?.key ?? '';
      const row =
        !RETENTION_BASIS.test(ownKey) &&
        !RETENTION_PERIOD.test(ownKey) &&
        (titleLike(plain(text), 90) || text.length < 100)
          ? retentionFrom(text, lines)
          : undefined;
      if (row && lines.some((line) => RETENTION_PERIOD.test(keyValue(plain(line))?.key ?? ''))) {
        if (unit.t === 'item' && unit.label && row.label === undefined) (row as { label?: string }).label = unit.label;
        retention.push(row);
        index = end;
        continue;
      }
      if (has('retention') && unit.t === 'item') {
        const line = retentionLine(text);
        if (line && !unit.children.length) {
          retention.push(unit.label ? { label: unit.label, ...line } : line);
          continue;
        }
        const run = retentionRun(kids.length ? kids.join(' ') : '', undefined);
        if (!run.length) {
          // `1. 전자상거래 등에서의 소비자보호에 관한 법률 표시/광고에 관한 기록: 6개월 보관 …`
          const statute = /^(.*?(?:법률|법|령|규정))\s+(.+[:：].+)$/.exec(plain(text));
          if (statute) {
            const rows = retentionRun(statute[2]!, clean(statute[1]!));
            if (rows.length && !unit.children.length) {
              rows[0] = unit.label ? { label: unit.label, ...rows[0]! } : rows[0]!;
              retention.push(...rows);
              continue;
            }
          }
        }
      }

      // Contacts.
      const head = plain(text).split(/\s*[가-힣A-Za-z]{1,6}\s*[:：]/)[0]!;
      if (CONTACT_TITLE.test(head) && titleLike(head, 60)) {
        ({ lines, end } = after((key) => Boolean(contactField(key))));
        const contact = contactFrom(text, lines);
        if (contact) {
          flushRows();
          out.push(block(contact));
          index = end;
          continue;
        }
      }

      // Remedy bodies.
      ({ lines, end } = after((key) => /소관|업무|홈페이지|전화|주소|연락처/.test(key)));
      const remedy = remedyFrom(text, lines);
      if (remedy && (has('remedies') || has('officer') || REMEDY_BODY.test(text))) {
        if (retention.length) flushRows();
        remedies.push(
          unit.t === 'item' && unit.label && /^[가-하]\.$/.test(unit.label) ? { label: unit.label, ...remedy } : remedy,
        );
        if (!kids.length) index = end;
        continue;
      }
    }
    flushRows();

    if (unit.t === 'item' && (has('cookies') || has('behavioural-ads'))) {
      const refusal = refusalFrom(text, childLines(unit)[0]);
      if (refusal) {
        out.push(block({ type: 'cookie-refusal', browsers: [refusal] }));
        continue;
      }
    }
    if (unit.t === 'para' && (has('cookies') || has('behavioural-ads'))) {
      const refusal = refusalFrom(text);
      if (refusal) {
        out.push(block({ type: 'cookie-refusal', browsers: [refusal] }));
        continue;
      }
    }
    out.push(unit);
  }
  flushRows();
  return groupedRecognise(out, context);
};

/** Patterns over a whole list: entrustment lines, the provision list, 필수/선택 lines, purposes. */
const groupedRecognise = (units: Unit[], context: Context): Unit[] => {
  const has = (topic: Topic) => context.topics.includes(topic);
  const out: Unit[] = [];
  if (has('purposes') && !has('items')) units = titledPurposes(units);
  units = gluedTables(units, context);
  for (let index = 0; index < units.length; index++) {
    const unit = units[index]!;
    // A run of sibling items.
    if (unit.t !== 'item') {
      // Automatically collected items in a paragraph.
      if (unit.t === 'para' && has('items') && AUTO.test(unit.text)) {
        const items = itemsOfLine(unit.text);
        if (items.length >= 2) {
          out.push(block({ type: 'auto-collection', text: rich(unit.text), items }));
          continue;
        }
      }
      out.push(unit);
      continue;
    }
    let end = index;
    while (units[end + 1]?.t === 'item' && (units[end + 1] as ItemUnit).family === unit.family) end++;
    const run = units.slice(index, end + 1) as ItemUnit[];

    const typed = recogniseRun(run, context, units[index - 1]);
    if (typed) {
      out.push(...typed);
      index = end;
      continue;
    }
    out.push(...run);
    index = end;
  }
  return out;
};

/** Tables copied as text without cell separators: a header run together, then rows. */
const gluedTables = (units: Unit[], context: Context): Unit[] => {
  const out: Unit[] = [];
  for (let index = 0; index < units.length; index++) {
    const unit = units[index]!;
    const paraText = unit.t === 'para' ? unit.text : '';
    const key = squash(paraText);
    // Entrustment: `업체명위탁업무 목적` then `(주)다날본인확인 및 휴대폰인증` …
    if (/(업체명|수탁업체|수탁자|수탁사|수탁기관)(위탁|업무)/.test(key)) {
      const rows: EntrustmentRow[] = [];
      let end = index;
      while (units[end + 1]?.t === 'para') {
        const row = deglueEntrustment((units[end + 1] as ParaUnit).text);
        if (!row) break;
        rows.push(row);
        end++;
      }
      if (rows.length) {
        out.push(block({ type: 'entrustment', rows }));
        context.notes.push(
          `The entrustment table's cells ran together in the source ("${plain(paraText)}"); each row was split between company and task: check the split.`,
        );
        index = end;
        continue;
      }
    }
    // Contacts: `구분개인정보보호 책임자`, `성명정성문`, `직책CTO`, `전화번호02-…`.
    if (unit.t === 'para' && GLUED_CONTACT.test(plain(unit.text))) {
      let end = index;
      const lines: string[] = [];
      while (units[end]?.t === 'para' && GLUED_CONTACT.test(plain((units[end] as { text: string }).text))) {
        const match = GLUED_CONTACT.exec(plain((units[end] as { text: string }).text))!;
        lines.push(`${match[1]} : ${match[2]}`);
        end++;
      }
      if (lines.length >= 3) {
        const title = lines.find((line) => line.startsWith('구분'))?.replace(/^구분 : /, '') ?? '';
        const contact = contactFrom(
          title,
          lines.filter((line) => !line.startsWith('구분')),
        );
        if (contact) {
          out.push(block(contact));
          index = end - 1;
          continue;
        }
      }
    }
    // Remedies: `관련기관웹사이트번호` then `개인정보침해신고센터118` …
    if (/기관/.test(key) && /(웹사이트|홈페이지|번호|연락처|전화)/.test(key) && key.length <= 20) {
      const bodies: RemedyBody[] = [];
      let end = index;
      while (units[end + 1]?.t === 'para') {
        const body = remedyFrom(deglue((units[end + 1] as { text: string }).text), []);
        if (!body) break;
        bodies.push(body);
        end++;
      }
      if (bodies.length) {
        out.push(block({ type: 'remedies', bodies }));
        index = end;
        continue;
      }
    }
    out.push(unit);
  }
  return out;
};

/** `회원관리` followed by `- 회원제 서비스 이용에 따른 본인 확인, …`: purposes with a title each. */
const titledPurposes = (units: Unit[]): Unit[] => {
  const out: Unit[] = [];
  let purposes: Purpose[] = [];
  const flush = () => {
    if (purposes.length >= 2) out.push(block({ type: 'purposes', purposes }));
    else if (purposes.length) out.push(...purposeUnits.splice(0));
    purposes = [];
    purposeUnits.length = 0;
  };
  const purposeUnits: Unit[] = [];
  for (let index = 0; index < units.length; index++) {
    const unit = units[index]!;
    if (unit.t === 'para' && titleLike(plain(unit.text), 40) && !/[:：]$/.test(unit.text)) {
      let end = index;
      const body: string[] = [];
      while (
        units[end + 1]?.t === 'item' &&
        !(units[end + 1] as ItemUnit).label &&
        !(units[end + 1] as ItemUnit).children.length
      ) {
        body.push(plain((units[end + 1] as ItemUnit).text));
        end++;
      }
      const title = plain(unit.text);
      const marketing = /마케팅|광고|홍보|이벤트|판매\s*권유/.test(title + body.join(' '));
      purposes.push({ title, ...(body.length ? { text: body.join(' ') } : {}), ...(marketing ? { marketing } : {}) });
      purposeUnits.push(...units.slice(index, end + 1));
      index = end;
      continue;
    }
    flush();
    out.push(unit);
  }
  flush();
  return out;
};

/** Automatically generated and collected items. */
const AUTO = /자동(으로|적으로)?\s*(생성|수집)|생성되어\s*수집|자동\s*수집/;

/** Where a copied table lost its cell boundaries: `(주)다날본인확인 및 휴대폰인증`. */
const TASK_WORD =
  /(본인\s*확인|휴대폰|PG|SMS|LMS|MMS|Email|E-mail|이메일|카카오|알림톡|메시지|물류|배송|택배|결제|발송|서버|호스팅|클라우드|고객|상담|콜센터|전산|시스템|개발|유지\s*보수|마케팅|광고|분석|채용|보관|인증|정산|회계|세무|데이터|문자|우편|CS|IT|매출)/;

export const deglueEntrustment = (text: string): EntrustmentRow | undefined => {
  const value = plain(text);
  const company = /^(.*?(?:주식회사|\(주\)|㈜|\(유\)))(?=\S)(.+)$/.exec(value);
  if (company && company[1]!.length >= 3 && !/^\(주\)$|^㈜$/.test(company[1]!))
    return { entrustee: company[1]!, task: company[2]! };
  const word = TASK_WORD.exec(value.slice(2));
  if (!word) return undefined;
  const at = word.index + 2;
  return { entrustee: value.slice(0, at).trim(), task: value.slice(at).trim() };
};

/** A table row copied without separators: `개인정보침해신고센터118`, `정보보호마크인증위원회www.eprivacy.or.kr02-580-0533~4`. */
export const deglue = (text: string): string =>
  text
    .replace(/([가-힣)A-Za-z])(www\.|https?:)/g, '$1 $2')
    .replace(/(\.(?:kr|com|net|org))(\d)/g, '$1 $2')
    .replace(/([가-힣])(\d{2,4}-\d|1\d{2,3}$)/g, '$1 $2');

const GLUED_CONTACT =
  /^(구분|성명|이름|직책|직위|부서|소속|전화번호|전화|연락처|이메일|메일|팩스|FAX)\s*(?![:：])(\S.*)$/i;

const ENTRUST_SPLIT = /^(.{2,80}?)\s*[:：]\s*(.{2,60})$/;

const recogniseRun = (run: ItemUnit[], context: Context, before: Unit | undefined): Unit[] | undefined => {
  const has = (topic: Topic) => context.topics.includes(topic);

  // Entrustment written as `업무 : 수탁자` (or `수탁자 : 업무`) lines.
  if (has('entrustment')) {
    const rows = run.map((item): EntrustmentRow | undefined => {
      const match = ENTRUST_SPLIT.exec(plain(item.text));
      if (!match || item.children.length) return undefined;
      const [left, right] = [clean(match[1]!), clean(match[2]!)];
      const leftCompany = COMPANY.test(left) || left.length <= 12;
      const rightCompany = COMPANY.test(right) || right.length <= 12;
      if (rightCompany && !(leftCompany && left.length < right.length)) return { entrustee: right, task: left };
      if (leftCompany) return { entrustee: left, task: right };
      return undefined;
    });
    if (rows.length && rows.every(Boolean)) return [block({ type: 'entrustment', rows: rows as EntrustmentRow[] })];
  }

  // The provision list: 제공받는 자 · 제공 항목 · 제공 목적 · 보유·이용 기간.
  if (has('third-party')) {
    const fields: Record<string, string> = {};
    const groups: DataItems[] = [];
    for (const item of run) {
      const head = plain(item.text);
      const key = squash(head.split(/\s/).slice(0, 2).join(''));
      const restOf = (pattern: RegExp) => clean(head.replace(pattern, '')) || childLines(item).join(' ');
      if (/^제공받는자|^제공받는/.test(key)) fields.recipient = restOf(/^제공\s*받는\s*자\s*[:：]?\s*/);
      else if (/^제공(하는)?항목|^제공정보/.test(key)) {
        const inline = restOf(/^제공(하는)?\s*(개인정보\s*)?항목\s*[:：]?\s*/);
        if (item.children.length)
          for (const child of item.children)
            if (child.t === 'item' || child.t === 'para') {
              const pair = /^(.+?)\s*[:：]\s*(.+)$/.exec(plain(child.text));
              groups.push(pair ? [{ label: clean(pair[1]!), items: splitList(pair[2]!) }] : dataItems(child.text));
            }
        if (!item.children.length && inline) groups.push(dataItems(inline));
      } else if (/목적/.test(key)) fields.purpose = restOf(/^(제공\s*)?(받는\s*자의\s*)?(이용\s*)?목적\s*[:：]?\s*/);
      else if (/기간/.test(key))
        fields.retention = restOf(/^(보유\s*(및|·)?\s*)?이용\s*기간\s*[:：]?\s*|^보유\s*기간\s*[:：]?\s*/);
    }
    if (fields.recipient && (fields.purpose || groups.length)) {
      const row: Record<string, unknown> = { recipient: fields.recipient };
      if (fields.purpose) row.purpose = fields.purpose;
      const items = groups.flat();
      if (items.length) row.items = items;
      if (fields.retention) row.retention = fields.retention;
      return [block({ type: 'third-party', rows: [row as unknown as ThirdPartyRow] })];
    }
  }

  // 필수 / 선택 item lines (`- 필수 항목 : 아이디, …`), or stages with their items.
  if (has('items')) {
    const row: Record<string, unknown> = {};
    let matched = 0;
    for (const item of run) {
      const pair = /^(필수|선택)\s*(수집\s*)?(항목|정보|사항)?\s*[:：]\s*(.+)$/.exec(plain(item.text));
      if (!pair) continue;
      matched++;
      row[pair[1] === '필수' ? 'required' : 'optional'] = dataItems(pair[4]!);
    }
    if (matched && matched === run.length) return [block({ type: 'collection', rows: [row as CollectionRow] })];
    // Stages with their items (and automatically collected items) in place; other items stay a list.
    const segments: Unit[] = [];
    let typedCount = 0;
    let pending: CollectionRow[] = [];
    const flushPending = () => {
      if (pending.length) segments.push(block({ type: 'collection', rows: pending }));
      pending = [];
    };
    for (const item of run) {
      const stage = stageRow(item);
      if (stage) {
        pending.push(item.label && !/^[-•]/.test(item.label) ? stage : stage);
        typedCount++;
        continue;
      }
      flushPending();
      const autoText = [plain(item.text), ...childLines(item).map(plain)];
      if (AUTO.test(autoText[0]!)) {
        const items =
          autoText.length > 1 ? dataItems(autoText.slice(1).join(', ').replace(/,\s*$/, '')) : itemsOfLine(item.text);
        if (items.length >= 2) {
          segments.push(block({ type: 'auto-collection', text: rich(item.text), items }));
          typedCount++;
          continue;
        }
      }
      segments.push(item);
    }
    flushPending();
    if (typedCount) return segments;
  }

  // Purposes: the section's numbered (or bulleted) purposes.
  if (has('purposes') && !has('items') && run.length >= 2 && before?.t !== 'item') {
    const purposes = run.map((item): Purpose | undefined => {
      const own = plain(item.text);
      const body = childLines(item).map(plain).join(' ');
      if (!own && !body) return undefined;
      const marketing = /마케팅|광고|홍보|이벤트|판매\s*권유/.test(own + body);
      const purpose: Record<string, unknown> = {};
      if (item.label) purpose.label = item.label;
      if (body && own && titleLike(own)) {
        purpose.title = own;
        purpose.text = body;
      } else if (own) purpose.text = rich(item.text);
      else purpose.text = body;
      if (marketing) purpose.marketing = true;
      return purpose as Purpose;
    });
    if (
      purposes.every(Boolean) &&
      run.every((item) => item.children.every((child) => child.t === 'para' || child.t === 'item'))
    )
      return [block({ type: 'purposes', purposes: purposes as Purpose[] })];
  }
  return undefined;
};

/** `① 회원가입 시` with the items below it, or `1. 회원 가입시 수집되는 정보 성명, 생년월일, …`. */
const stageRow = (item: ItemUnit): CollectionRow | undefined => {
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

export { textList, PHONE };
