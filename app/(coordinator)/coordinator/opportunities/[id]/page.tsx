import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { ActionForm } from "@/components/form/action-form";
import { TextArea } from "@/components/form/fields";
import { SubmitButton } from "@/components/form/submit-button";
import { ConfirmPanel } from "@/components/ui/confirm-panel";
import { Notice } from "@/components/ui/notice";
import { requireArea } from "@/lib/auth/guard";
import { formatDate, formatMinutes, formatMoney, formatShortDate, formatTime } from "@/lib/format";
import { OPPORTUNITY_TYPE, PAY_BASIS, stageLabel } from "@/lib/labels";
import { cancelOpportunityAction, closeOpportunityAction, publishOpportunityAction } from "@/lib/opportunities/actions";
import { findOpportunity, type OpportunityDetail } from "@/lib/opportunities/queries";
import { OpportunityStatusTag } from "../status-tags";
import { BackLink } from "@/components/ui/back-link";
import { ScrollBox } from "@/components/ui/scroll-box";
import { recordTitle } from "@/lib/page-title";
import { whoLines } from "@/lib/opportunities/briefing";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/** One load per request, shared by the title and the page. */
const load = cache(async (id: string) => {
  const user = await requireArea("coordinator");
  return findOpportunity({ id, institutionId: user.institutionId });
});

export async function generateMetadata({ params }: Pick<Props, "params">): Promise<Metadata> {
  const o = await load((await params).id);
  if (!o) notFound();
  return { title: recordTitle("Opportunity", o.title, o.sessions) };
}

export default async function Page({ params, searchParams }: Props) {
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const o = await load(id);
  if (!o) notFound();
  const now = new Date();
  const upcoming = o.sessions.filter((s) => !s.cancelledAt && s.startsAt > now);
  const live = o.status !== "CANCELLED";
  const confirmingCancel = live && query.cancel === "1";

  return (
    <>
      <BackLink href="/coordinator/opportunities">Back to opportunities</BackLink>
      <div className="mb-2">
        <OpportunityStatusTag status={o.status} />
      </div>
      <h1>{o.title}</h1>

      {o.status === "CANCELLED" && (
        <Notice tone="error" className="mb-6">
          <strong>Cancelled{o.cancelledAt ? ` on ${formatDate(o.cancelledAt)}` : ""}.</strong> {o.cancelReason}
        </Notice>
      )}

      {confirmingCancel ? (
        <CancelConfirmation o={o} upcoming={upcoming.length} />
      ) : (
        live && (
          <div className="mb-8 flex flex-wrap items-start gap-4">
            <Link href={`/coordinator/opportunities/${o.id}/edit`} className="btn btn-secondary">
              Edit<span className="sr-only"> {o.title}</span>
            </Link>
            {/* Each form stays mounted across the change it makes, so its result message stays on screen. */}
            {(o.status === "DRAFT" || o.status === "OPEN") && (
              <ActionForm action={publishOpportunityAction} compact aria-label="Publish">
                <input type="hidden" name="opportunityId" value={o.id} />
                {o.status === "DRAFT" && <SubmitButton>Publish</SubmitButton>}
              </ActionForm>
            )}
            {(o.status === "OPEN" || o.status === "FILLED" || o.status === "CLOSED") && (
              <ActionForm action={closeOpportunityAction} compact aria-label="Close to new sign-ups">
                <input type="hidden" name="opportunityId" value={o.id} />
                {o.status !== "CLOSED" && <SubmitButton variant="secondary">Close to new sign-ups</SubmitButton>}
              </ActionForm>
            )}
            <Link href={`/coordinator/opportunities/${o.id}?cancel=1`} className="btn btn-danger">
              Cancel opportunity
            </Link>
          </div>
        )
      )}

      {o.requestedBy && (
        <Notice as="section" tone="info" aria-labelledby="request-title" className="mb-8 max-w-3xl">
          <h2 id="request-title" className="text-xl">
            {o.requestedBy.role === "EXPERT"
              ? `Proposed by ${o.requestedBy.name}, an expert by experience${o.proposedForPartner ? `, for ${o.proposedForPartner.name}` : ""}`
              : `Requested by ${o.requestedBy.name}`}
          </h2>
          {o.placesWanted != null && <p>People wanted: {o.placesWanted}</p>}
          {o.requestNotes && <p className="whitespace-pre-line">Preferred dates: {o.requestNotes}</p>}
          {o.status === "DRAFT" && (
            <p className="mt-2">
              {o.requestedBy.role === "EXPERT"
                ? "Talk the idea through with them. To take it forward, choose the module, check the pay, add sessions, then publish it; if not, cancel it with the reason: they see it with their idea."
                : "Check the pay, add sessions, then publish it."}
            </p>
          )}
        </Notice>
      )}

      <Sessions o={o} live={live && o.status !== "CLOSED"} />
      <Details o={o} />
    </>
  );
}

function CancelConfirmation({ o, upcoming }: { o: OpportunityDetail; upcoming: number }) {
  return (
    <ConfirmPanel
      titleId="cancel-title"
      title="Are you sure you want to cancel this opportunity?"
      description={
        <>
          {upcoming === 0
            ? "It has no sessions coming up."
            : `Its ${upcoming} upcoming ${upcoming === 1 ? "session" : "sessions"} will be cancelled.`}{" "}
          Everyone who asked for a place will be told, with the reason you give. Sessions already held keep their
          attendance and payments.
        </>
      }
      action={cancelOpportunityAction}
      hidden={{ opportunityId: o.id }}
      confirmLabel="Yes, cancel this opportunity"
      keepHref={`/coordinator/opportunities/${o.id}`}
    >
      <TextArea
        name="reason"
        label="Why is it cancelled?"
        hint="People who had a place will see this. Keep it kind and plain."
        maxLength={1000}
        rows={3}
      />
    </ConfirmPanel>
  );
}

