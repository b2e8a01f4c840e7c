import { SelectField, TextField } from "@/components/form/fields";

export type LeaderChoice = { id: string; name: string; email: string; active: boolean };

const YEARS = [1, 2, 3, 4, 5].map((y) => ({ value: String(y), label: `Year ${y}` }));

/** The fields of a module, shared by the add and change forms. */
export function ModuleFields({
  leaders,
  module: m,
  academicYear,
}: {
  leaders: readonly LeaderChoice[];
  module?: { code: string; title: string; yearOfStudy: number; academicYear: string; leaderId: string | null };
  academicYear: string;
}) {
  return (
    <>
      <TextField
        name="code"
        label="Module code"
        hint="For example: SW101"
        defaultValue={m?.code}
        className="max-w-xs"
        maxLength={20}
        spellCheck={false}
      />
      <TextField name="title" label="Title" defaultValue={m?.title} maxLength={200} />
      <SelectField
        name="yearOfStudy"
        label="Year of study"
        options={YEARS}
        defaultValue={String(m?.yearOfStudy ?? 1)}
        className="max-w-xs"
      />
      <TextField
        name="academicYear"
        label="Academic year"
        hint="For example: 2026/27"
        defaultValue={m?.academicYear ?? academicYear}
        className="max-w-xs"
        maxLength={7}
      />
      <SelectField
        name="leaderId"
        label="Module leader"
        hint={
          leaders.length
            ? "An academic of this institution. Academics see the modules they lead under “My modules”."
            : "This institution has no academics with an active account yet. You can choose a leader later."
        }
        placeholder="No leader yet"
        options={leaders.map((l) => ({
          value: l.id,
          label: `${l.name} (${l.email})${l.active ? "" : " – account deactivated"}`,
        }))}
        defaultValue={m?.leaderId}
      />
    </>
  );
}
