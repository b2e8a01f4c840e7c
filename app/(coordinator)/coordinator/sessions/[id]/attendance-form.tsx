import Link from "next/link";
import { ActionForm } from "@/components/form/action-form";
import { Radios } from "@/components/form/fields";
import { SubmitButton } from "@/components/form/submit-button";
import { markAttendanceAction } from "@/lib/bookings/actions";
import { formatDate } from "@/lib/format";
import type { SessionDetail } from "@/lib/sessions/queries";

const CHOICES = [
  { value: "ATTENDED", label: "Came" },
  { value: "NO_SHOW", label: "Did not come" },
];

/** Stays mounted after saving so the result message remains on screen. */
export function AttendanceForm({ session }: { session: SessionDetail }) {
  const toMark = session.bookings.filter((b) => b.status === "CONFIRMED");
  const marked = session.bookings.filter((b) => b.status === "ATTENDED" || b.status === "NO_SHOW");
  return (
    <section aria-labelledby="attendance-title" className="mb-10 max-w-3xl">
      <h2 id="attendance-title">Who came</h2>
      <ActionForm action={markAttendanceAction}>
        <input type="hidden" name="sessionId" value={session.id} />
        {toMark.length > 0 ? (
          <>
            <p className="mb-4">
              Saving makes a payment ready to check for each person who came, and counts the session as involvement for
              its module.
            </p>
            {toMark.map((b) => (
              <Radios key={b.id} name={`attendance_${b.id}`} label={b.expert.user.name} options={CHOICES} />
            ))}
            <SubmitButton>Save attendance</SubmitButton>
          </>
        ) : (
          <p>
            {session.attendanceRecordedAt
              ? `Attendance was recorded on ${formatDate(session.attendanceRecordedAt)}.`
              : "Nobody had a confirmed place on this session."}
          </p>
        )}
      </ActionForm>
      {marked.length > 0 && (
        <ul className="mt-4 grid gap-2" aria-label="Attendance recorded">
          {marked.map((b) => (
            <li key={b.id} className="flex flex-wrap items-center gap-x-4">
              <span>
                {b.expert.user.name}: <strong>{b.status === "ATTENDED" ? "came" : "did not come"}</strong>
              </span>
              <Link href={`/coordinator/bookings/${b.id}/attendance`} className="inline-block min-h-11 py-2">
                Change attendance<span className="sr-only"> for {b.expert.user.name}</span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
