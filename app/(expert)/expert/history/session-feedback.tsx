import Link from "next/link";
import { feedbackLink } from "@/lib/feedback/links";
import { ratingLabel } from "@/lib/feedback/schemas";
import type { SharedFeedback } from "@/lib/feedback/for-expert";

/** Under one attended session: what students said (when the academic shared it), and the expert's own feedback link. */
export function SessionFeedback({
  bookingId,
  title,
  feedback,
}: {
  bookingId: string;
  title: string;
  feedback: { given: boolean; shared: SharedFeedback[] } | undefined;
}) {
  if (!feedback) return null;
  return (
    <div className="sm:col-span-2">
      {feedback.shared.length > 0 && (
        <div className="mt-1 mb-2 border-l-4 border-line pl-3">
          <p className="font-bold">What students said about your session</p>
          <ul>
            {feedback.shared.map((f) => (
              <li key={f.id}>
                <span className="text-base text-muted">{ratingLabel(f.rating)}</span>
                {f.text && <span className="block whitespace-pre-line">“{f.text}”</span>}
              </li>
            ))}
          </ul>
        </div>
      )}
      <Link href={feedbackLink(bookingId)} className="inline-block min-h-11 py-2 font-bold">
        {feedback.given ? "Change your feedback" : "Give your feedback"}
        <span className="sr-only"> on {title}</span>
      </Link>
    </div>
  );
}
