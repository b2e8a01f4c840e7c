import ExcelJS from "exceljs";
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { academicYear } from "@/lib/import/kinds/modules";
import { cellText, matchColumns, parseSpreadsheet, readTable } from "@/lib/import/parse";
import type { Column } from "@/lib/import/types";

const COLUMNS: Column[] = [
  { key: "email", heading: "Email", aliases: ["E-mail"], required: true, example: "", hint: "" },
  { key: "name", heading: "Name", required: true, example: "", hint: "" },
  { key: "notes", heading: "Notes", example: "", hint: "" },
];
const text = (s: string) => new TextEncoder().encode(s);
const csv = (s: string, fileName = "f.csv") => parseSpreadsheet({ fileName, bytes: text(s), columns: COLUMNS });

describe("reading CSV files", () => {
  it("keys rows by column, matches headings loosely, and keeps spreadsheet row numbers across blank lines", async () => {
    const result = await csv('\uFEFFE-MAIL , name\r\na@x.example,Ann\r\n\r\n,,\r\nb@x.example,"Bo, the second"\r\n');
    expect(result).toEqual({
      ok: true,
      value: [
        { row: 2, values: { email: "a@x.example", name: "Ann" } },
        { row: 5, values: { email: "b@x.example", name: "Bo, the second" } },
      ],
    });
  });

  it("reads semicolon-separated files and Windows-1252 text", async () => {
    expect(await csv("Email;Name\r\n\r\na@x.example;Zoë\r\n")).toMatchObject({
      ok: true,
      value: [{ values: { name: "Zoë" } }],
    });
    const latin1 = Uint8Array.from([...text("Email,Name\na@x.example,Caf"), 0xe9, 0x20, 0xa3]);
    expect(await parseSpreadsheet({ fileName: "f.csv", bytes: latin1, columns: COLUMNS })).toMatchObject({
      ok: true,
      value: [{ values: { name: "Café £" } }],
    });
  });

  it("reads UTF-16 files (Excel's 'Unicode text')", async () => {
    const body = "Email\tName\r\na@x.example\tAnn\r\n";
    const bytes = new Uint8Array(2 + body.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let i = 0; i < body.length; i++) bytes[2 + i * 2] = body.charCodeAt(i);
    expect(await parseSpreadsheet({ fileName: "f.txt", bytes, columns: COLUMNS })).toMatchObject({
      ok: true,
      value: [{ values: { email: "a@x.example", name: "Ann" } }],
    });
  });

  it("keeps formula-looking text as text and removes NUL and control characters", async () => {
    expect(await csv("Email,Name,Notes\na@x.example,=1+1,a\u0000b\u0007c")).toMatchObject({
      ok: true,
      value: [{ values: { name: "=1+1", notes: "abc" } }],
    });
  });

  it("refuses what it cannot read, saying what to do", async () => {
    const refusals: [Promise<unknown>, RegExp][] = [
      [csv('Email,Name\na@x.example,"never closed'), /quotation mark that is never closed/],
      [csv("Email,Email,Name\na,b,c"), /the column “Email” more than once/],
      [csv("Email,Notes\na@x.example,hi"), /no “Name” column/],
      [csv("Email,Name\n"), /headings but no rows/],
      [csv("\u0000\u0001\u0002\u0003binary\u0000\u0000\u0000\u0004\u0005"), /does not look like a CSV file/],
      [csv("Email,Name", "f.pdf"), /Choose a CSV file/],
    ];
    for (const [result, message] of refusals) {
      const r = (await result) as { ok: boolean; message?: string };
      expect(r.ok).toBe(false);
      expect(r.message).toMatch(message);
    }
  });

  it("says which headings it does not know", () => {
    expect(matchColumns(COLUMNS, { headings: ["Email", "Name", "", "Shoe size"], rows: [] })).toEqual({
      ok: false,
      message: expect.stringMatching(/columns we do not recognise: “column 3 \(no heading\)” and “Shoe size”/),
    });
  });
});

describe("reading .xlsx files", () => {
  it("reads the first sheet with data, formula results as text, dates as ISO dates", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Empty");
    const sheet = workbook.addWorksheet("Data");
    sheet.addRow(["Email", "Name", "Notes"]);
    sheet.addRow([
      { text: "a@x.example", hyperlink: "mailto:a@x.example" },
      { formula: "1+1", result: 2 },
      new Date(Date.UTC(2026, 2, 1)),
    ]);
    sheet.addRow([]);
    sheet.addRow(["b@x.example", { richText: [{ text: "Bo " }, { text: "Li" }] }, true]);
    const bytes = new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
    expect(await parseSpreadsheet({ fileName: "f.xlsx", bytes, columns: COLUMNS })).toEqual({
      ok: true,
      value: [
        { row: 2, values: { email: "a@x.example", name: "2", notes: "2026-03-01" } },
        { row: 4, values: { email: "b@x.example", name: "Bo Li", notes: "TRUE" } },
      ],
    });
  });

  it("never evaluates a formula: without a cached result the cell is blank", () => {
    expect(cellText({ formula: 'HYPERLINK("http://x")' })).toBe("");
    expect(cellText({ formula: "1/0", result: { error: "#DIV/0!" } })).toBe("");
    expect(cellText("=1+1")).toBe("=1+1");
  });

  it("refuses a zip bomb: a small workbook that unpacks to more than 50 MB, stopped while unpacking", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Data").addRow(["Email", "Name"]);
    const zip = await JSZip.loadAsync(await workbook.xlsx.writeBuffer());
    // 60 MB of one byte deflates to about 60 KB: well under the 5 MB upload limit.
    zip.file("xl/media/padding.bin", new Uint8Array(60 * 1024 * 1024));
    const bytes = await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
    expect(bytes.length).toBeLessThan(1024 * 1024);
    expect(await readTable({ fileName: "f.xlsx", bytes })).toEqual({
      ok: false,
      message: expect.stringMatching(/^This workbook holds more than 50 MB once unpacked/),
    });
  });

  it("refuses a text file named .xlsx", async () => {
    expect(await readTable({ fileName: "f.xlsx", bytes: text("Email,Name\n") })).toMatchObject({
      ok: false,
      message: expect.stringMatching(/not an Excel workbook/),
    });
  });
});

describe("academic years", () => {
  it("accepts 2026/27, 2026/2027 and 2026-27; refuses years that do not follow", () => {
    expect(["2026/27", "2026/2027", "2026-27", "2099/00"].map(academicYear)).toEqual([
      "2026/27",
      "2026/27",
      "2026/27",
      "2099/00",
    ]);
    expect(["2026/28", "2026-2028", "26/27", "2026", "next year"].map(academicYear)).toEqual([
      null,
      null,
      null,
      null,
      null,
    ]);
  });
});
