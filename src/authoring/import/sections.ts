/**
 * Where the sections are. Korean policies mark them in one of a few ways, tried in this order:
 * articles or chapters (제N조, 제N장), HTML headings, a numbered run of short titles (1. … 2. …,
 * found with the marker rules so that a nested "1." does not count), titles that repeat the
 * table of contents, bold lines, and finally short lines whose words name a policy topic.
 * A table of contents at the top is recognised and left out (its numbers label the sections).
 */
import { clean, line, type Line, type List, type Node } from './ir.js';
import { plain } from './items.js';
import { parseMarker, place, SENTENCE_END, splitRunOn, type Level } from './markers.js';
import { titleLike } from './units.js';
import { squash, topicsOf } from './vocabulary.js';

export interface SectionDraft {
  readonly number?: string;
  readonly title: string;
  readonly nodes: Node[];
}

export interface Split {
  readonly preface: Node[];
  readonly sections: SectionDraft[];
  readonly scheme: string;
  readonly toc?: readonly { number?: string; title: string }[];
}

/** Words a section title ends with; used to cut a title off the text it runs into. */
const HEAD_END =
  /(의의|목적|방법|사항|기간|제공|위탁|권리|의무|대책|조치|연락처|게시물|사이트|공지방법|구제방법|책임자|담당자|담당부서|파기|항목|동의|변경|고지|정의|총칙|보관|운영|거부|범위|절차|행사|이전|구제|처리|보호|수집)$/;

/** A section title and the text after it when the two run together ("의의 회사는 이용자…"). */
export const splitTitle = (text: string): { title: string; body?: string } | undefined => {
  const value = text.trim();
  if (titleLike(plain(value), 70)) return { title: value };
  const article = /^\(([^()]{1,40})\)\s*(.*)$/.exec(value);
  if (article) return { title: article[1]!, ...(article[2] ? { body: article[2] } : {}) };
  const words = value.split(' ');
  let prefix = '';
  for (let index = 0; index < Math.min(words.length - 1, 10); index++) {
    prefix = prefix ? `${prefix} ${words[index]}` : words[index]!;
    if (prefix.length > 50) break;
    if (HEAD_END.test(prefix.replace(/[)）]$/, ''))) return { title: prefix, body: words.slice(index + 1).join(' ') };
  }
  return undefined;
};

/** Lines that run several numbered items together, cut at their markers. */
export const splitRunOns = (nodes: readonly Node[]): Node[] =>
  nodes.flatMap((node): Node[] => {
    if (node.kind !== 'line' || node.bullet) return [node];
    const pieces = splitRunOn(node.text);
    if (pieces.length === 1) return [node];
    return pieces.map((text, index) => (index ? line(text) : { ...node, text }));
  });

const numberOf = (label: string): string => label.replace(/\.$/, '');

interface Candidate {
  readonly index: number;
  readonly number?: string;
  readonly title: string;
  readonly body?: string;
}

const TITLE_LINE = /(개인\s*정보\s*(처리|취급)\s*방침|privacy\s*policy)/i;

const TOC_WITHIN = 60;
const TOC_ENTRIES = 60;
/** A table of contents: ≥3 short numbered titles in a row (lines or one list), repeated further down. */
const findToc = (
  nodes: readonly Node[],
): { start: number; end: number; entries: { number?: string; title: string }[] } | undefined => {
  // A table of contents comes near the top; looking further would make the search quadratic.
  for (let start = 0; start < Math.min(nodes.length, TOC_WITHIN); start++) {
    const node = nodes[start]!;
    if (node.kind === 'list') {
      const entries = node.items.map((item) => {
        const text = clean(plain(item.lines.join(' ')));
        const marker = parseMarker(text);
        return {
          number: marker ? numberOf(marker.label) : item.implicit?.replace(/\.$/, ''),
          title: marker ? marker.rest : text,
        };
      });
      if (
        entries.length >= 3 &&
        entries.every((entry) => titleLike(entry.title, 60)) &&
        repeated(nodes, start + 1, entries)
      )
        return { start, end: start + 1, entries };
      continue;
    }
    if (node.kind !== 'line') continue;
    const entries: { number?: string; title: string }[] = [];
    let index = start;
    let expected = 1;
    while (index < nodes.length && entries.length < TOC_ENTRIES) {
      const current = nodes[index]!;
      if (current.kind !== 'line') break;
      const marker = parseMarker(plain(current.text));
      if (!marker || marker.value !== expected || !titleLike(marker.rest, 60) || current.bullet) break;
      entries.push({ number: numberOf(marker.label), title: marker.rest });
      expected++;
      index++;
    }
    if (entries.length >= 3 && repeated(nodes, index, entries)) return { start, end: index, entries };
  }
  return undefined;
};

