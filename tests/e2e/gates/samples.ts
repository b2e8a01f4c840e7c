/**
 * Sample parameters for every dynamic route, found in the seeded demo database. A dynamic
 * route without an entry fails the gates ("add a sample for this new route"), and so does an
 * entry whose route is gone.
 *
 * `own` finds a record the area's demo account may open (→ 200). `foreign` finds a record of
 * the same kind that the same account must NOT see — another expert's booking, another
 * university's export — (→ 404 or 403), or says why there is none.
 */
import type { Db } from "@/lib/db";
import { DEMO_ACCOUNTS } from "@/lib/demo/accounts";
import type { Role } from "@/lib/generated/prisma/enums";

export type Params = Record<string, string>;
export type DemoAccount = { id: string; email: string; role: Role; institutionId: string | null; expertId: string | null; partnershipId: string | null };
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
    own: ({ db, account }) => one(db.module.findFirst({ where: { leaderId: account("ACADEMIC").id }, select: { id: true }, orderBy: { code: "asc" } })),
    foreign: ({ db, account }) => one(db.module.findFirst({ where: { leaderId: { not: account("ACADEMIC").id } }, select: { id: true } })),
  },
  "/academic/feedback/[sessionId]": {
    own: ({ db, account }) =>
      one(db.session.findFirst({
        where: { startsAt: { lte: new Date() }, cancelledAt: null, opportunity: { status: { not: "CANCELLED" }, module: { leaderId: account("ACADEMIC").id } } },
        select: { id: true },
        orderBy: { startsAt: "desc" },
      }), "sessionId"),
    foreign: ({ db, account }) =>
      one(db.session.findFirst({
        where: { startsAt: { lte: new Date() }, opportunity: { module: { leaderId: { not: account("ACADEMIC").id } } } },
        select: { id: true },
      }), "sessionId"),
  },

  // ── Coordinator ──
  "/coordinator/payments/exports/[id]/csv": {
    own: ({ db, account }) => one(db.financeExport.findFirst({ where: { institutionId: account("COORDINATOR").institutionId! }, select: { id: true } })),
    foreign: ({ db, account }) => one(db.financeExport.findFirst({ where: { institutionId: { not: account("COORDINATOR").institutionId! } }, select: { id: true } })),
  },

  // ── Expert ──
  "/expert/bookings/[id]/calendar.ics": {
    own: ({ db, account }) =>
      one(db.booking.findFirst({ where: { expertId: account("EXPERT").expertId!, status: "CONFIRMED", session: { cancelledAt: null } }, select: { id: true } })),
    foreign: ({ db, account }) =>
      one(db.booking.findFirst({ where: { expertId: { not: account("EXPERT").expertId! }, status: "CONFIRMED", session: { cancelledAt: null } }, select: { id: true } })),
  },
};

/** The demo accounts with the ids the samples need. */
export async function loadDemoAccounts(db: Db): Promise<(role: Role) => DemoAccount> {
  const users = await db.user.findMany({
    where: { email: { in: DEMO_ACCOUNTS.map((a) => a.email) } },
    select: { id: true, email: true, role: true, institutionId: true, institution: { select: { partnershipId: true } }, expertProfile: { select: { id: true, partnershipId: true } } },
  });
  const byRole = new Map<Role, DemoAccount>();
  for (const u of users) {
    byRole.set(u.role, {
      id: u.id, email: u.email, role: u.role, institutionId: u.institutionId, expertId: u.expertProfile?.id ?? null,
      partnershipId: u.institution?.partnershipId ?? u.expertProfile?.partnershipId ?? null,
    });
  }
  return (role) => {
    const account = byRole.get(role);
    if (!account) throw new Error(`The demo account for ${role} is missing: is the database seeded (npm run db:seed)?`);
    return account;
  };
}
