/**
 * Sample parameters for every dynamic route, found in the seeded demo database. A dynamic
 * route without an entry fails the gates ("add a sample for this new route"), and so does an
 * entry whose route is gone.
 *
 * `own` finds a record the area's demo account may open (→ 200). `foreign` finds a record of
 * the same kind that the same account must NOT see — another expert's booking, another
 * university's export — (→ 404 or 403), or says why there is none.
 */
import type { Db } from "@/lib/db/client";
import { DEMO_ACCOUNTS } from "@/lib/demo/accounts";
import type { Role } from "@/lib/generated/prisma/enums";
import { newFeedToken } from "@/lib/calendar/token";
import { hashJoinCode, joinPath, newJoinCode } from "@/lib/invitations/join-code";
import { newToken } from "@/lib/invitations/token-hash";

export type Params = Record<string, string>;
export type DemoAccount = {
  id: string;
  email: string;
  role: Role;
  institutionId: string | null;
  expertId: string | null;
  partnershipId: string | null;
};
export type SampleContext = { db: Db; account: (role: Role) => DemoAccount };
type Finder = (ctx: SampleContext) => Promise<Params | null>;

export type Sample = { own: Finder; foreign: Finder | { none: string } };

const one = async <T extends { id: string }>(row: Promise<T | null>, key = "id"): Promise<Params | null> => {
  const found = await row;
  return found ? { [key]: found.id } : null;
};