const sameTitle = (a: string, b: string): boolean => {
  const [x, y] = [squash(plain(a)), squash(plain(b))];
  if (!x || !y) return false;
  if (x === y) return true;
  const [short, long] = x.length < y.length ? [x, y] : [y, x];
  return short.length >= 6 && long.startsWith(short) && short.length >= long.length * 0.8;
};

const lineTitle = (node: Node): string | undefined => {
  if (node.kind !== 'line' || node.bullet) return undefined;
  const text = plain(node.text);
  const marker = parseMarker(text);
  return marker ? marker.rest : text;
};

const repeated = (nodes: readonly Node[], from: number, entries: readonly { title: string }[]): boolean => {
  let found = 0;
  for (const entry of entries)
    if (
      nodes.slice(from).some((node) => {
        const title = lineTitle(node);
        return title !== undefined && sameTitle(title, entry.title);
      })
    )
      found++;
  return found >= Math.max(2, entries.length / 2);
};

/** Splits a page into its preface and sections. */
export const findSections = (input: readonly Node[]): Split => {
  let nodes = splitRunOns(input);
  const toc = findToc(nodes);
  if (toc) nodes = [...nodes.slice(0, toc.start), ...nodes.slice(toc.end)];
  const lines = nodes.map((node, index) => ({ node, index })).filter(({ node }) => node.kind === 'line') as {
    node: Line;
    index: number;
  }[];

  const schemes: [string, () => Candidate[]][] = [
    ['articles', () => articles(lines)],
    ['headings', () => headings(lines)],
    ['numbers', () => numbered(nodes)],
    ['contents', () => (toc ? contents(lines, toc.entries) : [])],
    ['bold', () => bold(lines)],
    ['topics', () => topical(lines)],
  ];
  for (const [scheme, find] of schemes) {
    const found = find();
    if (found.length >= (scheme === 'articles' ? 2 : 3)) return build(nodes, found, scheme, toc?.entries);
  }
  return {
    preface: [],
    sections: [{ title: '개인정보 처리방침', nodes }],
    scheme: 'none',
    ...(toc ? { toc: toc.entries } : {}),
  };
};

const build = (nodes: readonly Node[], found: Candidate[], scheme: string, toc: Split['toc']): Split => {
  const sections: SectionDraft[] = found.map((candidate, index) => {
    const end = found[index + 1]?.index ?? nodes.length;
    const body = nodes.slice(candidate.index + 1, end);
    if (candidate.body) body.unshift(line(candidate.body, { gap: true }));
    return { ...(candidate.number ? { number: candidate.number } : {}), title: candidate.title, nodes: body };
  });
  return { preface: nodes.slice(0, found[0]!.index), sections, scheme, ...(toc ? { toc } : {}) };
};

const articles = (lines: readonly { node: Line; index: number }[]): Candidate[] => {
  const of = (family: 'jo' | 'jang') =>
    lines.flatMap(({ node, index }): Candidate[] => {
      if (node.bullet) return [];
      const marker = parseMarker(plain(node.text));
      if (marker?.family !== family) return [];
      const split = marker.rest ? splitTitle(marker.rest) : undefined;
      if (marker.rest && !split) return [];
      // "제29조에 따라 …": a reference in a sentence, not an article.
      if (/^(에|의|및|과|와|를|을|에서)\s/.test(marker.rest)) return [];
      return [
        {
          index,
          number: marker.label,
          title: split?.title ?? marker.label,
          ...(split?.body ? { body: split.body } : {}),
        },
      ];
    });
  const jo = of('jo');
  return jo.length >= 2 ? jo : of('jang');
};

