import type { CookieStrings } from '../catalog.js';

/** 한국어: strings of `<privacy-cookie-notice>`. */
const strings: CookieStrings = {
  cookieRegion: '쿠키 안내',
  cookieTitle: '쿠키 사용 안내',
  cookieNotice: '이 사이트는 서비스 제공에 필요한 쿠키를 사용합니다.',
  cookieOptional: '그 밖의 쿠키는 허용하신 경우에만 사용하며, 언제든 설정을 바꿀 수 있습니다.',
  bannerShown: '쿠키 사용 안내가 열렸습니다. 페이지의 마지막 항목입니다.',
  cookieMore: '쿠키 정책 자세히 보기',
  acknowledge: '확인',
  acceptAll: '모두 허용',
  rejectAll: '모두 거부',
  customize: '설정',
  settingsTitle: '쿠키 설정',
  saveChoices: '선택 저장',
  aboutCategory: (title) => `${title} 설명`,
  cookieList: '사용하는 쿠키',
  refuseInBrowser: '브라우저에서 쿠키를 거부하는 방법',
  refuseInBrowserLink: (browser) => `${browser}에서 쿠키 거부하는 방법`,
  gpcApplied:
    '브라우저의 GPC(Global Privacy Control) 신호에 따라 광고 쿠키는 켜지 않았습니다. 원하시면 직접 켤 수 있습니다.',
  choiceSaved: '쿠키 설정을 저장했습니다.',
  reloadToStop: '이미 실행된 스크립트는 페이지를 새로 고치면 멈춥니다.',
};

export default strings;
