import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { ActionForm } from "@/components/form/action-form";
import { Notice } from "@/components/ui/notice";
import { MatchTag } from "@/components/opportunities/match-tag";
import { Tag } from "@/components/ui/tag";
import { requireArea } from "@/lib/auth/guard";
import { findDisplayChoices } from "@/lib/experts/profile-queries";
import { signUpForSessionAction } from "@/lib/bookings/actions";
import { findExpertMatchProfile, findOpportunityForExpert } from "@/lib/opportunities/for-expert";
import { formatDate, formatMoney } from "@/lib/format";
import { BOOKING_STATUS, OPPORTUNITY_TYPE, PAY_BASIS } from "@/lib/labels";
import { HideOnSuccess, SignUpButtons } from "../../_components/form-helpers";
import { SessionLimitWarning } from "../../_components/limit-warning";
import { ContactLine, InstitutionContact, WhenWhere } from "../../_components/when-where";
import { BackLink } from "@/components/ui/back-link";
import { recordTitle } from "@/lib/page-title";
import { BriefingPanel } from "@/components/opportunities/briefing";
import { SubmitButton } from "@/components/form/submit-button";
import { updateMyBookingChoicesAction } from "@/lib/preparation/actions";
import { BookingChoiceFields } from "./booking-choice-fields";
import { AfterYourSessions } from "./after-your-sessions";
import { ConsentPanel } from "./consent-panel";

/** One load per request, shared by the title and the page. */
const load = cache(async (id: string) => {
  const user = await requireArea("expert");
  const [profile, display] = await Promise.all([
    findExpertMatchProfile({ expertId: user.expertId }),
    findDisplayChoices({ userId: user.id }),
  ]);
  const opportunity = profile ? await findOpportunityForExpert({ profile, opportunityId: id }) : null;
  return { user, profile, opportunity, display };
});

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const { opportunity } = await load((await params).id);
  if (!opportunity) notFound();
  return { title: recordTitle("Opportunity", opportunity.title, opportunity.sessions) };
}

const ACTIVE = ["REQUESTED", "CONFIRMED", "WAITLISTED"];
const BOOKING_TAG = { CONFIRMED: "green", WAITLISTED: "yellow", REQUESTED: "blue" } as const;

/** Headings and sentences, and the same in Easy Read (short sentences, one idea each). */
const WORDS = {
  standard: {
    intro: null,
    whatYouWillDo: "What you would do",
    dates: "Dates",
    notOpen: "This opportunity is not taking new requests at the moment.",
    notActive: "You can ask for a place once your coordinator has finished setting up your account.",
    payChoice: "You can choose how you are paid, or not to take a fee, on",
    contact: "Who to contact",
  },
  easy: {
    intro: "Read about it here. Want to go? Press “Ask for a place”.",
    whatYouWillDo: "What you will do",
    dates: "When it is",
    notOpen: "You cannot ask for a place now.",
    notActive: "You cannot ask for a place yet. We are still setting up your account.",
    payChoice: "You can choose how we pay you. Go to",
    contact: "Who to ask",
  },
} as const;

