/**
 * An expert's own list of stories and materials: a title and a short description, and the story
 * itself only when they choose to attach it. Only the expert changes it; every change is scoped by
 * their expert id, so another expert's story is "not found".
 */
import "server-only";
import { ActionError, notFound } from "@/lib/actions/action-error";
import { audit } from "@/lib/audit";
import type { ExpertCaller } from "@/lib/auth/caller";
import { db as defaultDb, type DbClient } from "@/lib/db";

export type StoryInput = { title: string; description: string; attachedText: string };

/** Inside a transaction: adds one of the expert's stories, audited. */
export async function addStory(user: ExpertCaller, story: StoryInput, tx: DbClient): Promise<string> {
  const created = await tx.story.create({ data: { expertId: user.expertId, ...story }, select: { id: true } });
  await audit(
    {
      actorId: user.id,
      action: "story.added",
      entityType: "Story",
      entityId: created.id,
      // Never the words of the story itself in the audit log, only whether it is kept.
      after: { title: story.title, withStory: story.attachedText !== "" },
    },
    tx,
  );
  return created.id;
}

/** Adds a story (no id) or changes one of the expert's own. Returns its id. */
export async function saveStory(
  { user, storyId, story }: { user: ExpertCaller; storyId: string | null; story: StoryInput },
  db = defaultDb,
): Promise<string> {
  return db.$transaction(async (tx) => {
    if (!storyId) return addStory(user, story, tx);
    const before = await tx.story.findFirst({
      where: { id: storyId, expertId: user.expertId },
      select: { title: true, attachedText: true },
    });
    if (!before) throw notFound("That story");
    await tx.story.update({ where: { id: storyId }, data: story });
    await audit(
      {
        actorId: user.id,
        action: "story.changed",
        entityType: "Story",
        entityId: storyId,
        before: { title: before.title, withStory: before.attachedText !== "" },
        after: { title: story.title, withStory: story.attachedText !== "" },
      },
      tx,
    );
    return storyId;
  });
}

/**
 * Deletes a story that has never been used. A story with consents stays: the consents (and any
 * withdrawal) are the record of where it was used and what must be taken down.
 */
export async function deleteStory({ user, storyId }: { user: ExpertCaller; storyId: string }, db = defaultDb) {
  return db.$transaction(async (tx) => {
    const story = await tx.story.findFirst({
      where: { id: storyId, expertId: user.expertId },
      select: { title: true, _count: { select: { consents: true } } },
    });
    if (!story) throw notFound("That story");
    if (story._count.consents > 0)
      throw new ActionError(
        "This story has been used in a session, so it stays on your list as a record of your consent. You can withdraw your consent instead.",
      );
    await tx.story.delete({ where: { id: storyId } });
    await audit(
      {
        actorId: user.id,
        action: "story.deleted",
        entityType: "Story",
        entityId: storyId,
        before: { title: story.title },
      },
      tx,
    );
  });
}