const stripNumber = (text: string): { number?: string; title: string } => {
  const marker = parseMarker(text);
  return marker && marker.rest ? { number: numberOf(marker.label), title: marker.rest } : { title: text };
};

const headings = (lines: readonly { node: Line; index: number }[]): Candidate[] => {
  const counts = new Map<number, number>();
  for (const { node } of lines) if (node.heading) counts.set(node.heading, (counts.get(node.heading) ?? 0) + 1);
  const level = [...counts.keys()].sort().find((key) => counts.get(key)! >= 3);
  if (level === undefined) return [];
  return lines
    .filter(({ node }) => node.heading === level && !(TITLE_LINE.test(node.text) && node.text.length < 30))
    .map(({ node, index }) => ({ index, ...stripNumber(plain(node.text)) }));
};

/** Top-level numbered titles: markers placed on a virtual outermost "0." level. */
const numbered = (nodes: readonly Node[]): Candidate[] => {
  const levels: Level[] = [{ family: 'num-dot', last: 0 }];
  const found: Candidate[] = [];
  nodes.forEach((node, index) => {
    if (node.kind !== 'line' || node.bullet || node.linkOnly) return;
    const marker = parseMarker(plain(node.text));
    if (!marker || marker.family === 'jo' || marker.family === 'jang') return;
    let where = place(levels, marker);
    // A skipped number at the top ("13 링크 사이트" printed without its dot) still ends the list.
    if (where === 'text' && marker.family === 'num-dot' && marker.value === levels[0]!.last + 2) where = 0;
    if (where === 'text') return;
    const split = where === 0 ? splitTitle(marker.rest) : undefined;
    if (where === 0 && split && !SENTENCE_END.test(split.title)) {
      levels.length = 1;
      levels[0]!.last = marker.value;
      found.push({
        index,
        number: numberOf(marker.label),
        title: split.title,
        ...(split.body ? { body: split.body } : {}),
      });
      return;
    }
    if (where === 'push' || where === 0) levels.push({ family: marker.family, last: marker.value });
    else {
      levels.length = where + 1;
      levels[where]!.last = marker.value;
    }
  });
  return found;
};

const contents = (
  lines: readonly { node: Line; index: number }[],
  toc: readonly { number?: string; title: string }[],
): Candidate[] => {
  const found: Candidate[] = [];
  let from = 0;
  for (const entry of toc) {
    const hit = lines.find(
      ({ node, index }) => index >= from && !node.bullet && sameTitle(lineTitle(node) ?? '', entry.title),
    );
    if (!hit) continue;
    found.push({ index: hit.index, ...(entry.number ? { number: entry.number } : {}), title: lineTitle(hit.node)! });
    from = hit.index + 1;
  }
  return found;
};

const bold = (lines: readonly { node: Line; index: number }[]): Candidate[] =>
  lines
    .filter(
      ({ node }) =>
        node.bold && titleLike(plain(node.text), 60) && !(TITLE_LINE.test(node.text) && node.text.length < 30),
    )
    .map(({ node, index }) => ({ index, ...stripNumber(plain(node.text)) }));

const topical = (lines: readonly { node: Line; index: number }[]): Candidate[] =>
  lines
    .filter(({ node }) => {
      const text = plain(node.text);
      return (
        node.gap !== false &&
        !node.bullet &&
        !node.linkOnly &&
        text.length <= 40 &&
        titleLike(text, 40) &&
        /개인정보|쿠키|권리|책임자|구제|고지|변경|위탁|제3자|파기|보호/.test(text) &&
        topicsOf(text)[0] !== 'other'
      );
    })
    .map(({ node, index }) => ({ index, ...stripNumber(plain(node.text)) }));

export { TITLE_LINE };
export type { List };
