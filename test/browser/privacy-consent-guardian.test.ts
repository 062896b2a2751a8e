import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/privacy-consent.js';
import type { PrivacyConsent } from '../../src/privacy-consent.js';
import { formPolicy } from '../fixtures/form-policy.js';
import { $, $$, mount, settled, text } from './helpers.js';

const box = (el: PrivacyConsent, id: string) => $<HTMLInputElement>(el, `#${id}`);

describe('<privacy-consent> guardian consent for a child', () => {
  const signupChild = async () => {
    const el = await mount('privacy-consent', '', formPolicy());
    await settled(el, '.base');
    return el;
  };

  it('asks for the required items first, hands the draft to the host, and completes with the guardian', async () => {
    const el = await signupChild();
    $(el, '[part=guardian]').click();
    await settled(el, '.guardian-step');
    // Nothing agreed yet: the required item says so and takes focus.
    await waitUntil(() => el.shadowRoot!.activeElement?.id === 'item-signup');
    expect(el.checkValidity()).to.equal(false);
    await expect(el).to.be.accessible();
    box(el, 'item-signup').click();
    box(el, 'item-profile').click();
    await el.updateComplete;
    setTimeout(() => $(el, '#guardian').click());
    const { detail } = await oneEvent(el, 'privacy-guardian-required');
    expect(detail.record.age).to.deep.equal({ minimumAge: 14, confirmed: false });
    expect(detail.record.guardian).to.equal(undefined);
    await settled(el, '.guardian-step [role=status]');
    expect(box(el, 'item-signup').disabled).to.equal(true);
    await expect(el).to.be.accessible();
    const record = await el.completeGuardian({
      method: 'mobile',
      verifiedAt: new Date('2026-11-30T01:00:00Z'),
      name: '김보호',
    });
    expect(record.guardian).to.deep.equal({ method: 'mobile', verifiedAt: '2026-11-30T01:00:00.000Z', name: '김보호' });
    expect(record.recordId).to.equal(detail.record.recordId);
    expect(record.items.find((item) => item.id === 'profile')!.granted).to.equal(true);
    await settled(el, '.receipt');
    expect(text($(el, '.receipt'))).to.contain('법정대리인 동의 휴대전화 본인확인');
    await expect(el).to.be.accessible();
  });

  it('refuses completeGuardian() when nothing is pending or the verification is malformed', async () => {
    const el = await signupChild();
    let error = await el.completeGuardian({ method: 'mobile', verifiedAt: new Date() }).catch((e: Error) => e);
    expect((error as Error).message).to.contain('No guardian consent is pending');
    box(el, 'item-signup').click();
    await el.updateComplete;
    setTimeout(() => $(el, '[part=guardian]').click());
    await oneEvent(el, 'privacy-guardian-required');
    error = await el.completeGuardian({ method: 'fax' as 'mobile', verifiedAt: new Date() }).catch((e: Error) => e);
    expect(error).to.be.instanceOf(TypeError);
    error = await el.completeGuardian({ method: 'card', verifiedAt: 'yesterday' }).catch((e: Error) => e);
    expect(error).to.be.instanceOf(TypeError);
  });

  it('goes back to the age confirmation by keyboard', async () => {
    const el = await signupChild();
    $(el, '[part=guardian]').click();
    await settled(el, '.guardian-step');
    const back = $$<HTMLButtonElement>(el, '.guardian-step button').find(
      (button) => text(button) === '만 14세 이상입니다',
    )!;
    back.focus();
    await sendKeys({ press: 'Enter' });
    await settled(el, '#age');
    await waitUntil(() => el.shadowRoot!.activeElement?.id === 'age');
    expect(el.shadowRoot!.querySelector('.guardian-step')).to.equal(null);
  });
});
