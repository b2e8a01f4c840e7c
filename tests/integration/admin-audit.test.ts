/**
 * The audit log viewer on real PostgreSQL: a partnership's admins see every event filed under it
 * and nothing else, newest first, filtered by who, what, record and London dates, a page at a time
 * by position — fast with 100,000 events. Sign-in successes, failures and lock-outs are audited.
 */
import { describe, expect, it } from "vitest";
import { audit } from "@/lib/audit";
import { describeChanges } from "@/lib/audit-log/describe";
import { decodeCursor, encodeCursor, parseAuditFilters } from "@/lib/audit-log/filters";
import { listAuditEvents } from "@/lib/audit-log/queries";
import { checkCaller } from "@/lib/auth/caller";
import { authenticate, SIGN_IN_AUDIT, SIGN_IN_FAILED } from "@/lib/auth/credentials";
import { loadSessionUser } from "@/lib/auth/session";
import { THROTTLE } from "@/lib/auth/throttle";
import { db } from "@/lib/db";
import { fromLondon } from "@/lib/time";
import { createWorld, TEST_PASSWORD, unique } from "../helpers/factories";

async function addEvents(
  partnershipId: string,
  events: { actorId?: string | null; action?: string; entityType?: string; entityId?: string; createdAt: Date }[],
) {
  await db.auditEvent.createMany({
    data: events.map((e) => ({
      partnershipId,
      actorId: e.actorId ?? null,
      action: e.action ?? "opportunity.updated",
      entityType: e.entityType ?? "Opportunity",
      entityId: e.entityId ?? unique("opp"),
      createdAt: e.createdAt,
    })),
  });
}

/** Every event of the partnership, walking back page by page, then forward again. */
async function walk(partnershipId: string, filters = {}, size = 7) {
  const seen: string[] = [];
  const pages = [];
  let page = await listAuditEvents({ partnershipId, filters, size });
  pages.push(page);
  seen.push(...page.items.map((e) => e.id));
  while (page.older) {
    page = await listAuditEvents({ partnershipId, filters, size, before: decodeCursor(page.older) });
    pages.push(page);
    seen.push(...page.items.map((e) => e.id));
  }
  return { seen, pages };
}

