import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ActionForm } from "@/components/form/action-form";
import { SubmitButton } from "@/components/form/submit-button";
import { Notice } from "@/components/ui/notice";
import { requireArea } from "@/lib/auth/guard";
import { formatMoney } from "@/lib/format";
import { updateInstitutionAction } from "@/lib/institutions/actions";
import { findInstitution } from "@/lib/institutions/queries";
import { InstitutionFields } from "../institution-fields";
import { BackLink } from "@/components/ui/back-link";

export const metadata: Metadata = { title: "Institution" };

export default async function Page({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requireArea("admin");
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const institution = await findInstitution({ id, partnershipId: user.partnershipId });
  if (!institution) notFound();

  return (
    <>
      <BackLink href="/admin/institutions">Institutions</BackLink>
      {query.saved === "created" && (
        <Notice tone="success" role="status" bold className="mb-6">
          Institution added.
        </Notice>
      )}
      <h1 className="mb-2">{institution.name}</h1>
      <p className="mb-6 text-muted">
        {institution.shortName} · mileage {formatMoney(institution.mileageRatePence)} a mile · payments late after{" "}
        {institution.latePaymentDays} days
      </p>
      <p className="mb-8">
        <Link href={`/admin/modules?institution=${institution.id}`}>
          Programmes and modules of {institution.shortName}
        </Link>
      </p>
      <section aria-labelledby="edit-title" className="card max-w-2xl">
        <h2 id="edit-title">Change details</h2>
        <ActionForm action={updateInstitutionAction} aria-label="Change details">
          <input type="hidden" name="institutionId" value={institution.id} />
          <InstitutionFields institution={institution} />
          <SubmitButton variant="secondary">Save changes</SubmitButton>
        </ActionForm>
      </section>
    </>
  );
}
