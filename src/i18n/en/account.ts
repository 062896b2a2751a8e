import type { AccountStrings } from '../catalog.js';

const OUTCOMES: Readonly<Record<string, string>> = {
  granted: 'consent given',
  withdrawn: 'consent withdrawn',
  kept: 'consent kept',
  refused: 'not consented',
};

const FACTS: Readonly<Record<string, string>> = {
  purpose: 'Purpose',
  items: 'Items',
  recipient: 'Recipient',
  retention: 'Retention',
  channels: 'Channels',
  document: 'Terms version',
};

/** English: strings of `<privacy-consent>` after signup (account modes, guardian step). */
const strings: AccountStrings = {
  stateLoadError: 'Your consent settings could not be loaded.',
  stateMissing: 'No consent state was given for this member.',
  decidedOn: (granted, event, date) =>
    `${granted ? 'Agreed' : event === 'withdraw' ? 'Withdrawn' : 'Not agreed'} · ${date}`,
  notDecided: 'Never agreed',
  saving: 'Saving…',
  saveFailed: 'Could not save. Please try again shortly.',
  requiredHint: 'Required items are needed to provide the service. To withdraw them, close your account.',
  leave: 'Close account',
  optionalHint: 'You can agree to or withdraw optional items at any time; each change is saved at once.',
  resultTitle: (advertising) =>
    advertising ? 'Result of your advertising consent decision' : 'Result of your consent change',
  resultSender: 'Sender',
  outcome: (outcome) => OUTCOMES[outcome] ?? outcome,
  reconsentTitle: 'Please consent again to what changed',
  reconsentLead: (controller, date) =>
    `${controller} changed how it processes personal data (in force from ${date}). Only the items that changed are asked again; your other consents stay as they are.`,
  reconsentNone: 'Nothing needs your consent again. Your consents stay as they are.',
  reconsentReason: (reason) =>
    ({ added: 'New', changed: 'Changed', unknown: 'Cannot compare', 'not-granted': 'Consent needed' })[reason] ??
    reason,
  factName: (fact, category) =>
    fact === 'recipient' && category === 'overseas' ? 'Recipient (country)' : (FACTS[fact] ?? fact),
  before: 'Before',
  after: 'After',
  reconsentRequiredHint: 'Without consent to the required items you cannot keep using the service.',
  reconfirmTitle: 'Do you still want to receive advertising?',
  reconfirmLead:
    'Under Article 50(8) of the Network Act we confirm every two years whether you still agree to receive advertising. You can keep or withdraw your consent; if you do not answer, it stays as it is.',
  reconfirmNone: 'There is no advertising consent to confirm.',
  consentedOn: (date, due) => `Agreed on ${date} · confirm by ${due}`,
  keep: 'Keep receiving',
  withdrawAll: 'Withdraw consent',
  keepHint: 'Channels you untick are withdrawn, not kept.',
  guardianUnder: (age) => `Under ${age}: signing up with the consent of a legal guardian (a parent).`,
  guardianStart: 'Ask a legal guardian to consent',
  guardianBack: (age) => `I am ${age} or older`,
  guardianWaiting: 'Waiting for your legal guardian to confirm.',
  cancel: 'Cancel',
  guardianMissing: (age) => `Under ${age}, a legal guardian must consent.`,
  guardianConsent: 'Legal guardian’s consent',
  guardianMethod: (method) =>
    ({
      mobile: 'mobile phone verification',
      card: 'credit card verification',
      ipin: 'i-PIN verification',
      document: 'signed consent form',
      other: 'another method',
    })[method] ?? method,
};

export default strings;
