/** Text whose table cells were run together when copied: split it back where the words show how. */
import type { EntrustmentRow } from '../../policy/types.js';
import { plain } from './items.js';

/** Where a copied table lost its cell boundaries: `(주)다날본인확인 및 휴대폰인증`. */
export const TASK_WORD =
  /(본인\s*확인|휴대폰|PG|SMS|LMS|MMS|Email|E-mail|이메일|카카오|알림톡|메시지|물류|배송|택배|결제|발송|서버|호스팅|클라우드|고객|상담|콜센터|전산|시스템|개발|유지\s*보수|마케팅|광고|분석|채용|보관|인증|정산|회계|세무|데이터|문자|우편|CS|IT|매출)/;

export const deglueEntrustment = (text: string): EntrustmentRow | undefined => {
  const value = plain(text);
  const company = /^(.*?(?:주식회사|\(주\)|㈜|\(유\)))(?=\S)(.+)$/.exec(value);
  if (company && company[1]!.length >= 3 && !/^\(주\)$|^㈜$/.test(company[1]!))
    return { entrustee: company[1]!, task: company[2]! };
  const word = TASK_WORD.exec(value.slice(2));
  if (!word) return undefined;
  const at = word.index + 2;
  return { entrustee: value.slice(0, at).trim(), task: value.slice(at).trim() };
};

/** A table row copied without separators: `개인정보침해신고센터118`, `정보보호마크인증위원회www.eprivacy.or.kr02-580-0533~4`. */
export const deglue = (text: string): string =>
  text
    .replace(/([가-힣)A-Za-z])(www\.|https?:)/g, '$1 $2')
    .replace(/(\.(?:kr|com|net|org))(\d)/g, '$1 $2')
    .replace(/([가-힣])(\d{2,4}-\d|1\d{2,3}$)/g, '$1 $2');
