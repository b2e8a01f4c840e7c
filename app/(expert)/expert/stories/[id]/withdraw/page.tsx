import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ActionForm } from "@/components/form/action-form";
import { SubmitButton } from "@/components/form/submit-button";
import { requireArea } from "@/lib/auth/guard";
import { withdrawConsentAction } from "@/lib/consent/actions";
import { findMyStory } from "@/lib/consent/queries";
import { takeDownSteps } from "@/lib/consent/rules";
import { formatDate } from "@/lib/format";
import { HideOnSuccess } from "../../../_components/form-helpers";

export const metadata: Metadata = { title: "Withdraw consent" };

/** The second tap: every use that will be withdrawn and what must be taken down, then confirm. */
export default async function Page({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireArea("expert");
  const { id } = await params;
  const story = await findMyStory({ expertId: user.expertId, storyId: id });
  if (!story) notFound();
  const uses = story.consents.filter((c) => !c.withdrawnAt);

  return (
    <div className="max-w-2xl">
      <h1>Withdraw consent for “{story.title}”</h1>
      <ActionForm action={withdrawConsentAction} aria-label="Withdraw consent">
        {uses.length === 0 ? (
          <p className="mb-6">Your consent for this story has already been withdrawn. There is nothing more to do.</p>
        ) : (
          <HideOnSuccess>
            <p className="mb-4">
              You can withdraw your consent at any time. You do not need to give a reason. We will tell your coordinator
              and the module’s academic, and ask them to take down:
            </p>
            <ul className="mb-6 grid gap-4">
              {uses.map((c) => (
                <li key={c.id} className="card">
                  <p className="mb-2">
                    <strong>{c.booking.session.opportunity.title}</strong>, {formatDate(c.booking.session.startsAt)}
                  </p>
                  <ul className="mb-0 list-disc pl-6">
                    {takeDownSteps(c.scopes).map((step) => (
                      <li key={step}>{step}</li>
                    ))}
                  </ul>
                </li>
              ))}
            </ul>
            <input type="hidden" name="storyId" value={story.id} />
            <input type="hidden" name="confirm" value="yes" />
            <div className="flex flex-wrap items-center gap-6">
              <SubmitButton variant="danger">Yes, withdraw my consent</SubmitButton>
              <Link href="/expert/stories" className="inline-block min-h-11 py-2">
                No, go back
              </Link>
            </div>
          </HideOnSuccess>
        )}
      </ActionForm>
      <p className="mt-6">
        <Link href="/expert/stories" className="inline-block min-h-11 py-2">
          Back to your stories and materials
        </Link>
      </p>
    </div>
  );
}
