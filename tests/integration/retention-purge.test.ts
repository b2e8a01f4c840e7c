/**
 * Retention (lib/retention/purge.ts) on the real database: for each rule, a row just inside its
 * period is kept and one just outside is deleted; what is still in use (a sign-in wait, a known
 * address, an invitation the staff page shows, the call list, a delivery) stays however old; a
 * second run finds nothing.
 * Other test files make only fresh rows, so a purge at the real time here touches only ours.
 */
import { describe, expect, it } from "vitest";
import { THROTTLE } from "@/lib/auth/throttle";
import { db } from "@/lib/db";
import type { MessageStatus } from "@/lib/generated/prisma/enums";
import { describePurge, purgeExpired, RETENTION_DAYS, type PurgeCounts } from "@/lib/retention/purge";
import { createPartnership, createUser, createWorld, unique } from "../helpers/factories";

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
const NOTHING: PurgeCounts = {
  loginThrottle: 0,
  passwordToken: 0,
  readNotification: 0,
  unreadNotification: 0,
  message: 0,
  unappliedImport: 0,
  appliedImportRows: 0,
};

/** `days` before `now`, a minute further back (outside) or a minute short of it (inside). */
const ago = (now: Date, days: number, minutes = 0) => new Date(now.getTime() - days * DAY + minutes * MINUTE);
const outside = (now: Date, days: number) => ago(now, days, -1);
const inside = (now: Date, days: number) => ago(now, days, 1);

/** Purges at `now`, then again: the second run must find nothing. */
async function purgeTwice(now: Date, options: { batchSize?: number } = {}) {
  const first = await purgeExpired({ now, ...options }, db);
  const second = await purgeExpired({ now, ...options }, db);
  expect(second).toEqual(NOTHING);
  return first;
}

