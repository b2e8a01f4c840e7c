import Link from "next/link";
import { ConsentStateTag } from "@/components/consent/consent-state";
import { Notice } from "@/components/ui/notice";
import type { OpportunityType } from "@/lib/generated/prisma/enums";
import { listMyOpportunityConsents } from "@/lib/consent/queries";
import { requiredScopeFor, SCOPE_LABEL } from "@/lib/consent/rules";
import { formatDate } from "@/lib/format";

/**
 * Stories and consent on the expert's opportunity page (issue 14): for recorded-content and research
 * opportunities, that consent is needed before a place is confirmed; for each of their bookings,
 * the consents given and a link to give (or withdraw) one.
 */
export async function ConsentPanel({
  expertId,
  opportunityId,
  type,
}: {
  expertId: string;
  opportunityId: string;
  type: OpportunityType;
}) {
  const bookings = await listMyOpportunityConsents({ expertId, opportunityId });
  const needed = requiredScopeFor(type);
  if (!needed && bookings.length === 0) return null;

  return (
    <section aria-labelledby="consent-title" className="mb-8">
      <h2 id="consent-title">Your stories and consent</h2>
      {needed && (
        <Notice tone="info" className="mb-4">
          {type === "RESEARCH"
            ? "This is research. If you take part, we will need your consent for your story to be quoted before your place can be confirmed."
            : "This will be recorded. If you take part, we will need your consent to the recording before your place can be confirmed."}{" "}
          You can give it once you have asked for a place.
        </Notice>
      )}
      {bookings.length > 0 && (
        <ul className="grid gap-3">
          {bookings.map((b) => {
            const label = formatDate(b.session.startsAt);
            return (
              <li key={b.id} className="card">
                <h3 className="text-xl">{label}</h3>
                {b.storyConsents.length === 0 ? (
                  <p className="mb-2">
                    {needed
                      ? `No consent given yet: “${SCOPE_LABEL[needed]}” is needed.`
                      : "No consent given for a story."}
                  </p>
                ) : (
                  <ul className="mb-2 grid gap-2">
                    {b.storyConsents.map((c) => (
                      <li key={c.id}>
                        <strong>{c.story.title}</strong> <ConsentStateTag consent={c} />
                        <span className="block text-base">{c.scopes.map((s) => SCOPE_LABEL[s]).join("; ")}</span>
                        {!c.withdrawnAt && (
                          <Link href={`/expert/stories/${c.story.id}/withdraw`} className="inline-block min-h-11 py-2">
                            Withdraw consent<span className="sr-only"> for {c.story.title}</span>
                          </Link>
                        )}
                      </li>
                    ))}
                  </ul>
                )}
                <Link href={`/expert/bookings/${b.id}/consent`} className="inline-block min-h-11 py-2 font-bold">
                  Give consent for a story<span className="sr-only"> on {label}</span>
                </Link>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
