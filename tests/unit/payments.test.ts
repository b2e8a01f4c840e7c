import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { csvCell, toCsv } from "@/lib/csv";
import { sessionFeePence } from "@/lib/payments/fee";
import { financeCsv, type FinanceLine } from "@/lib/payments/finance-csv";
import { daysSinceSession, isLate, lateCutoff } from "@/lib/payments/late";
import { addExpenseSchema } from "@/lib/payments/schemas";
import { paymentSteps } from "@/lib/payments/steps";
import { taxYearFrom } from "@/lib/payments/statement";
import { penceToDecimal } from "@/lib/format";
import { fromLondon } from "@/lib/time";

describe("CSV cells", () => {
  it("quotes per RFC 4180 and neutralises formulas", () => {
    expect(csvCell("plain")).toBe("plain");
    expect(csvCell("a,b")).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell("two\nlines")).toBe('"two\nlines"');
    expect(csvCell("=SUM(A1)")).toBe("'=SUM(A1)");
    expect(csvCell("+44 7700")).toBe("'+44 7700");
    expect(csvCell("-1")).toBe("'-1");
    expect(csvCell("@cmd")).toBe("'@cmd");
    expect(csvCell('=A1,"x"')).toBe(`"'=A1,""x"""`);
    expect(csvCell(null)).toBe("");
    expect(toCsv(["a", "b"], [["1", "2"]])).toBe("a,b\r\n1,2\r\n");
  });
});

describe("money stays in integer pence", () => {
  it("hourly fees are whole pence, rounded half up, for any rate and duration", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 500_000 }),
        fc.integer({ min: 1, max: 24 * 60 }),
        fc.integer({ min: 0, max: 600 }),
        (rate, minutes, prep) => {
          const fee = sessionFeePence({
            ratePence: rate,
            basis: "HOUR",
            sessionMinutes: minutes,
            preparationMinutes: prep,
          });
          expect(Number.isInteger(fee)).toBe(true);
          // fee is the nearest penny to rate × minutes / 60, halves up: compare as integers ×120.
          const exact120 = rate * (minutes + prep) * 2;
          expect(fee * 120 - exact120).toBeGreaterThan(-60);
          expect(fee * 120 - exact120).toBeLessThanOrEqual(60);
        },
      ),
    );
  });

  it("decimal strings round-trip every pence value", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), (pence) => {
        const [pounds, pennies] = penceToDecimal(pence).split(".");
        expect(Number(pounds) * 100 + Number(pennies)).toBe(pence);
      }),
    );
  });

  it("finance CSV totals are fee + expenses in pence, individuals first then partners grouped", () => {
    const at = fromLondon(2026, 11, 2, 10);
    const line = (over: Partial<FinanceLine>): FinanceLine => ({
      paymentId: "p",
      method: "BANK_TRANSFER",
      expertName: "Jo",
      partnerName: null,
      feePence: 1,
      expensesPence: 2,
      sessionTitle: "Talk",
      sessionDate: at,
      ...over,
    });
    const csv = financeCsv(
      [
        line({ paymentId: "3", method: "PAID_VIA_PARTNER", partnerName: "Beta", expertName: "Ann" }),
        line({ paymentId: "1", expertName: "Zed", feePence: 10, expensesPence: 5 }),
        line({ paymentId: "4", method: "PAID_VIA_PARTNER", partnerName: "Alpha", expertName: "Bo" }),
        line({ paymentId: "2", method: "VOUCHER", expertName: "Amy", feePence: 99_999, expensesPence: 1 }),
      ],
      "CC",
    );
    const rows = csv
      .trim()
      .split("\r\n")
      .map((r) => r.split(","));
    expect(rows.slice(1).map((r) => r[0])).toEqual(["Amy", "Zed", "Alpha", "Beta"]);
    expect(rows[1]).toEqual(["Amy", "Voucher", "999.99", "0.01", "1000.00", "CC", "2", "Talk", "2026-11-02"]);
    expect(rows[3]![7]).toBe("Talk (for Bo)");
  });
});

