import type { Metadata } from "next";
import { FilterForm } from "@/components/filters/filter-form";
import { SelectField } from "@/components/form/fields";
import { Pagination } from "@/components/ui/pagination";
import { requireArea } from "@/lib/auth/guard";
import { findExpertMatchProfile, listOpportunitiesForExpert } from "@/lib/opportunities/for-expert";
import { OpportunityType } from "@/lib/generated/prisma/enums";
import { OPPORTUNITY_TYPE, options } from "@/lib/labels";
import { pageFrom } from "@/lib/pagination";
import { OpportunityCard } from "../_components/opportunity-card";

export const metadata: Metadata = { title: "Opportunities" };

const PER_PAGE = 10;
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) || undefined;

export default async function Page({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requireArea("expert");
  const params = await searchParams;
  const rawType = first(params.type);
  const type = rawType && rawType in OpportunityType ? (rawType as OpportunityType) : undefined;
  const { page } = pageFrom(params.page, PER_PAGE);
  const profile = await findExpertMatchProfile({ expertId: user.expertId });
  const result = profile ? await listOpportunitiesForExpert({ profile, page, size: PER_PAGE, type }) : null;

  return (
    <>
      <h1>Opportunities</h1>
      <p className="mb-6 max-w-2xl">
        Ways you can take part. The ones that match what you told us you are interested in come first.
      </p>
      <FilterForm
        label="Filter opportunities"
        className="max-w-xl"
        submitLabel="Show"
        clear={Boolean(type) && { href: "/expert/opportunities", label: "Show all kinds" }}
      >
        <SelectField
          name="type"
          label="Show me"
          options={options(OPPORTUNITY_TYPE)}
          placeholder="All kinds"
          defaultValue={type}
        />
      </FilterForm>
      <p className="mb-4" role="status">
        {!result || result.total === 0
          ? type
            ? "There are no open opportunities of this kind right now."
            : "There are no open opportunities right now."
          : `${result.total} open ${result.total === 1 ? "opportunity" : "opportunities"}.`}
      </p>
      {result && result.items.length > 0 && (
        <ul className="grid gap-4 md:grid-cols-2">
          {result.items.map((item) => (
            <OpportunityCard key={item.id} item={item} headingLevel={2} />
          ))}
        </ul>
      )}
      {result && (
        <Pagination
          page={result.page}
          pageCount={result.pageCount}
          basePath="/expert/opportunities"
          params={{ type }}
        />
      )}
    </>
  );
}
