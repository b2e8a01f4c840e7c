import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ActionForm } from "@/components/form/action-form";
import { TextArea } from "@/components/form/fields";
import { SubmitButton } from "@/components/form/submit-button";
import { BackLink } from "@/components/ui/back-link";
import { requireArea } from "@/lib/auth/guard";
import { deleteYouSaidWeDidAction, updateYouSaidWeDidAction } from "@/lib/feedback/you-said-we-did-actions";
import { findOwnYouSaidWeDid } from "@/lib/feedback/you-said-we-did";
import { formatDate } from "@/lib/format";

export const metadata: Metadata = { title: "Change You said, we did" };

/** Change or delete one of the coordinator's own university's entries. */
export default async function Page({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireArea("coordinator");
  const { id } = await params;
  const entry = await findOwnYouSaidWeDid({ user, id });
  if (!entry) notFound();

  return (
    <div className="max-w-2xl">
      <BackLink href="/coordinator/you-said-we-did">You said, we did</BackLink>
      <h1>Change You said, we did</h1>
      <p className="mb-6 text-muted">
        Published on {formatDate(entry.publishedAt)}. Experts see changes straight away.
      </p>
      <ActionForm action={updateYouSaidWeDidAction} aria-label="Change You said, we did" className="mb-10">
        <input type="hidden" name="id" value={entry.id} />
        <TextArea name="youSaid" label="You said" defaultValue={entry.youSaid} rows={3} maxLength={1000} />
        <TextArea name="weDid" label="We did" defaultValue={entry.weDid} rows={3} maxLength={1000} />
        <SubmitButton>Save changes</SubmitButton>
      </ActionForm>

      <section aria-labelledby="delete-title">
        <h2 id="delete-title">Delete it</h2>
        <p className="mb-4">Experts will no longer see it. This cannot be undone.</p>
        <ActionForm action={deleteYouSaidWeDidAction} aria-label="Delete You said, we did">
          <input type="hidden" name="id" value={entry.id} />
          <input type="hidden" name="confirm" value="yes" />
          <SubmitButton variant="secondary">Delete this entry</SubmitButton>
        </ActionForm>
      </section>
    </div>
  );
}
