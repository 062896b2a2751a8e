import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/privacy-consent.js';
import type { PrivacyConsent } from '../../src/privacy-consent.js';
import { formPolicy } from '../fixtures/form-policy.js';
import { minimalPolicy } from '../fixtures/minimal-policy.js';
import { $, okReceipt, receiver, settled, text } from './helpers.js';

const ready = (el: PrivacyConsent) => settled(el, '.base');
const check = async (el: PrivacyConsent, id: string) => {
  $(el, `#${id}`).click();
  await el.updateComplete;
};

const inForm = async (policy = formPolicy()) => {
  const form = await fixture<HTMLFormElement>(html`
    <form action="about:blank" target="sink">
      <input name="userId" value="hong" />
      <fieldset>
        <privacy-consent name="consent" endpoint="/api/consent"></privacy-consent>
      </fieldset>
      <button>가입하기</button>
    </form>
  `);
  const el = form.querySelector('privacy-consent')!;
  // privacy-load fires once the content hash is known; the form value carries it from then on.
  const loaded = oneEvent(el, 'privacy-load');
  el.policy = policy;
  await loaded;
  await ready(el);
  return { form, el };
};

describe('<privacy-consent> in a form', () => {
  let fake: ReturnType<typeof receiver>;
  beforeEach(() => (fake = receiver()));
  afterEach(() => {
    fake.restore();
    localStorage.clear();
  });

  it('is invalid until every required item is agreed, anchored on the first unchecked one', async () => {
    const { form, el } = await inForm();
    expect(form.checkValidity()).to.equal(false);
    expect(el.validity.valueMissing).to.equal(true);
    // In the order shown: the required items, then the age confirmation (the last required row).
    expect(el.validationMessage).to.contain('개인정보 수집·이용 동의');
    expect(el.reportValidity()).to.equal(false);
    expect(el.shadowRoot!.activeElement?.id, 'the browser points at the first unchecked required box').to.equal(
      'item-signup',
    );
    await check(el, 'item-signup');
    expect(el.validationMessage).to.contain('만 14세 이상');
    await check(el, 'age');
    expect(form.checkValidity()).to.equal(true);
  });

  it('blocks the native submit while a required item is missing', async () => {
    const { form, el } = await inForm();
    let submitted = 0;
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      submitted++;
    });
    form.requestSubmit();
    await el.updateComplete;
    expect(submitted).to.equal(0);
    expect(fake.posted).to.have.length(0);
  });

  it('contributes its value under its name', async () => {
    const { form, el } = await inForm();
    await check(el, 'age');
    await check(el, 'item-signup');
    await check(el, 'channel-ads-email');
    const value = JSON.parse(String(new FormData(form).get('consent')));
    expect(value.policy).to.include({ id: 'form-example', version: '2026-01-01' });
    expect(value.policy.hash).to.match(/^sha256-/);
    expect(value.recordId).to.match(/^[0-9a-f-]{36}$/);
    expect(value.ageConfirmed).to.equal(true);
    expect(value.decisions.signup).to.deep.equal({ granted: true });
    expect(value.decisions.profile).to.deep.equal({ granted: false });
    expect(value.decisions.ads).to.deep.equal({
      granted: true,
      channels: { sms: false, email: true, push: false },
      night: false,
    });
  });

  it('sends the record to the endpoint when the form submits, refusals included', async () => {
    const { form, el } = await inForm();
    await check(el, 'age');
    await check(el, 'item-signup');
    form.addEventListener('submit', (event) => event.preventDefault());
    const submitted = oneEvent(el, 'privacy-submitted');
    form.requestSubmit();
    const { detail } = await submitted;
    expect(fake.posted).to.have.length(1);
    const { record, headers, url } = fake.posted[0]!;
    expect(url).to.equal(new URL('/api/consent', location.href).href);
    expect(headers.get('idempotency-key')).to.equal(record.recordId);
    expect(headers.get('content-type')).to.equal('application/json');
    expect(detail.receipt?.recordId).to.equal(record.recordId);
    // Refusing every optional item never blocks submission; each refusal is recorded.
    const byId = Object.fromEntries(record.items.map((item) => [item.id, item]));
    expect(byId.signup).to.include({ granted: true, required: true, category: 'collection', basis: 'consent' });
    for (const id of ['profile', 'provide', 'abroad', 'health', 'passport', 'ads'])
      expect(byId[id]!.granted, id).to.equal(false);
    expect(byId.ads!.channels).to.deep.equal([
      { id: 'sms', granted: false, night: false },
      { id: 'email', granted: false, night: false },
      { id: 'push', granted: false, night: false },
    ]);
    expect(record.notices).to.deep.equal([{ id: 'billing', basis: 'contract' }]);
    expect(record.age).to.deep.equal({ minimumAge: 14, confirmed: true });
    expect(record).to.include({
      schema: 'privacy-consent/record@1',
      jurisdiction: 'KR',
      method: 'web_form',
      locale: 'ko',
      gpc: false,
    });
    expect(record.clientTime).to.match(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}[+-]\d\d:\d\d$/);
    expect(record.page).to.deep.equal({ origin: location.origin, path: location.pathname });
  });

  it('stores each item’s own decision after 전체 동의, never "all"', async () => {
    const { el } = await inForm();
    await check(el, 'age');
    await check(el, 'agree-all');
    const record = await el.submit();
    expect(record.items.every((item) => item.granted)).to.equal(true);
    expect(record.items.map((item) => item.id)).to.deep.equal([
      'signup',
      'profile',
      'provide',
      'abroad',
      'health',
      'passport',
      'ads',
    ]);
    expect(record.items.find((item) => item.id === 'ads')!.channels!.every((c) => c.granted && c.night)).to.equal(true);
  });

  it('resets to all-unchecked with the form', async () => {
    const { form, el } = await inForm();
    await check(el, 'age');
    await check(el, 'agree-all');
    const before = JSON.parse(String(new FormData(form).get('consent'))).recordId;
    form.reset();
    await el.updateComplete;
    expect(Object.values(el.value).some((state) => state.granted)).to.equal(false);
    expect(($(el, '#age') as HTMLInputElement).checked).to.equal(false);
    expect(JSON.parse(String(new FormData(form).get('consent'))).recordId, 'a reset starts a new record').not.to.equal(
      before,
    );
  });

  it('is disabled by a disabled fieldset', async () => {
    const { form, el } = await inForm();
    form.querySelector('fieldset')!.disabled = true;
    await el.updateComplete;
    expect(($(el, '#item-signup') as HTMLInputElement).disabled).to.equal(true);
    expect(el.willValidate).to.equal(false);
    form.querySelector('fieldset')!.disabled = false;
    await el.updateComplete;
    expect(($(el, '#item-signup') as HTMLInputElement).disabled).to.equal(false);
  });

  it('renders no submit button of its own inside a form', async () => {
    const { el } = await inForm();
    expect($(el, '[part=submit]')).to.equal(null);
  });
});

