/**
 * The chunk `<privacy-policy>` loads at the moment it requests its policy: the checker the policy
 * is checked with, and everything that renders it (the document, its Korean strings, its
 * stylesheet), so a first render waits for nothing the checker did not already wait for.
 */
import { registerDefaults } from '../../i18n/catalogs.js';
import koPolicy from '../../i18n/ko/policy-main.js';
import { tableStyles } from '../shared/table-styles.js';
import { styles as documentStyles } from './privacy-policy.styles.js';

export { checkPolicy } from '../../policy/check.js';
export { PolicyDocument, type DocumentHost } from './policy-document.js';

/** The document's styles, adopted onto the element's shadow root before its first render. */
export const styles = [tableStyles, documentStyles];

// Beside the strings the element's first load registered, never over a host's reworded ones.
registerDefaults('ko', 'policy', koPolicy);
