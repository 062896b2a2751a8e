/**
 * Plain text (a page copied from a browser, or saved as text) into lines and tables. What such
 * text looks like in practice: tab-separated table rows (blank lines between groups of rows,
 * empty leading cells where the source merged a cell over several rows), Markdown leftovers
 * (`- ` bullets, `[text](url)`, `<https://…>`, `|--|` table rules), stray HTML tags (`<p>`,
 * `<ol style=…>`), and hard-wrapped lines.
 */
import { SAFE_LINK } from '../../policy/links.js';
import { clean, line, LINK_CLOSE, LINK_MID, LINK_OPEN, type Cell, type Line, type Node, type Table } from './ir.js';

const BULLET = /^([-•·◦○●■□▪▶▷►ㅁ◆◇∙])\s*/;
/** A Markdown table rule, or a row of empty cells (`| |`, `|--|`, `- | |`). */
const TABLE_JUNK = /^[-\s|:]*$/;

/** Markdown links and autolinks as inline link marks; `#` and script links keep only their text. */
export const markLinks = (text: string): string =>
  text
    .replace(/\[([^\]\n]+)\]\(([^)\s]+)\)/g, (_all, label: string, href: string) =>
      SAFE_LINK.test(href) ? `${LINK_OPEN}${label}${LINK_MID}${href}${LINK_CLOSE}` : label,
    )
    .replace(
      /<((?:https?:\/\/|mailto:)[^>\s]+)>/gi,
      (_all, href: string) => `${LINK_OPEN}${href}${LINK_MID}${href}${LINK_CLOSE}`,
    );

/** Tags left in text (`<p>`, `</p>`, `<ol style=…>`, `<br>`): removed; `<br>` and block ends break the line. */
const stripTags = (text: string): string =>
  text
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/?(p|div|li|ol|ul|span|u|b|strong|em|i|font|td|tr|th|table|tbody|thead)(\s[^>]*)?>/gi, ' ');

const cellsOf = (raw: string): Cell[] => raw.split('\t').map((cell) => ({ text: clean(markLinks(stripTags(cell))) }));

/** Reads plain text into lines and tables. */
export const readText = (input: string): Node[] => {
  const nodes: Node[] = [];
  const rawLines = input.replace(/\r\n?/g, '\n').split('\n');
  let table: Cell[][] | undefined;
  let gap = true;
  const flush = () => {
    if (table) {
      gap = true;
      // A single "row" with tabs is a line whose words were tab-separated, not a table.
      if (table.length > 1) nodes.push({ kind: 'table', rows: table } satisfies Table);
      else
        nodes.push(
          line(
            table[0]!
              .map((cell) => cell.text)
              .filter(Boolean)
              .join(' '),
          ),
        );
    }
    table = undefined;
  };
  for (let index = 0; index < rawLines.length; index++) {
    const raw = rawLines[index]!;
    if (raw.includes('\t') && raw.replace(/\t/g, '').trim()) {
      (table ??= []).push(cellsOf(raw));
      continue;
    }
    if (!raw.trim()) {
      gap = true;
      // A blank line inside a table: the table goes on if the next text line is a row.
      if (table) {
        let next = index + 1;
        while (next < rawLines.length && !rawLines[next]!.trim()) next++;
        if (next < rawLines.length && rawLines[next]!.includes('\t')) continue;
      }
      flush();
      continue;
    }
    flush();
    let text = raw;
    // Markdown table rows: `| a | b |` (one cell: just text).
    if (/^\s*\|.*\|\s*$/.test(text)) {
      if (TABLE_JUNK.test(text)) continue;
      const cells = text.trim().slice(1, -1).split('|');
      if (cells.length > 1 && cells.some((cell) => cell.trim())) {
        (table ??= []).push(cells.map((cell) => ({ text: clean(markLinks(stripTags(cell))) })));
        continue;
      }
      text = cells.join(' ');
    }
    if (TABLE_JUNK.test(text) && /\|/.test(text)) continue;
    const indent = /^ */.exec(text)![0].length;
    const linkOnly = /^\s*\[[^\]]+\]\([^)]*\)\s*$/.test(text);
    const parts = stripTags(markLinks(text)).split('\n');
    parts.forEach((part, partIndex) => {
      let body = clean(part);
      if (!body) return;
      if (/^#{1,6}\s/.test(body)) {
        nodes.push(line(body.replace(/^#+\s*/, ''), { heading: /^#+/.exec(body)![0].length }));
        return;
      }
      const extra: { bullet?: string; indent?: number; gap?: boolean; linkOnly?: boolean } = {};
      if (gap) extra.gap = true;
      if (linkOnly) extra.linkOnly = true;
      gap = false;
      const bullet = BULLET.exec(body);
      // `- ① …`: a Markdown bullet in front of a printed marker; the marker is what counts.
      if (bullet && bullet[1] === '-' && /^-\s*([①-⑳]|\d{1,2}[.)]|[가-하][.)])/.test(body))
        body = body.replace(/^-\s*/, '');
      else if (bullet && body.length > bullet[0].length && !/^-\d/.test(body)) {
        extra.bullet = bullet[1]!;
        body = body.slice(bullet[0].length);
      }
      if (indent && partIndex === 0) extra.indent = indent;
      nodes.push(line(body, extra) satisfies Line);
    });
  }
  flush();
  return nodes;
};
