import { Radios, TextField } from "@/components/form/fields";
import { options, PROGRAMME_LEVEL } from "@/lib/labels";

export function ProgrammeFields({ programme }: { programme?: { name: string; level: string } }) {
  return (
    <>
      <TextField
        name="name"
        label="Name of the programme"
        hint="For example: BA (Hons) Social Work"
        defaultValue={programme?.name}
        maxLength={200}
      />
      <Radios name="level" label="Level" options={options(PROGRAMME_LEVEL)} defaultValue={programme?.level} />
    </>
  );
}
