/**
 * Comparing what a consent notice says with what the policy says: canonical forms of item names
 * (folded, common synonyms unified, umbrella terms expanded), a searchable corpus of policy text,
 * the meaningful words of a purpose, and the concrete periods of a retention text.
 */
import { foldText, withoutAsides } from './text.js';

/** Bounds the comparison work on absurd documents; real lists hold under a hundred items. */
export const MAX_COMPARED = 500;

/** Names of the same data item, unified after folding. */
const SYNONYMS: readonly [RegExp, string][] = [
  [/(휴대(폰|전화)?|핸드폰|mobile|cellphone)(번호|number)?/g, '휴대폰'],
  [/(이메일|email|전자우편)(주소|address)?/g, '이메일'],
  [/성명|성함|가입자명|고객명|회원명|신청인명|신청자명|\bname/g, '이름'],
  [/(로그인)?(아이디|id)/g, '아이디'],
  [/패스워드|password/g, '비밀번호'],
];

/** The form two texts are compared in. */
export const canonical = (value: string): string =>
  SYNONYMS.reduce((text, [pattern, to]) => text.replace(pattern, to), foldText(value));

/** A generic name and the specific ones it stands for, either way round: `연락처` and `휴대폰번호`. */
const UMBRELLAS: readonly (readonly string[])[] = [['연락처', '휴대폰', '전화번호', '이메일']];

/**
 * The canonical forms of an item or phrase: as written, without its parenthesised asides, and
 * the names its umbrella term stands for.
 */
const forms = (value: string): string[] => {
  const found = [canonical(value), canonical(withoutAsides(value))];
  for (const [generic, ...specific] of UMBRELLAS)
    if (found[1] === generic) found.push(...specific);
    else if (specific.some((name) => found[1]!.endsWith(name))) found.push(generic!);
  return [...new Set(found)].filter((form) => form.length >= 2);
};

/** A searchable body of policy text: folded entries, joined with a separator folding removes. */
export class Corpus {
  private readonly entries: string[] = [];
  private joined?: string;
  add(values: Iterable<string>): this {
    for (const value of values) {
      if (this.entries.length >= 4 * MAX_COMPARED) break;
      const form = canonical(value);
      if (form) this.entries.push(form);
    }
    this.joined = undefined;
    return this;
  }
  get empty(): boolean {
    return this.entries.length === 0;
  }
  /** Whether the corpus contains the value, or the value contains one of its entries. */
  holds(value: string, entryInside = true): boolean {
    this.joined ??= this.entries.join('\n');
    const candidates = forms(value);
    if (!candidates.length) return true;
    return candidates.some(
      (form) =>
        this.joined!.includes(form) ||
        (entryInside && this.entries.some((entry) => entry.length >= 2 && form.includes(entry))),
    );
  }
}

/** Words too common in purposes to tell two apart. */
const STOPWORDS = new Set(
  [
    '서비스',
    '제공',
    '목적',
    '개인정보',
    '처리',
    '이용',
    '관련',
    '활용',
    '기타',
    '업무',
    '정보',
    '경우',
    '사항',
    '필요',
    '통한',
    '대한',
    '따른',
    '위한',
    '위해',
  ].map(canonical),
);
const PARTICLE = /(에서|으로|에게|에의|하기|하는|되는|을|를|이|가|은|는|의|에|로|와|과|한|된)$/;

/** The words of a purpose that carry its meaning. */
const words = (value: string): string[] =>
  value
    .split(/[\s,·ㆍ/()[\]:;.<>「」\-–]+/)
    .map((word) => (word.length > 2 ? word.replace(PARTICLE, '') : word))
    .map(canonical)
    .filter((word) => word.length >= 2 && !STOPWORDS.has(word));

/** A purpose matches when it is in the policy, or at least 60 % of its words are. */
export const purposeHeld = (corpus: Corpus, purpose: string): boolean => {
  if (corpus.holds(purpose, false)) return true;
  const meaningful = words(purpose);
  if (!meaningful.length) return true;
  const found = meaningful.filter((word) => corpus.holds(word, false)).length;
  return found / meaningful.length >= 0.6;
};

const DURATION = /(\d+)\s*(년|개월|個月|달|주|일|시간)/g;
/** The concrete periods a text names, e.g. `['5년', '6개월']`. */
export const durations = (value: string): string[] =>
  [...value.matchAll(DURATION)].map(
    (match) => `${Number(match[1])}${match[2] === '달' || match[2] === '個月' ? '개월' : match[2]}`,
  );