describe('<privacy-consent> as a native form control', () => {
  let fake: ReturnType<typeof receiver>;
  beforeEach(() => (fake = receiver()));
  afterEach(() => {
    fake.restore();
    localStorage.clear();
  });

  it('answers form and labels as <input> does', async () => {
    const { form, el } = await inForm();
    expect(el.form).to.equal(form);
    expect([...el.labels]).to.deep.equal([]);
    const label = Object.assign(document.createElement('label'), { htmlFor: 'consent-el', textContent: '약관 동의' });
    el.id = 'consent-el';
    form.prepend(label);
    expect([...el.labels]).to.deep.equal([label]);
    const outside = await fixture<PrivacyConsent>(html`<privacy-consent></privacy-consent>`);
    expect(outside.form).to.equal(null);
  });

  it('takes a custom validity message and clears it with an empty one', async () => {
    const { form, el } = await inForm();
    await check(el, 'age');
    await check(el, 'item-signup');
    expect(form.checkValidity()).to.equal(true);
    el.setCustomValidity('이미 가입된 이메일입니다.');
    expect(el.validity.customError).to.equal(true);
    expect(el.validationMessage).to.equal('이미 가입된 이메일입니다.');
    expect(form.checkValidity()).to.equal(false);
    el.setCustomValidity('');
    expect(el.validity.valid).to.equal(true);
    expect(form.checkValidity()).to.equal(true);
  });

  it('submits under a name set from script in the same task', async () => {
    const { form, el } = await inForm();
    el.name = 'agreements';
    const data = new FormData(form);
    expect(data.has('consent')).to.equal(false);
    expect(JSON.parse(String(data.get('agreements'))).policy.id).to.equal('form-example');
    expect(el.getAttribute('name')).to.equal('agreements');
  });

  it('has its new value in FormData inside the change event', async () => {
    const { form, el } = await inForm();
    let seen: unknown;
    el.addEventListener(
      'change',
      () => (seen = JSON.parse(String(new FormData(form).get('consent'))).decisions.signup),
    );
    $(el, '#item-signup').click();
    expect(seen).to.deep.equal({ granted: true });
    let age: unknown;
    el.addEventListener('change', () => (age = JSON.parse(String(new FormData(form).get('consent'))).ageConfirmed));
    $(el, '#age').click();
    expect(age).to.equal(true);
  });

  it('matches :state(invalid) while invalid and :state(user-invalid) only after a submit attempt or a choice', async () => {
    const { form, el } = await inForm();
    expect(el.matches(':state(invalid)')).to.equal(true);
    expect(el.matches(':state(user-invalid)')).to.equal(false);
    form.requestSubmit();
    expect(el.matches(':state(user-invalid)')).to.equal(true);
    await check(el, 'age');
    await check(el, 'item-signup');
    expect(el.matches(':state(invalid)')).to.equal(false);
    expect(el.matches(':state(user-invalid)')).to.equal(false);
    form.reset();
    expect(el.matches(':state(invalid)')).to.equal(true);
    expect(el.matches(':state(user-invalid)'), 'a reset forgets the attempt').to.equal(false);
  });

  it('is a field without a value, invalid as not ready, before it has a policy (its view not loaded for it)', async () => {
    // No source at all: the element never asked for its view, so the shell alone answers.
    const form = await fixture<HTMLFormElement>(html`
      <form action="about:blank" target="sink">
        <privacy-consent name="consent"></privacy-consent>
      </form>
    `);
    const el = form.querySelector('privacy-consent')!;
    await el.updateComplete;
    expect(el.matches(':state(invalid)')).to.equal(true);
    expect(el.matches(':state(user-invalid)')).to.equal(false);
    expect(el.validity.valueMissing).to.equal(true);
    expect(el.validationMessage).to.equal('개인정보 처리방침을 아직 불러오지 못했습니다.');
    expect(new FormData(form).has('consent')).to.equal(false);
    expect(el.value).to.deep.equal({});
    form.requestSubmit();
    expect(el.matches(':state(user-invalid)'), 'a submit attempt').to.equal(true);
    form.reset();
    expect(el.matches(':state(user-invalid)'), 'a reset forgets the attempt').to.equal(false);
    // Checking fires `invalid`, which counts as an attempt (as a submit's own check does).
    expect(el.checkValidity()).to.equal(false);
    expect(el.matches(':state(user-invalid)')).to.equal(true);
    form.reset();
    el.setCustomValidity('이미 가입된 이메일입니다.');
    expect(el.validity.customError).to.equal(true);
    expect(el.validationMessage).to.equal('이미 가입된 이메일입니다.');
    el.setCustomValidity('');
    expect(el.validationMessage).to.equal('개인정보 처리방침을 아직 불러오지 못했습니다.');
    expect(el.reportValidity()).to.equal(false);
    expect(el.matches(':state(user-invalid)')).to.equal(true);

    const loaded = oneEvent(el, 'privacy-load');
    el.policy = formPolicy();
    await loaded;
    await ready(el);
    expect(el.validationMessage).to.contain('개인정보 수집·이용 동의');
    expect(el.matches(':state(user-invalid)'), 'a loaded form starts untouched').to.equal(false);
  });

  it('restores no choice after back-navigation: consent is never pre-checked', async () => {
    const { form, el } = await inForm();
    await check(el, 'age');
    await check(el, 'agree-all');
    const saved = String(new FormData(form).get('consent'));
    el.reset();
    await el.updateComplete;
    // What the browser calls when it restores a form (bfcache miss, session restore, autofill).
    const restore = el.formStateRestoreCallback as (state: string, mode: 'restore' | 'autocomplete') => void;
    restore.call(el, saved, 'restore');
    await el.updateComplete;
    const checked = el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type=checkbox]:checked');
    expect(checked).to.have.length(0);
    expect(Object.values(el.value).some((item) => item.granted)).to.equal(false);
  });
});

