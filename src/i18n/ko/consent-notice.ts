import type { ConsentNoticeStrings } from '../catalog.js';

/** 한국어: the statutory notices, terms documents and the sheet of `<privacy-consent>` (they come with their view). */
const strings: ConsentNoticeStrings = {
  agree: '동의합니다',
  openDocument: '전문 보기',
  noticePurpose: '수집·이용 목적',
  noticeItems: '수집 항목',
  noticeRetention: '보유·이용 기간',
  noticeRefusal: '동의를 거부할 권리 및 거부 시 불이익',
  provisionRecipient: '제공받는 자',
  provisionPurpose: '제공받는 자의 이용 목적',
  provisionItems: '제공하는 항목',
  provisionRetention: '제공받는 자의 보유·이용 기간',
  overseasRecipient: '이전받는 자',
  overseasCountry: '이전 국가',
  overseasTransfer: '이전 일시 및 방법',
  overseasContact: '이전받는 자의 연락처',
  overseasItems: '이전되는 항목',
  overseasPurpose: '이전받는 자의 이용 목적',
  overseasRetention: '이전받는 자의 보유·이용 기간',
  overseasRefusal: '이전 거부 방법 및 효과',
  noticeNote: '비고',
  sensitiveDisclosure: '공개 가능성 및 비공개 선택 방법',
};

export default strings;
