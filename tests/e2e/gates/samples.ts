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
  "/coordinator/partners/[id]": {
    own: ({ db, account }) =>
      one(
        db.partner.findFirst({ where: { partnershipId: account("COORDINATOR").partnershipId! }, select: { id: true } }),
      ),
    foreign: async (ctx) => ({ id: (await foreignPartnership(ctx)).partnerId }),
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
  "/coordinator/payments": { "all payments": async () => "?tab=all", "late payments": async () => "?tab=late" },
  "/coordinator/partners/[id]": { "just added": async () => "?saved=created" },
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
