import type { Metadata } from "next";
import Link from "next/link";
import { FilterForm } from "@/components/filters/filter-form";
import { SelectField, TextField } from "@/components/form/fields";
import { Pagination } from "@/components/ui/pagination";
import { requireArea } from "@/lib/auth/guard";
import { PartnerType } from "@/lib/generated/prisma/enums";
import { options, PARTNER_TYPE } from "@/lib/labels";
import { pageFrom } from "@/lib/pagination";
import { listPartners } from "@/lib/partners/queries";
import { ScrollBox } from "@/components/ui/scroll-box";
import { ContactLink } from "@/components/ui/contact-link";

export const metadata: Metadata = { title: "Partners" };

const first = (v: string | string[] | undefined) => ((Array.isArray(v) ? v[0] : v) || undefined)?.slice(0, 100);

export default async function Page({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requireArea("coordinator");
  const params = await searchParams;
  const rawType = first(params.type);
  const filters = {
    type: rawType && rawType in PartnerType ? (rawType as PartnerType) : undefined,
    q: first(params.q),
  };
  const result = await listPartners({ partnershipId: user.partnershipId, filters, page: pageFrom(params.page) });
  const filtered = Boolean(filters.type || filters.q);

  return (
    <>
      <div className="mb-6 flex flex-wrap items-center justify-between gap-4">
        <h1 className="mb-0">Partner groups</h1>
        <Link href="/coordinator/partners/new" className="btn">
          Add a group
        </Link>
      </div>
      <p className="mb-6 max-w-3xl">
        The organisations experts come through: user-led groups, carers&apos; centres, advocacy groups and voluntary
        organisations. They are shared by every university in your partnership.
      </p>
      <FilterForm label="Filter groups" clear={filtered && { href: "/coordinator/partners" }}>
        <div className="grid gap-x-6 md:grid-cols-2">
          <TextField name="q" label="Name contains" type="search" defaultValue={filters.q} maxLength={100} />
          <SelectField
            name="type"
            label="Kind of group"
            options={options(PARTNER_TYPE)}
            placeholder="Any kind"
            defaultValue={filters.type}
          />
        </div>
      </FilterForm>
      <p className="mb-4" role="status">
        {result.total === 0
          ? filtered
            ? "No groups match."
            : "No groups yet."
          : `${result.total} ${result.total === 1 ? "group" : "groups"}${filtered ? " match" : ""}.`}
      </p>
      {result.items.length > 0 && (
        <ScrollBox label="Partner groups">
          <table className="table min-w-[36rem] [overflow-wrap:normal]">
            <caption className="sr-only">Partner groups, by name</caption>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Kind</th>
                <th scope="col">Contact</th>
                <th scope="col" className="text-right">
                  Experts
                </th>
              </tr>
            </thead>
            <tbody>
              {result.items.map((p) => (
                <tr key={p.id}>
                  <th scope="row">
                    <Link href={`/coordinator/partners/${p.id}`}>{p.name}</Link>
                  </th>
                  <td>{PARTNER_TYPE[p.type]}</td>
                  <td>
                    {p.contactName || <span className="text-muted">None</span>}
                    {p.contactEmail && (
                      <span className="block text-base">
                        <ContactLink email={p.contactEmail} />
                      </span>
                    )}
                  </td>
                  <td className="text-right">{p.expertCount}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollBox>
      )}
      <Pagination
        page={result.page}
        pageCount={result.pageCount}
        basePath="/coordinator/partners"
        params={{ type: filters.type, q: filters.q }}
      />
    </>
  );
}
