import type { CookieStrings } from '../catalog.js';
import banner from './cookie-banner.js';
import more from './cookie-more.js';

/** 한국어: strings of `<privacy-cookie-notice>`: the banner's, then the ones loaded on use. */
const strings: CookieStrings = { ...banner, ...more };

export default strings;
