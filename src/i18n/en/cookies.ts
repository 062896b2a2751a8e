import type { CookieStrings } from '../catalog.js';

/** English: strings of `<privacy-cookie-notice>`. */
const strings: CookieStrings = {
  cookieRegion: 'Cookie notice',
  cookieTitle: 'Cookies',
  cookieNotice: 'This site uses the cookies it needs to work.',
  cookieOptional: 'Other cookies are used only if you allow them; you can change this at any time.',
  bannerShown: 'A cookie notice is open; it is the last thing on the page.',
  cookieMore: 'Read the cookie policy',
  acknowledge: 'OK',
  acceptAll: 'Accept all',
  rejectAll: 'Reject all',
  customize: 'Settings',
  settingsTitle: 'Cookie settings',
  saveChoices: 'Save choices',
  aboutCategory: (title) => `About ${title}`,
  cookieList: 'Cookies used',
  refuseInBrowser: 'How to refuse cookies in your browser',
  refuseInBrowserLink: (browser) => `How to refuse cookies in ${browser}`,
  gpcApplied:
    'Your browser’s Global Privacy Control signal is on, so advertising cookies stay off. You can still turn them on yourself.',
  choiceSaved: 'Your cookie choices are saved.',
  reloadToStop: 'Scripts that already ran stop when you reload the page.',
};

export default strings;
