/**
 * Consent for one use of a story: on one of the expert's own bookings, with its scopes, named or
 * anonymised, until a date (or until withdrawn). And the rule that a place on a recorded-content or
 * research opportunity is confirmed only with a consent that covers it.
 */
import "server-only";
import { ActionError, notFound } from "@/lib/actions/action-error";
import { audit } from "@/lib/audit";
import type { ExpertCaller } from "@/lib/auth/caller";
import { db as defaultDb, type DbClient } from "@/lib/db";
import type { ConsentScope } from "@/lib/generated/prisma/enums";
import { formatSessionTime } from "@/lib/format";
import { notify } from "@/lib/notifications/notify";
import { coordinatorsToTell } from "@/lib/opportunities/contacts";
import {
  activeConsentWhere,
  consentAllowsConfirming,
  consentNeededMessage,
  dateOfDay,
  londonToday,
  requiredScopeFor,
  SCOPE_LABEL,
} from "./rules";
import { addStory, type StoryInput } from "./stories";

/** Bookings an expert may give consent on: live or attended, never withdrawn or declined. */
export const CONSENTABLE = ["REQUESTED", "CONFIRMED", "WAITLISTED", "ATTENDED"] as const;

export type ConsentInput = {
  bookingId: string;
  /** An existing story of theirs, or a new one added on the spot. */
  storyId: string | null;
  newStory: StoryInput | null;
  scopes: ConsentScope[];
  named: boolean;
  /** "2027-03-27", the last day; null = until withdrawn. */
  until: string | null;
};

export async function giveConsent({ user, input }: { user: ExpertCaller; input: ConsentInput }, db = defaultDb) {
  if (!input.scopes.length)
    throw new ActionError("Choose how your story may be used", "INVALID", {
      scopes: ["Choose how your story may be used"],
    });
  if (input.until && input.until < londonToday())
    throw new ActionError("The date must be today or in the future", "INVALID", {
      until: ["The date must be today or in the future"],
    });

  if (!input.storyId && !input.newStory)
    throw new ActionError("Choose a story, or add a new one", "INVALID", {
      storyId: ["Choose a story, or add a new one"],
    });

  return db.$transaction(async (tx) => {
    const booking = await tx.booking.findFirst({
      where: { id: input.bookingId, expertId: user.expertId },
      select: {
        id: true,
        status: true,
        session: {
          select: {
            startsAt: true,
            endsAt: true,
            opportunity: { select: { id: true, title: true, institutionId: true, contactId: true } },
          },
        },
      },
    });
    if (!booking) throw notFound("That booking");
    if (!(CONSENTABLE as readonly string[]).includes(booking.status))
      throw new ActionError("You can only give consent for a session you are booked on or have asked to join.");
    const storyId = input.storyId ?? (await addStory(user, input.newStory!, tx));
    const story = await tx.story.findFirst({
      where: { id: storyId, expertId: user.expertId },
      select: { id: true, title: true },
    });
    if (!story)
      throw new ActionError("Choose one of your stories", "INVALID", { storyId: ["Choose one of your stories"] });

    const data = {
      scopes: input.scopes,
      named: input.named,
      until: input.until ? dateOfDay(input.until) : null,
      givenAt: new Date(),
    };
    const existing = await tx.storyConsent.findUnique({
      where: { storyId_bookingId: { storyId: story.id, bookingId: booking.id } },
      select: { id: true, withdrawnAt: true, scopes: true },
    });
    // Giving consent again for the same use replaces it: a fresh consent, even after a withdrawal.
    const consent = existing
      ? await tx.storyConsent.update({
          where: { id: existing.id },
          data: { ...data, withdrawnAt: null, takenDownAt: null, takenDownById: null },
          select: { id: true },
        })
      : await tx.storyConsent.create({
          data: { ...data, storyId: story.id, bookingId: booking.id, expertId: user.expertId },
          select: { id: true },
        });

    const { opportunity } = booking.session;
    const to = await coordinatorsToTell(opportunity, tx);
    const how = input.scopes.map((s) => SCOPE_LABEL[s].toLowerCase()).join("; ");
    await notify(
      to.map((userId) => ({
        userId,
        kind: "BOOKING" as const,
        institutionId: opportunity.institutionId,
        title: `${user.name} has given consent for a story`,
        body: `${user.name} has given consent for "${story.title}" to be used in "${opportunity.title}", ${formatSessionTime(booking.session.startsAt, booking.session.endsAt)}: ${how}; ${input.named ? "named" : "anonymised"}${input.until ? `, until ${input.until}` : ", until they withdraw it"}.`,
        link: `/coordinator/experts/${user.expertId}#stories-title`,
        linkLabel: "See their stories and consents",
      })),
      tx,
    );
    await audit(
      {
        actorId: user.id,
        action: "consent.given",
        entityType: "StoryConsent",
        entityId: consent.id,
        before: existing ? { scopes: existing.scopes, withdrawn: existing.withdrawnAt !== null } : undefined,
        after: {
          story: story.title,
          bookingId: booking.id,
          scopes: input.scopes,
          named: input.named,
          until: input.until,
        },
      },
      tx,
    );
    return { consentId: consent.id };
  });
}

/**
 * Inside a confirming transaction: refuses unless the booking's opportunity needs no consent or the
 * booking has an active consent with the scope it needs.
 */
export async function requireConsentToConfirm(
  bookingId: string,
  tx: DbClient,
  { notAskedYet = false, now = new Date() }: { notAskedYet?: boolean; now?: Date } = {},
) {
  const booking = await tx.booking.findUniqueOrThrow({
    where: { id: bookingId },
    select: {
      expert: { select: { user: { select: { name: true } } } },
      session: { select: { opportunity: { select: { type: true } } } },
      storyConsents: { select: { scopes: true, withdrawnAt: true, until: true } },
    },
  });
  const { type } = booking.session.opportunity;
  if (!consentAllowsConfirming(type, booking.storyConsents, now))
    throw new ActionError(consentNeededMessage(type, booking.expert.user.name, notAskedYet));
}

/** Prisma filter for bookings that may be confirmed on an opportunity of this type (waitlist promotion). */
export function confirmableWhere(type: Parameters<typeof requiredScopeFor>[0], now = new Date()) {
  const scope = requiredScopeFor(type);
  if (!scope) return {};
  return { storyConsents: { some: { ...activeConsentWhere(now), scopes: { has: scope } } } };
}
