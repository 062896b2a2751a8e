import type { PolicyStrings } from '../catalog.js';
import main from './policy-main.js';
import rare from './policy-rare.js';
import shell from './policy-shell.js';

export { useFieldNames } from './policy-rare.js';

/**
 * 한국어: every string of `<privacy-policy>`, e.g. to start a reworded catalog from. The element
 * ships the trigger's (policy-shell.ts), its document chunk the document's (policy-main.ts), and
 * the views few policies need bring theirs (policy-rare.ts).
 */
const strings: PolicyStrings = { ...shell, ...main, ...rare };

export default strings;
