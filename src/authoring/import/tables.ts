/**
 * A table into a typed block when its header says what it is (수탁자 / 위탁업무 → entrustment,
 * 제공받는 자 → third-party provision, 보존기간 / 근거 → retention, 이전받는 자 / 국가 → overseas,
 * 필수 / 선택 / 수집 항목 → collection, 기관 / 연락처 → remedies, 시행일 / 개정 내용 → change log,
 * 성명 / 직책 / 연락처 down the first column → contacts), else a generic table. Merged cells
 * (row spans, or the empty first cells a copied table leaves) repeat the value above.
 */
import type {
  Block,
  ChangeLogEntry,
  CollectionRow,
  Contact,
  ContactBlock,
  EntrustmentRow,
  OverseasRow,
  RemedyBody,
  RetentionRow,
  TableCell,
  ThirdPartyRow,
} from '../../policy/types.js';
import { clean, type Cell, type Table } from './ir.js';
import { dataItems, plain, rich, textList } from './items.js';
import { contactField, contactRole, EMAIL, PHONE, squash, URL_TEXT } from './vocabulary.js';

type Role =
  | 'entrustee'
  | 'task'
  | 'recipient'
  | 'purpose'
  | 'items'
  | 'required'
  | 'optional'
  | 'retention'
  | 'basis'
  | 'record'
  | 'country'
  | 'transfer'
  | 'contact'
  | 'service'
  | 'stage'
  | 'name'
  | 'url'
  | 'phone'
  | 'duties'
  | 'address'
  | 'date'
  | 'version'
  | 'reason'
  | 'reentrustee'
  | 'refusal'
  | 'note';

/** What a header cell names, given the table's kind. */
const roleOf = (header: string): Role | undefined => {
  const key = squash(header);
  if (/재위탁|재수탁/.test(key)) return 'reentrustee';
  if (/이전받는|이전받은/.test(key)) return 'recipient';
  if (/제공받는|제공받은|제공처|제공대상/.test(key)) return 'recipient';
  if (/수탁|위탁받는|위탁업체|업체명|수탁사|위탁사|위탁기관|회사명|업체/.test(key) && !/업무|내용|목적/.test(key))
    return 'entrustee';
  if (/위탁.*(업무|내용|목적)|업무내용|업무의내용|위탁업무|^업무$|처리업무/.test(key)) return 'task';
  if (/국가/.test(key)) return 'country';
  if (/일시|방법/.test(key)) return 'transfer';
  if (/거부/.test(key)) return 'refusal';
  if (/^필수|필수항목|필수수집|필수정보/.test(key)) return 'required';
  if (/^선택|선택항목|선택수집|선택정보/.test(key)) return 'optional';
  if (/시행일|개정일|변경일|공고일|^일자$|^날짜$/.test(key)) return 'date';
  if (/버전|^판$|차수|^구분$(?=x)/.test(key)) return 'version';
  if (/개정내용|변경내용|개정사유|변경사유|주요내용/.test(key)) return 'reason';
  if (/근거|법령|관련법/.test(key)) return 'basis';
  if (/보유|보존|보관|이용기간|^기간$|기간$/.test(key)) return 'retention';
  if (/목적/.test(key)) return 'purpose';
  if (/항목|제공정보|수집정보|개인정보|정보$/.test(key)) return 'items';
  if (/기관|센터|관련기관/.test(key)) return 'name';
  if (/홈페이지|웹사이트|사이트|url/i.test(key)) return 'url';
  if (/연락처|전화|번호|문의/.test(key)) return 'phone';
  if (/소관|담당업무/.test(key)) return 'duties';
  if (/주소|소재지/.test(key)) return 'address';
  if (/서비스/.test(key)) return 'service';
  if (/분류|구분|단계|시점|수집시기|대상/.test(key)) return 'stage';
  if (/기록|내용/.test(key)) return 'record';
  if (/비고|참고/.test(key)) return 'note';
  return undefined;
};

