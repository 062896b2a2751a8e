import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/privacy-consent.js';
import type { PrivacyConsent } from '../../src/privacy-consent.js';
import type { SubjectItemState, SubjectState } from '../../src/consent/member-state.js';
import type { ConsentRecord } from '../../src/consent/record.js';
import { catalogFor } from '../../src/i18n/index.js';
import type { PrivacyPolicy } from '../../src/policy/index.js';
import { formPolicy } from '../fixtures/form-policy.js';
import { $, $$, heldFetch, mount, receiver, settled, text } from './helpers.js';

const AT = '2024-03-02T01:00:00.000Z';

/** One decision as the receiver's state endpoint answers it. */
const decided = (
  id: string,
  granted: boolean,
  extra: Partial<SubjectItemState> = {},
  version = formPolicy().version,
): SubjectItemState => {
  const consent = formPolicy().consents!.find((item) => item.id === id)!;
  return {
    id,
    category: consent.category,
    required: consent.required,
    granted,
    decidedAt: AT,
    event: 'grant',
    recordId: 'rec-1',
    policy: { id: 'form-example', version },
    ...extra,
  };
};

const channel = (id: string, granted: boolean, night = false) => ({
  id,
  granted,
  night,
  decidedAt: AT,
  event: 'grant' as const,
  recordId: 'rec-1',
  policy: { id: 'form-example', version: formPolicy().version },
});

/** A member who agreed to the required item, the profile, and advertising by SMS and e-mail. */
const memberState = (version = formPolicy().version): SubjectState => ({
  subject: 'member-7',
  items: [
    decided('signup', true, {}, version),
    decided('profile', true, {}, version),
    decided('provide', false, {}, version),
    decided('ads', true, { channels: [channel('sms', true), channel('email', true), channel('push', false)] }, version),
  ],
  updatedAt: AT,
});

const make = async (mode: string, state: unknown = memberState(), policy: PrivacyPolicy = formPolicy(), attrs = '') => {
  const el = await mount('privacy-consent', `mode="${mode}" subject="member-7" ${attrs}`);
  if (state !== undefined) el.state = state as SubjectState;
  el.policy = policy;
  return el;
};

const submitted = (el: PrivacyConsent, act: () => void) => {
  setTimeout(act);
  return oneEvent(el, 'privacy-submitted').then((event) => event.detail.record as ConsentRecord);
};

