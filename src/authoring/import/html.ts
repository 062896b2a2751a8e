/**
 * An HTML page into lines, tables and lists. Page chrome (navigation, scripts, forms, the site
 * header and footer) is skipped; `<main>` or `<article>` is read alone when the page has one
 * that holds the policy. Links become inline marks; cells keep their row and column spans.
 */
import { parseDocument } from 'htmlparser2';
import { SAFE_LINK } from '../../policy/links.js';
import { clean, line, LINK_CLOSE, LINK_MID, LINK_OPEN, type Cell, type ListEntry, type Node } from './ir.js';

/** The parts of a parsed node the reader uses (htmlparser2's DOM, structurally). */
interface DomNode {
  readonly type: string;
  readonly name?: string;
  readonly data?: string;
  readonly attribs?: Record<string, string>;
  readonly children?: readonly DomNode[];
}

const SKIP = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'iframe',
  'button',
  'select',
  'textarea',
  'input',
  'nav',
  'head',
  'form',
]);
/** Skipped unless the policy is inside them. */
const CHROME = new Set(['header', 'footer', 'aside']);
const BLOCK = new Set([
  'p',
  'div',
  'section',
  'article',
  'main',
  'blockquote',
  'pre',
  'dl',
  'dt',
  'dd',
  'address',
  'figure',
  'figcaption',
  'center',
  'body',
  'html',
  'fieldset',
  'legend',
  'details',
  'summary',
  'hr',
]);
const HEADING = /^h([1-6])$/;

const isElement = (node: DomNode): boolean => node.type === 'tag' || node.type === 'script' || node.type === 'style';

const textOf = (node: DomNode): string =>
  node.type === 'text'
    ? (node.data ?? '')
    : isElement(node) && !SKIP.has(node.name!)
      ? (node.children ?? []).map(textOf).join(node.name === 'br' ? '\n' : '')
      : '';

const POLICY_WORDS = /개인정보|처리방침|privacy/gi;
const score = (node: DomNode): number => (textOf(node).match(POLICY_WORDS) ?? []).length;

/** The element that holds the policy: `<main>`/`<article>`/`[role=main]` when one holds most of the policy words. */
const policyRoot = (root: DomNode): DomNode => {
  const total = score(root);
  const candidates: DomNode[] = [];
  const walk = (node: DomNode) => {
    if (!isElement(node)) return;
    if (node.name === 'main' || node.name === 'article' || node.attribs?.role === 'main') candidates.push(node);
    (node.children ?? []).forEach(walk);
  };
  walk(root);
  const best = candidates.sort((a, b) => score(b) - score(a))[0];
  return best && total && score(best) >= total * 0.6 ? best : root;
};

interface Inline {
  text: string;
  /** Characters inside `<strong>`/`<b>`/`<th>`. */
  bold: number;
  all: number;
}

class Reader {
  readonly out: Node[] = [];
  private current: Inline = { text: '', bold: 0, all: 0 };
  private heading: number | undefined;

  constructor(private readonly base: string | undefined) {}

  /** Ends the line being collected. */
  private flush(): void {
    const pieces = this.current.text.split('\n');
    const bold = this.current.all > 0 && this.current.bold >= this.current.all * 0.9;
    let gap = true;
    for (const piece of pieces) {
      const text = clean(piece);
      if (!text) continue;
      const linkOnly = new RegExp(`^${LINK_OPEN}[^${LINK_MID}]*${LINK_MID}[^${LINK_CLOSE}]*${LINK_CLOSE}$`).test(text);
      this.out.push(
        line(text, {
          ...(this.heading ? { heading: this.heading } : {}),
          ...(bold ? { bold } : {}),
          ...(gap ? { gap } : {}),
          ...(linkOnly ? { linkOnly } : {}),
        }),
      );
      gap = false;
    }
    this.current = { text: '', bold: 0, all: 0 };
  }

  private href(raw: string | undefined): string | undefined {
    if (!raw) return undefined;
    try {
      const url = this.base ? new URL(raw, this.base).href : raw;
      return SAFE_LINK.test(url) ? url : undefined;
    } catch {
      return undefined;
    }
  }

  inline(node: DomNode, bold: boolean): void {
    if (node.type === 'text') {
      const data = node.data ?? '';
      this.current.text += data;
      const visible = data.replace(/\s/g, '').length;
      this.current.all += visible;
      if (bold) this.current.bold += visible;
      return;
    }
    if (!isElement(node) || SKIP.has(node.name!)) return;
    const name = node.name!;
    if (name === 'br') {
      this.current.text += '\n';
      return;
    }
    if (name === 'img') {
      const alt = node.attribs?.alt?.trim();
      if (alt) this.current.text += alt;
      return;
    }
    if (name === 'a') {
      const href = this.href(node.attribs?.href);
      const label = clean(textOf(node));
      if (href && label && !/^javascript:/i.test(href)) {
        this.current.text += `${LINK_OPEN}${label}${LINK_MID}${href}${LINK_CLOSE}`;
        const visible = label.replace(/\s/g, '').length;
        this.current.all += visible;
        if (bold) this.current.bold += visible;
        return;
      }
    }
    const strong = bold || name === 'strong' || name === 'b';
    for (const child of node.children ?? []) this.block(child, strong);
  }

