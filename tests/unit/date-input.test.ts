import { describe, expect, it } from "vitest";
import { z } from "zod";
import { dateInputField, parseDateParts, withDateInputs } from "@/lib/validation/date-input";

const words = { label: "Date", missing: "Enter the date" };
const parse = (day: string, month: string, year: string) => parseDateParts({ day, month, year }, words);

describe("GOV.UK date input parsing", () => {
  it("reads real dates, with or without leading zeros, and month names", () => {
    expect(parse("27", "3", "2027")).toEqual({ ok: true, iso: "2027-03-27" });
    expect(parse("01", "08", "2026")).toEqual({ ok: true, iso: "2026-08-01" });
    expect(parse(" 4 ", " 12 ", " 2026 ")).toEqual({ ok: true, iso: "2026-12-04" });
    expect(parse("4", "December", "2026")).toEqual({ ok: true, iso: "2026-12-04" });
    expect(parse("4", "dec", "2026")).toEqual({ ok: true, iso: "2026-12-04" });
  });

  it("knows 29 February only in leap years, and that April has 30 days", () => {
    expect(parse("29", "2", "2028")).toEqual({ ok: true, iso: "2028-02-29" });
    expect(parse("29", "2", "2027")).toEqual({ ok: false, message: "Date must be a real date", parts: ["day"] });
    expect(parse("29", "2", "2100")).toMatchObject({ ok: false, parts: ["day"] });
    expect(parse("29", "2", "2000")).toEqual({ ok: true, iso: "2000-02-29" });
    expect(parse("30", "4", "2027")).toEqual({ ok: true, iso: "2027-04-30" });
    expect(parse("31", "4", "2027")).toEqual({ ok: false, message: "Date must be a real date", parts: ["day"] });
  });

  it("says which parts are missing, GOV.UK's way", () => {
    expect(parse("", "", "")).toEqual({ ok: false, message: "Enter the date", parts: ["day", "month", "year"] });
    expect(parse("27", "", "2027")).toEqual({ ok: false, message: "Date must include a month", parts: ["month"] });
    expect(parse("", "3", "2027")).toEqual({ ok: false, message: "Date must include a day", parts: ["day"] });
    expect(parse("27", "3", "")).toEqual({ ok: false, message: "Date must include a year", parts: ["year"] });
    expect(parse("", "", "2027")).toEqual({
      ok: false,
      message: "Date must include a day and month",
      parts: ["day", "month"],
    });
    expect(parse("27", "", "")).toMatchObject({ message: "Date must include a month and year" });
    expect(parseDateParts({}, words)).toMatchObject({ ok: false, message: "Enter the date" });
  });

  it("refuses impossible and non-numeric parts, marking only those", () => {
    expect(parse("32", "3", "2027")).toEqual({ ok: false, message: "Date must be a real date", parts: ["day"] });
    expect(parse("0", "3", "2027")).toMatchObject({ parts: ["day"] });
    expect(parse("27", "13", "2027")).toEqual({ ok: false, message: "Date must be a real date", parts: ["month"] });
    expect(parse("27", "ma", "2027")).toMatchObject({ parts: ["month"] });
    expect(parse("x", "y", "2027")).toMatchObject({ parts: ["day", "month"] });
    expect(parse("27", "3", "20x7")).toMatchObject({ parts: ["year"] });
    expect(parse("1.5", "3", "2027")).toMatchObject({ parts: ["day"] });
  });

  it("wants a 4-number year: 2-digit years are not guessed", () => {
    expect(parse("27", "3", "27")).toEqual({ ok: false, message: "Year must include 4 numbers", parts: ["year"] });
    expect(parse("27", "3", "202")).toMatchObject({ message: "Year must include 4 numbers" });
    expect(parse("27", "3", "20271")).toMatchObject({ message: "Year must include 4 numbers" });
  });
});

describe("the date input in a schema", () => {
  const schema = withDateInputs(["heldOn"], z.object({ heldOn: dateInputField(words), note: z.string() }));

  it("folds the three boxes into the date and drops the box fields", () => {
    const out = schema.parse({ "heldOn-day": "4", "heldOn-month": "12", "heldOn-year": "2026", note: "x" });
    expect(out).toEqual({ heldOn: "2026-12-04", note: "x" });
  });

  it("puts the error under the input's name", () => {
    const result = schema.safeParse({ "heldOn-day": "31", "heldOn-month": "4", "heldOn-year": "2027", note: "x" });
    expect(result.success).toBe(false);
    expect(z.flattenError(result.error!).fieldErrors).toEqual({ heldOn: ["Date must be a real date"] });
  });

  it("accepts one ISO day from a script, checked the same way", () => {
    expect(schema.parse({ heldOn: "2028-02-29", note: "" }).heldOn).toBe("2028-02-29");
    expect(z.flattenError(schema.safeParse({ heldOn: "2027-02-29", note: "" }).error!).fieldErrors.heldOn).toEqual([
      "Date must be a real date",
    ]);
    expect(z.flattenError(schema.safeParse({ heldOn: "27/3/2027", note: "" }).error!).fieldErrors.heldOn).toEqual([
      "Date must be a real date",
    ]);
    expect(z.flattenError(schema.safeParse({ note: "" }).error!).fieldErrors.heldOn).toEqual(["Enter the date"]);
  });

  it("refuses boxes that are not text", () => {
    const result = schema.safeParse({ "heldOn-day": ["1", "2"], "heldOn-month": "4", "heldOn-year": "2027", note: "" });
    expect(result.success).toBe(false);
  });
});
