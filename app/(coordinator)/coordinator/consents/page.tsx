import type { Metadata } from "next";
import Link from "next/link";
import { ConsentTerms } from "@/components/consent/consent-state";
import { ActionForm } from "@/components/form/action-form";
import { SubmitButton } from "@/components/form/submit-button";
import { requireArea } from "@/lib/auth/guard";
import { markTakenDownAction } from "@/lib/consent/actions";
import { listTakeDowns } from "@/lib/consent/queries";
import { takeDownSteps } from "@/lib/consent/rules";
import { formatDate, formatSessionTime } from "@/lib/format";

export const metadata: Metadata = { title: "Withdrawn consent" };

/**
 * Withdrawn consents for the sessions of the coordinator's university: what must be taken down,
 * and "Mark as taken down" once it has been. Experts belong to the partnership, but the recording
 * or the slides belong to the university that ran the session, so each university sees its own.
 */
export default async function Page() {
  const user = await requireArea("coordinator");
  const { waiting, done } = await listTakeDowns({ user });

  return (
    <>
      <h1>Withdrawn consent</h1>
      <p className="mb-6 max-w-2xl">
        When an expert withdraws their consent for a story, everything it was used for must be taken down. Mark each one
        once it has been done.
      </p>

      <section aria-labelledby="waiting-title" className="mb-10">
        <h2 id="waiting-title">Still to take down ({waiting.length})</h2>
        {waiting.length === 0 ? (
          <p className="card">Nothing is waiting to be taken down.</p>
        ) : (
          <ul className="grid gap-4">
            {waiting.map((c) => {
              const { session } = c.booking;
              const name = c.expert.user.name;
              return (
                <li key={c.id} className="card">
                  <h3>
                    “{c.story.title}” by <Link href={`/coordinator/experts/${c.expertId}`}>{name}</Link>
                  </h3>
                  <p className="mb-2">
                    <Link href={`/coordinator/sessions/${session.id}`}>{session.opportunity.title}</Link>,{" "}
                    {formatSessionTime(session.startsAt, session.endsAt)}
                    {session.opportunity.module &&
                      ` (${session.opportunity.module.code} ${session.opportunity.module.title})`}
                  </p>
                  <p className="mb-2">
                    <strong>Withdrawn on {formatDate(c.withdrawnAt!)}.</strong> What they had agreed to:
                  </p>
                  <ConsentTerms consent={c} />
                  <p className="mt-3 mb-1 font-bold">What must now be taken down:</p>
                  <ul className="mb-4 list-disc pl-6">
                    {takeDownSteps(c.scopes).map((step) => (
                      <li key={step}>{step}</li>
                    ))}
                  </ul>
                  <ActionForm
                    action={markTakenDownAction}
                    compact
                    aria-label={`Mark “${c.story.title}” by ${name} as taken down`}
                  >
                    <input type="hidden" name="consentId" value={c.id} />
                    <SubmitButton variant="secondary">
                      Mark as taken down
                      <span className="sr-only">
                        : “{c.story.title}” by {name}
                      </span>
                    </SubmitButton>
                  </ActionForm>
                </li>
              );
            })}
          </ul>
        )}
      </section>

      {done.length > 0 && (
        <section aria-labelledby="done-title">
          <h2 id="done-title">Taken down recently</h2>
          <ul className="grid gap-2">
            {done.map((c) => (
              <li key={c.id} className="border-l-4 border-line pl-3">
                “{c.story.title}” by {c.expert.user.name}, {c.booking.session.opportunity.title}: withdrawn on{" "}
                {formatDate(c.withdrawnAt!)}, taken down on {formatDate(c.takenDownAt!)}
                {c.takenDownBy && ` by ${c.takenDownBy.name}`}.
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
