/**
 * Stories and consents for the subject access export (issue 14): every story the expert keeps,
 * with the story itself if they attached it, and every consent with its scope and dates.
 */
import "server-only";
import type { DbClient } from "@/lib/db";

export async function collectStoriesAndConsents({ expertId }: { expertId: string }, db: DbClient) {
  const [stories, consents] = await Promise.all([
    db.story.findMany({
      where: { expertId },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: { id: true, title: true, description: true, attachedText: true, createdAt: true, updatedAt: true },
    }),
    db.storyConsent.findMany({
      where: { expertId },
      orderBy: [{ givenAt: "asc" }, { id: "asc" }],
      select: {
        id: true,
        storyId: true,
        bookingId: true,
        scopes: true,
        named: true,
        until: true,
        givenAt: true,
        withdrawnAt: true,
        takenDownAt: true,
        story: { select: { title: true } },
        booking: {
          select: {
            session: {
              select: {
                startsAt: true,
                opportunity: { select: { title: true, institution: { select: { name: true } } } },
              },
            },
          },
        },
      },
    }),
  ]);
  return {
    stories,
    consents: consents.map((c) => ({
      id: c.id,
      storyId: c.storyId,
      storyTitle: c.story.title,
      bookingId: c.bookingId,
      sessionTitle: c.booking.session.opportunity.title,
      sessionStartsAt: c.booking.session.startsAt,
      university: c.booking.session.opportunity.institution.name,
      scopes: c.scopes,
      named: c.named,
      /** The last day the consent holds ("2027-03-27"); null: until withdrawn. */
      until: c.until ? c.until.toISOString().slice(0, 10) : null,
      givenAt: c.givenAt,
      withdrawnAt: c.withdrawnAt,
      takenDownAt: c.takenDownAt,
    })),
  };
}
