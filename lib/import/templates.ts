/** The downloadable templates: each kind's columns and one example row, as CSV or .xlsx. */
import "server-only";
import ExcelJS from "exceljs";
import { toCsv } from "@/lib/csv";
import type { ImportKind } from "@/lib/generated/prisma/enums";
import type { Download } from "@/lib/routes/route";
import { COLUMNS } from "./kinds/columns";
import { KIND_SLUG } from "./types";

export async function importTemplate(kind: ImportKind, format: "csv" | "xlsx"): Promise<Download> {
  const columns = COLUMNS[kind];
  const headings = columns.map((c) => c.heading);
  const example = columns.map((c) => c.example);
  const filename = `involve-${KIND_SLUG[kind]}-template.${format}`;
  if (format === "csv") return { type: "csv", filename, body: toCsv(headings, [example]) };

  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(KIND_SLUG[kind]);
  sheet.addRow(headings).font = { bold: true };
  sheet.addRow(example);
  // Every column is text, so Excel keeps a phone number's leading 0 and a code like 0101.
  columns.forEach((c, i) => {
    const column = sheet.getColumn(i + 1);
    column.numFmt = "@";
    column.width = Math.max(14, c.heading.length + 4, c.example.length + 2);
  });
  const buffer = await workbook.xlsx.writeBuffer();
  return { type: "xlsx", filename, body: new Uint8Array(buffer as ArrayBuffer) };
}
