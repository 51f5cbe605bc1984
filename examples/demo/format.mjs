// @ts-check
/** Display helpers shared by the demo's sections. The library never rounds; the report does, for display. */

/** @param {number} x */
export const pct = (x) => `${x.toFixed(1)}%`;

/** @param {number} x @param {number} [digits] */
export const num = (x, digits = 1) => x.toFixed(digits);

/**
 * A plain-text table: the first column left-aligned, the others right-aligned.
 * @param {string[]} headings
 * @param {Array<Array<string | number>>} rows
 */
export function table(headings, rows) {
  const cells = [headings, ...rows.map((r) => r.map(String))];
  const widths = headings.map((_, c) => Math.max(...cells.map((r) => r[c]?.length ?? 0)));
  return cells
    .map((r) => '  ' + r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c] ?? 0) : cell.padStart(widths[c] ?? 0))).join('  '))
    .join('\n');
}

/** @param {string} title */
export function heading(title) {
  console.log(`\n${title}\n${'='.repeat(title.length)}`);
}