export const SAMPLES: Record<string, Sample> = {
  "/api/auth/[...nextauth]": {
    own: async () => ({ nextauth: "session" }),
    foreign: { none: "next-auth's endpoints are not anyone's records" },
  },

  // ── Public, proved by a token in the address ──
  "/calendar/[token]": {
    // The demo expert's feed, turned on here if it is off (the demo data has no feeds on).
    own: async ({ db, account }) => {
      const id = account("EXPERT").id;
      const user = await db.user.findUniqueOrThrow({ where: { id }, select: { calendarFeedToken: true } });
      if (user.calendarFeedToken) return { token: user.calendarFeedToken };
      const token = newFeedToken();
      await db.user.update({ where: { id }, data: { calendarFeedToken: token } });
      return { token };
    },
    // An address that was reset: a real token once, now no one's. Must be a 404 like any unknown one.
    foreign: async ({ db, account }) => {
      const id = account("COORDINATOR").id;
      const old = newFeedToken();
      await db.user.update({ where: { id }, data: { calendarFeedToken: old } });
      await db.user.update({ where: { id }, data: { calendarFeedToken: newFeedToken() } });
      return { token: old };
    },
  },

  // A staff invitation's short link: a code that works goes on to choosing a password; any other is a 404.
  "/join/[code]": {
    own: async ({ db }) => {
      const user = await db.user.create({
        data: {
          email: `gate-join-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@test.example`,
          name: "New Academic",
          role: "ACADEMIC",
          passwordHash: null,
        },
      });
      const code = newJoinCode();
      await db.passwordToken.create({
        data: { userId: user.id, tokenHash: hashJoinCode(code), expiresAt: new Date(Date.now() + 86_400_000) },
      });
      return { code: joinPath(code).slice("/join/".length) };
    },
    // A well-formed code that was never issued.
    foreign: async () => ({ code: joinPath(newJoinCode()).slice("/join/".length) }),
  },

  // ── Admin ──
  "/admin/staff/[id]": {
    own: ({ db, account }) =>
      one(
        db.user.findFirst({
          where: { role: "COORDINATOR", institution: { partnershipId: account("ADMIN").partnershipId! } },
          select: { id: true },
          orderBy: { email: "asc" },
        }),
      ),
    foreign: async (ctx) => ({ id: await foreignStaffMember(ctx) }),
  },

  // ── Academic ──
  "/academic/modules/[id]": {
    own: ({ db, account }) =>
      one(
        db.module.findFirst({
          where: { leaderId: account("ACADEMIC").id },
          select: { id: true },
          orderBy: { code: "asc" },
        }),
      ),
    foreign: ({ db, account }) =>
      one(db.module.findFirst({ where: { leaderId: { not: account("ACADEMIC").id } }, select: { id: true } })),
  },
  "/academic/feedback/[sessionId]": {
    own: ({ db, account }) =>
      one(
        db.session.findFirst({
          where: {
            startsAt: { lte: new Date() },
            cancelledAt: null,
            opportunity: { status: { not: "CANCELLED" }, module: { leaderId: account("ACADEMIC").id } },
          },
          select: { id: true },
          orderBy: { startsAt: "desc" },
        }),
        "sessionId",
      ),
    foreign: ({ db, account }) =>
      one(
        db.session.findFirst({
          where: {
            startsAt: { lte: new Date() },
            opportunity: { module: { leaderId: { not: account("ACADEMIC").id } } },
          },
          select: { id: true },
        }),
        "sessionId",
      ),
  },

  // ── Coordinator ──
  "/coordinator/opportunities/[id]": {
    own: ({ db, account }) =>
      one(db.opportunity.findFirst({ where: { institutionId: inst(account), status: "OPEN" }, select: { id: true } })),
    foreign: ({ db, account }) =>
      one(db.opportunity.findFirst({ where: { institutionId: { not: inst(account) } }, select: { id: true } })),
  },
  "/coordinator/opportunities/[id]/edit": {
    own: ({ db, account }) =>
      one(db.opportunity.findFirst({ where: { institutionId: inst(account), status: "OPEN" }, select: { id: true } })),
    foreign: ({ db, account }) =>
      one(
        db.opportunity.findFirst({
          where: { institutionId: { not: inst(account) }, status: "OPEN" },
          select: { id: true },
        }),
      ),
  },
  "/coordinator/opportunities/[id]/sessions/new": {
    own: ({ db, account }) =>
      one(db.opportunity.findFirst({ where: { institutionId: inst(account), status: "OPEN" }, select: { id: true } })),
    foreign: ({ db, account }) =>
      one(
        db.opportunity.findFirst({
          where: { institutionId: { not: inst(account) }, status: "OPEN" },
          select: { id: true },
        }),
      ),
  },
  "/coordinator/sessions/[id]": {
    own: ({ db, account }) =>
      one(
        db.session.findFirst({
          where: { opportunity: { institutionId: inst(account) }, bookings: { some: {} } },
          select: { id: true },
          orderBy: { startsAt: "desc" },
        }),
      ),
    foreign: ({ db, account }) =>
      one(
        db.session.findFirst({
          where: { opportunity: { institutionId: { not: inst(account) } } },
          select: { id: true },
        }),
      ),
  },
  "/coordinator/sessions/[id]/edit": {
    own: ({ db, account }) =>
      one(
        db.session.findFirst({
          where: {
            opportunity: { institutionId: inst(account), status: "OPEN" },
            startsAt: { gt: new Date() },
            cancelledAt: null,
          },
          select: { id: true },
        }),
      ),
    foreign: ({ db, account }) =>
      one(
        db.session.findFirst({
          where: {
            opportunity: { institutionId: { not: inst(account) } },
            startsAt: { gt: new Date() },
            cancelledAt: null,
          },
          select: { id: true },
        }),
      ),
  },
  "/coordinator/sessions/[id]/suggestions": {
    own: ({ db, account }) =>
      one(
        db.session.findFirst({
          where: {
            opportunity: { institutionId: inst(account), status: "OPEN" },
            startsAt: { gt: new Date() },
            cancelledAt: null,
          },
          select: { id: true },
        }),
      ),
    foreign: ({ db, account }) =>
      one(
        db.session.findFirst({
          where: {
            opportunity: { institutionId: { not: inst(account) } },
            startsAt: { gt: new Date() },
            cancelledAt: null,
          },
          select: { id: true },
        }),
      ),
  },
  "/coordinator/experts/[id]": {
    own: ({ db, account }) =>
      one(
        db.expertProfile.findFirst({
          where: { partnershipId: account("COORDINATOR").partnershipId! },
          select: { id: true },
          orderBy: { createdAt: "asc" },
        }),
      ),
    foreign: async (ctx) => ({ id: (await foreignPartnership(ctx)).expertId }),
  },
  // Subject access: a zip of everything about one expert of the coordinator's partnership.
  "/coordinator/experts/[id]/my-data/download": {
    own: ({ db, account }) =>
      one(
        db.expertProfile.findFirst({
          where: { partnershipId: account("COORDINATOR").partnershipId! },
          select: { id: true },
          orderBy: { createdAt: "asc" },
        }),
      ),
    foreign: async (ctx) => ({ id: (await foreignPartnership(ctx)).expertId }),
  },
  "/coordinator/sent-messages/[id]": {
    // A failed email of the coordinator's own university (it shows the reason and the text).
    own: ({ db, account }) =>
      one(db.message.findFirst({ where: { institutionId: inst(account), status: "FAILED" }, select: { id: true } })),
    foreign: ({ db, account }) =>
      one(db.message.findFirst({ where: { institutionId: { not: inst(account) } }, select: { id: true } })),
  },
  "/coordinator/partners/[id]": {
    own: ({ db, account }) =>
      one(
        db.partner.findFirst({ where: { partnershipId: account("COORDINATOR").partnershipId! }, select: { id: true } }),
      ),
    foreign: async (ctx) => ({ id: (await foreignPartnership(ctx)).partnerId }),
  },
  "/coordinator/import/[batchId]": {
    own: async (ctx) => ({ batchId: await importBatchFor(ctx, "COORDINATOR") }),
    foreign: async (ctx) => ({ batchId: await foreignImportBatch(ctx) }),
  },
  "/admin/import/[batchId]": {
    own: async (ctx) => ({ batchId: await importBatchFor(ctx, "ADMIN") }),
    foreign: async (ctx) => ({ batchId: await foreignImportBatch(ctx) }),
  },
  "/coordinator/bookings/[id]/attendance": {
    // One with a payment not yet approved, so the page shows the correction form.
    own: ({ db, account }) =>
      one(
        db.booking.findFirst({
          where: {
            status: "ATTENDED",
            payment: { status: { in: ["DRAFT", "SUBMITTED"] } },
            session: { opportunity: { institutionId: inst(account) } },
          },
          select: { id: true },
        }),
      ),
    foreign: ({ db, account }) =>
      one(
        db.booking.findFirst({
          where: {
            status: { in: ["ATTENDED", "NO_SHOW"] },
            session: { opportunity: { institutionId: { not: inst(account) } } },
          },
          select: { id: true },
        }),
      ),
  },
  "/coordinator/payments/[id]": {
    own: ({ db, account }) =>
      one(
        db.payment.findFirst({
          where: { status: "SUBMITTED", booking: { session: { opportunity: { institutionId: inst(account) } } } },
          select: { id: true },
        }),
      ),
    foreign: ({ db, account }) =>
      one(
        db.payment.findFirst({
          where: { booking: { session: { opportunity: { institutionId: { not: inst(account) } } } } },
          select: { id: true },
        }),
      ),
  },
  "/coordinator/debriefs/[id]": {
    // An open task (it shows "Record the debrief"), urgent first.
    own: ({ db, account }) =>
      one(
        db.debriefTask.findFirst({
          where: { institutionId: inst(account), doneAt: null },
          orderBy: [{ urgent: "desc" }, { dueOn: "asc" }],
          select: { id: true },
        }),
      ),
    foreign: ({ db, account }) =>
      one(db.debriefTask.findFirst({ where: { institutionId: { not: inst(account) } }, select: { id: true } })),
  },
  "/coordinator/payments/exports/[id]": {
    own: ({ db, account }) =>
      one(db.financeExport.findFirst({ where: { institutionId: inst(account) }, select: { id: true } })),
    foreign: ({ db, account }) =>
      one(db.financeExport.findFirst({ where: { institutionId: { not: inst(account) } }, select: { id: true } })),
  },
  "/coordinator/payments/exports/[id]/csv": {
    own: ({ db, account }) =>
      one(
        db.financeExport.findFirst({
          where: { institutionId: account("COORDINATOR").institutionId! },
          select: { id: true },
        }),
      ),
    foreign: ({ db, account }) =>
      one(
        db.financeExport.findFirst({
          where: { institutionId: { not: account("COORDINATOR").institutionId! } },
          select: { id: true },
        }),
      ),
  },

  // ── Admin: any institution of the admin's partnership; another partnership's are not found ──
  "/admin/institutions/[id]": {
    own: ({ db, account }) =>
      one(db.institution.findFirst({ where: { partnershipId: partnershipOf(account) }, select: { id: true } })),
    foreign: async (ctx) => ({ id: (await foreignModules(ctx)).institutionId }),
  },
  "/admin/modules/programmes/[id]": {
    own: ({ db, account }) =>
      one(
        db.programme.findFirst({
          where: { institution: { partnershipId: partnershipOf(account) } },
          select: { id: true },
        }),
      ),
    foreign: async (ctx) => ({ id: (await foreignModules(ctx)).programmeId }),
  },
  "/admin/modules/[id]": {
    own: ({ db, account }) =>
      one(
        db.module.findFirst({
          where: { programme: { institution: { partnershipId: partnershipOf(account) } }, leaderId: { not: null } },
          select: { id: true },
        }),
      ),
    foreign: async (ctx) => ({ id: (await foreignModules(ctx)).moduleId }),
  },

  // ── Expert ──
  "/expert/opportunities/[id]": {
    own: ({ db, account }) =>
      one(
        db.opportunity.findFirst({
          where: { status: "OPEN", institution: { partnershipId: account("EXPERT").partnershipId! } },
          select: { id: true },
        }),
      ),
    // Drafts are the university's own business until published.
    foreign: ({ db, account }) =>
      one(
        db.opportunity.findFirst({
          where: { status: "DRAFT", institution: { partnershipId: account("EXPERT").partnershipId! } },
          select: { id: true },
        }),
      ),
  },
  "/expert/bookings/[id]/withdraw": {
    own: ({ db, account }) =>
      one(
        db.booking.findFirst({
          where: {
            expertId: account("EXPERT").expertId!,
            status: { in: ["REQUESTED", "CONFIRMED", "WAITLISTED"] },
            session: { startsAt: { gt: new Date() }, cancelledAt: null },
          },
          select: { id: true },
        }),
      ),
    foreign: ({ db, account }) =>
      one(db.booking.findFirst({ where: { expertId: { not: account("EXPERT").expertId! } }, select: { id: true } })),
  },
  "/expert/payments/[id]": {
    // A draft if there is one (it shows the expenses form), else any of theirs.
    own: ({ db, account }) =>
      one(
        db.payment.findFirst({
          where: { expertId: account("EXPERT").expertId! },
          select: { id: true },
          orderBy: [{ status: "asc" }, { sessionDate: "desc" }],
        }),
      ),
    foreign: ({ db, account }) =>
      one(db.payment.findFirst({ where: { expertId: { not: account("EXPERT").expertId! } }, select: { id: true } })),
  },
  // Stories and consent (issue 14): the demo has stories for the demo expert and for another expert.
  "/expert/stories/[id]": {
    own: ({ db, account }) =>
      one(db.story.findFirst({ where: { expertId: account("EXPERT").expertId! }, select: { id: true } })),
    foreign: ({ db, account }) =>
      one(db.story.findFirst({ where: { expertId: { not: account("EXPERT").expertId! } }, select: { id: true } })),
  },
  "/expert/stories/[id]/withdraw": {
    own: ({ db, account }) =>
      one(
        db.story.findFirst({
          where: { expertId: account("EXPERT").expertId!, consents: { some: { withdrawnAt: null } } },
          select: { id: true },
        }),
      ),
    foreign: ({ db, account }) =>
      one(db.story.findFirst({ where: { expertId: { not: account("EXPERT").expertId! } }, select: { id: true } })),
  },
  "/expert/bookings/[id]/consent": {
    own: ({ db, account }) =>
      one(
        db.booking.findFirst({
          where: { expertId: account("EXPERT").expertId!, status: { in: ["REQUESTED", "CONFIRMED"] } },
          select: { id: true },
        }),
      ),
    foreign: ({ db, account }) =>
      one(
        db.booking.findFirst({
          where: { expertId: { not: account("EXPERT").expertId! }, status: { in: ["REQUESTED", "CONFIRMED"] } },
          select: { id: true },
        }),
      ),
  },
  "/expert/bookings/[id]/check-in": {
    own: ({ db, account }) =>
      one(
        db.booking.findFirst({
          where: { expertId: account("EXPERT").expertId!, status: "ATTENDED" },
          select: { id: true },
        }),
      ),
    foreign: ({ db, account }) =>
      one(
        db.booking.findFirst({
          where: { expertId: { not: account("EXPERT").expertId! }, status: "ATTENDED" },
          select: { id: true },
        }),
      ),
  },
  // Two-way feedback (issue 14): the expert's feedback on a session they attended.
  "/expert/bookings/[id]/feedback": {
    own: ({ db, account }) =>
      one(
        db.booking.findFirst({
          where: { expertId: account("EXPERT").expertId!, status: "ATTENDED" },
          select: { id: true },
        }),
      ),
    foreign: ({ db, account }) =>
      one(
        db.booking.findFirst({
          where: { expertId: { not: account("EXPERT").expertId! }, status: "ATTENDED" },
          select: { id: true },
        }),
      ),
  },
  // A coordinator changes only their own university's "You said, we did"; the demo has one from another.
  "/coordinator/you-said-we-did/[id]": {
    own: ({ db, account }) =>
      one(
        db.youSaidWeDid.findFirst({
          where: { institutionId: account("COORDINATOR").institutionId! },
          select: { id: true },
        }),
      ),
    foreign: ({ db, account }) =>
      one(
        db.youSaidWeDid.findFirst({
          where: { institutionId: { not: account("COORDINATOR").institutionId! } },
          select: { id: true },
        }),
      ),
  },
  "/expert/bookings/[id]/calendar.ics": {
    own: ({ db, account }) =>
      one(
        db.booking.findFirst({
          where: { expertId: account("EXPERT").expertId!, status: "CONFIRMED", session: { cancelledAt: null } },
          select: { id: true },
        }),
      ),
    foreign: ({ db, account }) =>
      one(
        db.booking.findFirst({
          where: {
            expertId: { not: account("EXPERT").expertId! },
            status: "CONFIRMED",
            session: { cancelledAt: null },
          },
          select: { id: true },
        }),
      ),
  },
};

