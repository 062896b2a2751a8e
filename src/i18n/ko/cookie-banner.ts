import type { CookieStrings } from '../catalog.js';

/** 한국어: what `<privacy-cookie-notice>` says in its banner (its first load); the rest is in cookies.ts. */
const strings = {
  cookieTitle: '쿠키 사용 안내',
  cookieNotice: '이 사이트는 서비스 제공에 필요한 쿠키를 사용합니다.',
  cookieOptional: '그 밖의 쿠키는 허용하신 경우에만 사용하며, 언제든 설정을 바꿀 수 있습니다.',
  bannerShown: '쿠키 사용 안내가 열렸습니다. 페이지의 마지막 항목입니다.',
  cookieMore: '쿠키 정책 자세히 보기',
  acknowledge: '확인',
  acceptAll: '모두 허용',
  rejectAll: '모두 거부',
  customize: '설정',
  refuseInBrowser: '브라우저에서 쿠키를 거부하는 방법',
  refuseInBrowserLink: (browser) => `${browser}에서 쿠키 거부하는 방법`,
} satisfies Partial<CookieStrings>;

export default strings;
