/**
 * The demo's own tables become cards on a phone (demo.css, `table.cards`): each cell is labelled
 * with its column's heading, shown before it (a screen reader hears the heading once, from the
 * table itself).
 */
export const labelCells = (table: HTMLTableElement): void => {
  const headings = [...(table.tHead?.rows[0]?.cells ?? [])].map((cell) => cell.textContent?.trim() ?? '');
  for (const body of table.tBodies)
    for (const row of body.rows)
      [...row.cells].forEach((cell, index) => {
        if (cell.colSpan === 1 && headings[index]) cell.dataset.label = headings[index];
      });
};
