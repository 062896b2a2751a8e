import type { ConsentStrings } from '../catalog.js';
import form from './consent-form.js';
import messages from './consent-messages.js';
import notice from './consent-notice.js';
import receipt from './consent-receipt.js';

/**
 * 한국어: every string of `<privacy-consent>`, e.g. to start a reworded catalog from. The element
 * itself ships only the form's and brings the rest with the views that use them.
 */
const strings: ConsentStrings = { ...form, ...messages, ...notice, ...receipt };

export default strings;
