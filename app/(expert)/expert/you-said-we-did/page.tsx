import type { Metadata } from "next";
import { Pagination } from "@/components/ui/pagination";
import { requireArea } from "@/lib/auth/guard";
import { listYouSaidWeDid } from "@/lib/feedback/you-said-we-did";
import { pageFrom } from "@/lib/pagination";
import { YouSaidWeDidList } from "@/components/feedback/you-said-we-did-list";

export const metadata: Metadata = { title: "You said, we did" };

const PER_PAGE = 10;

export default async function Page({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requireArea("expert");
  const { page } = pageFrom((await searchParams).page, PER_PAGE);
  const list = await listYouSaidWeDid({ partnershipId: user.partnershipId, page, size: PER_PAGE });

  return (
    <>
      <h1>You said, we did</h1>
      <p className="mb-6 max-w-2xl">
        What experts told us after sessions, and what the universities changed because of it. Thank you for your
        feedback.
      </p>
      {list.total === 0 ? (
        <p className="card">
          Nothing here yet. When the coordinators make a change because of your feedback, it will show here.
        </p>
      ) : (
        <YouSaidWeDidList items={list.items} />
      )}
      <Pagination page={list.page} pageCount={list.pageCount} basePath="/expert/you-said-we-did" />
    </>
  );
}
