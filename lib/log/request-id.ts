/**
 * Each request's id: set by proxy.ts on the request (and sent back as X-Request-Id, so a
 * person reporting a problem can quote it) and put on every log line about that request.
 */
import { headers } from "next/headers";

export const REQUEST_ID_HEADER = "x-request-id";

/** An id a trusted proxy in front of us sent: plain characters, sensible length, or none. */
export function plausibleRequestId(value: string | null): string | null {
  return value && /^[A-Za-z0-9._:-]{8,128}$/.test(value) ? value : null;
}

/** The current request's id; undefined outside a request (scripts, the worker, tests). */
export async function currentRequestId(): Promise<string | undefined> {
  try {
    return (await headers()).get(REQUEST_ID_HEADER) ?? undefined;
  } catch {
    return undefined;
  }
}
