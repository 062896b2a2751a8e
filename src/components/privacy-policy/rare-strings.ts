import { registerDefaults } from '../../i18n/catalogs.js';
import koRare from '../../i18n/ko/policy-rare.js';

/**
 * Registers the Korean strings of the views few policies need, beside the element's and never
 * over a host's reworded ones: each such view calls it as it loads (a call, not a bare import,
 * which a bundler may drop under package.json `sideEffects`); the element picks them up (LazyViews).
 */
export const registerRareStrings = (): void => registerDefaults('ko', 'policy', koRare);
