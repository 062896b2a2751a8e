import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/privacy-consent.js';
import type { PrivacyConsent } from '../../src/privacy-consent.js';
import type { ConsentRecord } from '../../src/consent/record.js';
import { formPolicy } from '../fixtures/form-policy.js';
import { minimalPolicy } from '../fixtures/minimal-policy.js';

interface Posted {
  url: string;
  headers: Headers;
  record: ConsentRecord;
  keepalive?: boolean;
}

/** Replaces fetch for POSTs: answers each with the next scripted response (default 201). */
const receiver = (script: (posted: Posted, count: number) => Response | Promise<Response> = okReceipt) => {
  const posted: Posted[] = [];
  const realFetch = window.fetch;
  window.fetch = async (input, init) => {
    if (init?.method !== 'POST') return realFetch(input, init);
    const entry = {
      url: String(input),
      headers: new Headers(init.headers),
      record: JSON.parse(String(init.body)) as ConsentRecord,
      keepalive: init.keepalive,
    };
    posted.push(entry);
    return script(entry, posted.length);
  };
  return { posted, restore: () => (window.fetch = realFetch) };
};
function okReceipt(posted: Posted): Response {
  return Response.json(
    { recordId: posted.record.recordId, receivedAt: '2026-11-22T01:00:00.000Z', status: 'stored' },
    { status: 201 },
  );
}

const ready = async (el: PrivacyConsent) => {
  await waitUntil(() => el.shadowRoot?.querySelector('.base'), 'the form renders');
  await el.updateComplete;
  return el;
};
const $ = <T extends HTMLElement = HTMLElement>(el: PrivacyConsent, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector)!;
const check = async (el: PrivacyConsent, id: string) => {
  $(el, `#${id}`).click();
  await el.updateComplete;
};
const text = (node: Element) => node.textContent!.replace(/\s+/g, ' ').trim();

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
  el.policy = policy;
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
    expect(el.validationMessage).to.contain('만 14세 이상');
    expect(el.reportValidity()).to.equal(false);
    expect(el.shadowRoot!.activeElement?.id, 'the browser points at the first unchecked required box').to.equal('age');
    await check(el, 'age');
    expect(el.validationMessage).to.contain('개인정보 수집·이용 동의');
    await check(el, 'item-signup');
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
      ['동의한 항목', ['개인정보 수집·이용 동의', '광고성 정보 수신 동의']],
      ['동의하지 않은 항목', ['제3자 제공 동의']],
      ['광고성 정보 수신 (매체별)', ['SMS: 동의 (야간 수신 동의)', '이메일: 거부']],
    ]);
    expect(receipt.querySelector('time')!.getAttribute('datetime')).to.equal(el.record!.clientTime);
    await expect(el).to.be.accessible();
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