/**
 * Extra states of a page that only a query string reaches, scanned by the accessibility gate
 * as well as the plain URL: pattern → label → a finder for the query string.
 */
export const PAGE_VARIANTS: Record<string, Record<string, (ctx: SampleContext) => Promise<string>>> = {
  "/expert": { "after withdrawing": async () => "?done=withdrawn" },
  // The profile is a summary; each part's form opens on its own (?change=<part>).
  "/expert/profile": Object.fromEntries(
    ["contact", "interests", "access", "pay", "limit", "biography", "academics", "display"].map((part) => [
      `changing ${part}`,
      async () => `?change=${part}`,
    ]),
  ),
  "/coordinator/payments": { "all payments": async () => "?tab=all", "late payments": async () => "?tab=late" },
  "/coordinator/opportunities/new": { "a group meeting": async () => "?kind=group-meeting" },
  "/coordinator/partners/[id]": { "just added": async () => "?saved=created" },
  "/admin/institutions/[id]": { "just added": async () => "?saved=created" },
  "/admin/modules": { "with retired": async () => "?retired=on" },
  "/coordinator/sent-messages": { "failed only": async () => "?status=FAILED" },
  "/coordinator/call-list": { "after a call": async () => "?done=phoned" },
  "/join": { "a code that does not work": async () => "?code=ABCD-EFGH-JKMN" },
  "/admin/staff/[id]": { "asking to deactivate": async () => "?deactivate=1" },
  "/set-password": {
    "with a good link": async ({ db }) => {
      const user = await db.user.create({
        data: {
          email: `gate-invite-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@test.example`,
          name: "New Expert",
          role: "EXPERT",
          passwordHash: null,
        },
      });
      const { token, tokenHash, expiresAt } = newToken();
      await db.passwordToken.create({ data: { userId: user.id, tokenHash, expiresAt } });
      return `?token=${encodeURIComponent(token)}`;
    },
  },
};

