import type { Metadata } from "next";
import Link from "next/link";
import { ActionForm } from "@/components/form/action-form";
import { SubmitButton } from "@/components/form/submit-button";
import { Notice } from "@/components/ui/notice";
import { MatchTag } from "@/components/opportunities/match-tag";
import { Tag } from "@/components/ui/tag";
import type { ExpertStatus } from "@/lib/generated/prisma/enums";
import { requireArea } from "@/lib/auth/guard";
import { findComingUp, findWaitingToHear } from "@/lib/bookings/queries";
import { findDisplayChoices } from "@/lib/experts/profile-queries";
import { findUnreadNotifications } from "@/lib/notifications/queries";
import { findRecentPayments } from "@/lib/payments/for-expert";
import { markNotificationReadAction } from "@/lib/notifications/actions";
import { findExpertMatchProfile, listOpportunitiesForExpert } from "@/lib/opportunities/for-expert";
import { formatDate, formatMoney, formatSessionTime, formatShortDate } from "@/lib/format";
import { BOOKING_STATUS, PAY_BASIS, PAYMENT_STATUS } from "@/lib/labels";
import { findMyBreak } from "@/lib/breaks/queries";
import { BreakBanner, ON_BREAK_NO_SUGGESTIONS, TakeBreakLink } from "./_components/break-banner";
import { FeedbackOnHome } from "./_components/feedback-home";

export const metadata: Metadata = { title: "Home" };

const NOTICES: Record<string, string> = {
  withdrawn: "You have withdrawn. Thank you for letting us know.",
  back: "Welcome back. You will hear about new opportunities again.",
};

/** The page's headings and sentences, and the same in Easy Read (short sentences, one idea each). */
const WORDS = {
  standard: {
    comingUp: "Coming up",
    comingUpIntro: "Your confirmed places. “See details” has what to expect, access, who to contact and your calendar.",
    nothingBooked: "Nothing booked yet. When a coordinator confirms your place, it will show here.",
    waiting: "Waiting to hear",
    waitingIntro: "You have asked for these places. Your coordinator will let you know.",
    couldDo: "You could do",
    noneOpen: "There are no open opportunities right now. We will add new ones here.",
    payments: "Payments",
    noPayments: "No payments yet. A payment starts after each session you attend.",
  },
  easy: {
    comingUp: "Your next sessions",
    comingUpIntro: "You have a place. Press “See details” to find out more.",
    nothingBooked: "You have no sessions yet. We will show them here.",
    waiting: "You asked for a place",
    waitingIntro: "We will tell you soon.",
    couldDo: "Things you could do",
    noneOpen: "There is nothing to sign up for now. Come back soon.",
    payments: "Your money",
    noPayments: "No money yet. You get paid after each session.",
  },
} as const;

