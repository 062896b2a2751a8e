/**
 * The numbering Korean policies print: 제N조 / 제N장, 1. 2., ① ②, 1) 2), (1) (2), 가. 나.,
 * 가) 나), and bullets. Where a marker continues a sequence decides the nesting, as a reader
 * would: the innermost open list whose next number it is, else a new list if it is a first
 * number (1, ①, 가), else it is not a marker at all ("5년" after "3." is text).
 */
const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';
const HANGUL = '가나다라마바사아자차카타파하';

export type Family =
  'jo' | 'jang' | 'circled' | 'num-dot' | 'num-paren' | 'paren-num' | 'hangul-dot' | 'hangul-paren' | 'paren-hangul';

export interface Marker {
  readonly family: Family;
  readonly value: number;
  /** The marker as printed, e.g. `①`, `1.`, `제 01 장`. */
  readonly label: string;
  /** The text after it. */
  readonly rest: string;
}

const PATTERNS: readonly [Family, RegExp, (match: RegExpExecArray) => number][] = [
  ['jo', /^(제\s*(\d{1,3})\s*조(?:\s*의\s*\d+)?)(?=[\s(［[]|$)\s*/, (m) => Number(m[2])],
  ['jang', /^(제\s*(\d{1,3})\s*장)\s*/, (m) => Number(m[2])],
  ['circled', new RegExp(`^([${CIRCLED}])\\s*`), (m) => CIRCLED.indexOf(m[1]!) + 1],
  ['num-dot', /^((\d{1,2})\.)(?!\d)\s*/, (m) => Number(m[2])],
  ['num-paren', /^((\d{1,2})\))\s*/, (m) => Number(m[2])],
  ['paren-num', /^(\((\d{1,2})\))\s*/, (m) => Number(m[2])],
  ['hangul-dot', new RegExp(`^(([${HANGUL}])\\.)\\s+`), (m) => HANGUL.indexOf(m[2]!) + 1],
  ['hangul-paren', new RegExp(`^(([${HANGUL}])\\))\\s*`), (m) => HANGUL.indexOf(m[2]!) + 1],
  ['paren-hangul', new RegExp(`^(\\(([${HANGUL}])\\))\\s*`), (m) => HANGUL.indexOf(m[2]!) + 1],
];

/** The marker a line starts with, if any. */
export const parseMarker = (text: string): Marker | undefined => {
  for (const [family, pattern, value] of PATTERNS) {
    const match = pattern.exec(text);
    if (!match) continue;
    const rest = text.slice(match[0].length);
    // "1.5배", "3)" alone: a number, not a list.
    if (!rest && family !== 'jo' && family !== 'jang') return undefined;
    return { family, value: value(match), label: match[1]!.trim(), rest };
  }
  return undefined;
};

/** A level of open lists, innermost last. */
export interface Level {
  readonly family: Family | `bullet:${string}`;
  last: number;
}

/**
 * Where a marker goes given the open levels: the index of the level it continues (levels after
 * it close), `push` for a new nested list, or `text` when it is not a marker here.
 */
/** Nesting levels of numbered items (제1조 > 1. > 가. > 1) > (1) > ① > … ); no policy needs more. */
const MAX_LEVELS = 8;

export const place = (levels: readonly Level[], marker: Marker): number | 'push' | 'text' => {
  for (let index = levels.length - 1; index >= 0; index--) {
    const level = levels[index]!;
    if (level.family === marker.family && marker.value === level.last + 1) return index;
  }
  // Deeper than any policy nests, a new "1." is text: this bounds the work per line and the depth.
  if (marker.value === 1 && levels.length < MAX_LEVELS) return 'push';
  return 'text';
};

// Where a marker may start inside a run-on line: after a space, before a space (or text).
const INLINE = new RegExp(
  `(?<=^|\\s)(제\\s*\\d{1,3}\\s*[조장](?:\\s*의\\s*\\d+)?(?=[\\s(])|[${CIRCLED}]|\\d{1,2}\\.(?=\\s)|\\d{1,2}\\)(?=\\s)|\\(\\d{1,2}\\)(?=\\s)|[${HANGUL}]\\.(?=\\s))`,
  'g',
);

/**
 * Splits a line that runs several numbered items together ("… 바랍니다. 1. 의의 회사는 … 2. 개인정보의
 * 수집 범위 및 방법 ① 회사는 …") before each marker that continues a sequence seen in the line (or
 * starts one). A date ("2020. 2. 11.") or an amount does not split: its number continues nothing.
 */
export const splitRunOn = (text: string): string[] => {
  if (text.length < 120) return [text];
  const seen = new Map<string, Set<number>>();
  const cuts: number[] = [];
  for (const match of text.matchAll(INLINE)) {
    const index = match.index;
    const marker = parseMarker(text.slice(index));
    if (!marker) continue;
    // "2020. 02. 11." and "12. 31." : numbers after a number and a dot are dates.
    if (marker.family === 'num-dot' && /\d\.\s*$/.test(text.slice(Math.max(0, index - 6), index))) continue;
    if (marker.family === 'num-dot' && /^\d{1,2}\.\s*\d/.test(text.slice(index))) continue;
    const key = marker.family;
    const values = seen.get(key) ?? new Set<number>();
    const continues = index === 0 || marker.value === 1 || values.has(marker.value - 1);
    if (!continues) continue;
    values.add(marker.value);
    seen.set(key, values);
    if (index > 0) cuts.push(index);
  }
  // Too few markers: ordinary prose that mentions a number.
  if (cuts.length < 2) return [text];
  const pieces: string[] = [];
  let start = 0;
  for (const cut of cuts) {
    pieces.push(text.slice(start, cut).trim());
    start = cut;
  }
  pieces.push(text.slice(start).trim());
  return pieces.filter(Boolean);
};

/** Ends like a sentence (`…합니다.`, `…있음`, `…다`), not like a title. */
export const SENTENCE_END = /(다|요|음|함|됨|임|니다|시오|바랍니다)\s*[.。]?\s*["'”’)]*$|[.。!?]["'”’)]*$/;
