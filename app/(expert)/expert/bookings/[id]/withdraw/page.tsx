import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ActionForm } from "@/components/form/action-form";
import { SubmitButton } from "@/components/form/submit-button";
import { requireArea } from "@/lib/auth/guard";
import { withdrawBookingAction } from "@/lib/bookings/actions";
import { findOwnBooking } from "@/lib/bookings/queries";
import { WITHDRAWABLE } from "@/lib/bookings/withdraw";
import { formatSessionTime } from "@/lib/format";
import { BOOKING_STATUS } from "@/lib/labels";
import { GoOnSuccess } from "../../../_components/form-helpers";

export const metadata: Metadata = { title: "Withdraw" };

export default async function Page({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireArea("expert");
  const { id } = await params;
  const booking = await findOwnBooking({ expertId: user.expertId, bookingId: id });
  if (!booking) notFound();
  const { session } = booking;
  const back = `/expert/opportunities/${session.opportunity.id}`;
  const canWithdraw =
    (WITHDRAWABLE as readonly string[]).includes(booking.status) &&
    session.startsAt > new Date() &&
    !session.cancelledAt;

  // The form stays mounted whatever the status: after withdrawing, the page re-renders with the
  // booking WITHDRAWN, and the form must still be there to see its success and go home.
  return (
    <div className="max-w-2xl">
      <h1>
        {canWithdraw
          ? "Are you sure you want to withdraw?"
          : booking.status === "WITHDRAWN"
            ? "You have withdrawn"
            : "You cannot withdraw from this session here"}
      </h1>
      <div className="card mb-6">
        <p className="mb-1 font-bold">{session.opportunity.title}</p>
        <p className="mb-1">{formatSessionTime(session.startsAt, session.endsAt)}</p>
        <p>Your place: {BOOKING_STATUS[booking.status].toLowerCase()}</p>
      </div>
      <ActionForm action={withdrawBookingAction} aria-label="Withdraw from this session">
        <GoOnSuccess href="/expert?done=withdrawn" />
        {canWithdraw ? (
          <>
            <p className="mb-4">
              That is fine. Things come up. If you withdraw, we will offer your place to someone else, so you cannot
              undo this here. You can ask for a place again later if there is still room.
            </p>
            <p className="mb-6">
              If you would rather talk it through first, contact{" "}
              {session.opportunity.contact?.name ?? "your coordinator"}.
            </p>
            <input type="hidden" name="bookingId" value={booking.id} />
            <input type="hidden" name="confirm" value="yes" />
            <div className="flex flex-wrap items-center gap-6">
              <SubmitButton variant="danger">Yes, withdraw</SubmitButton>
              <Link href={back} className="inline-block min-h-11 py-2">
                No, go back
              </Link>
            </div>
          </>
        ) : (
          <>
            <p className="mb-4">
              {booking.status === "WITHDRAWN"
                ? "Thank you for letting us know."
                : "This session has started or been cancelled, or a decision has already been made. Please talk to your contact."}
            </p>
            <Link href="/expert" className="inline-block min-h-11 py-2">
              Go to your home page
            </Link>
          </>
        )}
      </ActionForm>
    </div>
  );
}
