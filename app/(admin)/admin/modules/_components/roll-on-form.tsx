import { ActionForm } from "@/components/form/action-form";
import { SelectField } from "@/components/form/fields";
import { SubmitButton } from "@/components/form/submit-button";
import { rollModulesOnAction } from "@/lib/modules/roll-on-action";

/** "Roll modules on": copies this year's current modules (and leaders) into the next year. */
export function RollOnForm({
  institutionId,
  institutionName,
  fromYear,
  toYear,
  programmes,
}: {
  institutionId: string;
  institutionName: string;
  fromYear: string;
  toYear: string;
  programmes: readonly { id: string; name: string }[];
}) {
  return (
    <section aria-labelledby="roll-on-title" className="card mb-8 max-w-3xl">
      <h2 id="roll-on-title">Roll modules on to {toYear}</h2>
      <p>
        Copies every current module of {institutionName} in {fromYear} into {toYear}, with its leader. Modules already
        in {toYear} are left as they are, and a leader whose account is no longer active is not copied.
      </p>
      <ActionForm action={rollModulesOnAction} aria-label={`Roll modules on to ${toYear}`}>
        <input type="hidden" name="institutionId" value={institutionId} />
        <input type="hidden" name="fromYear" value={fromYear} />
        <SelectField
          name="programmeId"
          label="Which programmes?"
          placeholder="All programmes"
          options={programmes.map((p) => ({ value: p.id, label: p.name }))}
        />
        <SubmitButton variant="secondary">Copy modules to {toYear}</SubmitButton>
      </ActionForm>
    </section>
  );
}
