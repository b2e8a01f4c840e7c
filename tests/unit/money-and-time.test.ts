import { describe, expect, it } from "vitest";
import { formatMoney, parsePounds, penceToDecimal } from "@/lib/format";
import { paysFee, sessionFeePence } from "@/lib/payments/fee";
import { academicYearOf, fromLondon, limitPeriodOf, parseLondonDateTime, taxYearOf } from "@/lib/time";

describe("money in pence", () => {
  it("formats and parses without floating point", () => {
    expect(formatMoney(123456)).toBe("£1,234.56");
    expect(formatMoney(5)).toBe("£0.05");
    expect(penceToDecimal(1050)).toBe("10.50");
    expect(parsePounds("£12.5")).toBe(1250);
    expect(parsePounds("0.10")).toBe(10);
    expect(parsePounds("1,000")).toBe(100000);
    expect(parsePounds("12.345")).toBeNull();
    expect(parsePounds("-3")).toBeNull();
    expect(parsePounds("abc")).toBeNull();
  });

  it("pays hourly fees by the minute, rounding half a penny up", () => {
    expect(sessionFeePence({ ratePence: 2500, basis: "HOUR", sessionMinutes: 120 })).toBe(5000);
    expect(sessionFeePence({ ratePence: 2500, basis: "HOUR", sessionMinutes: 90, preparationMinutes: 30 })).toBe(5000);
    expect(sessionFeePence({ ratePence: 2750, basis: "HOUR", sessionMinutes: 50 })).toBe(2292); // 2291.67
    expect(sessionFeePence({ ratePence: 1, basis: "HOUR", sessionMinutes: 30 })).toBe(1); // 0.5 → 1
    expect(sessionFeePence({ ratePence: 15000, basis: "DAY", sessionMinutes: 420 })).toBe(15000);
    expect(paysFee("EXPENSES_ONLY")).toBe(false);
    expect(paysFee("DECLINE")).toBe(false);
    expect(paysFee("PAID_VIA_PARTNER")).toBe(true);
  });
});

describe("London time", () => {
  it("converts wall-clock London time to UTC across daylight saving", () => {
    expect(parseLondonDateTime("2026-01-15", "10:00")?.toISOString()).toBe("2026-01-15T10:00:00.000Z");
    expect(parseLondonDateTime("2026-07-15", "10:00")?.toISOString()).toBe("2026-07-15T09:00:00.000Z");
    expect(parseLondonDateTime("2026-02-30", "10:00")).toBeNull();
    expect(parseLondonDateTime("2026-02-10", "25:00")).toBeNull();
  });

  it("finds tax years from 6 April to 5 April", () => {
    expect(taxYearOf(fromLondon(2026, 4, 5, 23, 59)).label).toBe("2025/26");
    expect(taxYearOf(fromLondon(2026, 4, 6, 0, 0)).label).toBe("2026/27");
    expect(taxYearOf(fromLondon(2026, 4, 6)).start.toISOString()).toBe("2026-04-05T23:00:00.000Z");
  });

  it("finds academic years from 1 September and weeks from Monday", () => {
    expect(academicYearOf(fromLondon(2026, 8, 31, 12))).toBe("2025/26");
    expect(academicYearOf(fromLondon(2026, 9, 1, 0, 30))).toBe("2026/27");
    const week = limitPeriodOf("WEEK", fromLondon(2026, 11, 25, 15)); // a Wednesday
    expect(week.start.toISOString()).toBe("2026-11-23T00:00:00.000Z");
    expect(week.end.toISOString()).toBe("2026-11-30T00:00:00.000Z");
    const month = limitPeriodOf("MONTH", fromLondon(2026, 12, 31, 23));
    expect(month.end.toISOString()).toBe("2027-01-01T00:00:00.000Z");
  });
});
