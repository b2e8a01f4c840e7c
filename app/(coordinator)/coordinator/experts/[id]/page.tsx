import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { ActionForm } from "@/components/form/action-form";
import { MessageStatus } from "@/components/messages/message-status";
import { Checkboxes, SelectField, TextArea } from "@/components/form/fields";
import { SubmitButton } from "@/components/form/submit-button";
import { Pagination } from "@/components/ui/pagination";
import { Tag } from "@/components/ui/tag";
import { requireArea } from "@/lib/auth/guard";
import {
  changeExpertStatusAction,
  createSetPasswordLinkAction,
  setExpertPartnersAction,
  updateExpertBiographyAction,
} from "@/lib/experts/actions";
import { involvementTotals, listAttendedSessions } from "@/lib/bookings/history";
import { findExpertForCoordinator, listPartnerOptions } from "@/lib/experts/queries";
import { formatDate, formatMinutes, formatMoney, formatShortDate } from "@/lib/format";
import {
  EXPERT_STATUS,
  LIMIT_PERIOD,
  OPPORTUNITY_TYPE,
  options,
  PAYMENT_PREFERENCE,
  PAYMENT_STATUS,
} from "@/lib/labels";
import { listRecentMessagesTo } from "@/lib/messages/queries";
import { MESSAGE_KIND_LABEL } from "@/lib/messages/status-text";
import { pageFrom } from "@/lib/pagination";
import { EmailLinkCheckbox, OneTimeLink } from "../_components/one-time-link";
import { ExpertStatusTag } from "../_components/status-tag";
import { BackLink } from "@/components/ui/back-link";
import { ConfirmPanel } from "@/components/ui/confirm-panel";
import { Notice } from "@/components/ui/notice";
import { eraseExpertAction } from "@/lib/erasure/actions";
import { erasureBlocker, ERASED_CATEGORIES, KEPT_RECORDS } from "@/lib/erasure/erase";
import { ScrollBox } from "@/components/ui/scroll-box";
import { ContactLink } from "@/components/ui/contact-link";
// Breaks and training (issue 14)
import { ExpertBreak } from "./_components/expert-break";
import { ExpertTraining } from "./_components/training";
import { StoriesSection } from "./stories-section";

/** One load per request, shared by the title and the page. */
const load = cache(async (id: string) => {
  const user = await requireArea("coordinator");
  return { user, expert: await findExpertForCoordinator({ partnershipId: user.partnershipId, expertId: id }) };
});

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const { expert } = await load((await params).id);
  if (!expert) notFound();
  return { title: `${expert.user.name} – Expert` };
}

const PER_PAGE = 10;

