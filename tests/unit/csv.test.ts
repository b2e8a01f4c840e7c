import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { csvCell, toCsv } from "@/lib/csv";

/** A strict RFC 4180 reader, only for checking what the writer produced. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let field = "";
  let record: string[] = [];
  let i = 0;
  while (i < text.length) {
    if (text[i] === '"') {
      i++;
      for (;;) {
        if (i >= text.length) throw new Error("unterminated quote");
        if (text[i] === '"' && text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        if (text[i] === '"') {
          i++;
          break;
        }
        field += text[i++];
      }
    }
    if (text.startsWith("\r\n", i)) {
      record.push(field);
      records.push(record);
      field = "";
      record = [];
      i += 2;
      continue;
    }
    if (text[i] === ",") {
      record.push(field);
      field = "";
      i++;
      continue;
    }
    if (i >= text.length) break;
    if (text[i] === '"' || text[i] === "\r" || text[i] === "\n")
      throw new Error(`bare ${JSON.stringify(text[i])} at ${i}`);
    field += text[i++];
  }
  if (field || record.length) throw new Error("last record does not end with CRLF");
  return records;
}

describe("toCsv", () => {
  it("writes a header and rows, each ending with CRLF", () => {
    expect(
      toCsv(
        ["Module", "Hours"],
        [
          ["SW4001", 1.5],
          ["SW5002", 0],
        ],
      ),
    ).toBe("Module,Hours\r\nSW4001,1.5\r\nSW5002,0\r\n");
    expect(toCsv(["Only a header"], [])).toBe("Only a header\r\n");
  });

  it("quotes commas, quotes and line breaks, doubling quotes", () => {
    expect(csvCell("Law, Rights and Justice")).toBe('"Law, Rights and Justice"');
    expect(csvCell('The "good" session')).toBe('"The ""good"" session"');
    expect(csvCell("line one\nline two")).toBe('"line one\nline two"');
    expect(csvCell("line one\r\nline two")).toBe('"line one\r\nline two"');
    expect(csvCell("plain text")).toBe("plain text");
    expect(csvCell("")).toBe("");
  });

  it("guards text that a spreadsheet would run as a formula", () => {
    expect(csvCell("=SUM(A1:A2)")).toBe("'=SUM(A1:A2)");
    expect(csvCell("+44 161 496 0213")).toBe("'+44 161 496 0213");
    expect(csvCell("-2+3")).toBe("'-2+3");
    expect(csvCell("@cmd")).toBe("'@cmd");
    expect(csvCell("\t=1")).toBe("'\t=1");
    // Guarded and quoted together: the quote goes inside the CSV quoting.
    expect(csvCell('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
    // Only the first character matters, and numbers stay numbers.
    expect(csvCell("a=b")).toBe("a=b");
    expect(csvCell(-5)).toBe("-5");
    expect(csvCell(0.25)).toBe("0.25");
    expect(() => csvCell(Number.NaN)).toThrow();
  });

  it("reads back exactly what was written, for any text", () => {
    const text = fc.string({
      unit: fc.constantFrom("a", "Z", " ", ",", '"', "\r", "\n", "=", "+", "-", "@", "'", "é", "\t"),
    });
    fc.assert(
      fc.property(fc.array(fc.array(text, { minLength: 1, maxLength: 4 }), { maxLength: 5 }), (rows) => {
        const width = rows[0]?.length ?? 1;
        const even = rows.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? ""));
        const headers = Array.from({ length: width }, (_, i) => `h${i}`);
        const parsed = parseCsv(toCsv(headers, even));
        const expected = [headers, ...even].map((r) => r.map((v) => (/^[=+\-@\t\r]/.test(v) ? `'${v}` : v)));
        expect(parsed).toEqual(expected);
      }),
    );
  });
});