describe("late payments in London days", () => {
  it("counts calendar days, not 24-hour blocks, across midnight and clock changes", () => {
    expect(daysSinceSession(fromLondon(2026, 11, 1, 23, 30), fromLondon(2026, 11, 2, 0, 10))).toBe(1);
    expect(daysSinceSession(fromLondon(2026, 11, 1, 9), fromLondon(2026, 11, 1, 20))).toBe(0);
    expect(daysSinceSession(fromLondon(2026, 3, 28, 23, 30), fromLondon(2026, 3, 29, 23, 30))).toBe(1); // clocks go forward
    expect(daysSinceSession(fromLondon(2026, 10, 1, 10), fromLondon(2026, 10, 31, 10))).toBe(30);
  });

  it("is late only after the configured number of days, and never once paid or declined", () => {
    const session = fromLondon(2026, 10, 1, 10);
    const day30 = fromLondon(2026, 10, 31, 23, 59);
    const day31 = fromLondon(2026, 11, 1, 0, 1);
    expect(isLate({ status: "APPROVED", sessionDate: session }, 30, day30)).toBe(false);
    expect(isLate({ status: "APPROVED", sessionDate: session }, 30, day31)).toBe(true);
    expect(isLate({ status: "PAID", sessionDate: session }, 30, day31)).toBe(false);
    expect(isLate({ status: "DECLINED_BY_EXPERT", sessionDate: session }, 30, day31)).toBe(false);
    // The database cut-off agrees with the rule.
    expect(session < lateCutoff(30, day31)).toBe(true);
    expect(session < lateCutoff(30, day30)).toBe(false);
  });
});

describe("step line and inputs", () => {
  it("marks steps done, current and to do, in order", () => {
    expect(paymentSteps("DRAFT")?.map((s) => s.state)).toEqual(["current", "todo", "todo", "todo", "todo"]);
    expect(paymentSteps("APPROVED")?.map((s) => s.state)).toEqual(["done", "done", "current", "todo", "todo"]);
    expect(paymentSteps("PAID")?.map((s) => s.state)).toEqual(["done", "done", "done", "done", "done"]);
    expect(paymentSteps("DECLINED_BY_EXPERT")).toBeNull();
  });

  it("parses expense input into pence or miles", () => {
    expect(addExpenseSchema.parse({ paymentId: "p", type: "TRAVEL", miles: "12" })).toMatchObject({
      miles: 12,
      amountPence: null,
    });
    expect(addExpenseSchema.parse({ paymentId: "p", type: "PARKING", amount: "£1,234.5" })).toMatchObject({
      miles: null,
      amountPence: 123450,
    });
    expect(addExpenseSchema.safeParse({ paymentId: "p", type: "PARKING", amount: "1e3" }).success).toBe(false);
    expect(addExpenseSchema.safeParse({ paymentId: "p", type: "PARKING", amount: "5000.00" }).success).toBe(true);
    expect(addExpenseSchema.safeParse({ paymentId: "p", type: "PARKING", amount: "5000.01" }).success).toBe(false);
    // A NUL byte cannot be stored: control characters are dropped, and ids must look like ids.
    expect(
      addExpenseSchema.parse({ paymentId: "p", type: "PARKING", amount: "1", note: "car\u0000 park\n" }),
    ).toMatchObject({ note: "car park" });
    expect(addExpenseSchema.safeParse({ paymentId: "a\u0000b", type: "PARKING", amount: "1" }).success).toBe(false);
  });

  it("reads ?year= as the tax year starting that April, defaulting to the current one", () => {
    expect(taxYearFrom("2026").label).toBe("2026/27");
    expect(taxYearFrom("abc", fromLondon(2027, 4, 5, 23, 59)).label).toBe("2026/27");
    expect(taxYearFrom(undefined, fromLondon(2027, 4, 6, 0, 0)).label).toBe("2027/28");
    expect(taxYearFrom("1999", fromLondon(2027, 1, 1)).label).toBe("2026/27");
  });
});