export default async function Page({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const { user, expert } = await load(id);
  const { partnershipId } = user;
  if (!expert) notFound();
  const { page } = pageFrom(query.page, PER_PAGE);
  const confirmingErasure = query.erase === "1" && expert.status === "LEFT" && !expert.erasedAt;
  const [totals, history, partners, messages, blocker] = await Promise.all([
    involvementTotals({ expertId: expert.id }),
    listAttendedSessions({ expertId: expert.id, page, size: PER_PAGE }),
    listPartnerOptions({ partnershipId }),
    listRecentMessagesTo({ userId: expert.user.id, institutionId: user.institutionId, partnershipId }),
    confirmingErasure ? erasureBlocker({ expertId: expert.id }) : null,
  ]);
  const none = <span className="text-muted">Not given</span>;

  return (
    <>
      <BackLink href="/coordinator/experts">Experts</BackLink>
      {query.done === "erased" && expert.erasedAt && (
        <Notice tone="success" role="status" bold className="mb-6">
          Their personal details are erased. From now on they appear as {expert.user.name}; their payments and
          attendance are kept.
        </Notice>
      )}
      {confirmingErasure &&
        (blocker ? (
          <Notice tone="warning" className="mb-8 max-w-3xl">
            <h2>You cannot erase their details yet</h2>
            <p className="mb-2">{blocker}</p>
            <Link href={`/coordinator/experts/${expert.id}`}>Back to their page</Link>
          </Notice>
        ) : (
          <ConfirmPanel
            titleId="confirm-erase"
            title={`Erase ${expert.user.name}'s personal details?`}
            description="This cannot be undone. Download their data first if they asked for a copy."
            action={eraseExpertAction}
            hidden={{ expertId: expert.id }}
            confirmLabel="Yes, erase their details"
            keepHref={`/coordinator/experts/${expert.id}`}
            keepLabel="No, keep them"
          >
            <h3>What is erased</h3>
            <ul className="mb-4 list-disc pl-6">
              {ERASED_CATEGORIES.map((c) => (
                <li key={c}>{c}</li>
              ))}
            </ul>
            <h3>What is kept</h3>
            <ul className="mb-4 list-disc pl-6">
              {KEPT_RECORDS.map((c) => (
                <li key={c}>{c}</li>
              ))}
            </ul>
          </ConfirmPanel>
        ))}
      <h1 className="mb-2">{expert.user.name}</h1>
      <p className="mb-6">
        <ExpertStatusTag status={expert.status} />{" "}
        <span className="text-muted">since {formatShortDate(expert.statusChangedAt)}</span>
        {expert.statusReason && <span className="block">Reason: {expert.statusReason}</span>}
      </p>
      <ExpertBreak expertId={expert.id} partnershipId={partnershipId} />

      <div className="grid grid-cols-1 gap-10 lg:grid-cols-2">
        <div>
          <section aria-labelledby="contact-title" className="mb-8">
            <h2 id="contact-title">Contact and account</h2>
            <dl className="summary-list">
              <dt>Email</dt>
              <dd>
                {expert.erasedAt ? (
                  <span className="text-muted">Erased</span>
                ) : (
                  <ContactLink email={expert.user.email} />
                )}
              </dd>
              <dt>Phone</dt>
              <dd>{expert.user.phone ? <ContactLink phone={expert.user.phone} /> : none}</dd>
              <dt>Named contact</dt>
              <dd>{expert.namedContact?.name ?? none}</dd>
              <dt>Groups</dt>
              <dd>{expert.partners.map((p) => p.name).join(", ") || "None"}</dd>
              <dt>Signing in</dt>
              <dd>
                {!expert.user.active
                  ? "Account switched off"
                  : expert.user.hasPassword
                    ? `Has a password${expert.user.lastSignInAt ? `, last signed in ${formatShortDate(expert.user.lastSignInAt)}` : ", not signed in yet"}`
                    : "Has not set a password yet"}
              </dd>
            </dl>
            {expert.user.active && (
              <ActionForm action={createSetPasswordLinkAction} aria-label="Create a new set-password link">
                <OneTimeLink />
                <input type="hidden" name="expertId" value={expert.id} />
                <EmailLinkCheckbox />
                <SubmitButton variant="secondary">Create a new set-password link</SubmitButton>
              </ActionForm>
            )}
          </section>

          <section aria-labelledby="profile-title" className="mb-8">
            <h2 id="profile-title">Profile</h2>
            <dl className="summary-list">
              <dt>Lived experience</dt>
              <dd>
                {expert.livedExperience.length ? (
                  <span className="flex flex-wrap gap-2">
                    {expert.livedExperience.map((t) => (
                      <Tag key={t} colour="grey">
                        {t}
                      </Tag>
                    ))}
                  </span>
                ) : (
                  none
                )}
              </dd>
              <dt>Interested in</dt>
              <dd>{expert.interests.map((t) => OPPORTUNITY_TYPE[t]).join(", ") || none}</dd>
              <dt>Usually free</dt>
              <dd className="whitespace-pre-line">{expert.availabilityNotes || none}</dd>
              <dt>
                Access needs <span className="font-normal text-muted">(coordinators only)</span>
              </dt>
              <dd className="whitespace-pre-line">{expert.accessNeeds || "None given"}</dd>
              <dt>Support or emergency contact</dt>
              <dd>
                {expert.supportContactName || expert.supportContactPhone ? (
                  <>
                    {expert.supportContactName}{" "}
                    {expert.supportContactPhone && <ContactLink phone={expert.supportContactPhone} />}
                  </>
                ) : (
                  none
                )}
              </dd>
              <dt>How they are paid</dt>
              <dd>
                {PAYMENT_PREFERENCE[expert.paymentPreference]}
                {expert.paymentPartner && `: ${expert.paymentPartner.name}`}
              </dd>
              <dt>
                Earnings limit <span className="font-normal text-muted">(coordinators only)</span>
              </dt>
              <dd>
                {expert.earningsLimitPence != null && expert.earningsLimitPeriod
                  ? `${formatMoney(expert.earningsLimitPence)} ${LIMIT_PERIOD[expert.earningsLimitPeriod]}`
                  : "None"}
              </dd>
              <dt>In the pool since</dt>
              <dd>{formatDate(expert.createdAt)}</dd>
            </dl>
          </section>

          <section aria-labelledby="involvement-title" className="mb-8">
            <h2 id="involvement-title">Involvement</h2>
            <p className="mb-4">
              <strong>This academic year ({totals.academicYear}):</strong> {totals.yearSessions}{" "}
              {totals.yearSessions === 1 ? "session" : "sessions"}, {formatMinutes(totals.yearMinutes)}.{" "}
              <strong>All time:</strong> {totals.allSessions} {totals.allSessions === 1 ? "session" : "sessions"},{" "}
              {formatMinutes(totals.allMinutes)}.
            </p>
            {history.total === 0 ? (
              <p>No sessions attended yet.</p>
            ) : (
              <ScrollBox label="Sessions attended">
                <table className="table min-w-[32rem] [overflow-wrap:normal]">
                  <caption className="sr-only">Sessions attended, newest first</caption>
                  <thead>
                    <tr>
                      <th scope="col">Date</th>
                      <th scope="col">Session</th>
                      <th scope="col">Time</th>
                      <th scope="col">Payment</th>
                    </tr>
                  </thead>
                  <tbody>
                    {history.items.map((h) => (
                      <tr key={h.bookingId}>
                        <td>{formatShortDate(h.startsAt)}</td>
                        <td>{h.title}</td>
                        <td>{formatMinutes(h.minutes)}</td>
                        <td>{h.paymentStatus ? PAYMENT_STATUS[h.paymentStatus] : "Not started"}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </ScrollBox>
            )}
            <Pagination
              page={history.page}
              pageCount={history.pageCount}
              basePath={`/coordinator/experts/${expert.id}`}
            />
          </section>
        </div>

        <div>
          <section aria-labelledby="messages-title" className="mb-8">
            <h2 id="messages-title">Messages</h2>
            {messages.length === 0 ? (
              <p className="mb-3">Involve has not written to them yet.</p>
            ) : (
              <>
                <p className="mb-3">
                  The last {messages.length === 1 ? "message" : `${messages.length} messages`} Involve wrote to them,
                  newest first.
                </p>
                <ul className="mb-3 divide-y divide-line border-y border-line">
                  {messages.map((m) => (
                    <li key={m.id} className="py-3">
                      <Link href={`/coordinator/sent-messages/${m.id}`} className="font-bold">
                        {m.subject}
                      </Link>
                      <span className="block text-base text-muted">
                        {formatShortDate(m.createdAt)} · {MESSAGE_KIND_LABEL[m.kind]}
                      </span>
                      <div className="mt-1">
                        <MessageStatus status={m.status} lastError={m.lastError} />
                      </div>
                    </li>
                  ))}
                </ul>
              </>
            )}
            <Link href={`/coordinator/sent-messages?person=${expert.user.id}`} className="inline-block min-h-11 py-2">
              All messages to {expert.user.name}
            </Link>
          </section>

          <StoriesSection user={user} expertId={expert.id} />

          <section aria-labelledby="data-title" className="mb-8">
            <h2 id="data-title">Their data</h2>
            <p className="mb-2">
              For someone who asks for a copy of their information (by post, say): everything Involve holds about them
              as a zip of spreadsheets (CSV) and a JSON file; each download goes in the audit log.
            </p>
            <a
              href={`/coordinator/experts/${expert.id}/my-data/download`}
              className="inline-block min-h-11 py-2"
              download
            >
              Download this person&rsquo;s data (subject access request)
            </a>
            {expert.erasedAt ? (
              <p className="mt-4">Their personal details were erased on {formatShortDate(expert.erasedAt)}.</p>
            ) : expert.status === "LEFT" ? (
              <p className="mt-4">
                They have left. If they asked, or when your partnership no longer needs them, you can{" "}
                <Link href={`/coordinator/experts/${expert.id}?erase=1#confirm-erase`}>
                  erase their personal details
                </Link>
                . Payments and attendance are kept under a pseudonym.
              </p>
            ) : null}
          </section>

          <ExpertTraining expertId={expert.id} partnershipId={partnershipId} />

          {!expert.erasedAt && (
            <>
              <section aria-labelledby="status-title" className="card mb-8">
                <h2 id="status-title">Change status</h2>
                <ActionForm action={changeExpertStatusAction} aria-label="Change status">
                  <input type="hidden" name="expertId" value={expert.id} />
                  <SelectField
                    name="status"
                    label="New status"
                    options={options(EXPERT_STATUS).filter((o) => o.value !== expert.status)}
                    placeholder="Choose a status"
                  />
                  <TextArea
                    name="reason"
                    label="Reason"
                    hint="For example: finished induction, taking a break for health reasons. Kept in the record."
                    rows={3}
                    maxLength={1000}
                  />
                  <SubmitButton variant="secondary">Change status</SubmitButton>
                </ActionForm>
              </section>

              <section aria-labelledby="groups-title" className="card mb-8">
                <h2 id="groups-title">Groups</h2>
                {partners.length === 0 ? (
                  <p>
                    There are no groups yet. <Link href="/coordinator/partners/new">Add a group</Link>.
                  </p>
                ) : (
                  <ActionForm action={setExpertPartnersAction} aria-label="Groups">
                    <input type="hidden" name="expertId" value={expert.id} />
                    <Checkboxes
                      name="partnerIds"
                      label="Groups they come through"
                      options={partners.map((p) => ({ value: p.id, label: p.name }))}
                      defaultValue={expert.partners.map((p) => p.id)}
                    />
                    <SubmitButton variant="secondary">Save groups</SubmitButton>
                  </ActionForm>
                )}
              </section>

              <section aria-labelledby="bio-title" className="card mb-8">
                <h2 id="bio-title">Anonymised biography</h2>
                <p className="mb-3">
                  {expert.biography === "" ? (
                    "They have not written one yet."
                  ) : expert.biographyApprovedAt ? (
                    <>Approved by them on {formatShortDate(expert.biographyApprovedAt)}. Academics can see it.</>
                  ) : (
                    <>
                      <Tag colour="yellow">Waiting for their approval</Tag> Academics cannot see it yet.
                    </>
                  )}
                </p>
                <ActionForm action={updateExpertBiographyAction} aria-label="Anonymised biography">
                  <input type="hidden" name="expertId" value={expert.id} />
                  <TextArea
                    name="biography"
                    label="Biography"
                    hint="No names or details that identify them. If you change it, they must approve it again before academics see it."
                    defaultValue={expert.biography}
                    rows={6}
                    maxLength={3000}
                  />
                  <SubmitButton variant="secondary">Save biography</SubmitButton>
                </ActionForm>
              </section>
            </>
          )}
        </div>
      </div>
    </>
  );
}