describe("the audit log of a partnership", () => {
  it("shows only its own events, newest first, in plain words with the raw action", async () => {
    const home = await createWorld(0);
    const away = await createWorld(0);
    await audit(
      {
        actorId: home.admin.id,
        action: "staff.role.changed",
        entityType: "User",
        entityId: home.academic.id,
        before: { role: "ACADEMIC" },
        after: { role: "COORDINATOR" },
      },
      db,
    );
    await audit(
      { actorId: away.admin.id, action: "staff.deactivated", entityType: "User", entityId: away.academic.id },
      db,
    );
    await audit({ actorId: null, action: "user.sign-in.failed", entityType: "Email", entityId: "x@y.example" }, db);

    const page = await listAuditEvents({ partnershipId: home.partnership.id });
    expect(page.items).toHaveLength(1);
    expect(page.items[0]).toMatchObject({
      action: "staff.role.changed",
      description: "Changed a staff member's role",
      actor: { id: home.admin.id, name: home.admin.name, email: home.admin.email },
      entityLabel: "Account",
      entityName: home.academic.name,
      changes: [{ field: "Role", before: "Academic", after: "Coordinator" }],
    });
    const awayPage = await listAuditEvents({ partnershipId: away.partnership.id });
    expect(awayPage.items.map((e) => e.action)).toEqual(["staff.deactivated"]);
    expect(page.older).toBeNull();
    expect(page.newer).toBeNull();
  });

  it("is for admins only: coordinators, academics and experts are not let into the admin area", async () => {
    const world = await createWorld(1);
    for (const person of [world.coordinator, world.academic, world.experts[0]!.user]) {
      const user = await loadSessionUser({ userId: person.id });
      expect(checkCaller("admin", user!).ok).toBe(false);
    }
    expect(checkCaller("admin", (await loadSessionUser({ userId: world.admin.id }))!).ok).toBe(true);
  });

  it("pages by position: every event once, in order, and back again", async () => {
    const world = await createWorld(0);
    const base = Date.UTC(2026, 5, 1, 12);
    // Some events share a time, so the id decides between them.
    await addEvents(
      world.partnership.id,
      Array.from({ length: 30 }, (_, i) => ({ createdAt: new Date(base + Math.floor(i / 3) * 60_000) })),
    );
    const { seen, pages } = await walk(world.partnership.id);
    expect(seen).toHaveLength(30);
    expect(new Set(seen).size).toBe(30);
    const all = await db.auditEvent.findMany({
      where: { partnershipId: world.partnership.id },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      select: { id: true },
    });
    expect(seen).toEqual(all.map((e) => e.id));
    expect(pages.at(-1)!.older).toBeNull();

    // Forward from the third page gives the second page again.
    const second = pages[1]!;
    const third = pages[2]!;
    const back = await listAuditEvents({
      partnershipId: world.partnership.id,
      size: 7,
      after: decodeCursor(third.newer!),
    });
    expect(back.items.map((e) => e.id)).toEqual(second.items.map((e) => e.id));
    expect(back.newer).not.toBeNull();
    const first = await listAuditEvents({
      partnershipId: world.partnership.id,
      size: 7,
      after: decodeCursor(second.newer!),
    });
    expect(first.items.map((e) => e.id)).toEqual(pages[0]!.items.map((e) => e.id));
    expect(first.newer).toBeNull();
  });

  it("filters by who, what, record and London days", async () => {
    const world = await createWorld(0);
    const { partnership, admin, coordinator } = world;
    // 1 July 2026 is summer time: 23:30 UTC on 30 June is 00:30 on 1 July in London.
    const lateJune = new Date(Date.UTC(2026, 5, 30, 22, 30));
    const firstJulyLondon = new Date(Date.UTC(2026, 5, 30, 23, 30));
    const endOfJuly2 = new Date(Date.UTC(2026, 6, 2, 22, 59));
    const july3 = new Date(Date.UTC(2026, 6, 2, 23, 0));
    const record = unique("rec");
    await addEvents(partnership.id, [
      { actorId: admin.id, action: "staff.invited", entityType: "User", entityId: coordinator.id, createdAt: lateJune },
      { actorId: coordinator.id, action: "opportunity.created", entityId: record, createdAt: firstJulyLondon },
      { actorId: coordinator.id, action: "opportunity.updated", entityId: record, createdAt: endOfJuly2 },
      { actorId: null, action: "user.sign-in.failed", entityType: "User", entityId: coordinator.id, createdAt: july3 },
    ]);
    const actions = async (params: Record<string, string>) => {
      const { filters, errors } = parseAuditFilters(params);
      expect(errors).toEqual({});
      return (await listAuditEvents({ partnershipId: partnership.id, filters })).items.map((e) => e.action);
    };
    expect(await actions({ who: coordinator.name.slice(2, 12).toUpperCase() })).toEqual([
      "opportunity.updated",
      "opportunity.created",
    ]);
    expect(await actions({ who: admin.email })).toEqual(["staff.invited"]);
    expect(await actions({ who: "nobody-has-this-name" })).toEqual([]);
    expect(await actions({ actor: coordinator.id })).toEqual(["opportunity.updated", "opportunity.created"]);
    expect(await actions({ action: "staff.invited" })).toEqual(["staff.invited"]);
    expect(await actions({ record: "User", recordId: coordinator.id })).toEqual([
      "user.sign-in.failed",
      "staff.invited",
    ]);
    expect(await actions({ recordId: record })).toEqual(["opportunity.updated", "opportunity.created"]);
    expect(await actions({ from: "2026-07-01", to: "2026-07-02" })).toEqual([
      "opportunity.updated",
      "opportunity.created",
    ]);
    expect(await actions({ from: "2026-07-03" })).toEqual(["user.sign-in.failed"]);
    expect(await actions({ to: "2026-06-30" })).toEqual(["staff.invited"]);
    // Another partnership's person is never found by "who".
    const away = await createWorld(0);
    await addEvents(partnership.id, [{ actorId: away.admin.id, createdAt: lateJune }]);
    expect(await actions({ who: away.admin.email })).toEqual([]);
  });

  it("reads filters from the address safely", () => {
    expect(parseAuditFilters({ from: "2026-02-30", to: "soon" }).errors).toEqual({
      from: "The from date must be a real date",
      to: "The to date must be a real date",
    });
    // The day, month and year boxes of the filter form.
    const boxes = parseAuditFilters({
      "from-day": "3",
      "from-month": "7",
      "from-year": "2026",
      "to-day": "30",
      "to-month": "6",
      "to-year": "2026",
    });
    expect(boxes.errors.to).toMatch(/same as or after/);
    expect(parseAuditFilters({ "from-day": "31", "from-month": "4", "from-year": "2026" }).errors).toEqual({
      from: "The from date must be a real date",
    });
    expect(parseAuditFilters({ "to-day": "1", "to-year": "2026" }).errors).toEqual({
      to: "The to date must include a month",
    });
    expect(parseAuditFilters({ "from-day": "", "from-month": "", "from-year": "" })).toEqual(parseAuditFilters({}));
    expect(parseAuditFilters({ from: "2026-07-05", to: "2026-07-01" }).errors.to).toMatch(/same as or after/);
    const { filters } = parseAuditFilters({
      action: "'; DROP TABLE x",
      actor: "a".repeat(100),
      record: "User<script>",
      recordId: "ok_id-1",
      who: ` ${"w".repeat(500)} `,
      from: "2026-03-29",
      to: "2026-03-29",
    });
    expect(filters).toMatchObject({
      action: undefined,
      actorId: undefined,
      entityType: undefined,
      entityId: "ok_id-1",
    });
    expect(filters.who).toHaveLength(100);
    // The day the clocks go forward is 23 hours long.
    expect(filters.from).toEqual(fromLondon(2026, 3, 29));
    expect(filters.until!.getTime() - filters.from!.getTime()).toBe(23 * 3600 * 1000);
    expect(decodeCursor("2026-01-01T00:00:00.000Z~abc")).toEqual({
      createdAt: new Date("2026-01-01T00:00:00.000Z"),
      id: "abc",
    });
    expect(decodeCursor("nonsense")).toBeNull();
    expect(decodeCursor(encodeCursor({ createdAt: new Date(0), id: "x" }))).toEqual({
      createdAt: new Date(0),
      id: "x",
    });
  });

  it("shows before and after readably", () => {
    expect(
      describeChanges(
        { status: "ENQUIRY", partners: [] },
        { status: "ACTIVE", partners: ["a", "b"], linkEmailed: true },
      ),
    ).toEqual([
      { field: "Status", before: "ENQUIRY", after: "ACTIVE" },
      { field: "Partners", before: "(none)", after: "a, b" },
      { field: "Link emailed", before: null, after: "Yes" },
    ]);
    expect(describeChanges(null, null)).toEqual([]);
    expect(describeChanges(null, 5)).toEqual([{ field: "Value", before: null, after: "5" }]);
  });

  it("stays fast with 100,000 events", async () => {
    const world = await createWorld(0);
    const { partnership, coordinator } = world;
    await db.$executeRaw`
      INSERT INTO "AuditEvent" (id, "actorId", "partnershipId", action, "entityType", "entityId", "createdAt")
      SELECT 'bulk-' || g || '-' || ${partnership.id}, ${coordinator.id}, ${partnership.id},
             CASE WHEN g % 10 = 0 THEN 'payment.approved' ELSE 'opportunity.updated' END,
             'Opportunity', 'opp-' || (g % 500), now() - (g || ' seconds')::interval
      FROM generate_series(1, 100000) g`;
    await db.$executeRaw`ANALYZE "AuditEvent"`;
    const timed = async <T>(fn: () => Promise<T>) => {
      const started = performance.now();
      const result = await fn();
      return { result, ms: Math.round(performance.now() - started) };
    };
    const firstPage = await timed(() => listAuditEvents({ partnershipId: partnership.id }));
    // A page deep in the log: position, not offset.
    const deep = await db.auditEvent.findFirstOrThrow({
      where: { partnershipId: partnership.id },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      skip: 5_000,
    });
    const deepPage = await timed(() =>
      listAuditEvents({ partnershipId: partnership.id, before: { createdAt: deep.createdAt, id: deep.id } }),
    );
    const byAction = await timed(() =>
      listAuditEvents({ partnershipId: partnership.id, filters: { action: "payment.approved" } }),
    );
    const byWho = await timed(() =>
      listAuditEvents({ partnershipId: partnership.id, filters: { who: coordinator.email } }),
    );
    const byDay = await timed(() => {
      const { filters } = parseAuditFilters({ from: "2020-01-01", to: "2020-01-31" });
      return listAuditEvents({ partnershipId: partnership.id, filters });
    });
    console.info(
      `[audit log, 100k events] first page ${firstPage.ms} ms, deep page ${deepPage.ms} ms, by action ${byAction.ms} ms, by who ${byWho.ms} ms, empty date range ${byDay.ms} ms`,
    );
    expect(firstPage.result.items).toHaveLength(25);
    expect(deepPage.result.items).toHaveLength(25);
    expect(byAction.result.items.length).toBeGreaterThan(0);
    expect(byAction.result.items.every((e) => e.action === "payment.approved")).toBe(true);
    expect(byWho.result.items.length).toBeGreaterThan(0);
    expect(byDay.result.items).toHaveLength(0);
    for (const t of [firstPage, deepPage, byAction, byWho, byDay]) expect(t.ms).toBeLessThan(1000);
  });
});

