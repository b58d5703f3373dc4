/**
 * Every item of a cursor-paged call, following its own cursors: `page(cursor)` answers one page. Also the
 * distinct totals the pages reported and the last page's total.
 */
export async function walkPages(page) {
  const items = [];
  const totals = new Set();
  let total;
  let cursor = null;
  do {
    const p = await page(cursor);
    items.push(...p.items);
    totals.add(p.total);
    total = p.total;
    cursor = p.nextCursor;
  } while (cursor);
  return { items, totals: [...totals], total };
}