describe('<privacy-consent mode="manage">', () => {
  it('shows required items as agreed with the way to leave, optional ones with their decision and date', async () => {
    const el = await settled(await make('manage', memberState(), formPolicy(), 'withdraw-href="/leave"'), '.manage');
    const required = $(el, '[data-item=signup]');
    expect(required.querySelector('input[type=checkbox]')).to.equal(null);
    expect(text(required.querySelector('[part=decision]')!)).to.equal('동의함 · 2024년 3월 2일');
    expect($<HTMLAnchorElement>(el, '[part=leave]').getAttribute('href')).to.equal(
      new URL('/leave', location.href).href,
    );
    expect(box(el, 'item-profile').checked).to.equal(true);
    expect(box(el, 'item-provide').checked).to.equal(false);
    expect(text($(el, '#decision-provide'))).to.equal('동의하지 않음 · 2024년 3월 2일');
    expect(text($(el, '#decision-health'))).to.equal('동의한 적 없음');
    expect(box(el, 'channel-ads-sms').checked).to.equal(true);
    expect(box(el, 'channel-ads-push').checked).to.equal(false);
    // Items processed without consent are no choice here.
    expect(el.shadowRoot!.querySelector('[data-item=billing] input')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('sends one record per change: a withdrawal of a channel, confirmed with sender, date and result', async () => {
    const el = await settled(await make('manage'), '.manage');
    const record = await submitted(el, () => box(el, 'channel-ads-email').click());
    expect(record.event).to.equal('change');
    expect(record.subject).to.equal('member-7');
    expect(record.items.map((item) => item.id)).to.deep.equal(['ads']);
    expect(record.items[0]!.channels!.map((c) => [c.id, c.granted])).to.deep.equal([
      ['sms', true],
      ['email', false],
      ['push', false],
    ]);
    expect(record.sender).to.equal('예시 주식회사');
    expect(record.age).to.equal(undefined);
    await settled(el, '#result-ads');
    const notice = text($(el, '#result-ads'));
    expect(notice).to.contain('광고성 정보 수신 동의 처리 결과 안내');
    expect(notice).to.contain('전송자 예시 주식회사');
    expect(notice).to.contain('광고성 정보 수신 동의 · 이메일: 동의를 철회했습니다');
    expect(notice).to.contain(record.recordId);
    // The state folds the record in: the channel now reads as withdrawn today.
    expect(text($(el, '#decision-ads-email'))).to.match(/^동의하지 않음 · /);
    expect(text($(el, '#decision-ads-sms'))).to.match(/^동의함 · /);
    await expect(el).to.be.accessible();
  });

  it('withdraws an item as easily as it was given: one press, event withdraw', async () => {
    const el = await settled(await make('manage'), '.manage');
    const record = await submitted(el, () => box(el, 'item-profile').click());
    expect(record.event).to.equal('withdraw');
    expect(record.items).to.have.length(1);
    expect(record.items[0]).to.include({ id: 'profile', granted: false });
    expect(record.sender).to.equal(undefined);
    await settled(el, '#result-profile');
    expect(text($(el, '#result-profile'))).to.contain('선택 정보 수집·이용 동의: 동의를 철회했습니다');
  });

  it('is operable by keyboard: Tab to a box, Space grants it', async () => {
    const el = await settled(await make('manage'), '.manage');
    box(el, 'item-profile').focus();
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    const focused = el.shadowRoot!.activeElement as HTMLElement;
    expect(focused.id).to.equal('item-provide');
    const record = submitted(el, () => void sendKeys({ press: ' ' }));
    expect((await record).items[0]).to.include({ id: 'provide', granted: true });
    expect((await record).event).to.equal('change');
  });

  it('delivers each change to the endpoint and shows the receiver time', async () => {
    const posted: ConsentRecord[] = [];
    const realFetch = window.fetch;
    window.fetch = async (input, init) => {
      if (init?.method !== 'POST') return realFetch(input, init);
      const record = JSON.parse(String(init.body)) as ConsentRecord;
      posted.push(record);
      return Response.json(
        { recordId: record.recordId, receivedAt: '2026-11-30T03:00:00.000Z', status: 'stored' },
        { status: 201 },
      );
    };
    try {
      const el = await settled(await make('manage', memberState(), formPolicy(), 'endpoint="/consents"'), '.manage');
      await submitted(el, () => box(el, 'item-health').click());
      expect(posted.map((record) => record.items[0]!.id)).to.deep.equal(['health']);
      await settled(el, '#result-health');
      expect($(el, '#result-health time').getAttribute('datetime')).to.equal('2026-11-30T03:00:00.000Z');
      expect(text($(el, '#decision-health'))).to.equal('동의함 · 2026년 11월 30일');
    } finally {
      window.fetch = realFetch;
    }
  });

  it('says when a change is refused, and shows the stored decision again', async () => {
    const fake = receiver(() => Response.json({ error: { code: 'invalid-record' } }, { status: 422 }));
    try {
      const el = await settled(await make('manage', memberState(), formPolicy(), 'endpoint="/consents"'), '.manage');
      const failed = oneEvent(el, 'privacy-error');
      box(el, 'item-profile').click();
      expect((await failed).detail.willRetry).to.equal(false);
      await settled(el, '#error-profile');
      expect(text($(el, '#error-profile'))).to.equal('저장하지 못했습니다. 잠시 후 다시 시도해 주세요.');
      expect(box(el, 'item-profile').checked).to.equal(true);
      expect(box(el, 'item-profile').getAttribute('aria-invalid')).to.equal('true');
      expect(fake.posted).to.have.length(1);
      await expect(el).to.be.accessible();
    } finally {
      fake.restore();
    }
  });

  it('speaks English', async () => {
    await catalogFor('en');
    const el = await settled(await make('manage', memberState(), formPolicy(), 'lang="en"'), '.manage');
    await waitUntil(() => text($(el, '#decision-profile')).startsWith('Agreed'));
    expect(text($(el, '#decision-health'))).to.equal('Never agreed');
  });
});

describe('<privacy-consent> account modes: loading and errors', () => {
  it('reads the state from state-src, saying it is loading meanwhile', async () => {
    const held = heldFetch();
    try {
      const url = URL.createObjectURL(new Blob([JSON.stringify(memberState())], { type: 'application/json' }));
      const el = await mount('privacy-consent', `mode="manage" state-src="${url}"`, formPolicy());
      await settled(el, '[part=status][aria-busy=true]');
      await expect(el).to.be.accessible();
      held.release();
      await settled(el, '.manage');
      expect(box(el, 'item-profile').checked).to.equal(true);
    } finally {
      held.restore();
    }
  });

  it('says when the state cannot be read, and retries', async () => {
    const el = await mount('privacy-consent', 'mode="manage" state-src="/no/such/state"', formPolicy());
    const event = await oneEvent(el, 'privacy-error');
    expect(event.detail.error.name).to.equal('StateLoadError');
    expect(event.detail.error.code).to.equal('http');
    expect(event.detail.error.status).to.equal(404);
    await settled(el, '[role=alert] .retry');
    expect(text($(el, '[role=alert] p'))).to.equal('동의 현황을 불러오지 못했습니다.');
    await expect(el).to.be.accessible();
    el.stateSrc = URL.createObjectURL(new Blob([JSON.stringify(memberState())]));
    await settled(el, '.manage');
  });

  it('refuses a state that is not one, and says when none is given', async () => {
    const invalid = await mount('privacy-consent', 'mode="manage"', formPolicy());
    setTimeout(() => (invalid.state = { subject: 'x', items: [{ id: 'a' }] }));
    const event = await oneEvent(invalid, 'privacy-error');
    expect(event.detail.error.code).to.equal('invalid');
    const missing = await mount('privacy-consent', 'mode="reconfirm"', formPolicy());
    await settled(missing, '[role=alert]');
    expect(text($(missing, '[role=alert]'))).to.equal('회원의 동의 현황이 주어지지 않았습니다.');
    await expect(missing).to.be.accessible();
  });
});

/** Version 2 of the form policy: the profile's purpose changed, the passport item reworded only. */
const newerPolicy = (): PrivacyPolicy => {
  const older = formPolicy();
  return {
    ...older,
    version: '2027-01-01',
    effectiveOn: '2027-01-01',
    previousVersions: [{ version: older.version, policy: older }],
    consents: older.consents!.map((item) =>
      item.id === 'profile'
        ? { ...item, purpose: ['맞춤 서비스 제공', '광고 효과 분석'] }
        : item.id === 'passport'
          ? { ...item, title: '고유식별정보(여권번호) 처리 동의' }
          : item,
    ),
  };
};

describe('<privacy-consent mode="reconsent">', () => {
  it('asks only the items whose consent-relevant content changed, with before and after', async () => {
    const el = await settled(await make('reconsent', memberState(), newerPolicy()), '.reconsent [part=submit]');
    const asked = $$(el, 'li.item').map((item) => item.dataset.item);
    // profile changed; health, abroad and passport were never decided (asked as new); ads and provide carry over.
    expect(asked).to.include('profile');
    expect(asked).not.to.include('ads');
    expect(asked).not.to.include('provide');
    expect(asked).not.to.include('signup');
    const changes = text($(el, '[data-item=profile] [part=changes]'));
    expect(changes).to.contain('변경 전: 맞춤 서비스 제공');
    expect(changes).to.contain('변경 후: 맞춤 서비스 제공, 광고 효과 분석');
    expect(box(el, 'item-profile').checked).to.equal(false);
    await expect(el).to.be.accessible();
    box(el, 'item-profile').click();
    const record = await submitted(el, () => $(el, '[part=submit]').click());
    expect(record.event).to.equal('reconsent');
    expect(record.policy.version).to.equal('2027-01-01');
    // Every item decided: those asked as just chosen, the rest carried over.
    const granted = Object.fromEntries(record.items.map((item) => [item.id, item.granted]));
    expect(granted).to.include({ signup: true, profile: true, provide: false, ads: true });
    await settled(el, '#result-reconsent');
    expect(text($(el, '#result-reconsent'))).to.contain('선택 정보 수집·이용 동의: 동의했습니다');
    await waitUntil(() => el.shadowRoot!.activeElement?.id === 'result-reconsent');
    await expect(el).to.be.accessible();
  });

  it('requires a changed required item before sending, and offers the way to leave', async () => {
    const policy = newerPolicy();
    const signup = policy.consents!.find((item) => item.id === 'signup')!;
    const changed = {
      ...policy,
      consents: policy.consents!.map((item) => (item.id === 'signup' ? { ...signup, retention: '탈퇴 후 1년' } : item)),
    };
    const el = await settled(
      await make('reconsent', memberState(), changed, 'withdraw-href="/leave"'),
      '[part=submit]',
    );
    expect($(el, '[part=leave]')).to.exist;
    let sent = false;
    el.addEventListener('privacy-submit', () => (sent = true));
    $(el, '[part=submit]').click();
    await settled(el, '[part=error][role=alert]');
    await waitUntil(() => el.shadowRoot!.activeElement?.id === 'item-signup');
    expect(sent).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('says so when nothing needs consent again', async () => {
    const state: SubjectState = {
      subject: 'member-7',
      items: formPolicy()
        .consents!.filter((item) => (item.basis ?? 'consent') === 'consent')
        .map((item) => decided(item.id, item.required)),
    };
    const policy = { ...newerPolicy(), consents: formPolicy().consents };
    const el = await settled(await make('reconsent', state, policy), '.reconsent [part=status]');
    expect(text($(el, '.reconsent [part=status]'))).to.contain('다시 동의하실 항목이 없습니다');
  });
});

describe('<privacy-consent mode="reconfirm">', () => {
  it('lists the advertising channels with their dates and keeps those left ticked', async () => {
    const el = await settled(await make('reconfirm'), '.reconfirm [part=keep]');
    expect(text($(el, '.sender'))).to.contain('예시 주식회사');
    expect($$(el, '[data-item=ads] input[type=checkbox]').map((input) => input.id)).to.deep.equal([
      'keep-ads-sms',
      'keep-ads-email',
    ]);
    expect(text($(el, '#since-ads-sms'))).to.equal('2024년 3월 2일 동의 · 확인 기한 2026년 3월 2일');
    await expect(el).to.be.accessible();
    box(el, 'keep-ads-email').click();
    await el.updateComplete;
    const record = await submitted(el, () => $(el, '[part=keep]').click());
    expect(record.event).to.equal('reconfirm');
    expect(record.items[0]!.channels!.map((c) => [c.id, c.granted])).to.deep.equal([
      ['sms', true],
      ['email', false],
      ['push', false],
    ]);
    expect(record.sender).to.equal('예시 주식회사');
    await settled(el, '#result-ads');
    const notice = text($(el, '#result-ads'));
    expect(notice).to.contain('SMS: 동의를 유지했습니다');
    expect(notice).to.contain('이메일: 동의를 철회했습니다');
    await waitUntil(() => el.shadowRoot!.activeElement?.id === 'result-ads');
    await expect(el).to.be.accessible();
  });

  it('withdraws every channel with one press, by keyboard', async () => {
    const el = await settled(await make('reconfirm'), '.reconfirm [part=withdraw]');
    $(el, '[part=withdraw]').focus();
    const record = await submitted(el, () => void sendKeys({ press: 'Enter' }));
    expect(record.items[0]!.granted).to.equal(false);
    expect(record.items[0]!.channels!.every((c) => !c.granted)).to.equal(true);
  });

  it('says so when there is no advertising consent to reconfirm', async () => {
    const state = { ...memberState(), items: memberState().items.filter((item) => item.id !== 'ads') };
    const el = await settled(await make('reconfirm', state), '.reconfirm [part=status]');
    expect(text($(el, '.reconfirm [part=status]'))).to.equal('확인할 광고성 정보 수신 동의가 없습니다.');
  });
});

const box = (el: PrivacyConsent, id: string) => $<HTMLInputElement>(el, `#${id}`);