const inst = (account: SampleContext["account"]) => account("COORDINATOR").institutionId!;

const partnershipOf = (account: SampleContext["account"]) => account("ADMIN").partnershipId!;

let foreignModulesOnce: Promise<{ institutionId: string; programmeId: string; moduleId: string }> | undefined;

/** Another partnership's institution, programme and module (once per run), for the admin pages. */
export function foreignModules({ db }: SampleContext) {
  foreignModulesOnce ??= (async () => {
    const name = "Gate check: another partnership's modules";
    const found = await db.module.findFirst({
      where: { programme: { institution: { partnership: { name } } } },
      select: { id: true, programmeId: true, programme: { select: { institutionId: true } } },
    });
    if (found)
      return { institutionId: found.programme.institutionId, programmeId: found.programmeId, moduleId: found.id };
    const partnership = await db.partnership.create({ data: { name } });
    const institution = await db.institution.create({
      data: { partnershipId: partnership.id, name: `Gate check university ${Date.now()}`, shortName: "GCU" },
    });
    const programme = await db.programme.create({
      data: { institutionId: institution.id, name: "Gate check programme", level: "POST_QUALIFYING" },
    });
    const mod = await db.module.create({
      data: { programmeId: programme.id, code: "GC1", title: "Gate check", yearOfStudy: 1, academicYear: "2026/27" },
    });
    return { institutionId: institution.id, programmeId: programme.id, moduleId: mod.id };
  })();
  return foreignModulesOnce;
}

