/** Addresses that go into emails: absolute, from the configured site address. */
import { homeFor } from "@/lib/auth/roles";
import type { Role } from "@/lib/generated/prisma/enums";

/** The site's address (NEXTAUTH_URL), without a trailing slash. */
export function siteUrl(): string {
  return (process.env.NEXTAUTH_URL ?? "http://localhost:3000").replace(/\/+$/, "");
}

/** "/expert/payments" → "https://involve.example.ac.uk/expert/payments"; absolute links pass through. */
export function absoluteUrl(pathOrUrl: string): string {
  if (/^https?:\/\//i.test(pathOrUrl)) return pathOrUrl;
  return `${siteUrl()}${pathOrUrl.startsWith("/") ? "" : "/"}${pathOrUrl}`;
}

/** Each person's own messages page, where they also choose how we contact them. */
export function messagesPath(role: Role): string {
  return `${homeFor(role)}/messages`;
}
