/**
 * The one CSV writer, for every export people open in spreadsheets (RFC 4180: fields with
 * commas, quotes or line breaks are quoted, quotes doubled, records end with CRLF).
 * Text that a spreadsheet would run as a formula (= + - @, or a leading tab / carriage return)
 * is prefixed with a single quote so an exported name can never execute. Numbers are written
 * as they are, so a negative amount stays a number. An empty value (null, undefined) is an
 * empty cell.
 */
export type CsvCell = string | number | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

export function csvCell(value: CsvCell): string {
  let text: string;
  if (value == null) return "";
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new Error(`Cannot write ${value} to CSV`);
    text = String(value);
  } else {
    text = FORMULA_START.test(value) ? `'${value}` : value;
  }
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(headers: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  return [headers, ...rows].map((row) => row.map(csvCell).join(",") + "\r\n").join("");
}
