import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { BackLink } from "@/components/ui/back-link";
import { Notice } from "@/components/ui/notice";
import { requireArea } from "@/lib/auth/guard";
import { findBookingForCorrection } from "@/lib/bookings/queries";
import { formatDate, formatSessionTime } from "@/lib/format";
import { paymentInTheWay } from "@/lib/payments/payment-in-the-way";
import { CorrectAttendanceForm } from "./correct-attendance-form";

export const metadata: Metadata = { title: "Change attendance" };

export default async function Page({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireArea("coordinator");
  const { id } = await params;
  const booking = await findBookingForCorrection({ bookingId: id, institutionId: user.institutionId });
  if (!booking) notFound();
  const name = booking.expert.user.name;
  const came = booking.status === "ATTENDED";
  const blocked = came && booking.payment ? paymentInTheWay(booking.payment.status, name) : null;

  return (
    <>
      <BackLink href={`/coordinator/sessions/${booking.session.id}`}>Back to the session</BackLink>
      <span className="hint">
        {booking.session.opportunity.title}, {formatSessionTime(booking.session.startsAt, booking.session.endsAt)}
      </span>
      <h1>Change attendance for {name}</h1>
      <p className="mb-6 max-w-2xl">
        Recorded as <strong>{came ? "came" : "did not come"}</strong>
        {booking.attendanceMarkedAt ? ` on ${formatDate(booking.attendanceMarkedAt)}` : ""}.
      </p>
      {blocked ? (
        <Notice as="div" tone="warning" className="max-w-2xl">
          <p>{blocked}</p>
          <p className="mt-2">
            <Link href={`/coordinator/payments/${booking.payment!.id}`}>Open the payment</Link>
          </p>
        </Notice>
      ) : (
        <CorrectAttendanceForm bookingId={booking.id} name={name} came={came} hasPayment={Boolean(booking.payment)} />
      )}
    </>
  );
}
