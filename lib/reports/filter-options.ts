/** The choices in the report's filters: years with modules, the university's programmes, the partnership's universities. */
import "server-only";
import { db as defaultDb, type DbClient } from "@/lib/db";

export async function reportFilterOptions(
  { partnershipId, institutionId }: { partnershipId: string; institutionId: string },
  db: DbClient = defaultDb,
) {
  const [years, programmes, institutions] = await Promise.all([
    db.module.findMany({
      where: { programme: { institution: { partnershipId } } },
      distinct: ["academicYear"],
      select: { academicYear: true },
      orderBy: { academicYear: "desc" },
    }),
    db.programme.findMany({ where: { institutionId }, select: { id: true, name: true }, orderBy: { name: "asc" } }),
    db.institution.findMany({ where: { partnershipId }, select: { id: true, name: true }, orderBy: { name: "asc" } }),
  ]);
  return {
    years: years.map((y) => y.academicYear),
    programmes: programmes.map((p) => ({ value: p.id, label: p.name })),
    institutions: institutions.map((i) => ({ value: i.id, label: i.name })),
  };
}
