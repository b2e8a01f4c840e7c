import { ActionForm } from "@/components/form/action-form";
import { SubmitButton } from "@/components/form/submit-button";
import { decideBookingAction } from "@/lib/bookings/actions";
import { formatShortDate } from "@/lib/format";
import { OPPORTUNITY_TYPE } from "@/lib/labels";
import type { OpportunityType } from "@/lib/generated/prisma/enums";
import type { SessionDetail } from "@/lib/sessions/queries";
import { BookingStatusTag } from "../../opportunities/status-tags";
import { MessageField } from "./message-field";
import { ContactLink } from "@/components/ui/contact-link";
import { SupporterTravelForm } from "./supporter-travel-form";
import { isOnBreak } from "@/lib/breaks/status";
import { BreakTag } from "../../experts/_components/break-tag";
import { BookingConsent } from "./booking-consent";

type Booking = SessionDetail["bookings"][number];

/**
 * One person on a session. While decisions are possible every card is wrapped in its own form
 * (even when there is nothing left to decide) so the result and any earnings warning stay on
 * screen after the card moves to its new place in the list.
 */
export function BookingCard({
  booking,
  decidable,
  academicYear,
  type,
}: {
  booking: Booking;
  decidable: boolean;
  academicYear: string;
  /** The opportunity's kind: recorded content and research need a consent before confirming. */
  type: OpportunityType;
}) {
  const name = booking.expert.user.name;
  const canDecide = decidable && (booking.status === "REQUESTED" || booking.status === "WAITLISTED");
  const body = (
    <>
      <div className="mb-2 flex flex-wrap items-baseline justify-between gap-2">
        <h3 className="mb-0">{name}</h3>
        <span>
          <BookingStatusTag status={booking.status} />{" "}
          <BreakTag onBreak={isOnBreak(booking.expert) ? booking.expert : undefined} />
        </span>
      </div>
      <dl className="summary-list text-base">
        <dt>Asked on</dt>
        <dd>{formatShortDate(booking.requestedAt)}</dd>
        <dt>Sessions attended in {academicYear}</dt>
        <dd>{booking.attendedThisYear}</dd>
        <dt>Lived experience</dt>
        <dd>{booking.expert.livedExperience.join(", ") || "Not given"}</dd>
        <dt>Interested in</dt>
        <dd>{booking.expert.interests.map((i) => OPPORTUNITY_TYPE[i]).join(", ") || "Not given"}</dd>
        <dt>Access needs</dt>
        <dd>
          {booking.expert.accessNeeds ? (
            <span className="block border-l-4 border-link bg-paper p-2 whitespace-pre-line">
              {booking.expert.accessNeeds}
            </span>
          ) : (
            "None recorded"
          )}
        </dd>
        <dt>Supporter</dt>
        <dd>
          {booking.supporterComing
            ? `Coming${booking.supporterName ? `: ${booking.supporterName}` : ""} (not one of the places)`
            : "None"}
        </dd>
        <dt>Contact</dt>
        <dd>
          {booking.expert.user.phone && (
            <span className="block">
              <ContactLink phone={booking.expert.user.phone} />
            </span>
          )}
          <span className="block">
            <ContactLink email={booking.expert.user.email} />
          </span>
        </dd>
        {booking.message && (
          <>
            <dt>Your message</dt>
            <dd className="whitespace-pre-line">{booking.message}</dd>
          </>
        )}
      </dl>
      <BookingConsent booking={booking} type={type} />
      {canDecide && (
        <>
          <input type="hidden" name="bookingId" value={booking.id} />
          <MessageField bookingId={booking.id} name={name} />
          <div className="flex flex-wrap gap-3">
            <SubmitButton name="decision" value="CONFIRMED">
              Confirm place<span className="sr-only"> for {name}</span>
            </SubmitButton>
            {booking.status === "REQUESTED" && (
              <SubmitButton name="decision" value="WAITLISTED" variant="secondary">
                Waiting list<span className="sr-only"> for {name}</span>
              </SubmitButton>
            )}
            <SubmitButton name="decision" value="DECLINED" variant="secondary">
              Decline<span className="sr-only"> {name}</span>
            </SubmitButton>
          </div>
        </>
      )}
    </>
  );
  return (
    <li className="card">
      {decidable ? (
        <ActionForm action={decideBookingAction} compact aria-label={`Decision for ${name}`}>
          {body}
        </ActionForm>
      ) : (
        body
      )}
      {booking.supporterComing && <SupporterTravelForm booking={booking} name={name} />}
    </li>
  );
}
