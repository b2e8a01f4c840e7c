import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ActionForm } from "@/components/form/action-form";
import { SubmitButton } from "@/components/form/submit-button";
import { BackLink } from "@/components/ui/back-link";
import { requireArea } from "@/lib/auth/guard";
import { deleteStoryAction, saveStoryAction } from "@/lib/consent/actions";
import { findMyStory } from "@/lib/consent/queries";
import { StoryFields } from "../story-fields";

export const metadata: Metadata = { title: "Change your story" };

export default async function Page({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireArea("expert");
  const { id } = await params;
  const story = await findMyStory({ expertId: user.expertId, storyId: id });
  if (!story) notFound();
  const holding = story.consents.filter((c) => !c.withdrawnAt).length;

  return (
    <div className="max-w-2xl">
      <BackLink href="/expert/stories">Your stories and materials</BackLink>
      <h1>Change your story</h1>
      <ActionForm action={saveStoryAction} aria-label="Change your story" className="mb-10">
        <input type="hidden" name="storyId" value={story.id} />
        <StoryFields story={story} />
        <SubmitButton>Save</SubmitButton>
      </ActionForm>

      {holding > 0 && (
        <section aria-labelledby="withdraw-title" className="mb-10">
          <h2 id="withdraw-title">Withdraw your consent</h2>
          <p>You have given consent for this story to be used {holding === 1 ? "once" : `${holding} times`}.</p>
          <Link href={`/expert/stories/${story.id}/withdraw`} className="inline-block min-h-11 py-2 font-bold">
            Withdraw consent
          </Link>
        </section>
      )}

      <section aria-labelledby="delete-title">
        <h2 id="delete-title">Remove it from your list</h2>
        {story.consents.length > 0 ? (
          <p>
            This story has been used in a session, so it stays on your list as a record of what you agreed to. You can
            withdraw your consent instead.
          </p>
        ) : (
          <ActionForm action={deleteStoryAction} aria-label="Remove this story">
            <input type="hidden" name="storyId" value={story.id} />
            <p>It has not been used in any session, so you can remove it.</p>
            <SubmitButton variant="danger">Remove this story</SubmitButton>
          </ActionForm>
        )}
      </section>
    </div>
  );
}
