import type { ConsentReceiptStrings } from '../catalog.js';

/** 한국어: sending a record and the confirmation of `<privacy-consent>` (they come with the code that sends and confirms). */
const strings: ConsentReceiptStrings = {
  sendingStatus: '동의 내역을 전송하고 있습니다.',
  retrying: '연결이 원활하지 않아 동의 내역을 다시 전송합니다.',
  sendFailed: '동의 내역을 전송하지 못했습니다. 잠시 후 다시 시도해 주세요.',
  receiptTitle: '개인정보 처리 동의 결과 안내',
  receiptLead: (controller) => `${controller}에 대한 동의 및 거부 내역을 알려 드립니다.`,
  receiptController: '처리자',
  receiptDate: '일시',
  receiptResult: '처리 결과',
  receiptDone: '정상적으로 접수되었습니다.',
  receiptQueued: '저장되었으며, 연결되는 대로 전송됩니다.',
  receiptId: '접수 번호',
  receiptAgreed: '동의한 항목',
  receiptRefused: '동의하지 않은 항목',
  categoryName: (category) =>
    ({
      collection: '수집·이용',
      'third-party': '제3자 제공',
      overseas: '국외 이전',
      'out-of-purpose': '목적 외 이용·제공',
      sensitive: '민감정보 처리',
      'unique-id': '고유식별정보 처리',
      marketing: '홍보·판매 권유',
      'ad-receipt': '광고성 정보 수신',
      terms: '약관',
      location: '개인위치정보',
    })[category] ?? category,
  receiptAdvertising: '광고성 정보 수신 (매체별)',
  granted: '동의',
  refused: '거부',
  nightGranted: '야간 수신 동의',
  none: '없음',
  storageUnavailable:
    '이 브라우저에서는 동의 내역을 임시 저장할 수 없어, 전송이 끝날 때까지 페이지를 닫지 말아 주세요.',
};

export default strings;