let foreign: Promise<{ expertId: string; partnerId: string }> | undefined;

/**
 * The demo data has one partnership, so the gates add a second, small one (once per run) to
 * check that a coordinator cannot open another partnership's experts or groups.
 */
export function foreignPartnership({ db }: SampleContext) {
  foreign ??= (async () => {
    const name = "Gate check: another partnership";
    const existing = await db.partnership.findFirst({
      where: { name },
      select: { experts: { select: { id: true }, take: 1 }, partners: { select: { id: true }, take: 1 } },
    });
    if (existing?.experts[0] && existing.partners[0])
      return { expertId: existing.experts[0].id, partnerId: existing.partners[0].id };
    const partnership = await db.partnership.create({ data: { name } });
    const user = await db.user.create({
      data: {
        email: `gate-foreign-${Date.now()}@test.example`,
        name: "Foreign Expert",
        role: "EXPERT",
        passwordHash: null,
      },
    });
    const expert = await db.expertProfile.create({
      data: {
        userId: user.id,
        partnershipId: partnership.id,
        status: "ACTIVE",
        livedExperience: ["carer"],
        interests: ["TEACHING"],
      },
    });
    const partner = await db.partner.create({
      data: { partnershipId: partnership.id, name: "Gate check group", type: "OTHER" },
    });
    return { expertId: expert.id, partnerId: partner.id };
  })();
  return foreign;
}

