import type { CookieStrings } from '../catalog.js';

/** 한국어: what `<privacy-cookie-notice>` says beyond its banner (the settings, after a choice), loaded on use. */
const strings = {
  cookieRegion: '쿠키 안내',
  settingsTitle: '쿠키 설정',
  saveChoices: '선택 저장',
  aboutCategory: (title) => `${title} 설명`,
  cookieList: '사용하는 쿠키',
  gpcApplied:
    '브라우저의 GPC(Global Privacy Control) 신호에 따라 광고 쿠키는 켜지 않았습니다. 원하시면 직접 켤 수 있습니다.',
  choiceSaved: '쿠키 설정을 저장했습니다.',
  reloadToStop: '이미 실행된 스크립트는 페이지를 새로 고치면 멈춥니다.',
} satisfies Partial<CookieStrings>;

export default strings;
