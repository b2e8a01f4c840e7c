import { describe, expect, it } from "vitest";
import { currentNavHref, NAV } from "@/components/layout/nav";

describe("the navigation's current section", () => {
  const expert = (path: string) => currentNavHref(NAV.expert, path, "/expert");

  it("is the longest href that is the path or a folder above it", () => {
    expect(expert("/expert/opportunities")).toBe("/expert/opportunities");
    expect(expert("/expert/opportunities/abc")).toBe("/expert/opportunities");
    expect(expert("/expert/payments/p1")).toBe("/expert/payments");
    expect(expert("/expert/messages")).toBe("/expert/messages");
  });

  it("marks the area's home only on the home page itself", () => {
    expect(expert("/expert")).toBe("/expert");
    expect(expert("/expert/statement")).toBeUndefined();
    expect(expert("/expert/bookings/b1/withdraw")).toBeUndefined();
  });

  it("does not take a longer name for a folder: /expert/paymentsx is not Payments", () => {
    expect(expert("/expert/paymentsx")).toBeUndefined();
    expect(currentNavHref(NAV.admin, "/coordinator/experts", "/admin")).toBe("/coordinator");
    expect(currentNavHref(NAV.admin, "/admin/staff/s1", "/admin")).toBe("/admin/staff");
  });
});