let foreignStaff: Promise<string> | undefined;

/** A coordinator of a university in another partnership (once per run), for the admin area. */
export function foreignStaffMember({ db }: SampleContext) {
  foreignStaff ??= (async () => {
    const name = "Gate check: another partnership's university";
    const existing = await db.user.findFirst({
      where: { role: "COORDINATOR", institution: { name } },
      select: { id: true },
    });
    if (existing) return existing.id;
    const partnership = await db.partnership.create({ data: { name: "Gate check: another partnership (staff)" } });
    const institution = await db.institution.create({
      data: { name, shortName: "Other", partnershipId: partnership.id },
    });
    const user = await db.user.create({
      data: {
        email: `gate-foreign-staff-${Date.now()}@test.example`,
        name: "Foreign Coordinator",
        role: "COORDINATOR",
        institutionId: institution.id,
        passwordHash: null,
      },
    });
    return user.id;
  })();
  return foreignStaff;
}

/** An uploaded import waiting for its confirm (a partner group for coordinators, a staff account for admins). */
async function importBatchFor({ db, account }: SampleContext, role: "COORDINATOR" | "ADMIN") {
  const by = account(role);
  const stamp = `${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;
  const batch = await db.importBatch.create({
    data: {
      kind: role === "COORDINATOR" ? "PARTNERS" : "STAFF",
      partnershipId: by.partnershipId!,
      institutionId: by.institutionId!,
      createdById: by.id,
      fileName: "gate-check.csv",
      rows: [
        {
          row: 2,
          values:
            role === "COORDINATOR"
              ? { name: `Gate check group ${stamp}`, type: "Other" }
              : { name: "Gate Check", email: `gate-staff-${stamp}@test.example`, role: "Academic" },
        },
      ],
      rowCount: 1,
    },
    select: { id: true },
  });
  return batch.id;
}

/** An import of the other partnership: nobody here may open it. */
async function foreignImportBatch(ctx: SampleContext) {
  const { expertId } = await foreignPartnership(ctx);
  const expert = await ctx.db.expertProfile.findUniqueOrThrow({
    where: { id: expertId },
    select: { userId: true, partnershipId: true },
  });
  const batch = await ctx.db.importBatch.create({
    data: {
      kind: "PARTNERS",
      partnershipId: expert.partnershipId,
      institutionId: "none",
      createdById: expert.userId,
      fileName: "foreign.csv",
      rows: [{ row: 2, values: { name: "Foreign group", type: "Other" } }],
      rowCount: 1,
    },
    select: { id: true },
  });
  return batch.id;
}

/** The demo accounts with the ids the samples need. */
export async function loadDemoAccounts(db: Db): Promise<(role: Role) => DemoAccount> {
  const users = await db.user.findMany({
    where: { email: { in: DEMO_ACCOUNTS.map((a) => a.email) } },
    select: {
      id: true,
      email: true,
      role: true,
      institutionId: true,
      institution: { select: { partnershipId: true } },
      expertProfile: { select: { id: true, partnershipId: true } },
    },
  });
  const byRole = new Map<Role, DemoAccount>();
  for (const u of users) {
    byRole.set(u.role, {
      id: u.id,
      email: u.email,
      role: u.role,
      institutionId: u.institutionId,
      expertId: u.expertProfile?.id ?? null,
      partnershipId: u.institution?.partnershipId ?? u.expertProfile?.partnershipId ?? null,
    });
  }
  return (role) => {
    const account = byRole.get(role);
    if (!account) throw new Error(`The demo account for ${role} is missing: is the database seeded (npm run db:seed)?`);
    return account;
  };
}
