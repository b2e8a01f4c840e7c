import { describe, expect, it } from "vitest";
import { formDataToObject } from "@/lib/actions/form-data";
import { homeFor } from "@/lib/auth/roles";

describe("formDataToObject", () => {
  it("keeps single values as strings and repeated keys as arrays, dropping Next's own fields", () => {
    const fd = new FormData();
    fd.append("name", "Jo");
    fd.append("interests", "TEACHING");
    fd.append("interests", "RESEARCH");
    fd.append("$ACTION_ID_abc", "");
    expect(formDataToObject(fd)).toEqual({ name: "Jo", interests: ["TEACHING", "RESEARCH"] });
  });
});

describe("homeFor", () => {
  it("sends each role to its own area", () => {
    expect(homeFor("EXPERT")).toBe("/expert");
    expect(homeFor("ACADEMIC")).toBe("/academic");
    expect(homeFor("COORDINATOR")).toBe("/coordinator");
    expect(homeFor("ADMIN")).toBe("/coordinator");
  });
});

describe("formDataToObject with hostile keys", () => {
  it("keeps constructor and __proto__ as plain own values, never touching the prototype", () => {
    const fd = new FormData();
    fd.append("constructor", "x");
    fd.append("__proto__", "y");
    fd.append("toString", "z");
    const out = formDataToObject(fd);
    expect(out.constructor).toBe("x");
    expect(Object.getOwnPropertyDescriptor(out, "__proto__")?.value).toBe("y");
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
    expect(out.toString).toBe("z");
  });
});

describe("clientAddress", () => {
  it("ignores X-Forwarded-For unless a trusted proxy is configured, then takes the proxy's entry", async () => {
    const { clientAddress } = await import("@/lib/auth/options");
    const headers = { "x-forwarded-for": "6.6.6.6, 10.0.0.7" };
    expect(clientAddress(headers, 0)).toBeNull();
    expect(clientAddress(headers, 1)).toBe("10.0.0.7");
    expect(clientAddress(headers, 2)).toBe("6.6.6.6");
    expect(clientAddress(headers, 3)).toBeNull();
    expect(clientAddress({}, 1)).toBeNull();
  });
});
