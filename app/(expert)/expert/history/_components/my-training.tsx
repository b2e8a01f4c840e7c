import { formatDate } from "@/lib/format";
import { formatCalendarDate } from "@/lib/rates/dates";
import { trainingName } from "@/lib/training/labels";
import { findMyTraining } from "@/lib/training/queries";

/** The expert's own induction and training, as their coordinators recorded them. */
export async function MyTraining({ expertId }: { expertId: string }) {
  const mine = await findMyTraining({ expertId });
  if (!mine) return null;
  const { inductionDate, trainingRecords } = mine;
  return (
    <section aria-labelledby="training-title" className="mt-10 max-w-3xl">
      <h2 id="training-title">Induction and training</h2>
      <p className="mb-2">
        {inductionDate ? (
          <>
            <strong>Induction:</strong> {formatDate(inductionDate)}
          </>
        ) : (
          "Your induction is not recorded yet. Ask your coordinator if you think it should be."
        )}
      </p>
      {trainingRecords.length === 0 ? (
        <p>No training recorded yet. Your coordinator adds courses here when you complete them.</p>
      ) : (
        <ul className="divide-y divide-line border-y border-line">
          {trainingRecords.map((r) => (
            <li key={r.id} className="py-3">
              <span className="block font-bold">{trainingName(r)}</span>
              <span className="block text-base text-muted">Completed {formatCalendarDate(r.completedOn)}</span>
              {r.note && <span className="block whitespace-pre-line">{r.note}</span>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
