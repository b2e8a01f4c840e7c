import type { Metadata } from "next";
import Link from "next/link";
import { SelectFilter } from "@/components/filters/select-filter";
import { Pagination } from "@/components/ui/pagination";
import { requireArea } from "@/lib/auth/guard";
import { pageFrom } from "@/lib/pagination";
import { listAnonymisedExperts, listLivedExperienceAreas } from "@/lib/requests/anonymised-experts";

export const metadata: Metadata = { title: "Experts by experience" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function Page({ searchParams }: { searchParams: SearchParams }) {
  const user = await requireArea("academic");
  const params = await searchParams;
  const { page, skip, take, size } = pageFrom(params.page);
  const areas = await listLivedExperienceAreas({ partnershipId: user.partnershipId });
  const area = typeof params.area === "string" && areas.includes(params.area) ? params.area : undefined;
  const { items, total } = await listAnonymisedExperts({ partnershipId: user.partnershipId, area, skip, take });

  return (
    <>
      <h1>Experts by experience</h1>
      <div className="mb-6 max-w-3xl">
        <p className="mb-3">
          These are short biographies that experts by experience in your partnership have written and agreed to share
          with academics. They are anonymised: names and contact details stay with the involvement coordinators. Where
          an expert has chosen to, the areas of their lived experience are shown too.
        </p>
        <p>
          To involve people, <Link href="/academic/request">request involvement</Link> and say what you need. The
          coordinator will approach people who fit.
        </p>
      </div>

      {areas.length > 0 && (
        <SelectFilter
          name="area"
          label="Lived experience"
          placeholder="Any"
          options={areas.map((a) => ({ value: a, label: a }))}
          value={area}
        />
      )}

      <p className="mb-4">
        {total === 0 ? "No biographies to show." : `${total} ${total === 1 ? "biography" : "biographies"}`}
        {area ? ` with lived experience of ${area}` : ""}.
      </p>
      <ul className="grid gap-4 lg:grid-cols-2">
        {items.map((e, i) => (
          <li key={`${e.reference}-${i}`} className="card">
            <h2 className="mb-2 text-xl">
              Expert by experience <span className="font-normal text-muted">– reference {e.reference}</span>
            </h2>
            {e.livedExperience.length > 0 && (
              <>
                <p className="mb-1 font-bold">Lived experience</p>
                <ul className="mb-3 flex flex-wrap gap-2">
                  {e.livedExperience.map((a) => (
                    <li key={a} className="tag tag-grey">
                      {a}
                    </li>
                  ))}
                </ul>
              </>
            )}
            <p className="whitespace-pre-line">{e.biography}</p>
          </li>
        ))}
      </ul>
      <Pagination
        page={page}
        pageCount={Math.max(1, Math.ceil(total / size))}
        basePath="/academic/experts"
        params={{ area }}
      />
    </>
  );
}
