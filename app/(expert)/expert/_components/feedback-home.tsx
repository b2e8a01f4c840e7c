import Link from "next/link";
import { awaitingMyFeedback } from "@/lib/feedback/for-expert";
import { feedbackLink } from "@/lib/feedback/links";
import { latestYouSaidWeDid } from "@/lib/feedback/you-said-we-did";
import { formatSessionTime } from "@/lib/format";

/**
 * The expert home's feedback blocks (issue 14): recent sessions waiting for their feedback, and
 * the latest "You said, we did". Each shows only when it has something to say.
 */
export async function FeedbackOnHome({ expertId, partnershipId }: { expertId: string; partnershipId: string }) {
  const [waiting, latest] = await Promise.all([
    awaitingMyFeedback({ expertId }),
    latestYouSaidWeDid({ partnershipId, take: 1 }),
  ]);
  return (
    <>
      {waiting.total > 0 && (
        <section aria-labelledby="feedback-title" className="mb-10">
          <h2 id="feedback-title">Tell us how it went</h2>
          <p className="mb-2">A few questions about sessions you took part in. Every question is optional.</p>
          <ul className="divide-y divide-line border-y border-line">
            {waiting.items.map((b) => (
              <li key={b.id} className="py-1">
                <Link href={feedbackLink(b.id)} className="inline-block min-h-11 py-2 font-bold">
                  {b.session.opportunity.title}
                  <span className="block text-base font-normal text-muted">
                    {formatSessionTime(b.session.startsAt, b.session.endsAt)}
                  </span>
                </Link>
              </li>
            ))}
          </ul>
        </section>
      )}
      {latest.items[0] && (
        <section aria-labelledby="you-said-title" className="mb-10">
          <h2 id="you-said-title">You said, we did</h2>
          <div className="card">
            <p className="mb-2">
              <strong>You said:</strong> <span className="whitespace-pre-line">{latest.items[0].youSaid}</span>
            </p>
            <p>
              <strong>We did:</strong> <span className="whitespace-pre-line">{latest.items[0].weDid}</span>
            </p>
          </div>
          <p className="mt-2">
            <Link href="/expert/you-said-we-did" className="inline-block min-h-11 py-2 font-bold">
              {latest.total > 1 ? `See all ${latest.total} changes we made` : "See what we changed"}
            </Link>
          </p>
        </section>
      )}
    </>
  );
}
