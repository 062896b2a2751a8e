/**
 * The signup page of test/e2e/chaos.e2e.test.ts: a form with a fresh `<privacy-consent>` per
 * submission (`chaos.mount(n)`), its policy given inline (so an offline page can still show a
 * form), posting to `/api/consent` on this origin, where the chaos proxy sits.
 */
import '../../src/privacy-consent.js';
import policy from '../../demo/policies/smartro.json';

interface Chaos {
  /** recordIds of the records this page submitted (`privacy-submit`), in order. */
  readonly submitted: string[];
  /** Replaces the form's consent element with a fresh one, for submission `n`. */
  mount(n: number): void;
}

declare global {
  interface Window {
    chaos: Chaos;
  }
}

const form = document.querySelector<HTMLFormElement>('#signup')!;
const slot = document.querySelector('#slot')!;
// No account backend: the page stays; the record is delivered in the background.
form.addEventListener('submit', (event) => event.preventDefault());

const submitted: string[] = [];
document.addEventListener('privacy-submit', (event) => {
  submitted.push((event as HTMLElementEventMap['privacy-submit']).detail.record.recordId);
});

window.chaos = {
  submitted,
  mount(n) {
    const consent = document.createElement('privacy-consent');
    consent.endpoint = '/api/consent';
    consent.subject = `chaos-e2e-${n}`;
    consent.policy = policy;
    slot.replaceChildren(consent);
  },
};
// The first element: it also starts the outbox, which flushes what an earlier page left.
window.chaos.mount(0);
