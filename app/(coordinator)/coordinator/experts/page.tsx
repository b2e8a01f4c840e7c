import type { Metadata } from "next";
import Link from "next/link";
import { FilterForm } from "@/components/filters/filter-form";
import { SelectField, TextField } from "@/components/form/fields";
import { Pagination } from "@/components/ui/pagination";
import { requireArea } from "@/lib/auth/guard";
import { listAreaOptions, listExpertPool, listPartnerOptions, type PoolFilters } from "@/lib/experts/queries";
import { formatShortDate } from "@/lib/format";
import { ExpertStatus, OpportunityType } from "@/lib/generated/prisma/enums";
import { EXPERT_STATUS, OPPORTUNITY_TYPE, options } from "@/lib/labels";
import { pageFrom } from "@/lib/pagination";
import { ExpertStatusTag } from "./_components/status-tag";
import { ScrollBox } from "@/components/ui/scroll-box";
import { ContactLink } from "@/components/ui/contact-link";
import { breaksOf } from "@/lib/breaks/queries";
import { BreakTag } from "./_components/break-tag";

export const metadata: Metadata = { title: "Experts" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;
const first = (v: string | string[] | undefined) => ((Array.isArray(v) ? v[0] : v) || undefined)?.slice(0, 100);
const oneOf = <T extends string>(values: Record<string, T>, v?: string) => (v && v in values ? (v as T) : undefined);

export default async function Page({ searchParams }: { searchParams: SearchParams }) {
  const user = await requireArea("coordinator");
  const params = await searchParams;
  const { partnershipId } = user;
  const filters: PoolFilters = {
    q: first(params.q),
    status: oneOf(ExpertStatus, first(params.status)),
    area: first(params.area),
    interest: oneOf(OpportunityType, first(params.interest)),
    partnerId: first(params.partner),
  };
  const { page, size } = pageFrom(params.page);
  const [pool, areas, partners] = await Promise.all([
    listExpertPool({ partnershipId, filters, page, size }),
    listAreaOptions({ partnershipId }),
    listPartnerOptions({ partnershipId }),
  ]);
  const filtered = Object.values(filters).some(Boolean);
  const onBreak = await breaksOf({ partnershipId, expertIds: pool.items.map((e) => e.id) });

  return (
    <>
      <div className="mb-6 flex flex-wrap items-center justify-between gap-4">
        <h1 className="mb-0">Experts by experience</h1>
        <Link href="/coordinator/experts/invite" className="btn">
          Invite an expert
        </Link>
      </div>

      <FilterForm label="Filter experts" clear={filtered && { href: "/coordinator/experts" }}>
        <div className="grid gap-x-6 md:grid-cols-3">
          <TextField name="q" label="Name or email" type="search" defaultValue={filters.q} maxLength={100} />
          <SelectField
            name="status"
            label="Status"
            options={options(EXPERT_STATUS)}
            placeholder="Any status"
            defaultValue={filters.status}
          />
          <SelectField
            name="area"
            label="Lived experience"
            options={areas.map((a) => ({ value: a, label: a }))}
            placeholder="Any"
            defaultValue={filters.area}
          />
          <SelectField
            name="interest"
            label="Interested in"
            options={options(OPPORTUNITY_TYPE)}
            placeholder="Anything"
            defaultValue={filters.interest}
          />
          <SelectField
            name="partner"
            label="Group"
            options={partners.map((p) => ({ value: p.id, label: p.name }))}
            placeholder="Any group"
            defaultValue={filters.partnerId}
          />
        </div>
      </FilterForm>

      <p className="mb-4" role="status">
        {pool.total === 0
          ? filtered
            ? "No experts match."
            : "No experts yet. Invite someone to start your pool."
          : `${pool.total} ${pool.total === 1 ? "expert" : "experts"}${filtered ? " match" : ""}.`}
      </p>

      {pool.items.length > 0 && (
        <ScrollBox label="Experts">
          <table className="table min-w-[44rem] [overflow-wrap:normal]">
            <caption className="sr-only">
              Experts by experience, by name. Last involved shows who has not taken part lately.
            </caption>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Status</th>
                <th scope="col">Lived experience</th>
                <th scope="col">Groups</th>
                <th scope="col">Last involved</th>
              </tr>
            </thead>
            <tbody>
              {pool.items.map((e) => (
                <tr key={e.id}>
                  <th scope="row" className="font-normal">
                    <Link href={`/coordinator/experts/${e.id}`} className="font-bold">
                      {e.user.name}
                    </Link>
                    <span className="block text-base">
                      <ContactLink email={e.user.email} />
                    </span>
                  </th>
                  <td>
                    <ExpertStatusTag status={e.status} /> <BreakTag onBreak={onBreak.get(e.id)} />
                  </td>
                  <td>{e.livedExperience.join(", ") || <span className="text-muted">Not given</span>}</td>
                  <td>{e.partners.map((p) => p.name).join(", ") || <span className="text-muted">None</span>}</td>
                  <td>
                    {e.lastInvolvedAt ? formatShortDate(e.lastInvolvedAt) : <span className="text-muted">Not yet</span>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollBox>
      )}
      <Pagination
        page={pool.page}
        pageCount={pool.pageCount}
        basePath="/coordinator/experts"
        params={{
          q: filters.q,
          status: filters.status,
          area: filters.area,
          interest: filters.interest,
          partner: filters.partnerId,
        }}
      />
    </>
  );
}
