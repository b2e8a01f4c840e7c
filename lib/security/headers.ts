/**
 * The security headers every response carries (set in proxy.ts). The Content-Security-Policy
 * allows only this origin's files and scripts that carry the request's nonce: Next.js reads the
 * nonce from the policy on the request and puts it on its own inline scripts, so an injected
 * script without it never runs. `frame-ancestors 'none'` stops other sites framing Involve
 * (clickjacking a "Yes, withdraw" button); `no-referrer` keeps set-password tokens in the address
 * bar from leaking to other sites.
 */

export const NONCE_HEADER = "x-nonce";

/** 128 random bits, base64: fresh for every request. */
export function createNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

export function contentSecurityPolicy({ nonce, development }: { nonce: string; development: boolean }): string {
  return [
    "default-src 'self'",
    // 'strict-dynamic' lets the nonce-carrying bootstrap load the page's chunks; React's
    // development build needs eval for its error overlay, never in production.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    `style-src 'self' 'nonce-${nonce}'`,
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** Headers for every response, pages and files alike (next.config.ts sends them). */
export const SECURITY_HEADERS: Record<string, string> = {
  "Referrer-Policy": "no-referrer",
  "X-Content-Type-Options": "nosniff",
  // Older browsers that do not know frame-ancestors.
  "X-Frame-Options": "DENY",
  "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=()",
  "Cross-Origin-Opener-Policy": "same-origin",
};

/**
 * Two years, as hstspreload.org asks. Sent only when Involve's public address is https: browsers
 * ignore it over plain http, and a test server on http://localhost must not send it.
 */
export const STRICT_TRANSPORT_SECURITY = "max-age=63072000; includeSubDomains";

/** Whether Involve is served over https: its public address (NEXTAUTH_URL) says so. */
export function servedOverHttps(publicUrl = process.env.NEXTAUTH_URL): boolean {
  return publicUrl?.startsWith("https://") ?? false;
}
