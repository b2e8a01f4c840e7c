import Link from "next/link";
import { checkInLink } from "@/lib/bookings/links";
import type { ExpertDebrief } from "@/lib/debriefs/expert-queries";
import { formatDate } from "@/lib/format";
import { debriefStatusText } from "../_components/debrief-status";

/** Under a session in "My involvement": where its debrief stands, or a way to ask for one. */
export function DebriefLine({
  bookingId,
  title,
  startsAt,
  debrief,
}: {
  bookingId: string;
  title: string;
  startsAt: Date;
  debrief: ExpertDebrief | undefined;
}) {
  const canAsk = !debrief || (!debrief.requestedByExpert && !debrief.doneAt);
  return (
    <>
      {debrief && <p className="text-base">{debriefStatusText(debrief)}</p>}
      {canAsk && (
        <p>
          <Link href={checkInLink(bookingId)} className="inline-block min-h-11 py-2">
            Ask for a debrief
            <span className="sr-only">
              {" "}
              after {title}, {formatDate(startsAt)}
            </span>
          </Link>
        </p>
      )}
    </>
  );
}
