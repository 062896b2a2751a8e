import type { ConsentStrings } from '../catalog.js';
import form from './consent-form.js';
import messages from './consent-messages.js';
import notice from './consent-notice.js';
import receipt from './consent-receipt.js';
import shell from './consent-shell.js';

/**
 * 한국어: every string of `<privacy-consent>`, e.g. to start a reworded catalog from. The element
 * itself ships only what it says before its view is here and brings the rest with the views that use them.
 */
const strings: ConsentStrings = { ...shell, ...form, ...messages, ...notice, ...receipt };

export default strings;