describe("sign-in attempts in the audit log", () => {
  const events = (where: { entityId: string }) =>
    db.auditEvent.findMany({ where, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });

  it("files a success and a failure for a known email under the account's partnership, never with the password", async () => {
    const world = await createWorld(1);
    const user = world.coordinator;
    const typo = "my-secret-attempt-123";
    await expect(
      authenticate({ credentials: { email: user.email, password: typo }, address: "10.1.2.3" }),
    ).rejects.toThrow(SIGN_IN_FAILED);
    await authenticate({ credentials: { email: user.email, password: TEST_PASSWORD }, address: null });
    const [failed, succeeded] = await events({ entityId: user.id });
    expect(failed).toMatchObject({
      action: SIGN_IN_AUDIT.failed,
      actorId: null,
      entityType: "User",
      partnershipId: world.partnership.id,
      after: { email: user.email, address: "10.1.2.3", reason: "Wrong password" },
    });
    expect(succeeded).toMatchObject({
      action: SIGN_IN_AUDIT.succeeded,
      actorId: user.id,
      partnershipId: world.partnership.id,
    });
    const stored = JSON.stringify(await db.auditEvent.findMany({ where: { entityId: user.id } }));
    expect(stored).not.toContain(typo);
    expect(stored).not.toContain(TEST_PASSWORD);
    // The partnership's admins see them.
    const seen = await listAuditEvents({ partnershipId: world.partnership.id, filters: { entityId: user.id } });
    expect(seen.items.map((e) => e.description)).toEqual(["Signed in", "Tried to sign in, and it failed"]);

    // An expert's attempts are filed under the expert's partnership.
    const expert = world.experts[0]!.user;
    await authenticate({ credentials: { email: expert.email, password: TEST_PASSWORD }, address: null });
    expect((await events({ entityId: expert.id }))[0]).toMatchObject({ partnershipId: world.partnership.id });
  });

  it("files an unknown email under no partnership, and a deactivated account's attempt with its reason", async () => {
    const world = await createWorld(0);
    const ghost = `${unique("ghost")}@nobody.example`;
    await expect(
      authenticate({ credentials: { email: ghost, password: "whatever-1" }, address: null }),
    ).rejects.toThrow(SIGN_IN_FAILED);
    const [unknown] = await events({ entityId: ghost });
    expect(unknown).toMatchObject({
      action: SIGN_IN_AUDIT.failed,
      entityType: "Email",
      partnershipId: null,
      after: { reason: "No account has this email address" },
    });
    expect(JSON.stringify(unknown)).not.toContain("whatever-1");

    await db.user.update({ where: { id: world.academic.id }, data: { active: false, deactivatedAt: new Date() } });
    await expect(
      authenticate({ credentials: { email: world.academic.email, password: TEST_PASSWORD }, address: null }),
    ).rejects.toThrow(SIGN_IN_FAILED);
    expect((await events({ entityId: world.academic.id }))[0]).toMatchObject({
      partnershipId: world.partnership.id,
      after: { reason: "The account is deactivated" },
    });
  });

  it("records the start of a wait and each attempt refused during it", async () => {
    const world = await createWorld(0);
    const user = world.academic;
    // The allowance, then one more failure, which starts the wait.
    for (let i = 0; i <= THROTTLE.freeFailures.pair; i++) {
      await expect(
        authenticate({ credentials: { email: user.email, password: "nope" }, address: null }),
      ).rejects.toThrow(SIGN_IN_FAILED);
    }
    await expect(
      authenticate({ credentials: { email: user.email, password: TEST_PASSWORD }, address: null }),
    ).rejects.toThrow("Too many attempts");
    const actions = (await events({ entityId: user.id })).map((e) => e.action);
    expect(actions.filter((a) => a === SIGN_IN_AUDIT.failed)).toHaveLength(THROTTLE.freeFailures.pair + 1);
    expect(actions.filter((a) => a === SIGN_IN_AUDIT.locked)).toHaveLength(1);
    expect(actions.at(-1)).toBe(SIGN_IN_AUDIT.refusedLocked);
    const all = await db.auditEvent.findMany({ where: { entityId: user.id } });
    expect(all.every((e) => e.partnershipId === world.partnership.id)).toBe(true);
  });
});
