import type { ConsentFormStrings } from '../catalog.js';

/**
 * 한국어: what `<privacy-consent>` says before its signup view is here (it ships with the element;
 * the form's own strings come with the view, see consent-form.ts).
 */
const strings: Pick<ConsentFormStrings, 'notReady'> = {
  notReady: '개인정보 처리방침을 아직 불러오지 못했습니다.',
};

export default strings;