export default async function Page({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requireArea("expert");
  const { done } = await searchParams;
  const { expertId } = user;
  const now = new Date();
  const [profile, comingUp, waiting, payments, unread, display, myBreak] = await Promise.all([
    findExpertMatchProfile({ expertId }),
    findComingUp({ expertId, now }),
    findWaitingToHear({ expertId, now }),
    findRecentPayments({ expertId }),
    findUnreadNotifications({ userId: user.id }),
    findDisplayChoices({ userId: user.id }),
    findMyBreak({ expertId, now }),
  ]);
  const words = display.easyRead ? WORDS.easy : WORDS.standard;
  // No suggestions during the expert's own break (they can still browse every opportunity).
  const suggestions =
    profile && !myBreak?.onBreak ? await listOpportunitiesForExpert({ profile, page: 1, size: 3, now }) : null;
  const notice = typeof done === "string" ? NOTICES[done] : undefined;
  const firstName = user.name.split(" ")[0];

  return (
    <>
      <h1>Hello, {firstName}</h1>
      {notice && (
        <Notice tone="success" role="status" bold className="mb-6">
          {notice}
        </Notice>
      )}

      {unread.total > 0 && (
        <Notice as="section" tone="info" aria-labelledby="messages-title" className="mb-10">
          <h2 id="messages-title">
            {unread.total === 1 ? "You have 1 new message" : `You have ${unread.total} new messages`}
          </h2>
          {/* Titles only, each one tap from the whole message: the messages page has the rest. */}
          <ul className="mb-2 divide-y divide-line border-y border-line bg-white">
            {unread.items.map((n) => (
              <li key={n.id} className="flex flex-wrap items-baseline justify-between gap-x-4 px-3 py-1">
                <Link href={n.link ?? "/expert/messages"} className="inline-block min-h-11 py-2 font-bold">
                  {n.title}
                </Link>
                <span className="text-base text-muted">{formatShortDate(n.createdAt)}</span>
              </li>
            ))}
          </ul>
          <div className="mt-4 flex flex-wrap items-center gap-x-6 gap-y-3">
            <ActionForm action={markNotificationReadAction} compact aria-label="Mark all messages as read">
              <input type="hidden" name="all" value="yes" />
              <SubmitButton variant="secondary">
                {unread.total === 1 ? "Mark as read" : "Mark all as read"}
              </SubmitButton>
            </ActionForm>
            <Link href="/expert/messages" className="inline-block min-h-11 py-2 font-bold">
              See all your messages
            </Link>
          </div>
        </Notice>
      )}

      <BreakBanner myBreak={myBreak} />

      {profile && profile.status !== "ACTIVE" && (
        <StatusNote status={profile.status} contact={profile.namedContact?.name} />
      )}

      <section aria-labelledby="coming-up-title" className="mb-10">
        <h2 id="coming-up-title">{words.comingUp}</h2>
        {comingUp.length === 0 ? (
          <p className="card">{words.nothingBooked}</p>
        ) : (
          <>
            <p className="mb-4">{words.comingUpIntro}</p>
            <ul className="grid gap-4 md:grid-cols-2">
              {comingUp.map(({ id, session }) => (
                <ShortCard
                  key={id}
                  tag={<Tag colour="green">Confirmed</Tag>}
                  title={session.opportunity.title}
                  when={formatSessionTime(session.startsAt, session.endsAt)}
                  where={placeOf(session)}
                  href={`/expert/opportunities/${session.opportunity.id}`}
                  action="See details"
                />
              ))}
            </ul>
          </>
        )}
      </section>

      {waiting.length > 0 && (
        <section aria-labelledby="waiting-title" className="mb-10">
          <h2 id="waiting-title">{words.waiting}</h2>
          <p className="mb-4">{words.waitingIntro}</p>
          <ul className="grid gap-4 md:grid-cols-2">
            {waiting.map((b) => (
              <ShortCard
                key={b.id}
                tag={<Tag colour={b.status === "WAITLISTED" ? "yellow" : "blue"}>{BOOKING_STATUS[b.status]}</Tag>}
                title={b.session.opportunity.title}
                when={formatSessionTime(b.session.startsAt, b.session.endsAt)}
                href={`/expert/opportunities/${b.session.opportunity.id}`}
                action="See details"
              />
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="could-do-title" className="mb-10">
        <h2 id="could-do-title">{words.couldDo}</h2>
        {!suggestions || suggestions.total === 0 ? (
          <p className="card">{myBreak?.onBreak ? ON_BREAK_NO_SUGGESTIONS : words.noneOpen}</p>
        ) : (
          <>
            <ul className="grid gap-4 md:grid-cols-3">
              {suggestions.items.map((item) => (
                <ShortCard
                  key={item.id}
                  tag={
                    item.matches || item.type === "GROUP_MEETING" ? (
                      <MatchTag type={item.type} matches={item.matches} />
                    ) : undefined
                  }
                  title={item.title}
                  when={item.next ? formatSessionTime(item.next.startsAt, item.next.endsAt) : undefined}
                  pay={
                    item.payRatePence > 0
                      ? `${formatMoney(item.payRatePence)} ${PAY_BASIS[item.payBasis]}`
                      : "Expenses only"
                  }
                  href={`/expert/opportunities/${item.id}`}
                  action="Find out more"
                />
              ))}
            </ul>
            <p className="mt-4">
              <Link href="/expert/opportunities" className="inline-block min-h-11 py-2 font-bold">
                See all {suggestions.total} open {suggestions.total === 1 ? "opportunity" : "opportunities"}
              </Link>
            </p>
          </>
        )}
      </section>

      {/* Issue 14, two-way feedback: sessions waiting for the expert's feedback, and the latest "You said, we did". */}
      <FeedbackOnHome expertId={expertId} partnershipId={user.partnershipId} />

      <section aria-labelledby="payments-title" className="mb-10">
        <h2 id="payments-title">{words.payments}</h2>
        {payments.length === 0 ? (
          <p className="card">{words.noPayments}</p>
        ) : (
          <ul className="mb-4 divide-y divide-line border-y border-line">
            {payments.map((p) => (
              <li key={p.id} className="flex flex-wrap items-center justify-between gap-x-4 gap-y-1 py-3">
                <span>
                  <span className="block font-bold">{p.title}</span>
                  <span className="text-base text-muted">{formatDate(p.sessionDate)}</span>
                </span>
                <span className="flex items-center gap-3">
                  <strong>{formatMoney(p.totalPence)}</strong>
                  <Tag colour={p.status === "PAID" ? "green" : p.status === "DECLINED_BY_EXPERT" ? "grey" : "yellow"}>
                    {PAYMENT_STATUS[p.status]}
                  </Tag>
                </span>
              </li>
            ))}
          </ul>
        )}
        <Link href="/expert/payments" className="inline-block min-h-11 py-2 font-bold">
          See all your payments
        </Link>
      </section>

      <TakeBreakLink myBreak={myBreak} />
    </>
  );
}

/** Where a session is, in a few words: the place, or online. */
function placeOf(session: { location: string; onlineUrl: string }) {
  if (session.location) return session.location;
  return session.onlineUrl ? "Online" : "We will tell you where before the day";
}

/**
 * One item on the home page, short enough for a phone: what, when, where, its state, and one
 * action. Everything else (what to expect, access, contact, calendar, withdrawing) is on the
 * opportunity's own page.
 */
function ShortCard({
  tag,
  title,
  when,
  where,
  pay,
  href,
  action,
}: {
  tag?: React.ReactNode;
  title: string;
  when?: string;
  where?: string;
  pay?: string;
  href: string;
  action: string;
}) {
  return (
    <li className="card flex flex-col gap-1">
      {tag && <p className="mb-1">{tag}</p>}
      <h3 className="mb-1 text-xl">{title}</h3>
      {when && (
        <p>
          <span className="sr-only">When: </span>
          {when}
        </p>
      )}
      {where && (
        <p>
          <span className="sr-only">Where: </span>
          {where}
        </p>
      )}
      {pay && (
        <p>
          <strong>Pay:</strong> {pay}
        </p>
      )}
      <p className="mt-auto pt-1">
        <Link href={href} className="inline-block min-h-11 py-2 font-bold">
          {action}
          <span className="sr-only">: {title}</span>
        </Link>
      </p>
    </li>
  );
}

/** A plain note when the expert cannot sign up yet, or is taking a break. */
function StatusNote({ status, contact }: { status: ExpertStatus; contact?: string }) {
  const who = contact ?? "your coordinator";
  const text =
    status === "PAUSED"
      ? `You are taking a break. When you want to come back, talk to ${who}.`
      : status === "LEFT"
        ? `Your account is closed for new sessions. Talk to ${who} if you would like to come back.`
        : `Your account is still being set up, so you cannot ask for a place yet. You can look at opportunities. ${contact ? `${contact} will` : "Your coordinator will"} be in touch.`;
  return (
    <Notice tone="warning" className="mb-8">
      {text}
    </Notice>
  );
}
