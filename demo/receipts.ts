/**
 * The receipts page: lists what the demo's receiver stored (GET /api/receipts). Record data
 * comes from whoever posted it, so it only ever goes into the page as text, never as HTML.
 */
import type { ChannelDecision, ItemDecision, StoredConsent } from '../src/server/index.js';
import { labelCells } from './cards.js';

const CATEGORY_LABELS: Record<ItemDecision['category'], string> = {
  collection: '수집·이용',
  'third-party': '제3자 제공',
  overseas: '국외 이전',
  sensitive: '민감정보',
  'unique-id': '고유식별정보',
  'out-of-purpose': '목적 외 이용',
  marketing: '마케팅 활용',
  'ad-receipt': '광고성 정보 수신',
  terms: '약관',
  location: '개인위치정보',
  cookies: '쿠키',
};

const CHANNEL_LABELS: Readonly<Record<string, string>> = {
  sms: '문자(SMS)',
  email: '이메일',
  push: '앱 푸시',
  kakao: '카카오톡',
};

// Receipts are server time in UTC; the law's deadlines and the 21:00–08:00 rule run on KST.
const KST = new Intl.DateTimeFormat('ko-KR', { timeZone: 'Asia/Seoul', dateStyle: 'medium', timeStyle: 'medium' });

const rows = document.querySelector<HTMLTableSectionElement>('#receipt-rows')!;
const status = document.querySelector<HTMLElement>('#status')!;
const reload = document.querySelector<HTMLButtonElement>('#reload')!;

const element = <K extends keyof HTMLElementTagNameMap>(
  tag: K,
  text = '',
  className?: string,
): HTMLElementTagNameMap[K] => {
  const node = document.createElement(tag);
  node.textContent = text;
  if (className) node.className = className;
  return node;
};

const cell = (...content: (string | Node)[]): HTMLTableCellElement => {
  const td = document.createElement('td');
  td.append(...content);
  return td;
};

const list = (entries: Node[]): Node => {
  if (!entries.length) return document.createTextNode('—');
  const ul = element('ul');
  ul.append(...entries);
  return ul;
};

const decision = (granted: boolean): HTMLElement => element('span', granted ? '동의' : '거부', granted ? 'ok' : 'fail');

const itemLine = (item: ItemDecision): HTMLLIElement => {
  const li = element('li', `${item.required ? '[필수]' : '[선택]'} ${CATEGORY_LABELS[item.category]} `);
  li.append(element('code', item.id), ': ', decision(item.granted));
  if (item.document) li.append(` (약관 버전 ${item.document.version}${item.document.hash ? ', 본문 해시 있음' : ''})`);
  return li;
};

const channelLine = (channel: ChannelDecision): HTMLLIElement => {
  const li = element('li', `${CHANNEL_LABELS[channel.id] ?? channel.id}: `);
  li.append(decision(channel.granted));
  if (channel.night) li.append(' (야간 수신 동의)');
  return li;
};

const receivedTime = (iso: string): HTMLTimeElement => {
  const time = element('time', KST.format(new Date(iso)));
  time.dateTime = iso;
  return time;
};

const row = ({ record, receivedAt }: StoredConsent): HTMLTableRowElement => {
  const tr = document.createElement('tr');
  tr.append(
    cell(receivedTime(receivedAt)),
    cell(element('code', record.recordId)),
    cell(record.policy.id),
    cell(record.policy.version),
    cell(element('code', record.policy.hash)),
    cell(record.subject ?? '(없음)'),
    cell(list(record.items.map(itemLine))),
    cell(list(record.items.flatMap((item) => item.channels ?? []).map(channelLine))),
  );
  return tr;
};

const message = (text: string): HTMLTableRowElement => {
  const td = cell(text);
  td.colSpan = 8;
  const tr = document.createElement('tr');
  tr.append(td);
  return tr;
};

const load = async (): Promise<void> => {
  rows.closest('table')!.setAttribute('aria-busy', 'true');
  status.textContent = '불러오는 중…';
  try {
    const response = await fetch('/api/receipts', { headers: { accept: 'application/json' } });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    const entries = (await response.json()) as StoredConsent[];
    rows.replaceChildren(
      ...(entries.length
        ? entries.map(row)
        : [message('저장된 동의 기록이 없습니다. 회원가입 데모에서 제출해 보세요.')]),
    );
    labelCells(rows.closest('table')!);
    status.textContent = `기록 ${entries.length}건`;
  } catch (error) {
    rows.replaceChildren(message('동의 기록을 불러오지 못했습니다.'));
    status.textContent = `불러오지 못했습니다 (${(error as Error).message})`;
  } finally {
    rows.closest('table')!.removeAttribute('aria-busy');
  }
};

reload.addEventListener('click', () => void load());
void load();
