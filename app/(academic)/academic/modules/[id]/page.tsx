import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { SelectFilter } from "@/components/filters/select-filter";
import { Pagination } from "@/components/ui/pagination";
import { requireArea } from "@/lib/auth/guard";
import type { InvolvementStage } from "@/lib/generated/prisma/enums";
import { listModuleRecords } from "@/lib/involvement/queries";
import { PROGRAMME_LEVEL, STAGE } from "@/lib/labels";
import { findLedModule, isRetired, listOtherYears } from "@/lib/modules/queries";
import { pageFrom } from "@/lib/pagination";
import { moduleStageSummary } from "@/lib/reports/queries";
import { hoursText, recordsText, STAGES } from "@/lib/reports/summary";
import { GapsText, StageTable } from "../../_components/stage-table";
import { AddRecordForm } from "./add-record-form";
import { RecordList } from "./record-list";
import { ModuleConsents } from "./module-consents";
import { BackLink } from "@/components/ui/back-link";

export const metadata: Metadata = { title: "Module involvement" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function Page({ params, searchParams }: Props) {
  const user = await requireArea("academic");
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const stage = STAGES.find((s) => s === query.stage) as InvolvementStage | undefined;
  const { page, skip, take, size } = pageFrom(query.page);
  const [mod, summary, records] = await Promise.all([
    findLedModule({ user, moduleId: id }),
    moduleStageSummary({ user, moduleId: id }),
    listModuleRecords({ user, moduleId: id, stage, skip, take }),
  ]);
  if (!mod) notFound();
  const otherYears = await listOtherYears({ user, module: mod });

  return (
    <>
      <BackLink href={`/academic?year=${encodeURIComponent(mod.academicYear)}`}>My modules</BackLink>
      <h1>
        <span className="block text-xl font-normal text-muted">
          {mod.code}, academic year {mod.academicYear}
        </span>
        {mod.title}
      </h1>
      <p className="mb-2">
        {mod.programme.name} ({PROGRAMME_LEVEL[mod.programme.level]}), year {mod.yearOfStudy}
      </p>
      {otherYears.length > 0 && (
        <p className="mb-6">
          This module in other years:{" "}
          {otherYears.map((m, i) => (
            <span key={m.id}>
              {i > 0 && ", "}
              <Link href={`/academic/modules/${m.id}`}>{m.academicYear}</Link>
            </span>
          ))}
        </p>
      )}

      <section aria-labelledby="by-stage" className="mb-10 max-w-2xl">
        <h2 id="by-stage">Involvement by stage</h2>
        <p className="mb-3">
          {summary.total.records === 0
            ? "No involvement recorded yet."
            : `${hoursText(summary.total.minutes)} in total, ${recordsText(summary.total.records)}.`}
        </p>
        <StageTable caption={`Involvement by stage in ${mod.code}, ${mod.academicYear}`} stages={summary.stages} />
        <div className="mt-4">
          <GapsText gaps={summary.gaps} />
        </div>
        <p className="mt-4">
          <Link href={`/academic/request?module=${mod.id}`}>Request involvement for {mod.code}</Link>
        </p>
      </section>

      <section aria-labelledby="log" className="mb-10">
        <h2 id="log">Involvement log</h2>
        <p className="mb-4 max-w-3xl">
          Sessions the coordinator recorded as attended appear here on their own. You can add other involvement by hand,
          such as a guest talk or a marking day, and delete what you added.
        </p>
        <SelectFilter
          name="stage"
          label="Show stage"
          placeholder="All stages"
          options={STAGES.map((s) => ({ value: s, label: STAGE[s] }))}
          value={stage}
        />
        <RecordList records={records.items} userId={user.id} filtered={Boolean(stage)} />
        <Pagination
          page={page}
          pageCount={Math.max(1, Math.ceil(records.total / size))}
          basePath={`/academic/modules/${mod.id}`}
          params={{ stage }}
        />
      </section>

      <ModuleConsents user={user} moduleId={mod.id} />

      <section aria-labelledby="add" className="max-w-2xl">
        <h2 id="add">Add involvement by hand</h2>
        {isRetired(mod) ? (
          <p>This module is retired, so no new involvement can be added. What is recorded above stays.</p>
        ) : (
          <>
            <p className="mb-4">Do not include names or other personal details of the people involved.</p>
            <AddRecordForm moduleId={mod.id} />
          </>
        )}
      </section>
    </>
  );
}
