import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ConsentStateTag } from "@/components/consent/consent-state";
import { ActionForm } from "@/components/form/action-form";
import { DateInput } from "@/components/form/date-input";
import { Checkboxes, Radios, TextArea, TextField } from "@/components/form/fields";
import { SubmitButton } from "@/components/form/submit-button";
import { BackLink } from "@/components/ui/back-link";
import { Notice } from "@/components/ui/notice";
import { requireArea } from "@/lib/auth/guard";
import { giveConsentAction } from "@/lib/consent/actions";
import { findConsentBooking, listStoryChoices } from "@/lib/consent/queries";
import { CONSENT_SCOPES, requiredScopeFor, SCOPE_LABEL } from "@/lib/consent/rules";
import { formatDate, formatSessionTime } from "@/lib/format";
import { HideOnSuccess } from "../../../_components/form-helpers";

export const metadata: Metadata = { title: "Give consent for a story" };

/** Giving consent for one use of a story on one of the expert's own bookings. */
export default async function Page({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireArea("expert");
  const { id } = await params;
  const [booking, stories] = await Promise.all([
    findConsentBooking({ expertId: user.expertId, bookingId: id }),
    listStoryChoices({ expertId: user.expertId }),
  ]);
  if (!booking) notFound();
  const { session } = booking;
  const needed = requiredScopeFor(session.opportunity.type);

  return (
    <div className="max-w-2xl">
      <BackLink href={`/expert/opportunities/${session.opportunity.id}`}>{session.opportunity.title}</BackLink>
      <h1>Give consent for a story</h1>
      <div className="card mb-6">
        <p className="mb-1 font-bold">{session.opportunity.title}</p>
        <p className="mb-0">{formatSessionTime(session.startsAt, session.endsAt)}</p>
      </div>
      {needed && (
        <Notice tone="info" className="mb-6">
          This session needs your consent before your place can be confirmed: tick “{SCOPE_LABEL[needed]}” if you agree.
        </Notice>
      )}

      {booking.storyConsents.length > 0 && (
        <section aria-labelledby="given-title" className="mb-8">
          <h2 id="given-title">Consent you have given for this session</h2>
          <ul className="grid gap-3">
            {booking.storyConsents.map((c) => (
              <li key={c.id} className="card">
                <p className="mb-1 font-bold">{c.story.title}</p>
                <p className="mb-1">
                  <ConsentStateTag consent={c} />
                </p>
                <p className="mb-2 text-base">
                  {c.scopes.map((s) => SCOPE_LABEL[s]).join("; ")}. {c.named ? "Named" : "Anonymised"},{" "}
                  {c.until ? `until ${formatDate(c.until)}` : "until you withdraw it"}.
                </p>
                {!c.withdrawnAt && (
                  <Link
                    href={`/expert/stories/${c.story.id}/withdraw`}
                    className="inline-block min-h-11 py-2 font-bold"
                  >
                    Withdraw consent<span className="sr-only"> for {c.story.title}</span>
                  </Link>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="give-title">
        <h2 id="give-title">{booking.storyConsents.length ? "Give consent for another story" : "Your story"}</h2>
        <ActionForm action={giveConsentAction} aria-label="Give consent">
          <HideOnSuccess>
            <input type="hidden" name="bookingId" value={booking.id} />
            <Radios
              name="storyId"
              label="Which story?"
              defaultValue={stories.length ? undefined : "new"}
              options={[
                ...stories.map((s) => ({ value: s.id, label: s.title })),
                { value: "new", label: "A new story", hint: "Give it a title below. You can add more about it later." },
              ]}
            />
            <TextField name="newTitle" label="Title of the new story (only for a new story)" maxLength={120} />
            <TextArea
              name="newDescription"
              label="Short description of the new story (optional)"
              rows={2}
              maxLength={1000}
            />
            <Checkboxes
              name="scopes"
              label="How may it be used?"
              hint="Tick all that you agree to."
              options={CONSENT_SCOPES.map((s) => ({ value: s, label: SCOPE_LABEL[s] }))}
              defaultValue={needed ? [needed] : ["LIVE_SESSION"]}
            />
            <Radios
              name="named"
              label="Named or anonymised?"
              defaultValue="anonymised"
              options={[
                { value: "anonymised", label: "Anonymised", hint: "Your name is not used with your story." },
                { value: "named", label: "Named", hint: "Your name may be used with your story." },
              ]}
            />
            <DateInput
              name="until"
              label="Until when? (optional)"
              hint="The last day your consent holds. Leave it empty for “until I withdraw it”. For example, 31 7 2027"
            />
            <SubmitButton>Give consent</SubmitButton>
          </HideOnSuccess>
        </ActionForm>
        <p className="mt-6">
          <Link href="/expert/stories" className="inline-block min-h-11 py-2">
            See all your stories and materials
          </Link>
        </p>
      </section>
    </div>
  );
}
