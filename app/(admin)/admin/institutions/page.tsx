import type { Metadata } from "next";
import Link from "next/link";
import { requireArea } from "@/lib/auth/guard";
import { listInstitutions } from "@/lib/institutions/queries";

export const metadata: Metadata = { title: "Institutions" };

export default async function Page() {
  const user = await requireArea("admin");
  const { items } = await listInstitutions({ partnershipId: user.partnershipId });
  return (
    <>
      <div className="mb-6 flex flex-wrap items-center justify-between gap-4">
        <h1 className="mb-0">Institutions</h1>
        <Link href="/admin/institutions/new" className="btn">
          Add an institution
        </Link>
      </div>
      <p className="mb-6 max-w-3xl">
        Every university in your partnership. They share one pool of experts and one set of partner groups.
      </p>
      <p className="mb-4" role="status">
        {items.length === 1 ? "1 institution." : `${items.length} institutions.`}
      </p>
      {items.length > 0 && (
        <ul className="divide-y divide-line border-y border-line">
          {items.map((i) => (
            <li key={i.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
              <Link href={`/admin/institutions/${i.id}`} className="inline-block min-h-11 py-2">
                {i.name} <span className="text-muted">({i.shortName})</span>
              </Link>
              <span className="text-base">
                {i.expertContactName ? `Contact for experts: ${i.expertContactName}` : "No contact for experts yet"}
              </span>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