/** The table with merged cells expanded: every row as long as the widest, spanned values repeated. */
const grid = (rows: readonly (readonly Cell[])[]): string[][] => {
  const width = Math.max(...rows.map((row) => row.reduce((sum, cell) => sum + (cell.colSpan ?? 1), 0)));
  const out: string[][] = [];
  const pending: (string | undefined)[] = [];
  const left: number[] = [];
  for (const row of rows) {
    const cells: string[] = [];
    const queue = [...row];
    const used = row.reduce((sum, cell) => sum + (cell.colSpan ?? 1), 0);
    let carried = 0;
    for (let column = 0; column < width; column++) if ((left[column] ?? 0) > 0) carried++;
    // A copied table drops the cells merged from above: the row is short on the left.
    let missing = width - used - carried;
    for (let column = 0; column < width; column++) {
      if ((left[column] ?? 0) > 0) {
        cells.push(pending[column]!);
        left[column]!--;
        continue;
      }
      if (missing > 0) {
        cells.push('\u0000');
        missing--;
        continue;
      }
      const cell = queue.shift();
      if (!cell) {
        cells.push('');
        continue;
      }
      const span = cell.colSpan ?? 1;
      for (let offset = 0; offset < span && column + offset < width; offset++) {
        cells.push(cell.text);
        if ((cell.rowSpan ?? 1) > 1) {
          pending[column + offset] = cell.text;
          left[column + offset] = (cell.rowSpan ?? 1) - 1;
        }
      }
      column += span - 1;
    }
    out.push(cells);
  }
  return out;
};

const isHeaderRow = (row: readonly Cell[]): boolean =>
  row.every((cell) => cell.header) ||
  (row.length > 1 &&
    row.every((cell) => clean(cell.text).length <= 30) &&
    row.filter((cell) => roleOf(cell.text)).length >= Math.min(2, row.length));

export interface Typed {
  readonly block: Block | readonly Block[];
  /** What the importer noticed (for `source.notes`). */
  readonly note?: string;
}

/** Repeats the value above in the key columns where a copied table left the cell empty. */
const carry = (rows: string[][], columns: readonly number[]): void => {
  for (let index = 1; index < rows.length; index++)
    for (const column of columns) {
      const value = rows[index]![column];
      if (value === '\u0000' || value === '') rows[index]![column] = rows[index - 1]![column] ?? '';
    }
  for (const row of rows)
    for (let column = 0; column < row.length; column++) if (row[column] === '\u0000') row[column] = '';
};

const text = (value: string | undefined): string | undefined => {
  const out = value === undefined ? undefined : clean(plain(value));
  return out || undefined;
};

const put = <T extends object>(target: T, key: keyof T, value: unknown): void => {
  if (value === undefined || value === '' || (Array.isArray(value) && !value.length)) return;
  (target as Record<keyof T, unknown>)[key] = value;
};

/** A generic table: header and rows as printed (merged cells kept as spans). */
export const genericTable = (table: Table, headerRows: number): Block => {
  const rows = table.rows.slice(headerRows);
  const header = headerRows ? table.rows[0]!.map((cell) => clean(plain(cell.text))) : undefined;
  const cellOf = (cell: Cell): TableCell => {
    const value = rich(cell.text.replace(/\n/g, ' '));
    if ((cell.rowSpan ?? 1) > 1 || (cell.colSpan ?? 1) > 1)
      return {
        ...(cell.text.trim() ? { text: value } : {}),
        ...((cell.rowSpan ?? 1) > 1 ? { rowSpan: cell.rowSpan } : {}),
        ...((cell.colSpan ?? 1) > 1 ? { colSpan: cell.colSpan } : {}),
      };
    return cell.text.trim() ? value : '-';
  };
  return {
    type: 'table',
    ...(table.caption ? { caption: table.caption } : {}),
    ...(header && header.every(Boolean) ? { header } : {}),
    rows: (rows.length ? rows : table.rows).map((row) => row.map(cellOf)),
  };
};

