import type { CommonStrings } from '../catalog.js';

/** 한국어: strings every element uses. */
const strings: CommonStrings = {
  required: '필수',
  optional: '선택',
  loading: '불러오는 중…',
  loadError: '개인정보 처리방침을 불러오지 못했습니다.',
  retry: '다시 시도',
  invalidPolicy: '개인정보 처리방침 문서에 오류가 있어 표시할 수 없습니다.',
  invalidPolicyDetail: (count) => `문서 오류 ${count}건`,
  close: '닫기',
  showDetails: '자세히 보기',
  hideDetails: '접기',
  opensInNewWindow: '새 창에서 열림',
  alwaysOn: '항상 사용',
};

export default strings;
