/**
 * How long Involve keeps each kind of record, in the privacy notice's words. The periods are read
 * from the constants the code acts on (RETENTION_DAYS, which the nightly purge deletes by, and the
 * sign-in throttle's "known address" period), so the notice cannot drift from what happens. A new
 * category in RETENTION_DAYS fails to compile here until it is described.
 */
import "server-only";
import { THROTTLE } from "@/lib/auth/throttle";
import { RETENTION_DAYS, type RetentionCategory } from "@/lib/retention/purge";
import { DAY_MS } from "@/lib/time";

/** Payment and expense records: HMRC asks for six years. Nothing in Involve deletes them sooner. */
export const PAYMENT_RETENTION_YEARS = 6;

export type RetentionRow = { what: string; period: string };

/** "1 day", "90 days", "1 year": whole years when the days are a multiple of 365. */
export function periodInWords(days: number): string {
  const [n, unit] = days >= 365 && days % 365 === 0 ? [days / 365, "year"] : [days, "day"];
  return `${n} ${unit}${n === 1 ? "" : "s"}`;
}

/** "6 months", "1 year", "18 months", "2 years": whole years when the months are a multiple of 12. */
export function monthsInWords(months: number): string {
  const [n, unit] = months % 12 === 0 ? [months / 12, "year"] : [months, "month"];
  return `${n} ${unit}${n === 1 ? "" : "s"}`;
}

const DELETED: Record<RetentionCategory, (period: string) => RetentionRow> = {
  loginThrottle: (period) => ({
    what: "Records of attempts to sign in (the email address typed and the internet address used)",
    period: `${period} after the attempts. A record that you signed in from an address is kept for ${periodInWords(
      Math.round(THROTTLE.knownAddressMs / DAY_MS),
    )} after you last signed in from it, so you can still sign in there if someone else is guessing your password`,
  }),
  passwordToken: (period) => ({
    what: "Links to set a password (we keep only a scrambled copy of each link)",
    period: `${period} after the link is used or stops working. The last invitation of someone who has not signed in yet is kept until they do`,
  }),
  readNotification: (period) => ({
    what: "Messages inside Involve that you have read",
    period: `${period} after they were sent`,
  }),
  unreadNotification: (period) => ({
    what: "Messages inside Involve that you have not read",
    period: `${period} after they were sent`,
  }),
  message: (period) => ({
    what: "Copies of the emails Involve sends",
    period: `${period} after they were written. A request to phone you instead is kept until a coordinator has phoned you`,
  }),
  unappliedImport: (period) => ({
    what: "Spreadsheets uploaded by staff but never confirmed",
    period: `${period} after they were uploaded`,
  }),
  appliedImportRows: (period) => ({
    what: "The rows of spreadsheets staff have confirmed",
    period: `${period} after they were confirmed (the records they made are kept)`,
  }),
};

/** What Involve deletes by itself, every night, in the order of RETENTION_DAYS. */
export function deletedAutomatically(): RetentionRow[] {
  return (Object.keys(RETENTION_DAYS) as RetentionCategory[]).map((category) =>
    DELETED[category](periodInWords(RETENTION_DAYS[category])),
  );
}