describe("retention purge", () => {
  it("sign-in counters: deletes those whose window started over a day ago, unless someone must wait or an address is known", async () => {
    const now = new Date();
    const days = RETENTION_DAYS.loginThrottle;
    // The period outlasts everything the throttle still counts.
    expect(days * DAY).toBeGreaterThan(Math.max(THROTTLE.windowMs, THROTTLE.maxDelayMs));
    const knownDays = THROTTLE.knownAddressMs / DAY;
    const email = `${unique("known")}@test.example`;
    const rows = {
      old: { key: `email:${email}`, windowStart: outside(now, days) },
      waitEnded: { key: `ip:${unique()}`, windowStart: outside(now, days), lockedUntil: new Date(now.getTime() - 1) },
      recent: { key: `ip:${unique()}`, windowStart: inside(now, days) },
      waitingNow: { key: `ip:${unique()}`, windowStart: ago(now, 30), lockedUntil: new Date(now.getTime() + MINUTE) },
      // A successful sign-in from an address makes it "known" for that email for 90 days.
      knownAddress: { key: `pair:${email}|198.51.100.1`, windowStart: ago(now, 2), succeededAt: ago(now, 2) },
      stillKnown: {
        key: `pair:${email}|198.51.100.2`,
        windowStart: inside(now, knownDays),
        succeededAt: inside(now, knownDays),
      },
      noLongerKnown: {
        key: `pair:${email}|198.51.100.3`,
        windowStart: outside(now, knownDays),
        succeededAt: outside(now, knownDays),
      },
    };
    await db.loginThrottle.createMany({ data: Object.values(rows).map((r) => ({ ...r, failures: 5 })) });

    const counts = await purgeTwice(now);
    expect(counts.loginThrottle).toBeGreaterThanOrEqual(3);
    const left = await db.loginThrottle.findMany({ where: { key: { in: Object.values(rows).map((r) => r.key) } } });
    const named = Object.fromEntries(Object.entries(rows).map(([name, r]) => [r.key, name]));
    expect(left.map((r) => named[r.key]).sort()).toEqual(["knownAddress", "recent", "stillKnown", "waitingNow"]);
  });

  it("set-password links: deletes those used or expired over 7 days ago, keeps an invited person's last invitation", async () => {
    const now = new Date();
    const days = RETENTION_DAYS.passwordToken;
    const { institution } = await createPartnership();
    const member = await createUser("COORDINATOR", { institutionId: institution.id });
    await db.user.update({ where: { id: member.id }, data: { lastSignInAt: ago(now, 1) } });
    const invited = await createUser("ACADEMIC", { institutionId: institution.id });
    const deactivated = await createUser("ACADEMIC", { institutionId: institution.id }, { active: false });
    const token = (userId: string, data: { usedAt?: Date; expiresAt: Date }) => ({
      userId,
      tokenHash: unique("hash"),
      createdAt: new Date(data.expiresAt.getTime() - 7 * DAY),
      ...data,
    });
    const rows = {
      usedOutside: token(member.id, { usedAt: outside(now, days), expiresAt: ago(now, days - 1) }),
      usedInside: token(member.id, { usedAt: inside(now, days), expiresAt: ago(now, days - 1) }),
      expiredOutside: token(member.id, { expiresAt: outside(now, days) }),
      expiredInside: token(member.id, { expiresAt: inside(now, days) }),
      stillWorks: token(member.id, { expiresAt: new Date(now.getTime() + DAY) }),
      // The staff page says when an invited person's invitation stopped working: kept.
      invitation: token(invited.id, { expiresAt: ago(now, 60) }),
      invitationUsed: token(invited.id, { usedAt: outside(now, days), expiresAt: ago(now, days - 1) }),
      deactivatedInvitation: token(deactivated.id, { expiresAt: ago(now, 60) }),
    };
    await db.passwordToken.createMany({ data: Object.values(rows) });

    const counts = await purgeTwice(now);
    expect(counts.passwordToken).toBeGreaterThanOrEqual(4);
    const left = await db.passwordToken.findMany({
      where: { tokenHash: { in: Object.values(rows).map((r) => r.tokenHash) } },
    });
    const named = Object.fromEntries(Object.entries(rows).map(([name, r]) => [r.tokenHash, name]));
    expect(left.map((r) => named[r.tokenHash]).sort()).toEqual([
      "expiredInside",
      "invitation",
      "stillWorks",
      "usedInside",
    ]);
  });

  it("notifications: read ones after 90 days, unread ones after a year", async () => {
    const now = new Date();
    const [expert] = (await createWorld(1)).experts;
    const userId = expert.user.id;
    const { readNotification: read, unreadNotification: unread } = RETENTION_DAYS;
    const rows = {
      readOutside: { createdAt: outside(now, read), readAt: inside(now, read) },
      readInside: { createdAt: inside(now, read), readAt: inside(now, read) },
      unreadPastReadPeriod: { createdAt: outside(now, read), readAt: null },
      unreadInside: { createdAt: inside(now, unread), readAt: null },
      unreadOutside: { createdAt: outside(now, unread), readAt: null },
      readLongAgo: { createdAt: outside(now, unread), readAt: outside(now, unread) },
    };
    await db.notification.createMany({
      data: Object.entries(rows).map(([title, r]) => ({ userId, title, body: "Body", ...r })),
    });

    const counts = await purgeTwice(now);
    expect(counts.readNotification).toBeGreaterThanOrEqual(2);
    expect(counts.unreadNotification).toBeGreaterThanOrEqual(1);
    const left = await db.notification.findMany({ where: { userId }, select: { title: true } });
    expect(left.map((n) => n.title).sort()).toEqual(["readInside", "unreadInside", "unreadPastReadPeriod"]);
  });

  it("the email log: a year, except the call list and anything not yet delivered", async () => {
    const now = new Date();
    const [expert] = (await createWorld(1)).experts;
    const userId = expert.user.id;
    const days = RETENTION_DAYS.message;
    const statuses: MessageStatus[] = [
      "QUEUED",
      "SENDING",
      "SENT",
      "FAILED",
      "SKIPPED",
      "NOT_SENT",
      "TO_CALL",
      "CALLED",
    ];
    const message = (subject: string, status: MessageStatus, createdAt: Date) => ({
      userId,
      kind: "PAYMENT" as const,
      status,
      toAddress: expert.user.email,
      subject,
      textBody: "You have been paid.",
      htmlBody: "<p>You have been paid.</p>",
      dedupeKey: status === "SENT" ? unique("daily") : null,
      createdAt,
    });
    await db.message.createMany({
      data: [
        ...statuses.map((status) => message(`old ${status}`, status, outside(now, days))),
        message("recent SENT", "SENT", inside(now, days)),
        message("recent CALLED", "CALLED", inside(now, days)),
      ],
    });

    const counts = await purgeTwice(now);
    expect(counts.message).toBeGreaterThanOrEqual(5);
    const left = await db.message.findMany({ where: { userId }, select: { subject: true } });
    expect(left.map((m) => m.subject).sort()).toEqual([
      "old QUEUED",
      "old SENDING",
      "old TO_CALL",
      "recent CALLED",
      "recent SENT",
    ]);
  });

  it("spreadsheet imports: previews never confirmed are deleted after 30 days; confirmed ones lose their rows", async () => {
    const now = new Date();
    const world = await createWorld(0);
    const { unappliedImport, appliedImportRows } = RETENTION_DAYS;
    const rows = [{ row: 2, values: { Email: "sam@test.example", Name: "Sam Taylor", "Lived experience": "carer" } }];
    const batch = (fileName: string, data: { createdAt: Date; appliedAt?: Date }) => ({
      kind: "EXPERTS" as const,
      partnershipId: world.partnership.id,
      institutionId: world.institution.id,
      createdById: world.coordinator.id,
      fileName,
      rows,
      rowCount: 1,
      ...(data.appliedAt ? { result: { created: 1, updated: 0, unchanged: 0, invited: 0 } } : {}),
      ...data,
    });
    await db.importBatch.createMany({
      data: [
        batch("preview-outside.csv", { createdAt: outside(now, unappliedImport) }),
        batch("preview-inside.csv", { createdAt: inside(now, unappliedImport) }),
        batch("applied-outside.csv", { createdAt: ago(now, 90), appliedAt: outside(now, appliedImportRows) }),
        batch("applied-inside.csv", { createdAt: ago(now, 90), appliedAt: inside(now, appliedImportRows) }),
      ],
    });

    const counts = await purgeTwice(now);
    expect(counts.unappliedImport).toBeGreaterThanOrEqual(1);
    expect(counts.appliedImportRows).toBeGreaterThanOrEqual(1);
    const left = await db.importBatch.findMany({
      where: { partnershipId: world.partnership.id },
      orderBy: { fileName: "asc" },
      select: { fileName: true, rows: true, rowCount: true, result: true, appliedAt: true },
    });
    expect(left.map((b) => b.fileName)).toEqual(["applied-inside.csv", "applied-outside.csv", "preview-inside.csv"]);
    const [appliedInside, appliedOutside, previewInside] = left;
    expect(appliedInside.rows).toEqual(rows);
    expect(previewInside.rows).toEqual(rows);
    // What the import page shows of a confirmed import is kept; the uploaded rows are not.
    expect(appliedOutside).toMatchObject({ rows: [], rowCount: 1, result: { created: 1 } });
    expect(appliedOutside.appliedAt).toBeInstanceOf(Date);
  });

  it("works through a backlog in chunks, and its log line holds numbers only", async () => {
    const now = new Date();
    const [expert] = (await createWorld(1)).experts;
    const userId = expert.user.id;
    await db.notification.createMany({
      data: Array.from({ length: 7 }, (_, i) => ({
        userId,
        title: `Backlog ${i}`,
        body: "Body",
        createdAt: ago(now, 400 + i),
        readAt: ago(now, 399),
      })),
    });
    const counts = await purgeTwice(now, { batchSize: 2 });
    expect(counts.readNotification).toBeGreaterThanOrEqual(7);
    expect(await db.notification.count({ where: { userId } })).toBe(0);
    const line = describePurge(counts);
    expect(line).toMatch(/^retention purge: loginThrottle \d+, passwordToken \d+, .*appliedImportRows \d+$/);
    expect(line).not.toContain("@");
    await expect(purgeExpired({ now, batchSize: 0 }, db)).rejects.toThrow(/batchSize/);
  });
});
