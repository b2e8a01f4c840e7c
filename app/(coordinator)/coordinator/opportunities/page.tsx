import type { Metadata } from "next";
import Link from "next/link";
import { FilterForm } from "@/components/filters/filter-form";
import { SelectField, TextField } from "@/components/form/fields";
import { Pagination } from "@/components/ui/pagination";
import { requireArea } from "@/lib/auth/guard";
import { formatShortDate, formatShortDateTime, formatTime } from "@/lib/format";
import { OPPORTUNITY_STATUS, OPPORTUNITY_TYPE, options, STAGE } from "@/lib/labels";
import { pageFrom } from "@/lib/pagination";
import { listOpportunities } from "@/lib/opportunities/queries";
import { opportunityFilters } from "@/lib/opportunities/schemas";
import { OpportunityStatusTag } from "./status-tags";
import { ScrollBox } from "@/components/ui/scroll-box";

export const metadata: Metadata = { title: "Opportunities" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) || undefined;

export default async function Page({ searchParams }: { searchParams: SearchParams }) {
  const user = await requireArea("coordinator");
  const params = await searchParams;
  const filters = opportunityFilters.parse({
    status: first(params.status),
    type: first(params.type),
    stage: first(params.stage),
    q: first(params.q),
    sort: first(params.sort),
  });
  const paging = pageFrom(params.page);
  const result = await listOpportunities({ institutionId: user.institutionId, filters, page: paging });
  const filtered = Boolean(filters.status || filters.type || filters.stage || filters.q);

  return (
    <>
      <div className="mb-6 flex flex-wrap items-center justify-between gap-4">
        <h1 className="mb-0">Opportunities</h1>
        <div className="flex flex-wrap gap-3">
          <Link href="/coordinator/opportunities/new" className="btn">
            New opportunity
          </Link>
          <Link href="/coordinator/opportunities/new?kind=group-meeting" className="btn btn-secondary">
            New group meeting
          </Link>
        </div>
      </div>

      <FilterForm label="Filter opportunities" clear={filtered && { href: "/coordinator/opportunities" }}>
        <div className="grid grid-cols-2 gap-x-4 md:grid-cols-3 md:gap-x-6">
          <TextField
            name="q"
            label="Title contains"
            defaultValue={filters.q}
            type="search"
            maxLength={100}
            className="col-span-2 md:col-span-1"
          />
          <SelectField
            name="status"
            label="Status"
            options={options(OPPORTUNITY_STATUS)}
            placeholder="Any status"
            defaultValue={filters.status}
          />
          <SelectField
            name="type"
            label="Kind"
            options={options(OPPORTUNITY_TYPE)}
            placeholder="Any kind"
            defaultValue={filters.type}
          />
          <SelectField
            name="stage"
            label="Stage"
            options={options(STAGE)}
            placeholder="Any stage"
            defaultValue={filters.stage}
          />
          <SelectField
            name="sort"
            label="Sort by"
            defaultValue={filters.sort ?? "next"}
            options={[
              { value: "next", label: "Next session first" },
              { value: "created", label: "Newest first" },
            ]}
          />
        </div>
      </FilterForm>

      <p className="mb-4" role="status">
        {result.total === 0
          ? "No opportunities match."
          : `${result.total} ${result.total === 1 ? "opportunity" : "opportunities"}${filtered ? " match" : ""}.`}
        {result.total === 0 && !filtered && " Start by creating one."}
      </p>

      {result.items.length > 0 && (
        <>
          {/* Phones get a stacked list; wider screens the table. */}
          <ul className="divide-y divide-line border-y border-line md:hidden">
            {result.items.map((o) => (
              <li key={o.id} className="py-3">
                <Link href={`/coordinator/opportunities/${o.id}`} className="font-bold">
                  {o.title}
                </Link>
                <span className="mt-1 block">
                  <OpportunityStatusTag status={o.status} />
                </span>
                <span className="block text-base text-muted">
                  {OPPORTUNITY_TYPE[o.type]}
                  {o.module ? ` · ${o.module.code}` : ""}
                </span>
                <span className="block text-base">
                  {o.nextSessionAt ? `Next: ${formatShortDateTime(o.nextSessionAt)}` : "No session coming up"}
                  {` · ${o._count.sessions} ${o._count.sessions === 1 ? "session" : "sessions"}`}
                </span>
                {o.waiting > 0 && (
                  <strong className="block text-base">
                    {o.waiting} {o.waiting === 1 ? "request" : "requests"} to decide
                  </strong>
                )}
              </li>
            ))}
          </ul>
          <ScrollBox label="Opportunities" className="hidden md:block">
            <table className="table min-w-[44rem] [&_th]:whitespace-nowrap">
              <caption className="sr-only">
                Opportunities, {filters.sort === "created" ? "newest first" : "next session first"}
              </caption>
              <thead>
                <tr>
                  <th scope="col">Title</th>
                  <th scope="col">Status</th>
                  <th scope="col">Next session</th>
                  <th scope="col" className="text-right">
                    Sessions
                  </th>
                  <th scope="col" className="text-right">
                    Requests to decide
                  </th>
                </tr>
              </thead>
              <tbody>
                {result.items.map((o) => (
                  <tr key={o.id}>
                    <td>
                      <Link href={`/coordinator/opportunities/${o.id}`} className="font-bold">
                        {o.title}
                      </Link>
                      <span className="block text-base text-muted">
                        {OPPORTUNITY_TYPE[o.type]}
                        {o.module ? ` · ${o.module.code}` : ""}
                        {o.requestedById ? " · Requested by an academic" : ""}
                      </span>
                    </td>
                    <td className="whitespace-nowrap">
                      <OpportunityStatusTag status={o.status} />
                    </td>
                    <td>
                      {o.nextSessionAt ? (
                        <>
                          {formatShortDate(o.nextSessionAt)}
                          <span className="block">{formatTime(o.nextSessionAt)}</span>
                        </>
                      ) : (
                        <span className="text-muted">None coming up</span>
                      )}
                    </td>
                    <td className="text-right">{o._count.sessions}</td>
                    <td className="text-right">{o.waiting > 0 ? <strong>{o.waiting}</strong> : 0}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollBox>
        </>
      )}
      <Pagination
        page={result.page}
        pageCount={result.pageCount}
        basePath="/coordinator/opportunities"
        params={{ q: filters.q, status: filters.status, type: filters.type, stage: filters.stage, sort: filters.sort }}
      />
    </>
  );
}
