import type { Metadata } from "next";
import Link from "next/link";
import { YearPicker } from "@/components/filters/year-picker";
import { Pagination } from "@/components/ui/pagination";
import { requireArea } from "@/lib/auth/guard";
import { PROGRAMME_LEVEL } from "@/lib/labels";
import { academicYearParam, yearChoices } from "@/lib/modules/academic-year";
import { listLeaderYears } from "@/lib/modules/queries";
import { pageFrom } from "@/lib/pagination";
import { moduleSummaries } from "@/lib/reports/queries";
import { hoursText, recordsText } from "@/lib/reports/summary";
import { GapsText, StageTable } from "./_components/stage-table";

export const metadata: Metadata = { title: "My modules" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function Page({ searchParams }: { searchParams: SearchParams }) {
  const user = await requireArea("academic");
  const params = await searchParams;
  const all = params.year === "all";
  const year = academicYearParam(params.year);
  const { page, skip, take, size } = pageFrom(params.page);
  const [years, summary] = await Promise.all([
    listLeaderYears({ user }),
    moduleSummaries({ user, academicYear: all ? undefined : year, skip, take }),
  ]);
  const pageCount = Math.max(1, Math.ceil(summary.total / size));
  // Rows arrive newest year first; keep that order while grouping (Node 20 has no Map.groupBy).
  const groups = new Map<string, typeof summary.rows>();
  for (const row of summary.rows)
    groups.set(row.module.academicYear, [...(groups.get(row.module.academicYear) ?? []), row]);

  return (
    <>
      <h1>My modules</h1>
      <p className="mb-6 max-w-3xl">
        Where people with lived experience were involved in the modules you lead, at each stage the regulator asks
        about. Stages with nothing yet are listed under each module so you can plan for them.
      </p>
      <p className="mb-6">
        <Link href="/academic/request" className="btn">
          Request involvement
        </Link>
      </p>
      <p className="mb-6">
        <Link href="/academic/coming-up">Sessions coming up, and what people coming need</Link>
      </p>
      <YearPicker years={yearChoices(years)} value={all ? "all" : year} allOption />

      {summary.total === 0 && (
        <p className="card">
          You do not lead any modules {all ? "yet" : `in ${year}`}. If that is wrong, ask your involvement coordinator
          to name you as the module leader.
        </p>
      )}

      {[...groups].map(([academicYear, rows]) => (
        <section key={academicYear} aria-labelledby={`year-${academicYear}`} className="mb-10">
          <h2 id={`year-${academicYear}`}>Academic year {academicYear}</h2>
          <ul className="grid gap-6 lg:grid-cols-2">
            {rows.map(({ module, stages, total, gaps }) => (
              <li key={module.id} className="card flex min-w-0 flex-col">
                <h3>
                  <Link href={`/academic/modules/${module.id}`}>
                    {module.code} {module.title}
                  </Link>
                </h3>
                <p className="mb-3 text-muted">
                  {module.programme.name} ({PROGRAMME_LEVEL[module.programme.level]}), year {module.yearOfStudy}
                </p>
                <p className="mb-3">
                  <strong>
                    {total.records === 0 ? "No involvement recorded yet" : `${hoursText(total.minutes)} in total`}
                  </strong>
                  {total.records > 0 && `, ${recordsText(total.records)}`}
                </p>
                <div className="mb-3">
                  <StageTable caption={`Involvement by stage in ${module.code}, ${academicYear}`} stages={stages} />
                </div>
                <GapsText gaps={gaps} />
              </li>
            ))}
          </ul>
        </section>
      ))}

      <Pagination page={page} pageCount={pageCount} basePath="/academic" params={{ year: all ? "all" : year }} />
    </>
  );
}