  block(node: DomNode, bold = false): void {
    // A fragment (no <html>) is the parser's root node itself.
    if (node.type === 'root') return (node.children ?? []).forEach((child) => this.block(child, bold));
    if (!isElement(node)) return this.inline(node, bold);
    const name = node.name!;
    if (SKIP.has(name)) return;
    if (CHROME.has(name) && score(node) < 3) return;
    if (name === 'table') {
      this.flush();
      this.table(node);
      return;
    }
    if (name === 'ul' || name === 'ol') {
      this.flush();
      this.out.push(this.list(node));
      return;
    }
    const heading = HEADING.exec(name);
    if (heading || BLOCK.has(name) || name === 'li') {
      this.flush();
      const before = this.heading;
      if (heading) this.heading = Number(heading[1]);
      for (const child of node.children ?? []) this.block(child, bold);
      this.flush();
      this.heading = before;
      return;
    }
    this.inline(node, bold);
  }

  /** A nested reader's output for the children of an element (cells, list items). */
  private sub(children: readonly DomNode[]): Node[] {
    const reader = new Reader(this.base);
    for (const child of children) reader.block(child);
    reader.flush();
    return reader.out;
  }

  private list(node: DomNode): Node {
    const ordered = node.name === 'ol';
    const style = `${node.attribs?.style ?? ''} ${node.attribs?.type ?? ''}`;
    const numbered = ordered && !/list-style(-type)?\s*:\s*none/i.test(style);
    let counter = Number(node.attribs?.start ?? 1) || 1;
    const items: ListEntry[] = [];
    for (const child of node.children ?? []) {
      if (!isElement(child)) {
        const text = clean(textOf(child));
        if (text) items.push({ lines: [text], children: [] });
        continue;
      }
      if (child.name !== 'li') {
        // Content a sloppy page put straight into the list.
        const nodes = this.sub([child]);
        if (nodes.length) items.push({ lines: [], children: nodes });
        continue;
      }
      const nodes = this.sub(child.children ?? []);
      const lines: string[] = [];
      let index = 0;
      while (index < nodes.length && nodes[index]!.kind === 'line')
        lines.push((nodes[index++] as { text: string }).text);
      items.push({
        lines,
        ...(numbered ? { implicit: `${counter}.` } : {}),
        children: nodes.slice(index),
      });
      counter++;
    }
    return { kind: 'list', ordered, items };
  }

  private table(node: DomNode): void {
    let caption: string | undefined;
    const rows: Cell[][] = [];
    const visit = (element: DomNode) => {
      for (const child of element.children ?? []) {
        if (!isElement(child)) continue;
        if (child.name === 'caption') caption = clean(textOf(child)) || undefined;
        else if (child.name === 'tr') {
          const cells: Cell[] = [];
          for (const cell of child.children ?? []) {
            if (!isElement(cell) || (cell.name !== 'td' && cell.name !== 'th')) continue;
            const nodes = this.sub(cell.children ?? []);
            const text = nodes
              .flatMap((inner) =>
                inner.kind === 'line'
                  ? [inner.text]
                  : inner.kind === 'list'
                    ? inner.items.map((item) => [item.implicit, ...item.lines].filter(Boolean).join(' '))
                    : inner.rows.map((row) => row.map((c) => c.text).join(' ')),
              )
              .join('\n');
            const rowSpan = Number(cell.attribs?.rowspan ?? 1) || 1;
            const colSpan = Number(cell.attribs?.colspan ?? 1) || 1;
            cells.push({
              text,
              ...(cell.name === 'th' ? { header: true } : {}),
              ...(rowSpan > 1 ? { rowSpan } : {}),
              ...(colSpan > 1 ? { colSpan } : {}),
            });
          }
          if (cells.length) rows.push(cells);
        } else if (child.name !== 'table') visit(child);
      }
    };
    visit(node);
    if (!rows.length) return;
    // A one-cell "table" is a layout box: read its content as text.
    if (rows.every((row) => row.length === 1)) {
      for (const row of rows)
        for (const text of row[0]!.text.split('\n')) if (clean(text)) this.out.push(line(clean(text)));
      return;
    }
    this.out.push({ kind: 'table', ...(caption ? { caption } : {}), rows });
  }

  finish(): Node[] {
    this.flush();
    return this.out;
  }
}

/** Deeper nesting than any real page has; the reader recurses, so it is refused up front. */
const MAX_DEPTH = 400;

/** The depth of the element tree, walked without recursion. */
const deepest = (root: DomNode): number => {
  let max = 0;
  const stack: [DomNode, number][] = [[root, 0]];
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    if (depth > max) max = depth;
    if (depth > MAX_DEPTH) break;
    for (const child of node.children ?? []) stack.push([child, depth + 1]);
  }
  return max;
};

/** Reads an HTML page into lines, tables and lists; `base` resolves relative links. */
export const readHtml = (html: string, base?: string): { nodes: Node[]; title?: string } => {
  const document = parseDocument(html, { decodeEntities: true }) as unknown as DomNode;
  const depth = deepest(document);
  if (depth > MAX_DEPTH)
    throw new Error(
      `The page nests elements ${depth} deep; the reader stops at ${MAX_DEPTH} (no policy page needs more).`,
    );
  let title: string | undefined;
  const findTitle = (node: DomNode) => {
    if (title !== undefined || !isElement(node)) return;
    if (node.name === 'title') title = clean(textOf({ ...node, name: 'span' })) || undefined;
    else (node.children ?? []).forEach(findTitle);
  };
  findTitle(document);
  const reader = new Reader(base);
  reader.block(policyRoot(document));
  return { nodes: reader.finish(), ...(title ? { title } : {}) };
};

/** Whether text is an HTML document or fragment rather than plain text. */
export const looksLikeHtml = (text: string): boolean =>
  /^\s*(<!doctype html|<html[\s>]|<head[\s>]|<body[\s>])/i.test(text) ||
  (!text.includes('\t') && (text.match(/<\/?(p|div|table|tr|td|li|ul|ol|h[1-6]|span|br)[\s>/]/gi) ?? []).length > 20);
