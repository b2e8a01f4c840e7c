/**
 * Reading an uploaded spreadsheet into rows of text: CSV with papaparse, .xlsx with exceljs.
 * Cells are data: a formula cell gives its cached result as text and is never evaluated;
 * text that looks like a formula ("=1+1") stays text. NUL and other control characters
 * (PostgreSQL cannot store NUL) are removed from every cell. Anything we cannot read safely is
 * refused with a message that says what to do.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import Papa from "papaparse";
import {
  MAX_COLUMNS,
  MAX_FILE_BYTES,
  MAX_FILE_LABEL,
  MAX_ROWS,
  MAX_UNZIPPED_BYTES,
  MAX_UNZIPPED_LABEL,
} from "./limits";
import type { Column, StoredRow } from "./types";

export type Table = { headings: string[]; rows: { row: number; cells: string[] }[] };
export type ParseResult<T> = { ok: true; value: T } | { ok: false; message: string };

const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;
const SAVE_AS = "Save it from your spreadsheet program as CSV (UTF-8) or Excel workbook (.xlsx) and try again.";

const fail = (message: string): { ok: false; message: string } => ({ ok: false, message });

/** Cell text as stored: control characters removed, surrounding space trimmed. */
export const cleanCell = (text: string) => text.replace(CONTROL, "").trim();

/** "Lived experience", "lived_experience", "LIVED EXPERIENCE " → "livedexperience". */
export const headingKey = (heading: string) => heading.toLowerCase().replace(/[^a-z0-9]/g, "");

function fileType(name: string): "csv" | "xlsx" | "xls" | null {
  const ext = /\.([a-z0-9]+)$/i.exec(name.trim())?.[1]?.toLowerCase();
  if (ext === "csv" || ext === "txt") return "csv";
  if (ext === "xlsx") return "xlsx";
  if (ext === "xls" || ext === "ods" || ext === "numbers") return "xls";
  return null;
}

function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes.subarray(2));
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    // Excel's plain "CSV" on Windows writes Windows-1252 (£, é, curly quotes).
    return new TextDecoder("windows-1252").decode(bytes);
  }
}

/** A file of mostly control characters is not text (a picture or a program renamed .csv). */
function looksBinary(text: string): boolean {
  const sample = text.slice(0, 4096);
  if (!sample) return false;
  const control = sample.match(/[\u0000-\u0008\u000E-\u001F]/g)?.length ?? 0;
  return control / sample.length > 0.1;
}

function readCsv(bytes: Uint8Array): ParseResult<string[][]> {
  const text = decodeText(bytes);
  if (looksBinary(text)) return fail(`This file does not look like a CSV file. ${SAVE_AS}`);
  // Papa guesses the separator from the first rows (blank lines would spoil the guess)...
  const { delimiter } = Papa.parse<string[]>(text, {
    preview: 20,
    skipEmptyLines: "greedy",
    delimitersToGuess: [",", ";", "\t"],
  }).meta;
  // ...then reads every row, keeping blank lines (left out later) so row numbers match what a spreadsheet shows.
  const parsed = Papa.parse<string[]>(text, { header: false, skipEmptyLines: false, delimiter });
  const broken = parsed.errors.find((e) => e.type === "Quotes");
  if (broken) {
    const at = typeof broken.row === "number" ? ` (near row ${broken.row + 1})` : "";
    return fail(`The file has a quotation mark that is never closed${at}. ${SAVE_AS}`);
  }
  return { ok: true, value: parsed.data.map((cells) => cells.map((c) => String(c ?? ""))) };
}

const isoDate = (d: Date) =>
  d.getUTCHours() || d.getUTCMinutes() || d.getUTCSeconds() ? d.toISOString() : d.toISOString().slice(0, 10);

/** An exceljs cell value as text: formulas give their cached result, never their formula. */
export function cellText(value: ExcelJS.CellValue | undefined): string {
  if (value == null) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? "" : isoDate(value);
  if ("richText" in value) return value.richText.map((part) => part.text).join("");
  if ("formula" in value || "sharedFormula" in value) {
    const result = (value as ExcelJS.CellFormulaValue).result;
    return result === undefined || (typeof result === "object" && "error" in result) ? "" : cellText(result);
  }
  if ("hyperlink" in value) return cellText((value as ExcelJS.CellHyperlinkValue).text as ExcelJS.CellValue);
  if ("error" in value) return "";
  return "";
}

/**
 * Whether the archive unpacks to at most `limit` bytes, counted while inflating (the sizes a zip
 * declares can lie) and stopped as soon as it is over: exceljs unpacks every part into memory,
 * so a small zip bomb would otherwise take the server down.
 */
async function unpacksWithin(bytes: Uint8Array, limit: number): Promise<boolean> {
  const zip = await JSZip.loadAsync(bytes); // reads the directory only
  let total = 0;
  for (const entry of Object.values(zip.files)) {
    if (entry.dir) continue;
    const within = await new Promise<boolean>((resolve, reject) => {
      const stream = entry.nodeStream("nodebuffer");
      stream.on("data", (chunk: Buffer) => {
        total += chunk.length;
        if (total > limit) {
          stream.pause(); // no more is inflated: the rest of the entry is never read
          resolve(false);
        }
      });
      stream.on("error", reject);
      stream.on("end", () => resolve(true));
    });
    if (!within) return false;
  }
  return true;
}

