/**
 * Cell and line text into the model's values: data items (`일반사업자: 사업자번호, 휴대폰번호`
 * as a labelled group), lists of purposes or tasks (`• a • b`, one per line), and rich text
 * with its links.
 */
import type { DataItemGroup, DataItems, RichText, Span, Text, TextList } from '../../policy/types.js';
import { clean, LINK_CLOSE, LINK_MID, LINK_OPEN } from './ir.js';

const LINK = new RegExp(`${LINK_OPEN}([^${LINK_MID}]*)${LINK_MID}([^${LINK_CLOSE}]*)${LINK_CLOSE}`, 'g');

/** The text as printed, links reduced to their text. */
export const plain = (text: string): string =>
  text.replace(LINK, '$1').split('\n').map(clean).filter(Boolean).join('\n');

/** Text with its links as spans (Text when it has none). */
export const rich = (text: string): RichText => {
  const value = clean(text);
  if (!value.includes(LINK_OPEN)) return value;
  const runs: (string | Span)[] = [];
  let last = 0;
  for (const match of value.matchAll(LINK)) {
    if (match.index > last) runs.push(value.slice(last, match.index));
    const label = match[1]!.trim() || match[2]!;
    runs.push({ text: label, href: match[2]! });
    last = match.index + match[0].length;
  }
  if (last < value.length) runs.push(value.slice(last));
  const merged = runs.filter((run) => typeof run !== 'string' || run.length);
  return merged.length === 1 && typeof merged[0] === 'string' ? merged[0] : merged;
};

/** Splits at commas (and `、`, `/` between items, line breaks, bullets) outside parentheses. */
export const splitList = (text: string, separators = /[,，、\n•·∙]/): string[] => {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const char of text) {
    if ('([{（［「'.includes(char)) depth++;
    else if (')]}）］」'.includes(char)) depth = Math.max(0, depth - 1);
    if (depth === 0 && separators.test(char)) {
      parts.push(current);
      current = '';
    } else current += char;
  }
  parts.push(current);
  return parts.map((part) => clean(part.replace(/^[-*▪◦○●■□]\s*/, ''))).filter(Boolean);
};

/** A label printed before items: `일반사업자: …`, `(신청자) …`, `가맹점정보(법인) : …`. */
const GROUP = /^\s*(?:\(([^()]{1,20})\)|([^:：,()]{1,20}(?:\([^()]{1,12}\))?)\s*[:：])\s*/;

/**
 * Data items as the policy names them. Labelled runs become groups: "일반사업자: a, b 예비 창업자: c"
 * has two (the label of the second is the words before its colon).
 */
export const dataItems = (text: string): DataItems => {
  const value = plain(text);
  if (!value) return [];
  // Cut before each `label:` that follows an item (the label is the last words before the colon).
  const labelled = [
    ...value.matchAll(/(?:^|[,\n]\s*|\s)([^\s:：,()]{1,12}(?:\s[^\s:：,()]{1,10})?(?:\([^()]{1,12}\))?)\s*[:：]/g),
  ];
  if (labelled.length) {
    const out: (Text | DataItemGroup)[] = [];
    const starts = labelled.map((match) => match.index + match[0].indexOf(match[1]!));
    const before = value.slice(0, starts[0]).trim();
    if (before) out.push(...splitList(before));
    starts.forEach((start, index) => {
      const chunk = value.slice(start, starts[index + 1] ?? value.length).trim();
      const match = /^(.+?)\s*[:：]\s*(.*)$/s.exec(chunk);
      if (!match) return;
      const items = splitList(match[2]!);
      if (items.length) out.push({ label: clean(match[1]!), items });
      else out.push(clean(match[1]!));
    });
    return out;
  }
  const group = GROUP.exec(value);
  if (group?.[1] && value.length > group[0].length) {
    const items = splitList(value.slice(group[0].length));
    if (items.length) return [{ label: group[1], items }];
  }
  return splitList(value);
};

/** One text, or several when the cell lists them (lines, bullets). */
export const textList = (text: string): TextList | undefined => {
  const value = plain(text);
  if (!value) return undefined;
  const parts = value.includes('\n') || /[•∙]/.test(value) ? splitList(value, /[\n•∙]/) : [value];
  const cleaned = parts.map((part) => part.replace(/^-\s*/, '')).filter(Boolean);
  if (!cleaned.length) return undefined;
  return cleaned.length === 1 ? cleaned[0]! : cleaned;
};
