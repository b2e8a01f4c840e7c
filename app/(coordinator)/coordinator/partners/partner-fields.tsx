import { Radios, TextArea, TextField } from "@/components/form/fields";
import { options, PARTNER_TYPE } from "@/lib/labels";

/** The fields of a partner group, shared by the add and change forms. */
export function PartnerFields({
  partner,
}: {
  partner?: {
    name: string;
    type: string;
    contactName: string;
    contactEmail: string;
    contactPhone: string;
    notes: string;
  };
}) {
  return (
    <>
      <TextField name="name" label="Name of the group" defaultValue={partner?.name} maxLength={200} />
      <Radios
        name="type"
        label="What kind of group is it?"
        options={options(PARTNER_TYPE)}
        defaultValue={partner?.type}
      />
      <fieldset className="mb-6">
        <legend className="label text-xl">Main contact (optional)</legend>
        <TextField name="contactName" label="Name" defaultValue={partner?.contactName} maxLength={200} />
        <TextField
          name="contactEmail"
          label="Email address"
          type="email"
          spellCheck={false}
          defaultValue={partner?.contactEmail}
          maxLength={200}
        />
        <TextField
          name="contactPhone"
          label="Phone number"
          type="tel"
          defaultValue={partner?.contactPhone}
          className="max-w-sm"
          maxLength={40}
        />
      </fieldset>
      <TextArea
        name="notes"
        label="Notes (optional)"
        hint="For example: how they like to be approached, meeting days, invoicing arrangements."
        defaultValue={partner?.notes}
        rows={5}
        maxLength={4000}
      />
    </>
  );
}
