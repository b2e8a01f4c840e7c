/**
 * "You said, we did": coordinators answer what experts told them, and every expert in the
 * partnership sees the answers. A coordinator changes or deletes only their own university's
 * entries; every coordinator of the partnership can read them all (the experts can).
 */
import "server-only";
import { notFound } from "@/lib/actions/action-error";
import { audit } from "@/lib/audit";
import type { CoordinatorCaller } from "@/lib/auth/caller";
import { db as defaultDb, type DbClient } from "@/lib/db";
import { paged } from "@/lib/pagination";

const entrySelect = {
  id: true,
  youSaid: true,
  weDid: true,
  publishedAt: true,
  updatedAt: true,
  institutionId: true,
  institution: { select: { name: true } },
} as const;

/** Newest first, for everyone in the partnership (experts and coordinators alike). */
export async function listYouSaidWeDid(
  { partnershipId, page, size }: { partnershipId: string; page: number; size: number },
  db: DbClient = defaultDb,
) {
  const where = { partnershipId };
  const [items, total] = await Promise.all([
    db.youSaidWeDid.findMany({
      where,
      select: entrySelect,
      orderBy: [{ publishedAt: "desc" }, { id: "asc" }],
      skip: (page - 1) * size,
      take: size,
    }),
    db.youSaidWeDid.count({ where }),
  ]);
  return paged(items, total, page, size);
}

/** The newest few, for the expert's home page. */
export async function latestYouSaidWeDid(
  { partnershipId, take = 2 }: { partnershipId: string; take?: number },
  db: DbClient = defaultDb,
) {
  const [items, total] = await Promise.all([
    db.youSaidWeDid.findMany({
      where: { partnershipId },
      select: entrySelect,
      orderBy: [{ publishedAt: "desc" }, { id: "asc" }],
      take,
    }),
    db.youSaidWeDid.count({ where: { partnershipId } }),
  ]);
  return { items, total };
}

const ownEntry = (user: CoordinatorCaller, id: string) => ({
  id,
  partnershipId: user.partnershipId,
  institutionId: user.institutionId,
});

/** One of the coordinator's own university's entries, to change or delete. */
export async function findOwnYouSaidWeDid(
  { user, id }: { user: CoordinatorCaller; id: string },
  db: DbClient = defaultDb,
) {
  return db.youSaidWeDid.findFirst({ where: ownEntry(user, id), select: entrySelect });
}

type Words = { youSaid: string; weDid: string };

export async function publishYouSaidWeDid({ user, words }: { user: CoordinatorCaller; words: Words }, db = defaultDb) {
  return db.$transaction(async (tx) => {
    const saved = await tx.youSaidWeDid.create({
      data: {
        partnershipId: user.partnershipId,
        institutionId: user.institutionId,
        authorId: user.id,
        ...words,
      },
      select: { id: true },
    });
    await audit(
      {
        actorId: user.id,
        action: "feedback.you_said_we_did.published",
        entityType: "YouSaidWeDid",
        entityId: saved.id,
        after: words,
      },
      tx,
    );
    return saved;
  });
}

export async function updateYouSaidWeDid(
  { user, id, words }: { user: CoordinatorCaller; id: string; words: Words },
  db = defaultDb,
) {
  await db.$transaction(async (tx) => {
    const before = await tx.youSaidWeDid.findFirst({
      where: ownEntry(user, id),
      select: { youSaid: true, weDid: true },
    });
    if (!before) throw notFound("That entry");
    await tx.youSaidWeDid.update({ where: { id }, data: words, select: { id: true } });
    await audit(
      {
        actorId: user.id,
        action: "feedback.you_said_we_did.updated",
        entityType: "YouSaidWeDid",
        entityId: id,
        before,
        after: words,
      },
      tx,
    );
  });
}

export async function deleteYouSaidWeDid({ user, id }: { user: CoordinatorCaller; id: string }, db = defaultDb) {
  await db.$transaction(async (tx) => {
    const before = await tx.youSaidWeDid.findFirst({
      where: ownEntry(user, id),
      select: { youSaid: true, weDid: true },
    });
    if (!before) throw notFound("That entry");
    await tx.youSaidWeDid.delete({ where: { id } });
    await audit(
      {
        actorId: user.id,
        action: "feedback.you_said_we_did.deleted",
        entityType: "YouSaidWeDid",
        entityId: id,
        before,
      },
      tx,
    );
  });
}
