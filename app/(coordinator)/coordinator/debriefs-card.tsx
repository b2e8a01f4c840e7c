import Link from "next/link";
import { debriefsForDashboard } from "@/lib/debriefs/queries";
import { whyShort } from "@/lib/debriefs/words";
import { formatShortDate } from "@/lib/format";
import { DebriefTags } from "./debriefs/_components/debrief-tags";

/**
 * For the coordinator dashboard: debriefs and check-ins owed to experts after sessions, urgent
 * ones ("not OK" at the check-in) first, then by due date, overdue ones marked.
 */
export async function DebriefsCard({ institutionId, show = 5 }: { institutionId: string; show?: number }) {
  const now = new Date();
  const debriefs = await debriefsForDashboard({ institutionId, now, take: show });
  const { total, urgent, overdue } = debriefs;
  return (
    <section
      id="debriefs"
      aria-labelledby="debriefs-title"
      className={`card scroll-mt-4 ${urgent > 0 ? "border-l-8 border-l-danger" : ""}`}
    >
      <h2 id="debriefs-title" className="text-xl">
        Debriefs and check-ins
      </h2>
      {total === 0 ? (
        <p>No debriefs or check-ins to do.</p>
      ) : (
        <>
          <p className="mb-3">
            <strong>{total} to do</strong>
            {urgent > 0 && `, ${urgent} urgent`}
            {overdue > 0 && `, ${overdue} overdue`}. Urgent first, then by due date:
          </p>
          <ul className="mb-3 grid gap-2">
            {debriefs.items.map((t) => (
              <li key={t.id}>
                <span className="flex flex-wrap items-center gap-2">
                  <Link href={`/coordinator/debriefs/${t.id}`}>{t.expertName}</Link>
                  <DebriefTags task={t} now={now} />
                </span>
                <span className="block text-base text-muted">
                  {whyShort(t)} · {t.title}, {formatShortDate(t.sessionStartsAt)} · due {formatShortDate(t.dueOn)}
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
      <p>
        <Link href="/coordinator/debriefs">All debriefs and check-ins</Link>
      </p>
    </section>
  );
}
