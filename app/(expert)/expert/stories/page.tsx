import type { Metadata } from "next";
import Link from "next/link";
import { ActionForm } from "@/components/form/action-form";
import { SubmitButton } from "@/components/form/submit-button";
import { ConsentStateTag } from "@/components/consent/consent-state";
import { requireArea } from "@/lib/auth/guard";
import { saveStoryAction } from "@/lib/consent/actions";
import { listMyStories } from "@/lib/consent/queries";
import { consentState, SCOPE_LABEL } from "@/lib/consent/rules";
import { formatDate } from "@/lib/format";
import { HideOnSuccess } from "../_components/form-helpers";
import { StoryFields } from "./story-fields";

export const metadata: Metadata = { title: "Your stories and materials" };

/** The expert's list of stories, each use with its consent, and a form to add one. */
export default async function Page() {
  const user = await requireArea("expert");
  const stories = await listMyStories({ expertId: user.expertId });

  return (
    <>
      <h1>Your stories and materials</h1>
      <p className="mb-6 max-w-2xl">
        Keep a list of the stories and materials you share in sessions, and see where each one has been used and what
        you agreed to. You can withdraw your consent at any time.
      </p>

      <section aria-labelledby="list-title" className="mb-10">
        <h2 id="list-title">Your list</h2>
        {stories.length === 0 ? (
          <p className="card">You have not added any stories yet.</p>
        ) : (
          <ul className="grid gap-4">
            {stories.map((story) => {
              const holding = story.consents.filter((c) => !c.withdrawnAt);
              return (
                <li key={story.id} className="card">
                  <h3>{story.title}</h3>
                  {story.description && <p className="mb-3 whitespace-pre-line">{story.description}</p>}
                  {story.attachedText && <p className="mb-3 text-muted">You have attached the story itself.</p>}
                  {story.consents.length === 0 ? (
                    <p className="mb-3">Not used in any session yet.</p>
                  ) : (
                    <>
                      <h4 className="mb-2 font-bold">Where it is used</h4>
                      <ul className="mb-3 grid gap-3">
                        {story.consents.map((c) => (
                          <li key={c.id} className="border-l-4 border-line pl-3">
                            <p className="mb-1">
                              <strong>{c.booking.session.opportunity.title}</strong>,{" "}
                              {formatDate(c.booking.session.startsAt)}
                            </p>
                            <p className="mb-1">
                              <ConsentStateTag consent={c} />
                            </p>
                            <p className="mb-0 text-base">
                              {c.scopes.map((s) => SCOPE_LABEL[s]).join("; ")}. {c.named ? "Named" : "Anonymised"},{" "}
                              {c.until ? `until ${formatDate(c.until)}` : "until you withdraw it"}.
                              {consentState(c) === "expired" && " This consent has ended."}
                            </p>
                          </li>
                        ))}
                      </ul>
                    </>
                  )}
                  <p className="mb-0 flex flex-wrap gap-x-6">
                    <Link href={`/expert/stories/${story.id}`} className="inline-block min-h-11 py-2">
                      Change<span className="sr-only"> {story.title}</span>
                    </Link>
                    {holding.length > 0 && (
                      <Link
                        href={`/expert/stories/${story.id}/withdraw`}
                        className="inline-block min-h-11 py-2 font-bold"
                      >
                        Withdraw consent<span className="sr-only"> for {story.title}</span>
                      </Link>
                    )}
                  </p>
                </li>
              );
            })}
          </ul>
        )}
      </section>

      <section aria-labelledby="add-title" className="max-w-2xl">
        <h2 id="add-title">Add a story</h2>
        <ActionForm action={saveStoryAction} aria-label="Add a story">
          <HideOnSuccess>
            <StoryFields />
            <SubmitButton>Add the story</SubmitButton>
          </HideOnSuccess>
        </ActionForm>
      </section>
    </>
  );
}
