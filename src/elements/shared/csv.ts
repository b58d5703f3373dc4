/** One CSV cell: text is guarded against formula injection, numbers are written as they are. */
export type CsvCell = string | number | boolean | null | undefined;

/** Characters that make Excel, LibreOffice or Google Sheets treat a cell as a formula (OWASP "CSV injection"). */
const FORMULA_START = /^[=+\-@\t\r]/;
/** Cells with these must be quoted (RFC 4180); we quote leading/trailing spaces too so they survive. */
const NEEDS_QUOTES = /[",\r\n\t]|^\s|\s$/;

/** UTF-8 byte order mark: without it Excel opens a UTF-8 file with Chinese text as mojibake. */
export const BOM = '\uFEFF';

/**
 * One cell as CSV text. A text cell starting with `= + - @`, a tab or a carriage return gets a
 * leading `'`, so a spreadsheet shows it as text instead of running it; then quotes are doubled
 * and the cell is quoted when it holds a delimiter, quote, line break or edge space.
 */
export function csvCell(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  let text = String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * A whole CSV document: header row, then the rows, CRLF line ends (RFC 4180), with the UTF-8
 * BOM first unless `bom: false`.
 */
export function buildCsv(header: readonly CsvCell[], rows: Iterable<readonly CsvCell[]>, options: { bom?: boolean } = {}): string {
  const lines = [header.map(csvCell).join(',')];
  for (const row of rows) lines.push(row.map(csvCell).join(','));
  return (options.bom === false ? '' : BOM) + lines.join('\r\n') + '\r\n';
}