/** Contacts written down the first column (구분 | 책임자 | 담당자; 성명 | …; 전화 | …). */
const contactsDown = (table: Table): ContactBlock[] | undefined => {
  const rows = grid(table.rows);
  const fields = rows.map((row) => contactField(squash(row[0] ?? '')));
  if (fields.filter((field) => field && field !== 'title').length < 2) return undefined;
  const contacts: ContactBlock[] = [];
  for (let column = 1; column < (rows[0]?.length ?? 0); column++) {
    const contact: Record<string, unknown> = { type: 'contact' };
    rows.forEach((row, index) => {
      const field = fields[index];
      const value = text(row[column]);
      if (!field || !value) return;
      if (field === 'title') contact.title = value;
      else contact[field] = value;
    });
    const title = typeof contact.title === 'string' ? contact.title : '';
    contact.role = contactRole(title);
    if (Object.keys(contact).length > 2) contacts.push(contact as unknown as ContactBlock);
  }
  return contacts.length ? contacts : undefined;
};

/** Splits a remedies "name / site / phone" cell set into a body. */
const remedyOf = (name: string, values: Partial<Record<Role, string>>): RemedyBody | undefined => {
  if (!name) return undefined;
  const body: Record<string, unknown> = { name };
  const url = values.url ? URL_TEXT.exec(plain(values.url))?.[0] : undefined;
  if (url) body.url = /^https?:/i.test(url) ? url : `http://${url}`;
  put(body, 'phone', text(values.phone));
  put(body, 'duties', text(values.duties));
  put(body, 'address', text(values.address));
  return body as unknown as RemedyBody;
};