async function readXlsx(bytes: Uint8Array): Promise<ParseResult<string[][]>> {
  const notExcel = fail(`This file is named .xlsx but is not an Excel workbook. ${SAVE_AS}`);
  // Every .xlsx is a zip archive; anything else (a renamed text file, an old .xls, an encrypted workbook) is not read.
  if (!(bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04)) return notExcel;
  try {
    if (!(await unpacksWithin(bytes, MAX_UNZIPPED_BYTES)))
      return fail(
        `This workbook holds more than ${MAX_UNZIPPED_LABEL} once unpacked, more than an import can hold. Keep only the sheet with your rows, or save it as CSV (UTF-8), and try again.`,
      );
  } catch {
    return notExcel;
  }
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    return notExcel;
  }
  const sheet = workbook.worksheets.find((ws) => ws.actualRowCount > 0);
  if (!sheet) return { ok: true, value: [] };
  if (sheet.actualRowCount > MAX_ROWS + 1) return fail(tooManyRows(sheet.actualRowCount - 1));
  const rows: string[][] = [];
  let width = 0;
  sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    if (rowNumber === 1) width = Math.min(row.cellCount, MAX_COLUMNS + 1);
    const cells: string[] = [];
    for (let c = 1; c <= width; c++) cells.push(cellText(row.getCell(c).value));
    rows[rowNumber - 1] = cells;
  });
  // Keep spreadsheet row numbers: missing rows are blank rows.
  return { ok: true, value: Array.from(rows, (r) => r ?? []) };
}

const tooManyRows = (n: number) =>
  `The file has ${n.toLocaleString("en-GB")} rows. Import at most ${MAX_ROWS.toLocaleString("en-GB")} rows at a time: split it into smaller files.`;

/** The file as a table: the first non-blank row is the headings; blank rows are left out, row numbers kept. */
export async function readTable({
  fileName,
  bytes,
}: {
  fileName: string;
  bytes: Uint8Array;
}): Promise<ParseResult<Table>> {
  const type = fileType(fileName);
  if (type === "xls") return fail(`This kind of file cannot be imported. ${SAVE_AS}`);
  if (!type) return fail("Choose a CSV file (.csv) or an Excel workbook (.xlsx).");
  if (bytes.length === 0) return fail("The file is empty. Choose the file with your rows in it.");
  if (bytes.length > MAX_FILE_BYTES)
    return fail(`The file is larger than ${MAX_FILE_LABEL}. Split it into smaller files.`);

  const read = type === "csv" ? readCsv(bytes) : await readXlsx(bytes);
  if (!read.ok) return read;
  const raw = read.value.map((cells, i) => ({ row: i + 1, cells: cells.map(cleanCell) }));
  const nonBlank = raw.filter((r) => r.cells.some(Boolean));
  const [first, ...data] = nonBlank;
  if (!first) return fail("The file is empty. Choose the file with your rows in it.");
  if (data.length > MAX_ROWS) return fail(tooManyRows(data.length));
  // Trailing blank headings (a formatted but empty column) are dropped.
  const headings = [...first.cells];
  while (headings.length && !headings.at(-1)) headings.pop();
  if (headings.length > MAX_COLUMNS)
    return fail(`The file has more than ${MAX_COLUMNS} columns. Use the template's columns.`);
  return {
    ok: true,
    value: { headings, rows: data.map((r) => ({ row: r.row, cells: r.cells.slice(0, headings.length) })) },
  };
}

const list = (items: string[]) =>
  items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
const quoted = (items: string[]) => items.map((h) => `“${h}”`);

/** The table's rows keyed by the kind's columns, or why the headings do not fit. */
export function matchColumns(columns: readonly Column[], table: Table): ParseResult<StoredRow[]> {
  const byKey = new Map<string, Column>();
  for (const column of columns)
    for (const name of [column.heading, ...(column.aliases ?? [])]) byKey.set(headingKey(name), column);

  const found = table.headings.map((h) => (h ? byKey.get(headingKey(h)) : undefined));
  const expected = `The first row must hold the column headings, as in the template: ${list(quoted(columns.map((c) => c.heading)))}.`;
  if (!found.some(Boolean)) return fail(`The file has no heading row we recognise. ${expected}`);

  const unknown = table.headings
    .map((h, i) => (found[i] ? null : h || `column ${i + 1} (no heading)`))
    .filter((h): h is string => h !== null);
  if (unknown.length)
    return fail(
      `The file has ${unknown.length === 1 ? "a column" : "columns"} we do not recognise: ${list(quoted(unknown))}. ${expected}`,
    );

  const seen = new Set<string>();
  const repeated = found.filter((c): c is Column => Boolean(c)).filter((c) => seen.has(c.key) || !seen.add(c.key));
  if (repeated.length)
    return fail(`The file has the column ${list(quoted(repeated.map((c) => c.heading)))} more than once.`);

  const missing = columns.filter((c) => c.required && !seen.has(c.key));
  if (missing.length)
    return fail(
      `The file has no ${list(quoted(missing.map((c) => c.heading)))} ${missing.length === 1 ? "column" : "columns"}. ${expected}`,
    );

  if (!table.rows.length) return fail("The file has headings but no rows under them.");
  return {
    ok: true,
    value: table.rows.map((r) => {
      const values: Record<string, string> = {};
      found.forEach((column, i) => {
        if (column) values[column.key] = r.cells[i] ?? "";
      });
      return { row: r.row, values };
    }),
  };
}

/** Read a file and key its rows by `columns`: the whole upload step short of storing it. */
export async function parseSpreadsheet(input: {
  fileName: string;
  bytes: Uint8Array;
  columns: readonly Column[];
}): Promise<ParseResult<StoredRow[]>> {
  const table = await readTable(input);
  return table.ok ? matchColumns(input.columns, table.value) : table;
}
