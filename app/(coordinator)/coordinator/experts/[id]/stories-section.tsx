import { ConsentStateTag } from "@/components/consent/consent-state";
import type { CoordinatorCaller } from "@/lib/auth/caller";
import { listExpertStoriesForCoordinator } from "@/lib/consent/queries";
import { SCOPE_LABEL } from "@/lib/consent/rules";
import { formatDate } from "@/lib/format";

/**
 * The expert's stories and materials (issue 14): titles and descriptions, the story itself only
 * when they chose to attach it (marked as theirs), and every use with its consent.
 */
export async function StoriesSection({ user, expertId }: { user: CoordinatorCaller; expertId: string }) {
  const stories = await listExpertStoriesForCoordinator({ user, expertId });
  return (
    <section aria-labelledby="stories-title" className="mb-8">
      <h2 id="stories-title">Stories and consent</h2>
      {stories.length === 0 ? (
        <p>They have not added any stories.</p>
      ) : (
        <ul className="grid gap-4">
          {stories.map((story) => (
            <li key={story.id} className="card">
              <h3 className="text-xl">{story.title}</h3>
              {story.description && <p className="mb-2 whitespace-pre-line">{story.description}</p>}
              {story.attachedText && (
                <details className="mb-2">
                  <summary className="min-h-11 cursor-pointer py-2">The story itself, attached by them</summary>
                  <p className="border-l-4 border-link bg-paper p-2 whitespace-pre-line">{story.attachedText}</p>
                </details>
              )}
              {story.consents.length === 0 ? (
                <p className="mb-0 text-muted">Not used in any session.</p>
              ) : (
                <ul className="mb-0 grid gap-2">
                  {story.consents.map((c) => (
                    <li key={c.id} className="border-l-4 border-line pl-3">
                      <span className="block">
                        {c.booking.session.opportunity.title}, {formatDate(c.booking.session.startsAt)}{" "}
                        <ConsentStateTag consent={c} />
                      </span>
                      <span className="block text-base">
                        {c.scopes.map((s) => SCOPE_LABEL[s]).join("; ")}. {c.named ? "Named" : "Anonymised"},{" "}
                        {c.until ? `until ${formatDate(c.until)}` : "until withdrawn"}.
                        {c.withdrawnAt &&
                          (c.takenDownAt ? ` Taken down on ${formatDate(c.takenDownAt)}.` : " Not yet taken down.")}
                      </span>
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
