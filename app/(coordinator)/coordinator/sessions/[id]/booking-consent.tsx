import { ConsentStateTag } from "@/components/consent/consent-state";
import { requireArea } from "@/lib/auth/guard";
import { findBookingConsents } from "@/lib/consent/queries";
import { consentAllowsConfirming, consentNeededMessage, requiredScopeFor, SCOPE_LABEL } from "@/lib/consent/rules";

/**
 * The consent state on a booking card (issue 14): the stories they have agreed to, and for
 * recorded-content and research sessions whether the place can be confirmed yet.
 */
export async function BookingConsent({ bookingId, status }: { bookingId: string; status: string }) {
  const user = await requireArea("coordinator");
  const booking = await findBookingConsents({ user, bookingId });
  if (!booking) return null;
  const { type } = booking.session.opportunity;
  const needed = requiredScopeFor(type);
  if (!needed && booking.storyConsents.length === 0) return null;
  const ok = consentAllowsConfirming(type, booking.storyConsents);
  return (
    <div className="mb-3">
      <p className="mb-1 font-bold">Consent for their story</p>
      {needed && !ok && ["REQUESTED", "WAITLISTED"].includes(status) && (
        <p className="mb-1">{consentNeededMessage(type, booking.expert.user.name)}</p>
      )}
      {booking.storyConsents.length === 0 ? (
        <p className="mb-0">None given yet{needed ? `: “${SCOPE_LABEL[needed]}” is needed.` : "."}</p>
      ) : (
        <ul className="mb-0 grid gap-1">
          {booking.storyConsents.map((c) => (
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