/** A table as a typed block, or a generic one. */
export const typeTable = (table: Table): Typed => {
  const headerRows = isHeaderRow(table.rows[0] ?? []) ? 1 : 0;
  const contacts = contactsDown(table);
  if (contacts) return { block: contacts };
  if (!headerRows) return { block: genericTable(table, 0), note: 'no header row' };
  const header = table.rows[0]!.flatMap((cell) =>
    Array.from({ length: cell.colSpan ?? 1 }, () => clean(plain(cell.text))),
  );
  const roles = header.map(roleOf);
  const has = (role: Role) => roles.includes(role);
  const key = squash(header.join(' '));
  const body = grid(table.rows).slice(1);
  const value = (row: string[], role: Role) => {
    const index = roles.indexOf(role);
    return index >= 0 ? row[index] : undefined;
  };
  const caption = table.caption ? { caption: table.caption } : {};

  if (has('recipient') && (has('country') || /이전받는/.test(key))) {
    carry(body, [roles.indexOf('recipient')]);
    const rows = body.flatMap((row): OverseasRow[] => {
      const recipient = text(value(row, 'recipient'));
      if (!recipient) return [];
      const out: Record<string, unknown> = { recipient, country: text(value(row, 'country')) ?? '-' };
      put(out, 'items', dataItems(value(row, 'items') ?? ''));
      put(out, 'transfer', text(value(row, 'transfer')));
      put(out, 'purpose', textList(value(row, 'purpose') ?? ''));
      put(out, 'retention', text(value(row, 'retention')));
      put(out, 'contact', text(value(row, 'phone') ?? value(row, 'contact')));
      put(out, 'refusal', text(value(row, 'refusal')));
      return [out as unknown as OverseasRow];
    });
    if (rows.length) return { block: { type: 'overseas', ...caption, rows } };
  }
  if (has('recipient')) {
    carry(body, [roles.indexOf('recipient')]);
    const rows = body.flatMap((row): ThirdPartyRow[] => {
      const recipient = text(value(row, 'recipient'));
      if (!recipient) return [];
      const out: Record<string, unknown> = { recipient };
      put(out, 'purpose', textList(value(row, 'purpose') ?? ''));
      put(out, 'items', dataItems(value(row, 'items') ?? ''));
      put(out, 'retention', text(value(row, 'retention')));
      put(out, 'note', text(value(row, 'note')));
      return [out as unknown as ThirdPartyRow];
    });
    if (rows.length) return { block: { type: 'third-party', ...caption, rows } };
  }
  if (has('entrustee') || (has('task') && /위탁|수탁/.test(key))) {
    const entrusteeColumn = has('entrustee') ? roles.indexOf('entrustee') : roles.findIndex((role) => role !== 'task');
    carry(body, [entrusteeColumn]);
    const rows = body.flatMap((row): EntrustmentRow[] => {
      const entrustee = text(row[entrusteeColumn]);
      if (!entrustee) return [];
      const out: Record<string, unknown> = { entrustee };
      put(out, 'task', textList(value(row, 'task') ?? value(row, 'purpose') ?? ''));
      put(out, 'retention', text(value(row, 'retention')));
      put(out, 'address', text(value(row, 'address')));
      put(out, 'phone', text(value(row, 'phone')));
      const reentrustee = text(value(row, 'reentrustee'));
      if (reentrustee && !/^(-|없음|해당\s*없음)$/.test(reentrustee)) out.reentrustees = [{ entrustee: reentrustee }];
      put(out, 'note', text(value(row, 'note')));
      return [out as unknown as EntrustmentRow];
    });
    if (rows.length) return { block: { type: 'entrustment', ...caption, rows } };
  }
  if (has('name') && (has('phone') || has('url'))) {
    const rows = body.flatMap((row) => {
      const values: Partial<Record<Role, string>> = {};
      roles.forEach((role, index) => role && (values[role] = row[index]));
      const body = remedyOf(text(value(row, 'name')) ?? '', values);
      return body ? [body] : [];
    });
    if (rows.length) return { block: { type: 'remedies', bodies: rows } };
  }
  if (has('date') && (has('reason') || has('version'))) {
    const entries = body.flatMap((row): ChangeLogEntry[] => {
      const date = isoDate(value(row, 'date') ?? '');
      const version = text(value(row, 'version'));
      if (!date && !version) return [];
      const out: Record<string, unknown> = {};
      put(out, 'date', date);
      put(out, 'version', version);
      put(out, 'reason', text(value(row, 'reason')));
      return [out as ChangeLogEntry];
    });
    if (entries.length) return { block: { type: 'change-log', ...caption, entries } };
  }
  const collection =
    has('required') || has('optional') || (has('items') && (has('purpose') || has('service') || has('stage')));
  if (!collection && has('retention') && (has('basis') || has('record') || has('stage') || has('items'))) {
    const recordColumn = has('record')
      ? roles.indexOf('record')
      : roles.findIndex((role) => role !== 'basis' && role !== 'retention');
    carry(
      body,
      [roles.indexOf('basis')].filter((index) => index >= 0),
    );
    const rows = body.flatMap((row): RetentionRow[] => {
      const out: Record<string, unknown> = {};
      put(out, 'record', text(row[recordColumn]));
      const basis = text(value(row, 'basis'));
      put(out, 'basis', basis);
      if (basis && /법|령|규정|고시/.test(basis)) out.basisType = 'law';
      put(out, 'period', text(value(row, 'retention')));
      return Object.keys(out).length ? [out as RetentionRow] : [];
    });
    if (rows.length) return { block: { type: 'retention', ...caption, rows } };
  }
  if (collection) {
    carry(
      body,
      [roles.indexOf('service'), roles.indexOf('stage')].filter((index) => index >= 0),
    );
    const rows = body.flatMap((row): CollectionRow[] => {
      const out: Record<string, unknown> = {};
      put(out, 'service', text(value(row, 'service')));
      put(out, 'stage', text(value(row, 'stage')));
      put(out, 'purposes', textList(value(row, 'purpose') ?? ''));
      put(out, 'required', dataItems(value(row, 'required') ?? ''));
      put(out, 'optional', dataItems(value(row, 'optional') ?? ''));
      put(out, 'items', dataItems(value(row, 'items') ?? ''));
      const retention = text(value(row, 'retention'));
      if (retention) out.retention = rich(retention);
      const basis = text(value(row, 'basis'));
      if (basis) out.basis = rich(basis);
      return Object.keys(out).length ? [out as CollectionRow] : [];
    });
    if (rows.length) return { block: { type: 'collection', ...caption, rows } };
  }
  return { block: genericTable(table, headerRows), note: `header "${header.join(' | ')}" names no typed block` };
};

/** `2020년 06월 16일`, `2015-02-15`, `2017 년 11 월 07 일`, `2020.6.16` → `YYYY-MM-DD`. */
export const isoDate = (text: string): string | undefined => {
  const match = /(\d{4})\s*[년.\-/]\s*(\d{1,2})\s*[월.\-/]\s*(\d{1,2})\s*일?/.exec(text);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return `${match[1]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
};

export type { Contact };
export { EMAIL, PHONE };
