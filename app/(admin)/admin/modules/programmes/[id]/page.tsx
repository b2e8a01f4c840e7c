import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ActionForm } from "@/components/form/action-form";
import { SubmitButton } from "@/components/form/submit-button";
import { Notice } from "@/components/ui/notice";
import { Tag } from "@/components/ui/tag";
import { requireArea } from "@/lib/auth/guard";
import { PROGRAMME_LEVEL } from "@/lib/labels";
import { findProgrammeForAdmin } from "@/lib/modules/admin-queries";
import { retireProgrammeAction, updateProgrammeAction } from "@/lib/modules/programme-actions";
import type { SearchParams } from "../../_components/params";
import { ProgrammeFields } from "../../_components/programme-fields";
import { RetireForm } from "../../_components/retire-form";
import { BackLink } from "@/components/ui/back-link";

export const metadata: Metadata = { title: "Programme" };

export default async function Page({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<SearchParams>;
}) {
  const user = await requireArea("admin");
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const programme = await findProgrammeForAdmin({ id, partnershipId: user.partnershipId });
  if (!programme) notFound();
  const back = `/admin/modules?institution=${programme.institution.id}`;

  return (
    <>
      <BackLink href={back}>Programmes and modules</BackLink>
      {query.saved === "created" && (
        <Notice tone="success" role="status" bold className="mb-6">
          Programme added.
        </Notice>
      )}
      <h1 className="mb-2">
        {programme.name} {programme.retiredAt && <Tag colour="grey">Retired</Tag>}
      </h1>
      <p className="mb-8 text-muted">
        {PROGRAMME_LEVEL[programme.level]} · {programme.institution.name} ·{" "}
        {programme._count.modules === 1 ? "1 module" : `${programme._count.modules} modules`} over all years
      </p>
      {!programme.retiredAt && (
        <p className="mb-8">
          <Link href={`/admin/modules/new?institution=${programme.institution.id}&programme=${programme.id}`}>
            Add a module to this programme
          </Link>
        </p>
      )}
      <section aria-labelledby="edit-title" className="card mb-8 max-w-2xl">
        <h2 id="edit-title">Change details</h2>
        <ActionForm action={updateProgrammeAction} aria-label="Change details">
          <input type="hidden" name="programmeId" value={programme.id} />
          <ProgrammeFields programme={programme} />
          <SubmitButton variant="secondary">Save changes</SubmitButton>
        </ActionForm>
      </section>
      <RetireForm
        action={retireProgrammeAction}
        idField="programmeId"
        id={programme.id}
        what="programme"
        retired={Boolean(programme.retiredAt)}
      />
    </>
  );
}
