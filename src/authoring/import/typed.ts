/**
 * Typed blocks from text that is not a table: a retention record with its `보존 근거 : …` and
 * `보존 기간 : …` lines, a contact heading with `성명 : …`, `전화 : …` lines, remedy bodies with their
 * sites and numbers, `위탁 업무 : 수탁자` lines, the `제공받는 자 / 제공 항목 / 목적 / 기간` list,
 * cookie-refusal steps (`도구 > 인터넷 옵션 > 개인정보`), automatically collected items, 필수 / 선택
 * item lines, and purposes.
 */
import type {
  Block,
  CollectionRow,
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
import { titleLike, type ItemUnit, type ParaUnit, type Unit } from './units.js';
import {
  COMPANY,
  CONTACT_TITLE,
  contactField,
  keyValue,
  PHONE,
  REMEDY_BODY,
  RETENTION_BASIS,
  RETENTION_PERIOD,
  squash,
} from './vocabulary.js';
import {
  childLines,
  contactFrom,
  refusalFrom,
  remedyFrom,
  retentionFrom,
  retentionLine,
  retentionRun,
  stageRow,
  textOfUnit,
} from './typed-fields.js';
import { deglue, deglueEntrustment } from './deglue.js';

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

export { textList, PHONE };
