/** The static page's stylesheet: readable on a phone, printable, no web fonts, no script. */
export const PAGE_STYLES = `
:root { color-scheme: light; --ink: #1b1f24; --muted: #4b5563; --line: #c9ced6; --accent: #1d4ed8; }
* { box-sizing: border-box; }
body { margin: 0; color: var(--ink); background: #fff; font: 16px/1.7 system-ui, -apple-system, 'Apple SD Gothic Neo', 'Malgun Gothic', 'Noto Sans KR', sans-serif; word-break: keep-all; overflow-wrap: anywhere; }
main { max-width: 60rem; margin: 0 auto; padding: 1rem; }
a { color: var(--accent); }
h1 { font-size: 1.6rem; line-height: 1.3; margin: 0.5rem 0; }
h2 { font-size: 1.25rem; line-height: 1.4; margin: 2rem 0 0.75rem; padding-top: 0.5rem; border-top: 1px solid var(--line); }
h3, .subheading { font-size: 1.05rem; margin: 1.25rem 0 0.5rem; }
.controller { margin: 0; font-weight: 600; }
.dates { display: flex; flex-wrap: wrap; gap: 0.25rem 1.5rem; margin: 0.75rem 0; color: var(--muted); }
.dates div { display: flex; gap: 0.5rem; }
.dates dd { margin: 0; }
.table-wrap { overflow-x: auto; margin: 0.75rem 0; }
table { border-collapse: collapse; width: 100%; font-size: 0.95rem; }
caption { text-align: start; font-weight: 600; padding: 0.25rem 0; }
th, td { border: 1px solid var(--line); padding: 0.4rem 0.6rem; text-align: start; vertical-align: top; }
th { background: #f1f3f5; }
td ul, td ol { margin: 0; padding-inline-start: 1.2rem; }
.note { color: var(--muted); font-size: 0.95rem; }
.marker { font-weight: 600; }
.toc ul { columns: 2 16rem; padding-inline-start: 1.2rem; }
.labels ul, ul.labels { list-style: none; padding: 0; display: grid; grid-template-columns: repeat(auto-fill, minmax(12rem, 1fr)); gap: 0.5rem; }
.labels svg, ul.labels svg, img { max-width: 2.5rem; height: auto; vertical-align: middle; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
.page-footer { max-width: 60rem; margin: 2rem auto; padding: 1rem; color: var(--muted); font-size: 0.9rem; border-top: 1px solid var(--line); }
@media print {
  body { font-size: 11pt; }
  main { max-width: none; padding: 0; }
  a { color: inherit; }
  a[href^="http"]::after { content: " (" attr(href) ")"; font-size: 0.85em; }
  h2 { break-after: avoid; }
  tr, .contact { break-inside: avoid; }
  .toc { display: none; }
}
`;
