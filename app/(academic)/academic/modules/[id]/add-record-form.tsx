import { ActionForm } from "@/components/form/action-form";
import { DateInput } from "@/components/form/date-input";
import { Radios, SelectField, TextArea, TextField } from "@/components/form/fields";
import { SubmitButton } from "@/components/form/submit-button";
import { addInvolvementRecordAction } from "@/lib/involvement/actions";
import { toDateInput } from "@/lib/format";
import { options, participationLevelOptions, STAGE } from "@/lib/labels";

export function AddRecordForm({ moduleId }: { moduleId: string }) {
  return (
    <ActionForm action={addInvolvementRecordAction} aria-label="Add involvement by hand">
      <input type="hidden" name="moduleId" value={moduleId} />
      <DateInput
        name="date"
        label="Date"
        hint="The day it took place, up to a year ahead. For example, 27 3 2027"
        defaultValue={toDateInput(new Date())}
      />
      <SelectField name="stage" label="Stage of the programme" options={options(STAGE)} placeholder="Choose a stage" />
      <Radios
        name="participationLevel"
        label="How deep was their involvement? (optional)"
        hint="The evidence for the regulator shows depth as well as how often."
        options={participationLevelOptions()}
      />
      <TextField
        name="hours"
        label="Hours"
        hint="For example, 1.5 for an hour and a half. From 0.25 to 24."
        inputMode="decimal"
        autoComplete="off"
      />
      <TextField
        name="expertCount"
        label="Number of people with lived experience"
        hint="From 1 to 100"
        inputMode="numeric"
        autoComplete="off"
      />
      <TextArea
        name="description"
        label="What did they do?"
        hint="For example, two carers co-marked the case study presentations. Up to 2000 characters."
        maxLength={2000}
      />
      <SubmitButton>Add involvement</SubmitButton>
    </ActionForm>
  );
}
