"use client";

import { ActionForm, type FormAction } from "@/components/form/action-form";
import { FileField, Radios } from "@/components/form/fields";
import { SubmitButton } from "@/components/form/submit-button";

/** Choose what you are importing and the file: the server reads it and shows a preview. */
export function ImportUploadForm({
  action,
  kinds,
  limits,
}: {
  action: FormAction;
  kinds: { value: string; label: string }[];
  limits: string;
}) {
  return (
    <ActionForm action={action} aria-label="Upload a spreadsheet" className="max-w-3xl">
      <Radios name="kind" label="What are you importing?" options={kinds} defaultValue={kinds[0]?.value} />
      <FileField
        name="file"
        label="Spreadsheet file"
        hint={`A CSV file (.csv) or an Excel workbook (.xlsx), with the template's headings in the first row. ${limits}`}
        accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
      />
      <p className="mb-4">Nothing is saved yet: you will see what will happen, row by row, before you confirm.</p>
      <SubmitButton>Upload and preview</SubmitButton>
    </ActionForm>
  );
}
