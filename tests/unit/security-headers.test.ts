import { NextRequest } from "next/server";
import { afterEach, describe, expect, it, vi } from "vitest";
import { proxy } from "@/proxy";
import { contentSecurityPolicy, SECURITY_HEADERS, servedOverHttps } from "@/lib/security/headers";

afterEach(() => vi.unstubAllEnvs());

describe("the Content-Security-Policy", () => {
  it("allows only this origin and the nonce, forbids framing, and has no unsafe-inline", () => {
    const policy = contentSecurityPolicy({ nonce: "abc123", development: false });
    expect(policy).toContain("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("object-src 'none'");
    expect(policy).not.toContain("unsafe-inline");
    expect(policy).not.toContain("unsafe-eval");
    // React's development build needs eval; production never gets it.
    expect(contentSecurityPolicy({ nonce: "x", development: true })).toContain("'unsafe-eval'");
  });

  it("sends the fixed headers every response needs", () => {
    expect(SECURITY_HEADERS).toMatchObject({
      "Referrer-Policy": "no-referrer",
      "X-Content-Type-Options": "nosniff",
      "X-Frame-Options": "DENY",
    });
  });
});

describe("proxy.ts", () => {
  it("puts a fresh nonce in the CSP of each response and on the request Next renders", async () => {
    const first = await proxy(new NextRequest("http://localhost/sign-in"));
    const second = await proxy(new NextRequest("http://localhost/sign-in"));
    const nonce = (r: Response) => r.headers.get("content-security-policy")!.match(/'nonce-([^']+)'/)![1];
    expect(nonce(first)).not.toBe(nonce(second));
    // NextResponse.next({ request }) passes the changed request headers on like this.
    expect(first.headers.get("x-middleware-request-x-nonce")).toBe(nonce(first));
    expect(first.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("sends HSTS only when Involve's public address is https", async () => {
    vi.stubEnv("NEXTAUTH_URL", "http://localhost:3000");
    expect((await proxy(new NextRequest("http://localhost/sign-in"))).headers.get("strict-transport-security")).toBe(
      null,
    );
    vi.stubEnv("NEXTAUTH_URL", "https://involve.example.ac.uk");
    expect(servedOverHttps()).toBe(true);
    const response = await proxy(new NextRequest("https://involve.example.ac.uk/sign-in"));
    expect(response.headers.get("strict-transport-security")).toBe("max-age=63072000; includeSubDomains");
  });

  it("keeps a request id from a trusted proxy, and ignores one from anyone else", async () => {
    const withId = () =>
      new NextRequest("http://localhost/sign-in", { headers: { "x-request-id": "lb-7f3a9c21-0001" } });
    expect((await proxy(withId())).headers.get("x-request-id")).not.toBe("lb-7f3a9c21-0001");
    vi.stubEnv("TRUST_PROXY_HOPS", "1");
    expect((await proxy(withId())).headers.get("x-request-id")).toBe("lb-7f3a9c21-0001");
  });

  it("sends a signed-out visitor of a role area to sign in, with the headers too", async () => {
    vi.stubEnv("NEXTAUTH_SECRET", "unit-test-secret-at-least-32-characters");
    const response = await proxy(new NextRequest("http://localhost/coordinator/payments?page=2"));
    expect(response.status).toBe(307);
    expect(response.headers.get("location")).toBe(
      "http://localhost/sign-in?callbackUrl=%2Fcoordinator%2Fpayments%3Fpage%3D2",
    );
    expect(response.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
  });
});
