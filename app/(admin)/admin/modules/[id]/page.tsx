import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ActionForm } from "@/components/form/action-form";
import { SubmitButton } from "@/components/form/submit-button";
import { Notice } from "@/components/ui/notice";
import { Tag } from "@/components/ui/tag";
import { requireArea } from "@/lib/auth/guard";
import { findModuleForAdmin, listLeaderChoices } from "@/lib/modules/admin-queries";
import { retireModuleAction, updateModuleAction } from "@/lib/modules/module-actions";
import { ModuleFields } from "../_components/module-fields";
import type { SearchParams } from "../_components/params";
import { RetireForm } from "../_components/retire-form";
import { BackLink } from "@/components/ui/back-link";

export const metadata: Metadata = { title: "Module" };

export default async function Page({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<SearchParams>;
}) {
  const user = await requireArea("admin");
  const { partnershipId } = user;
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const mod = await findModuleForAdmin({ id, partnershipId });
  if (!mod) notFound();
  const institution = mod.programme.institution;
  const leaders = await listLeaderChoices({ partnershipId, institutionId: institution.id, keepId: mod.leaderId });
  const back = `/admin/modules?institution=${institution.id}&year=${encodeURIComponent(mod.academicYear)}`;

  return (
    <>
      <BackLink href={back}>Programmes and modules</BackLink>
      {query.saved === "created" && (
        <Notice tone="success" role="status" bold className="mb-6">
          Module added.
        </Notice>
      )}
      <h1 className="mb-2">
        {mod.code} {mod.title} {mod.retiredAt && <Tag colour="grey">Retired</Tag>}
      </h1>
      <p className="mb-6 text-muted">
        {mod.programme.name} · {institution.name} · {mod.academicYear}
      </p>
      {mod.leader && !mod.leader.active && (
        <Notice tone="warning" className="mb-6 max-w-2xl">
          {mod.leader.name}&apos;s account is deactivated. Choose a new leader.
        </Notice>
      )}
      <p className="mb-8">
        Used by {mod._count.opportunities === 1 ? "1 opportunity" : `${mod._count.opportunities} opportunities`} and{" "}
        {mod._count.involvement === 1 ? "1 involvement record" : `${mod._count.involvement} involvement records`}.
      </p>
      <section aria-labelledby="edit-title" className="card mb-8 max-w-2xl">
        <h2 id="edit-title">Change details</h2>
        <ActionForm action={updateModuleAction} aria-label="Change details">
          <input type="hidden" name="moduleId" value={mod.id} />
          <ModuleFields leaders={leaders} module={mod} academicYear={mod.academicYear} />
          <SubmitButton variant="secondary">Save changes</SubmitButton>
        </ActionForm>
      </section>
      <RetireForm
        action={retireModuleAction}
        idField="moduleId"
        id={mod.id}
        what="module"
        retired={Boolean(mod.retiredAt)}
      />
    </>
  );
}
