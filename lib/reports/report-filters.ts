/**
 * The report's filters, read from the address (`?year=2026/27&view=partnership&level=…`) with
 * zod: anything malformed falls back to "no filter" rather than an error, as the other lists do.
 * The scope functions then pin every report to the caller: a coordinator's own university (or
 * the partnership in aggregate), an academic's own university by programme.
 */
import { z } from "zod";
import type { AcademicCaller, CoordinatorCaller } from "@/lib/auth/caller";
import { ProgrammeLevel } from "@/lib/generated/prisma/enums";
import { academicYearParam } from "@/lib/modules/academic-year";
import type { HeatMapScope } from "./heat-map";

type Query = Record<string, string | string[] | undefined>;

const first = (raw: string | string[] | undefined) => (Array.isArray(raw) ? raw[0] : raw);
const id = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);

const filtersSchema = z.object({
  view: z.enum(["institution", "partnership"]).catch("institution"),
  programme: id.optional().catch(undefined),
  level: z.enum(ProgrammeLevel).optional().catch(undefined),
  institution: id.optional().catch(undefined),
});

export type ReportFilters = z.infer<typeof filtersSchema> & { year: string };

export function reportFilters(query: Query, now = new Date()): ReportFilters {
  const parsed = filtersSchema.parse({
    view: first(query.view),
    programme: first(query.programme) || undefined,
    level: first(query.level) || undefined,
    institution: first(query.institution) || undefined,
  });
  return { ...parsed, year: academicYearParam(query.year, now) };
}

/**
 * A coordinator's report: their own university module by module, or the whole partnership one
 * row per university (figures only: no other university's modules, sessions or people).
 */
export function coordinatorScope(user: CoordinatorCaller, f: ReportFilters): HeatMapScope {
  const base = { partnershipId: user.partnershipId, academicYear: f.year, level: f.level };
  if (f.view === "partnership") return { ...base, rowsBy: "institution", institutionId: f.institution };
  return { ...base, rowsBy: "module", institutionId: user.institutionId, programmeId: f.programme };
}

/** The programme report for academics: their university's programmes, in aggregate. */
export function programmeScope(user: AcademicCaller, f: ReportFilters): HeatMapScope {
  return {
    partnershipId: user.partnershipId,
    academicYear: f.year,
    level: f.level,
    rowsBy: "programme",
    institutionId: user.institutionId,
  };
}

/** The filters as a query string for links (CSV downloads, the other view), empty ones left out. */
export function filtersQuery(f: ReportFilters, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams();
  const all: Record<string, string | undefined> = {
    year: f.year,
    view: f.view === "institution" ? undefined : f.view,
    programme: f.view === "institution" ? f.programme : undefined,
    institution: f.view === "partnership" ? f.institution : undefined,
    level: f.level,
    ...extra,
  };
  for (const [key, value] of Object.entries(all)) if (value) params.set(key, value);
  return params.toString();
}

/** The equity view: the coordinator's university, or the whole partnership's sessions. */
export function equityScope(user: CoordinatorCaller, f: ReportFilters) {
  return {
    partnershipId: user.partnershipId,
    academicYear: f.year,
    institutionId: f.view === "partnership" ? undefined : user.institutionId,
  };
}
