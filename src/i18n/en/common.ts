import type { CommonStrings } from '../catalog.js';

/** English: strings every element uses. */
const strings: CommonStrings = {
  required: 'Required',
  optional: 'Optional',
  loading: 'Loading…',
  loadError: 'The privacy policy could not be loaded.',
  retry: 'Try again',
  invalidPolicy: 'The privacy policy document has errors and cannot be shown.',
  invalidPolicyDetail: (count) => `${count} document error${count === 1 ? '' : 's'}`,
  close: 'Close',
  showDetails: 'Show details',
  hideDetails: 'Hide details',
  opensInNewWindow: 'opens in a new window',
  alwaysOn: 'Always on',
};

export default strings;
