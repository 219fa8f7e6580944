/**
 * A small RFC 4180 CSV writer for spreadsheet users (Excel first): CRLF row ends, quoting only where
 * needed, and a UTF-8 BOM so that Excel opens Chinese text as UTF-8 rather than the system code page.
 */

export type CsvCell = string | number | boolean | null | undefined;

export interface CsvOptions {
  /** Prefix U+FEFF (written as the UTF-8 BOM once the string is encoded). Default true. */
  bom?: boolean;
}

const NEEDS_QUOTES = /[",\r\n]/;
/**
 * Text that a spreadsheet would run as a formula (CSV injection, OWASP): = + - @ and also tab / CR, which
 * some spreadsheet programs strip before looking for a formula.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** One cell as CSV text. Numbers are written as numbers and never guarded; text is guarded and quoted. */
export function csvCell(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows → one CSV document; every row (the last one too) ends with CRLF. */
export function toCsv(rows: readonly (readonly CsvCell[])[], options: CsvOptions = {}): string {
  const body = rows.map((row) => row.map(csvCell).join(',') + '\r\n').join('');
  return (options.bom ?? true) ? '\uFEFF' + body : body;
}
