/**
 * What a child may be asked about their guardian: to obtain the legal guardian's consent, a
 * controller may collect only the guardian's name and contact details from the child without
 * the guardian's consent (PIPA 22-2(2)). `children.guardianItems` lists what is collected; any
 * other item there (a birth date, an address, the guardian's ID number…) is linted.
 */
import type { LintContext } from './lint-types.js';
import { plainText } from './text.js';
import type { DataItemGroup, DataItems, Text } from './types.js';
import type { PathKey } from './walk.js';

const REF = 'PIPA 22-2(2)';

/** A name (이름, 성명, 성함) or a way to reach the guardian (phone, mobile, e-mail, 연락처). */
const NAME_OR_CONTACT =
  /^(법정\s*대리인|보호자|부모)?\s*(의\s*)?(이름|성명|성함|연락처|전화\s*번호|휴대\s*(전화|폰)\s*(번호)?|핸드폰\s*(번호)?|이동\s*전화\s*(번호)?|이메일(\s*주소)?|전자\s*우편(\s*주소)?|(guardian'?s?\s*)?(full\s*)?(name|contact(\s*details)?|(mobile\s*|tele)?phone(\s*number)?|e-?mail(\s*address)?))$/i;

/** Each leaf item with its path; a group's items are under `items`. */
function* leaves(items: DataItems, path: PathKey[]): Generator<[Text, PathKey[]]> {
  for (const [index, item] of items.entries())
    if (typeof item === 'object' && 'items' in item && 'label' in item)
      yield* leaves((item as DataItemGroup).items, [...path, index, 'items']);
    else yield [item as Text, [...path, index]];
}

export const lintGuardian = ({ policy, warn }: LintContext): void => {
  const items = policy.children?.guardianItems;
  if (!items) return;
  for (const [item, path] of leaves(items, ['children', 'guardianItems'])) {
    // Every language of the item must read as a name or a contact ("이름, 연락처" counts as two).
    const texts = typeof item === 'string' ? [item] : Object.values(item);
    const parts = texts.flatMap((text) => plainText(text, policy.lang, policy.lang).split(/[,·、/]|\s및\s|\sand\s/));
    const other = parts.map((part) => part.trim()).filter((part) => part && !NAME_OR_CONTACT.test(part));
    if (!other.length) continue;
    warn(
      'children.guardian-items',
      path,
      {
        ko: `법정대리인 동의를 받기 위해 아동에게서 수집할 수 있는 것은 법정대리인의 성명과 연락처뿐입니다: '${other.join(', ')}'`,
        en: `Only the guardian's name and contact details may be collected from the child to obtain consent: '${other.join(', ')}'`,
      },
      REF,
    );
  }
};
