import type { Metadata } from "next";
import Link from "next/link";
import { ActionForm } from "@/components/form/action-form";
import { TextArea } from "@/components/form/fields";
import { SubmitButton } from "@/components/form/submit-button";
import { YouSaidWeDidList } from "@/components/feedback/you-said-we-did-list";
import { Notice } from "@/components/ui/notice";
import { Pagination } from "@/components/ui/pagination";
import { requireArea } from "@/lib/auth/guard";
import { publishYouSaidWeDidAction } from "@/lib/feedback/you-said-we-did-actions";
import { listYouSaidWeDid } from "@/lib/feedback/you-said-we-did";
import { pageFrom } from "@/lib/pagination";

export const metadata: Metadata = { title: "You said, we did" };

const PER_PAGE = 10;

export default async function Page({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requireArea("coordinator");
  const params = await searchParams;
  const { page } = pageFrom(params.page, PER_PAGE);
  const list = await listYouSaidWeDid({ partnershipId: user.partnershipId, page, size: PER_PAGE });

  return (
    <>
      <h1>You said, we did</h1>
      {params.done === "deleted" && (
        <Notice tone="success" role="status" bold className="mb-6">
          The entry has been deleted. Experts no longer see it.
        </Notice>
      )}
      <p className="mb-6 max-w-3xl">
        Tell experts what changed because of their feedback. Every expert in the partnership sees these on their home
        page and on “You said, we did”. Read the <Link href="/coordinator/feedback">feedback report</Link> for what they
        said.
      </p>

      <section aria-labelledby="publish-title" className="mb-10 max-w-2xl">
        <h2 id="publish-title">Publish a new one</h2>
        <ActionForm action={publishYouSaidWeDidAction} aria-label="Publish You said, we did">
          <TextArea
            name="youSaid"
            label="You said"
            hint="What experts told you, in their words where you can. Do not name anyone. Up to 1,000 characters."
            rows={3}
            maxLength={1000}
          />
          <TextArea
            name="weDid"
            label="We did"
            hint="What you changed, and when. Up to 1,000 characters."
            rows={3}
            maxLength={1000}
          />
          <SubmitButton>Publish to every expert</SubmitButton>
        </ActionForm>
      </section>

      <h2>Published</h2>
      {list.total === 0 ? (
        <p className="card">Nothing published yet.</p>
      ) : (
        <YouSaidWeDidList
          items={list.items}
          headingLevel={3}
          actions={(item) =>
            item.institutionId === user.institutionId ? (
              <p className="mt-2">
                <Link href={`/coordinator/you-said-we-did/${item.id}`} className="inline-block min-h-11 py-2 font-bold">
                  Change or delete<span className="sr-only">: {item.youSaid.slice(0, 60)}</span>
                </Link>
              </p>
            ) : null
          }
        />
      )}
      <Pagination page={list.page} pageCount={list.pageCount} basePath="/coordinator/you-said-we-did" />
    </>
  );
}