function sessionState(s: OpportunityDetail["sessions"][number], now: Date) {
  if (s.cancelledAt) return "Cancelled";
  if (s.startsAt > now) return s.confirmed >= s.places ? "Full" : "Coming up";
  if (s.attendanceRecordedAt) return "Attendance recorded";
  return s.confirmed > 0 ? "Attendance to record" : "Held";
}

function Sessions({ o, live }: { o: OpportunityDetail; live: boolean }) {
  const now = new Date();
  return (
    <section aria-labelledby="sessions-title" className="mb-10">
      <div className="mb-3 flex flex-wrap items-center justify-between gap-4">
        <h2 id="sessions-title" className="mb-0">
          Sessions
        </h2>
        {live && (
          <Link href={`/coordinator/opportunities/${o.id}/sessions/new`} className="btn btn-secondary">
            Add a session
          </Link>
        )}
      </div>
      {o.sessions.length === 0 ? (
        <p>No sessions yet.{o.status === "DRAFT" ? " Add one before publishing." : ""}</p>
      ) : (
        <ScrollBox label="Sessions">
          <table className="table min-w-[36rem]">
            <caption className="sr-only">Sessions of {o.title}</caption>
            <thead>
              <tr>
                <th scope="col">When</th>
                <th scope="col">Where</th>
                <th scope="col">Places filled</th>
                <th scope="col">Waiting</th>
                <th scope="col">State</th>
              </tr>
            </thead>
            <tbody>
              {o.sessions.map((s) => (
                <tr key={s.id}>
                  <td>
                    <Link href={`/coordinator/sessions/${s.id}`}>
                      {formatShortDate(s.startsAt)}, {formatTime(s.startsAt)} to {formatTime(s.endsAt)}
                    </Link>
                  </td>
                  <td>{[s.location, s.onlineUrl ? "Online" : ""].filter(Boolean).join(" and ")}</td>
                  <td>
                    {s.confirmed} of {s.places}
                  </td>
                  <td>
                    {s.requested > 0 ? <strong>{s.requested} to decide</strong> : "None"}
                    {s.waitlisted > 0 && <span className="block">{s.waitlisted} on waiting list</span>}
                  </td>
                  <td>{sessionState(s, now)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollBox>
      )}
    </section>
  );
}

function Details({ o }: { o: OpportunityDetail }) {
  const rows: [string, React.ReactNode][] = [
    ["Kind", OPPORTUNITY_TYPE[o.type]],
    ...(o.type === "GROUP_MEETING"
      ? [["Module evidence", "Never counted: a group meeting is not part of a module"] as [string, React.ReactNode]]
      : ([
          ["Stage", stageLabel(o.stage)],
          [
            "Module",
            o.module ? `${o.module.code} ${o.module.title} (${o.module.academicYear})` : "Not linked to a module",
          ],
        ] as [string, React.ReactNode][])),
    [
      "Pay",
      o.payRatePence > 0
        ? `${formatMoney(o.payRatePence)} ${PAY_BASIS[o.payBasis]}`
        : o.rateId || o.type === "GROUP_MEETING"
          ? "Unpaid (travel can still be claimed)"
          : "Not set yet",
    ],
    ...(o.rateOverrideReason ? [["Why this rate", o.rateOverrideReason] as [string, React.ReactNode]] : []),
    [
      "Preparation",
      o.preparationOffered
        ? `Offered${o.preparationMinutes ? `, ${formatMinutes(o.preparationMinutes)} paid` : ""}`
        : "Not offered",
    ],
    ["Debrief", o.debriefOffered ? "Offered" : "Not offered"],
    // The briefing experts read (issue 14).
    ["Quiet room", o.quietRoomOffered ? "Offered" : "Not offered"],
    ["Supporter or personal assistant", o.supporterWelcome ? "Welcome to come" : "Not mentioned"],
    ["Who will be there", whoLines(o).join(". ") || "Not given"],
    [
      "May be upsetting",
      o.sensitiveTopic ? (
        <span key="st" className="whitespace-pre-line">
          Yes: {o.sensitiveTopicNote}
        </span>
      ) : (
        "No"
      ),
    ],
    ["Lived experience sought", o.livedExperienceSought.length ? o.livedExperienceSought.join(", ") : "Anyone"],
    ["Contact", o.contact ? o.contact.name : "None"],
    [
      "Description",
      <span key="s" className="whitespace-pre-line">
        {o.summary}
      </span>,
    ],
    [
      "What people will do",
      o.whatYouWillDo ? (
        <span key="w" className="whitespace-pre-line">
          {o.whatYouWillDo}
        </span>
      ) : (
        "Not given"
      ),
    ],
  ];
  return (
    <section aria-labelledby="details-title" className="max-w-3xl">
      <h2 id="details-title">Details</h2>
      <dl className="summary-list grid gap-x-6 sm:grid-cols-[14rem_1fr]">
        {rows.map(([term, value]) => (
          <div key={term} className="contents">
            <dt className="sm:mb-3">{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
