import { ConsentStateTag } from "@/components/consent/consent-state";
import type { OpportunityType } from "@/lib/generated/prisma/enums";
import { consentAllowsConfirming, consentNeededMessage, requiredScopeFor, SCOPE_LABEL } from "@/lib/consent/rules";
import type { SessionDetail } from "@/lib/sessions/queries";

type Booking = SessionDetail["bookings"][number];

/**
 * The consent state on a booking card (issue 14): the stories they have agreed to, and for
 * recorded-content and research sessions whether the place can be confirmed yet. The consents come
 * with the session's bookings (one query for the page, not one per card).
 */
export function BookingConsent({ booking, type }: { booking: Booking; type: OpportunityType }) {
  const consents = booking.storyConsents;
  const needed = requiredScopeFor(type);
  if (!needed && consents.length === 0) return null;
  const ok = consentAllowsConfirming(type, consents);
  return (
    <div className="mb-3">
      <p className="mb-1 font-bold">Consent for their story</p>
      {needed && !ok && ["REQUESTED", "WAITLISTED"].includes(booking.status) && (
        <p className="mb-1">{consentNeededMessage(type, booking.expert.user.name)}</p>
      )}
      {consents.length === 0 ? (
        <p className="mb-0">None given yet{needed ? `: “${SCOPE_LABEL[needed]}” is needed.` : "."}</p>
      ) : (
        <ul className="mb-0 grid gap-1">
          {consents.map((c) => (
            <li key={c.id}>
              {c.story.title} <ConsentStateTag consent={c} />
              <span className="block text-base">
                {c.scopes.map((s) => SCOPE_LABEL[s]).join("; ")}. {c.named ? "Named" : "Anonymised"}.
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
