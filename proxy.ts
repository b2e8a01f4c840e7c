import { NextResponse, type NextRequest } from "next/server";
import { getToken } from "next-auth/jwt";
import { plausibleRequestId, REQUEST_ID_HEADER } from "@/lib/log/request-id";
import {
  contentSecurityPolicy,
  createNonce,
  NONCE_HEADER,
  servedOverHttps,
  STRICT_TRANSPORT_SECURITY,
} from "@/lib/security/headers";

// Role areas: signed-out visitors are sent to sign in. A convenience only: every page and action
// still checks who is asking and what they may do.
const SIGNED_IN_AREAS = ["/coordinator", "/expert", "/academic", "/admin"];

function needsSignIn(pathname: string): boolean {
  return SIGNED_IN_AREAS.some((area) => pathname === area || pathname.startsWith(`${area}/`));
}

async function signedIn(request: NextRequest): Promise<boolean> {
  const secureCookie = servedOverHttps();
  const token = await getToken({ req: request, secret: process.env.NEXTAUTH_SECRET, secureCookie });
  return token !== null;
}

/**
 * Every request but Next's own static files: a fresh CSP nonce (Next reads it from the request's
 * policy and puts it on its scripts), a request id for the logs, HSTS when served over https,
 * and the sign-in redirect. The
 * headers that do not change per request are in next.config.ts, so static files carry them too.
 */
export async function proxy(request: NextRequest) {
  const nonce = createNonce();
  // Behind our own proxy its id is kept, so its logs and ours line up; otherwise a new one.
  const trustsProxy = Number(process.env.TRUST_PROXY_HOPS ?? 0) > 0;
  const requestId = (trustsProxy && plausibleRequestId(request.headers.get(REQUEST_ID_HEADER))) || crypto.randomUUID();
  const policy = contentSecurityPolicy({ nonce, development: process.env.NODE_ENV === "development" });

  let response: NextResponse;
  if (needsSignIn(request.nextUrl.pathname) && !(await signedIn(request))) {
    const signIn = new URL("/sign-in", request.url);
    signIn.searchParams.set("callbackUrl", `${request.nextUrl.pathname}${request.nextUrl.search}`);
    response = NextResponse.redirect(signIn);
  } else {
    const headers = new Headers(request.headers);
    headers.set(NONCE_HEADER, nonce);
    headers.set(REQUEST_ID_HEADER, requestId);
    headers.set("Content-Security-Policy", policy);
    response = NextResponse.next({ request: { headers } });
  }
  response.headers.set("Content-Security-Policy", policy);
  response.headers.set("X-Request-Id", requestId);
  if (servedOverHttps()) response.headers.set("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
  return response;
}

export const config = {
  // Next's files and the app icons in public/ are static: no nonce or sign-in check needed.
  matcher: ["/((?!_next/static|_next/image|favicon.ico|icons/).*)"],
};
