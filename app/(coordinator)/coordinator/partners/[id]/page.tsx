import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ActionForm } from "@/components/form/action-form";
import { SubmitButton } from "@/components/form/submit-button";
import { Notice } from "@/components/ui/notice";
import { Pagination } from "@/components/ui/pagination";
import { requireArea } from "@/lib/auth/guard";
import { formatShortDate } from "@/lib/format";
import { PARTNER_TYPE } from "@/lib/labels";
import { pageFrom } from "@/lib/pagination";
import { updatePartnerAction } from "@/lib/partners/actions";
import { findPartner, listPartnerExperts } from "@/lib/partners/queries";
import { ExpertStatusTag } from "../../experts/_components/status-tag";
import { PartnerFields } from "../partner-fields";
import { BackLink } from "@/components/ui/back-link";
import { ContactLink } from "@/components/ui/contact-link";

export const metadata: Metadata = { title: "Partner group" };

export default async function Page({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requireArea("coordinator");
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const { partnershipId } = user;
  const [partner, experts] = await Promise.all([
    findPartner({ id, partnershipId }),
    listPartnerExperts({ partnerId: id, partnershipId, page: pageFrom(query.page) }),
  ]);
  if (!partner) notFound();

  return (
    <>
      <BackLink href="/coordinator/partners">Partner groups</BackLink>
      {query.saved === "created" && (
        <Notice tone="success" role="status" bold className="mb-6">
          Group added.
        </Notice>
      )}
      <h1 className="mb-2">{partner.name}</h1>
      <p className="mb-6 text-muted">
        {PARTNER_TYPE[partner.type]} · last changed {formatShortDate(partner.updatedAt)}
      </p>

      <div className="grid grid-cols-1 gap-10 lg:grid-cols-2">
        <div>
          <section aria-labelledby="details-title" className="mb-8">
            <h2 id="details-title">Details</h2>
            <dl className="summary-list">
              <dt>Contact</dt>
              <dd>
                {partner.contactName || <span className="text-muted">None given</span>}
                {partner.contactEmail && (
                  <span className="block">
                    <ContactLink email={partner.contactEmail} />
                  </span>
                )}
                {partner.contactPhone && (
                  <span className="block">
                    <ContactLink phone={partner.contactPhone} />
                  </span>
                )}
              </dd>
              <dt>Notes</dt>
              <dd className="whitespace-pre-line">{partner.notes || <span className="text-muted">None</span>}</dd>
            </dl>
          </section>

          <section aria-labelledby="experts-title" className="mb-8">
            <h2 id="experts-title">Experts who come through this group ({experts.total})</h2>
            {experts.total === 0 ? (
              <p>
                None yet. Add someone to this group from their page in <Link href="/coordinator/experts">Experts</Link>.
              </p>
            ) : (
              <ul className="divide-y divide-line border-y border-line">
                {experts.items.map((e) => (
                  <li key={e.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                    <Link href={`/coordinator/experts/${e.id}`} className="inline-block min-h-11 py-2">
                      {e.user.name}
                    </Link>
                    <span className="flex items-center gap-2">
                      {e.paymentPartnerId === partner.id && <span className="text-base">Paid through this group</span>}
                      <ExpertStatusTag status={e.status} />
                    </span>
                  </li>
                ))}
              </ul>
            )}
            <Pagination
              page={experts.page}
              pageCount={experts.pageCount}
              basePath={`/coordinator/partners/${partner.id}`}
            />
          </section>
        </div>

        <section aria-labelledby="edit-title" className="card">
          <h2 id="edit-title">Change details</h2>
          <ActionForm action={updatePartnerAction} aria-label="Change details">
            <input type="hidden" name="partnerId" value={partner.id} />
            <PartnerFields partner={partner} />
            <SubmitButton variant="secondary">Save changes</SubmitButton>
          </ActionForm>
        </section>
      </div>
    </>
  );
}
