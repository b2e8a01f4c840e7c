/**
 * The addresses a person adds to their calendar app. Built from NEXTAUTH_URL (the address
 * people use) when it is set, else from the request's host, so it works locally too.
 */
import "server-only";
import { headers } from "next/headers";
import { db as defaultDb, type DbClient } from "@/lib/db";
import { feedPath } from "./token";

export type FeedAddresses = { https: string; webcal: string };

async function origin(): Promise<string> {
  const configured = (process.env.NEXTAUTH_URL ?? "").replace(/\/+$/, "");
  if (configured) return configured;
  const h = await headers();
  const host = h.get("x-forwarded-host") ?? h.get("host") ?? "localhost:3000";
  const proto = h.get("x-forwarded-proto") ?? (/^(localhost|127\.0\.0\.1)(:|$)/.test(host) ? "http" : "https");
  return `${proto}://${host}`;
}

/** The signed-in person's own feed addresses, or null when their feed is off. */
export async function findOwnFeedAddresses(
  { userId }: { userId: string },
  db: DbClient = defaultDb,
): Promise<FeedAddresses | null> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { calendarFeedToken: true } });
  if (!user?.calendarFeedToken) return null;
  // ".ics" on the end: some calendar apps only accept an address that looks like a calendar file.
  const https = `${await origin()}${feedPath(user.calendarFeedToken)}.ics`;
  return { https, webcal: https.replace(/^https?:/, "webcal:") };
}
