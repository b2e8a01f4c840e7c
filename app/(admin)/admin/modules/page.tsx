import type { Metadata } from "next";
import Link from "next/link";
import { FilterForm } from "@/components/filters/filter-form";
import { SelectField, SingleCheckbox } from "@/components/form/fields";
import { Tag } from "@/components/ui/tag";
import { requireArea } from "@/lib/auth/guard";
import { listInstitutionChoices } from "@/lib/institutions/queries";
import { PROGRAMME_LEVEL } from "@/lib/labels";
import { academicYearParam, nextAcademicYear, yearChoices } from "@/lib/modules/academic-year";
import { listInstitutionYears, listProgrammesWithModules } from "@/lib/modules/admin-queries";
import { idParam, type SearchParams } from "./_components/params";
import { RollOnForm } from "./_components/roll-on-form";
import { ScrollBox } from "@/components/ui/scroll-box";

export const metadata: Metadata = { title: "Programmes and modules" };

export default async function Page({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requireArea("admin");
  const params = await searchParams;
  const { partnershipId } = user;
  const institutions = await listInstitutionChoices({ partnershipId });
  const asked = idParam(params.institution);
  const institution = institutions.find((i) => i.id === asked) ?? institutions.find((i) => i.id === user.institutionId);
  if (!institution) return <h1>Programmes and modules</h1>;
  const academicYear = academicYearParam(params.year);
  const showRetired = params.retired === "on";
  const [programmes, years] = await Promise.all([
    listProgrammesWithModules({ partnershipId, institutionId: institution.id, academicYear, showRetired }),
    listInstitutionYears({ partnershipId, institutionId: institution.id }),
  ]);
  const choices = yearChoices([...years, nextAcademicYear(academicYear)]);
  const moduleCount = programmes.reduce((n, p) => n + p.modules.length, 0);
  const current = programmes.filter((p) => !p.retiredAt);
  const here = `institution=${institution.id}`;

  return (
    <>
      <div className="mb-6 flex flex-wrap items-center justify-between gap-4">
        <h1 className="mb-0">Programmes and modules</h1>
        <Link href={`/admin/modules/programmes/new?${here}`} className="btn btn-secondary">
          Add a programme
        </Link>
      </div>
      <FilterForm label="Choose what to show" submitLabel="Show">
        <div className="grid gap-x-6 md:grid-cols-2">
          <SelectField
            name="institution"
            label="Institution"
            options={institutions.map((i) => ({ value: i.id, label: i.name }))}
            defaultValue={institution.id}
          />
          <SelectField
            name="year"
            label="Academic year"
            options={choices.map((y) => ({ value: y, label: y }))}
            defaultValue={academicYear}
          />
        </div>
        <SingleCheckbox name="retired" label="Show retired programmes and modules" defaultChecked={showRetired} />
      </FilterForm>
      <p className="mb-6" role="status">
        {institution.name}, {academicYear}: {moduleCount === 1 ? "1 module" : `${moduleCount} modules`} in{" "}
        {programmes.length === 1 ? "1 programme" : `${programmes.length} programmes`}.
      </p>
      {programmes.length === 0 && (
        <p className="mb-8">
          No programmes yet. <Link href={`/admin/modules/programmes/new?${here}`}>Add the first one</Link>.
        </p>
      )}
      {programmes.map((p) => (
        <section key={p.id} aria-labelledby={`programme-${p.id}`} className="mb-10">
          <div className="mb-2 flex flex-wrap items-center justify-between gap-x-6 gap-y-2">
            <h2 id={`programme-${p.id}`} className="mb-0">
              {p.name} {p.retiredAt && <Tag colour="grey">Retired</Tag>}
            </h2>
            <p className="mb-0 flex flex-wrap gap-x-6">
              <Link href={`/admin/modules/programmes/${p.id}`} className="inline-block min-h-11 py-2">
                Change programme<span className="sr-only"> {p.name}</span>
              </Link>
              {!p.retiredAt && (
                <Link
                  href={`/admin/modules/new?${here}&programme=${p.id}&year=${encodeURIComponent(academicYear)}`}
                  className="inline-block min-h-11 py-2"
                >
                  Add a module<span className="sr-only"> to {p.name}</span>
                </Link>
              )}
            </p>
          </div>
          <p className="text-muted">{PROGRAMME_LEVEL[p.level]}</p>
          {p.modules.length === 0 ? (
            <p>No modules in {academicYear}.</p>
          ) : (
            <ScrollBox label="Modules">
              <table className="table min-w-[36rem] [overflow-wrap:normal]">
                <caption className="sr-only">
                  Modules of {p.name} in {academicYear}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">Module</th>
                    <th scope="col">Year of study</th>
                    <th scope="col">Leader</th>
                  </tr>
                </thead>
                <tbody>
                  {p.modules.map((m) => (
                    <tr key={m.id}>
                      <th scope="row">
                        <Link href={`/admin/modules/${m.id}`}>
                          {m.code} {m.title}
                        </Link>{" "}
                        {m.retiredAt && <Tag colour="grey">Retired</Tag>}
                      </th>
                      <td>Year {m.yearOfStudy}</td>
                      <td>
                        {m.leader ? (
                          <>
                            {m.leader.name}
                            {!m.leader.active && <span className="block text-base">Account deactivated</span>}
                          </>
                        ) : (
                          <span className="text-muted">No leader</span>
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </ScrollBox>
          )}
        </section>
      ))}
      {current.length > 0 && (
        <RollOnForm
          institutionId={institution.id}
          institutionName={institution.name}
          fromYear={academicYear}
          toYear={nextAcademicYear(academicYear)}
          programmes={current}
        />
      )}
    </>
  );
}