export default async function Page({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { user, profile, opportunity, display } = await load(id);
  const words = display.easyRead ? WORDS.easy : WORDS.standard;
  if (!profile || !opportunity) notFound();
  const canAsk = profile.status === "ACTIVE" && opportunity.status === "OPEN";
  const hasPlace = opportunity.sessions.some((s) => s.myBooking && ACTIVE.includes(s.myBooking.status));
  const choiceProps = {
    supporterWelcome: opportunity.supporterWelcome,
    academicCanSee: Boolean(opportunity.module),
    accessNeeds: profile.accessNeeds,
  };

  return (
    <>
      <BackLink href="/expert/opportunities">All opportunities</BackLink>
      <p className="mb-2 flex flex-wrap gap-2">
        <Tag colour="grey">{OPPORTUNITY_TYPE[opportunity.type]}</Tag>
        <MatchTag type={opportunity.type} matches={opportunity.matches} />
      </p>
      <h1>{opportunity.title}</h1>
      <p className="mb-4 max-w-2xl text-xl">{opportunity.summary}</p>
      {words.intro && <p className="mb-4 max-w-2xl font-bold">{words.intro}</p>}
      <p className="mb-6 lg:hidden">
        <strong>Pay:</strong>{" "}
        {opportunity.payRatePence > 0
          ? `${formatMoney(opportunity.payRatePence)} ${PAY_BASIS[opportunity.payBasis]}`
          : "Expenses only"}{" "}
        · <a href="#pay-title">Pay and who to contact</a>
      </p>

      <div className="grid grid-cols-1 gap-8 lg:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
        <div>
          {/* First, so a topic that may be upsetting is read before anything else. */}
          <BriefingPanel
            briefing={opportunity}
            id="briefing"
            heading={hasPlace ? "Before the session" : "Before you sign up"}
            easyRead={display.easyRead}
          />

          {opportunity.whatYouWillDo && (
            <section aria-labelledby="do-title" className="mb-8">
              <h2 id="do-title">{words.whatYouWillDo}</h2>
              <p className="max-w-2xl whitespace-pre-line">{opportunity.whatYouWillDo}</p>
            </section>
          )}

          <section aria-labelledby="dates-title" className="mb-8">
            <h2 id="dates-title">{words.dates}</h2>
            {opportunity.status !== "OPEN" && (
              <Notice tone="warning" className="mb-4">
                {words.notOpen}
              </Notice>
            )}
            {opportunity.status === "OPEN" && profile.status !== "ACTIVE" && (
              <Notice tone="warning" className="mb-4">
                {words.notActive}
              </Notice>
            )}
            {opportunity.sessions.length === 0 ? (
              <p className="card">There are no dates coming up.</p>
            ) : (
              <ul className="grid gap-4">
                {opportunity.sessions.map((s) => {
                  const mine = s.myBooking && ACTIVE.includes(s.myBooking.status) ? s.myBooking : null;
                  const open = canAsk && !s.cancelledAt && !s.started;
                  const label = formatDate(s.startsAt);
                  return (
                    <li key={s.id} className="card">
                      <h3>{label}</h3>
                      {s.cancelledAt && (
                        <p className="mb-2">
                          <Tag colour="red">Cancelled</Tag>
                        </p>
                      )}
                      <WhenWhere {...s} timeOnly />
                      {s.accessInfo && (
                        <p className="mb-3">
                          <strong>Access:</strong> {s.accessInfo}
                        </p>
                      )}
                      {!s.cancelledAt && (
                        <p className="mb-3">
                          <strong>Places left:</strong>{" "}
                          {s.placesLeft === 0 ? "none, this session is full" : `${s.placesLeft} of ${s.places}`}
                        </p>
                      )}
                      <ActionForm action={signUpForSessionAction} compact aria-label={`Ask for a place on ${label}`}>
                        <input type="hidden" name="sessionId" value={s.id} />
                        {mine ? (
                          <div>
                            <p className="mb-2">
                              Your place:{" "}
                              <Tag colour={BOOKING_TAG[mine.status as keyof typeof BOOKING_TAG] ?? "blue"}>
                                {BOOKING_STATUS[mine.status]}
                              </Tag>
                            </p>
                            {mine.message && <p className="mb-2">Message from your coordinator: {mine.message}</p>}
                            {mine.status === "CONFIRMED" && !s.started && (
                              <a
                                href={`/expert/bookings/${mine.id}/calendar.ics`}
                                className="mr-6 inline-block min-h-11 py-2"
                                download
                              >
                                Add to calendar<span className="sr-only">: {label}</span>
                              </a>
                            )}
                            {!s.started && (
                              <Link
                                href={`/expert/bookings/${mine.id}/withdraw`}
                                className="inline-block min-h-11 py-2"
                              >
                                Withdraw<span className="sr-only"> from {label}</span>
                              </Link>
                            )}
                          </div>
                        ) : open ? (
                          <HideOnSuccess>
                            {s.myBooking && (
                              <p className="mb-2 text-muted">
                                Before: {BOOKING_STATUS[s.myBooking.status].toLowerCase()}.
                              </p>
                            )}
                            <BookingChoiceFields idSuffix={s.id} {...choiceProps} />
                            <SessionLimitWarning expertId={user.expertId} sessionId={s.id} />
                            <SignUpButtons full={s.placesLeft === 0} sr={label} />
                          </HideOnSuccess>
                        ) : null}
                      </ActionForm>
                      {mine && !s.started && (
                        <ActionForm
                          action={updateMyBookingChoicesAction}
                          compact
                          // One name for every session's form, so the form gates know it; the heading says which.
                          aria-label="Supporter and access needs"
                          className="mt-4 border-t border-line pt-4"
                        >
                          <input type="hidden" name="bookingId" value={mine.id} />
                          <h4 className="mb-2 text-lg">
                            Coming with you, and what helps<span className="sr-only">: {label}</span>
                          </h4>
                          {mine.supporterComing && mine.supporterTravelClaimable && (
                            <p className="mb-2">Your supporter&apos;s travel can be claimed with your payment.</p>
                          )}
                          <BookingChoiceFields idSuffix={`mine-${s.id}`} defaults={mine} {...choiceProps} />
                          <SubmitButton variant="secondary">
                            Save<span className="sr-only"> supporter and access needs for {label}</span>
                          </SubmitButton>
                        </ActionForm>
                      )}
                    </li>
                  );
                })}
              </ul>
            )}
          </section>
          <AfterYourSessions expertId={user.expertId} opportunityId={opportunity.id} />
          {/* A group meeting is the cohort's own: no students, so no story is used there. */}
          {opportunity.type !== "GROUP_MEETING" && (
            <ConsentPanel expertId={user.expertId} opportunityId={opportunity.id} type={opportunity.type} />
          )}
        </div>

        <aside aria-labelledby="pay-title">
          <div className="card mb-6">
            <h2 id="pay-title" className="text-xl">
              Pay
            </h2>
            <p className="mb-3">
              {opportunity.payRatePence > 0 ? (
                <>
                  <strong className="text-2xl">{formatMoney(opportunity.payRatePence)}</strong>{" "}
                  {PAY_BASIS[opportunity.payBasis]}
                </>
              ) : (
                "Expenses only"
              )}
            </p>
            <p className="text-base text-muted">
              {words.payChoice} <Link href="/expert/profile?change=pay#pay">your profile</Link>.
            </p>
          </div>
          <div className="card">
            <h2 className="text-xl">{words.contact}</h2>
            <ContactLine contact={opportunity.contact} />
            <p className="mt-2 text-base text-muted">{opportunity.institution.name}</p>
            <InstitutionContact institution={opportunity.institution} />
          </div>
        </aside>
      </div>
    </>
  );
}
