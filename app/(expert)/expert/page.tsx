import type { Metadata } from "next";
import Link from "next/link";
import { ActionForm } from "@/components/form/action-form";
import { SubmitButton } from "@/components/form/submit-button";
import { Notice } from "@/components/ui/notice";
import { Tag } from "@/components/ui/tag";
import type { ExpertStatus } from "@/lib/generated/prisma/enums";
import { requireArea } from "@/lib/auth/guard";
import { findComingUp, findWaitingToHear } from "@/lib/bookings/queries";
import { findUnreadNotifications } from "@/lib/notifications/queries";
import { findRecentPayments } from "@/lib/payments/for-expert";
import { markNotificationReadAction } from "@/lib/notifications/actions";
import { findExpertMatchProfile, listOpportunitiesForExpert } from "@/lib/opportunities/for-expert";
import { formatDate, formatMinutes, formatMoney, formatSessionTime, formatShortDate } from "@/lib/format";
import { BOOKING_STATUS, PAYMENT_STATUS } from "@/lib/labels";
import { ContactLine, WhenWhere } from "./_components/when-where";
import { OpportunityCard } from "./_components/opportunity-card";

export const metadata: Metadata = { title: "Home" };

const NOTICES: Record<string, string> = {
  withdrawn: "You have withdrawn. Thank you for letting us know.",
};

export default async function Page({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requireArea("expert");
  const { done } = await searchParams;
  const { expertId } = user;
  const now = new Date();
  const [profile, comingUp, waiting, payments, unread] = await Promise.all([
    findExpertMatchProfile({ expertId }),
    findComingUp({ expertId, now }),
    findWaitingToHear({ expertId, now }),
    findRecentPayments({ expertId }),
    findUnreadNotifications({ userId: user.id }),
  ]);
  const suggestions = profile ? await listOpportunitiesForExpert({ profile, page: 1, size: 3, now }) : null;
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
          <ul className="grid gap-4">
            {unread.items.map((n) => (
              <li key={n.id} className="card">
                <h3 className="mb-1 text-lg">{n.title}</h3>
                <p className="mb-1">{n.body}</p>
                <p className="mb-3 text-base text-muted">{formatShortDate(n.createdAt)}</p>
                <div className="flex flex-wrap items-center gap-4">
                  {n.link && (
                    <Link href={n.link} className="inline-block min-h-11 py-2">
                      Open<span className="sr-only"> {n.title}</span>
                    </Link>
                  )}
                  <ActionForm action={markNotificationReadAction} compact aria-label={`Mark "${n.title}" as read`}>
                    <input type="hidden" name="notificationId" value={n.id} />
                    <SubmitButton variant="secondary">
                      Mark as read<span className="sr-only">: {n.title}</span>
                    </SubmitButton>
                  </ActionForm>
                </div>
              </li>
            ))}
          </ul>
          <div className="mt-4 flex flex-wrap items-center gap-x-6 gap-y-3">
            {unread.total > 1 && (
              <ActionForm action={markNotificationReadAction} compact aria-label="Mark all messages as read">
                <input type="hidden" name="all" value="yes" />
                <SubmitButton variant="secondary">Mark all as read</SubmitButton>
              </ActionForm>
            )}
            <Link href="/expert/messages" className="inline-block min-h-11 py-2 font-bold">
              See all your messages
            </Link>
          </div>
        </Notice>
      )}

      {profile && profile.status !== "ACTIVE" && (
        <StatusNote status={profile.status} contact={profile.namedContact?.name} />
      )}

      <section aria-labelledby="coming-up-title" className="mb-10">
        <h2 id="coming-up-title">Coming up</h2>
        {comingUp.length === 0 ? (
          <p className="card">Nothing booked yet. When a coordinator confirms your place, it will show here.</p>
        ) : (
          <ul className="grid gap-4 lg:grid-cols-2">
            {comingUp.map(({ id, session }) => {
              const o = session.opportunity;
              return (
                <li key={id} className="card">
                  <p className="mb-2">
                    <Tag colour="green">Confirmed</Tag>
                  </p>
                  <h3>{o.title}</h3>
                  <WhenWhere {...session} />
                  {o.whatYouWillDo && (
                    <>
                      <h4 className="font-bold">What to expect</h4>
                      <p className="mb-3">{o.whatYouWillDo}</p>
                    </>
                  )}
                  <SupportLine
                    preparationOffered={o.preparationOffered}
                    preparationMinutes={o.preparationMinutes}
                    debriefOffered={o.debriefOffered}
                  />
                  {session.accessInfo && (
                    <p className="mb-3">
                      <strong>Access:</strong> {session.accessInfo}
                    </p>
                  )}
                  <ContactLine contact={o.contact} />
                  <div className="mt-4 flex flex-wrap items-center gap-x-6 gap-y-3">
                    <a href={`/expert/bookings/${id}/calendar.ics`} className="btn" download>
                      Add to calendar<span className="sr-only">: {o.title}</span>
                    </a>
                    <Link href={`/expert/opportunities/${o.id}`} className="inline-block min-h-11 py-2">
                      More details or withdraw<span className="sr-only"> from {o.title}</span>
                    </Link>
                  </div>
                </li>
              );
            })}
          </ul>
        )}
      </section>

      {waiting.length > 0 && (
        <section aria-labelledby="waiting-title" className="mb-10">
          <h2 id="waiting-title">Waiting to hear</h2>
          <ul className="grid gap-4 md:grid-cols-2">
            {waiting.map((b) => (
              <li key={b.id} className="card">
                <p className="mb-2">
                  <Tag colour={b.status === "WAITLISTED" ? "yellow" : "blue"}>{BOOKING_STATUS[b.status]}</Tag>
                </p>
                <h3 className="mb-1">{b.session.opportunity.title}</h3>
                <p className="mb-2">{formatSessionTime(b.session.startsAt, b.session.endsAt)}</p>
                <Link href={`/expert/opportunities/${b.session.opportunity.id}`} className="inline-block min-h-11 py-2">
                  See details<span className="sr-only"> of {b.session.opportunity.title}</span>
                </Link>
              </li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="could-do-title" className="mb-10">
        <h2 id="could-do-title">You could do</h2>
        {!suggestions || suggestions.total === 0 ? (
          <p className="card">There are no open opportunities right now. We will add new ones here.</p>
        ) : (
          <>
            <ul className="grid gap-4 md:grid-cols-3">
              {suggestions.items.map((item) => (
                <OpportunityCard key={item.id} item={item} />
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

      <section aria-labelledby="payments-title" className="mb-10">
        <h2 id="payments-title">Payments</h2>
        {payments.length === 0 ? (
          <p className="card">No payments yet. A payment starts after each session you attend.</p>
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
    </>
  );
}

function SupportLine({
  preparationOffered,
  preparationMinutes,
  debriefOffered,
}: {
  preparationOffered: boolean;
  preparationMinutes: number;
  debriefOffered: boolean;
}) {
  if (!preparationOffered && !debriefOffered) return null;
  return (
    <ul className="mb-3 list-disc pl-6">
      {preparationOffered && (
        <li>
          Time to prepare beforehand{preparationMinutes > 0 ? ` (${formatMinutes(preparationMinutes)}, paid)` : ""}
        </li>
      )}
      {debriefOffered && <li>A chat afterwards (debrief) to talk about how it went</li>}
    </ul>
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