describe('<privacy-consent> on its own', () => {
  let fake: ReturnType<typeof receiver>;
  afterEach(() => {
    fake.restore();
    localStorage.clear();
  });

  const alone = async (attrs: Partial<PrivacyConsent> = {}) => {
    const el = await fixture<PrivacyConsent>(html`<privacy-consent endpoint="/api/consent"></privacy-consent>`);
    Object.assign(el, { policy: minimalPolicy(), ...attrs });
    return ready(el);
  };

  it('submits with its own button, shows "sending", then a readable confirmation', async () => {
    let answer!: () => void;
    const gate = new Promise<void>((resolve) => (answer = resolve));
    fake = receiver(async (posted) => {
      await gate;
      return okReceipt(posted);
    });
    const el = await alone({ subject: 'user-42', headers: { 'x-csrf-token': 'abc' } });
    await check(el, 'item-collect-required');
    await check(el, 'channel-ads-sms');
    await check(el, 'night-ads');
    $(el, '[part=submit]').click();
    await waitUntil(() => fake.posted.length === 1);
    await el.updateComplete;
    expect(text($(el, '[part=submit]'))).to.equal('전송 중…');
    expect(($(el, '[part=submit]') as HTMLButtonElement).disabled).to.equal(true);
    expect(text($(el, '[role=status]'))).to.equal('동의 내역을 전송하고 있습니다.');
    await expect(el).to.be.accessible();
    expect(fake.posted[0]!.headers.get('x-csrf-token')).to.equal('abc');
    expect(fake.posted[0]!.record.subject).to.equal('user-42');
    answer();
    await oneEvent(el, 'privacy-submitted');
    await el.updateComplete;
    const receipt = $(el, '[part=receipt]');
    expect(el.shadowRoot!.activeElement).to.equal(receipt);
    const shown = text(receipt);
    expect(shown).to.contain('예시 주식회사');
    expect(shown).to.contain('정상적으로 접수되었습니다.');
    const lists = [...receipt.querySelectorAll('h3')].map((heading) => [
      text(heading),
      [...heading.nextElementSibling!.querySelectorAll('li')].map(text),
    ]);
    expect(lists).to.deep.equal([
      [
        '동의한 항목',
        ['[필수] 개인정보 수집·이용 동의 (수집·이용)', '[선택] 광고성 정보 수신 동의 (광고성 정보 수신)'],
      ],
      ['동의하지 않은 항목', ['[선택] 제3자 제공 동의 (제3자 제공)']],
      ['광고성 정보 수신 (매체별)', ['SMS: 동의 (야간 수신 동의)', '이메일: 거부']],
    ]);
    // The receiver's time, once it answered (the browser's clock may be wrong).
    const time = receipt.querySelector('time')!;
    expect(time.getAttribute('datetime')).to.equal('2026-11-22T01:00:00.000Z');
    expect(text(time)).to.equal(
      new Intl.DateTimeFormat('ko', { dateStyle: 'long', timeStyle: 'short' }).format(
        new Date('2026-11-22T01:00:00.000Z'),
      ),
    );
    await expect(el).to.be.accessible();
  });

  it('tells a required and an optional item of the same title apart in the confirmation', async () => {
    fake = receiver();
    const base = minimalPolicy();
    const twin = {
      purpose: '이벤트 안내',
      items: ['이메일'],
      retention: '철회 시까지',
      refusal: '거부해도 가입할 수 있습니다.',
      title: '마케팅 활용 동의',
    };
    const el = await alone({
      policy: {
        ...base,
        consents: [
          { ...twin, id: 'marketing-required', category: 'collection', required: true },
          { ...twin, id: 'marketing', category: 'marketing', required: false },
        ],
      },
    });
    await check(el, 'item-marketing-required');
    await el.submit();
    await el.updateComplete;
    const lists = [...$(el, '[part=receipt]').querySelectorAll('h3')].map((heading) => [
      text(heading),
      [...heading.nextElementSibling!.querySelectorAll('li')].map(text),
    ]);
    expect(lists).to.deep.equal([
      ['동의한 항목', ['[필수] 마케팅 활용 동의 (수집·이용)']],
      ['동의하지 않은 항목', ['[선택] 마케팅 활용 동의 (홍보·판매 권유)']],
    ]);
  });

  it('shows the browser time while the record waits to be sent', async () => {
    fake = receiver();
    const el = await fixture<PrivacyConsent>(html`<privacy-consent></privacy-consent>`);
    el.policy = minimalPolicy();
    await ready(el);
    await check(el, 'item-collect-required');
    const record = await el.submit();
    await el.updateComplete;
    expect($(el, '[part=receipt] time').getAttribute('datetime')).to.equal(record.clientTime);
  });

  it('lets the host cancel before sending', async () => {
    fake = receiver();
    const el = await alone();
    await check(el, 'item-collect-required');
    el.addEventListener('privacy-submit', (event) => event.preventDefault(), { once: true });
    let failure: unknown;
    await el.submit().catch((error) => (failure = error));
    expect((failure as DOMException).name).to.equal('AbortError');
    expect(fake.posted).to.have.length(0);
  });

  it('rejects submit() while a required item is missing', async () => {
    fake = receiver();
    const el = await alone();
    let failure: unknown;
    await el.submit().catch((error) => (failure = error));
    expect(String(failure)).to.contain('필수 항목');
    expect(fake.posted).to.have.length(0);
  });

  it('reports a refused record, says so, and lets the person try again', async () => {
    fake = receiver(() => Response.json({ error: { code: 'required-not-granted' } }, { status: 422 }));
    const el = await alone();
    await check(el, 'item-collect-required');
    const failed = oneEvent(el, 'privacy-error');
    await el.submit().catch(() => {});
    expect((await failed).detail.willRetry).to.equal(false);
    await el.updateComplete;
    expect(text($(el, '[part=error][role=alert]'))).to.contain('전송하지 못했습니다');
    expect(($(el, '[part=submit]') as HTMLButtonElement).disabled).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('announces retries while the network fails, then delivers', async () => {
    fake = receiver((posted, count) =>
      count < 2 ? new Response('busy', { status: 503, headers: { 'retry-after': '0' } }) : okReceipt(posted),
    );
    const el = await alone();
    await check(el, 'item-collect-required');
    const retrying = oneEvent(el, 'privacy-error');
    const done = el.submit();
    expect((await retrying).detail.willRetry).to.equal(true);
    await el.updateComplete;
    expect(text($(el, '[role=status]'))).to.contain('다시 전송');
    await done;
    expect(fake.posted).to.have.length(2);
    expect(fake.posted[0]!.record.recordId).to.equal(fake.posted[1]!.record.recordId);
  });

  it('without an endpoint, builds the record and hands it to the host', async () => {
    fake = receiver();
    const el = await fixture<PrivacyConsent>(html`<privacy-consent></privacy-consent>`);
    el.policy = minimalPolicy();
    await ready(el);
    await check(el, 'item-collect-required');
    const submitted = oneEvent(el, 'privacy-submitted');
    const record = await el.submit();
    expect((await submitted).detail).to.deep.equal({ record, receipt: null });
    expect(fake.posted).to.have.length(0);
    expect(el.record).to.equal(record);
  });

  it('fires change for the person’s choices only, not for programmatic ones', async () => {
    fake = receiver();
    const el = await alone();
    let changes = 0;
    el.addEventListener('change', () => changes++);
    el.reset();
    await el.updateComplete;
    expect(changes).to.equal(0);
    await check(el, 'item-collect-required');
    expect(changes).to.equal(1);
  });
});
