import { describe, expect, it } from "vitest";
import { z } from "zod";
import { checkbox, checkboxGroup, moneyInPounds, optionalText, recordId, requiredText } from "@/lib/validation/fields";

const errorOf = (schema: z.ZodType, value: unknown) => {
  const result = schema.safeParse(value);
  return result.success ? null : result.error.issues[0]?.message;
};

describe("shared form fields", () => {
  it("recordId takes cuid-like ids only", () => {
    expect(recordId().parse(" ckabc_12-x ")).toBe("ckabc_12-x");
    expect(errorOf(recordId("Choose an expert"), "")).toBe("Choose an expert");
    expect(errorOf(recordId(), "<script>")).toMatch(/Refresh the page/);
    expect(errorOf(recordId(), "x".repeat(41))).toMatch(/Refresh the page/);
  });

  it("optionalText trims, caps, refuses NUL and turns missing into empty text", () => {
    expect(optionalText(10).parse(undefined)).toBe("");
    expect(optionalText(10).parse("  hi  ")).toBe("hi");
    expect(errorOf(optionalText(3), "four")).toBe("Use 3 characters or fewer");
    expect(errorOf(optionalText(10), "a\u0000b")).toMatch(/unusual characters/);
    expect(errorOf(requiredText(10, "Enter a name"), "   ")).toBe("Enter a name");
  });

  it("checkboxes are booleans and checkbox groups are arrays", () => {
    expect(checkbox.parse("on")).toBe(true);
    expect(checkbox.parse(undefined)).toBe(false);
    const group = checkboxGroup(z.enum(["A", "B"]));
    expect(group.parse(undefined)).toEqual([]);
    expect(group.parse("A")).toEqual(["A"]);
    expect(group.parse(["A", "B"])).toEqual(["A", "B"]);
    expect(group.safeParse(["C"]).success).toBe(false);
  });

  it("money in pounds becomes integer pence, with plain messages", () => {
    const fee = moneyInPounds({ what: "the fee", example: "25.00", max: 100_000 });
    expect(fee.parse("12.50")).toBe(1250);
    expect(fee.parse("£7")).toBe(700);
    expect(errorOf(fee, "")).toBe("Enter the fee, for example 25.00");
    expect(errorOf(fee, "-3")).toBe("The fee cannot be negative");
    expect(errorOf(fee, "twelve")).toBe("Enter the fee in pounds and pence, for example 25.00");
    expect(errorOf(fee, "1000.01")).toMatch(/£1,000 or less/);
  });
});
