import { Radios, TextField } from "@/components/form/fields";
import type { Regulator } from "@/lib/generated/prisma/enums";
import { penceToDecimal } from "@/lib/format";

/** The fields of an institution, shared by the add and change forms. */
export function InstitutionFields({
  institution,
}: {
  institution?: {
    name: string;
    shortName: string;
    costCentre: string;
    mileageRatePence: number;
    latePaymentDays: number;
    expertContactName: string;
    expertContactEmail: string;
    expertContactPhone: string;
    privacyContactEmail: string;
    accessibilityContactEmail: string;
    regulator: Regulator | null;
  };
}) {
  return (
    <>
      <TextField name="name" label="Full name" defaultValue={institution?.name} maxLength={200} />
      <TextField
        name="shortName"
        label="Short name"
        hint="Shown where space is tight, for example NBU"
        defaultValue={institution?.shortName}
        className="max-w-xs"
        maxLength={40}
      />
      <Radios
        name="regulator"
        label="Social work regulator"
        hint="The evidence pack for each programme is mapped to this regulator's standards"
        options={[
          { value: "SOCIAL_WORK_ENGLAND", label: "Social Work England" },
          { value: "SSSC", label: "Scottish Social Services Council (SSSC)" },
          { value: "NONE", label: "None of these", hint: "The evidence pack shows the stages without standards" },
        ]}
        defaultValue={institution?.regulator ?? "NONE"}
      />
      <fieldset className="mb-6">
        <legend className="label text-xl">Payments</legend>
        <TextField
          name="costCentre"
          label="Finance cost centre (optional)"
          hint="Printed on payment exports for the finance team"
          defaultValue={institution?.costCentre}
          className="max-w-sm"
          maxLength={50}
        />
        <TextField
          name="mileageRate"
          label="Mileage rate, in pounds per mile"
          hint="In pounds and pence, for example 0.45 for 45p a mile"
          inputMode="decimal"
          defaultValue={institution ? penceToDecimal(institution.mileageRatePence) : "0.45"}
          className="max-w-xs"
          maxLength={20}
        />
        <TextField
          name="latePaymentDays"
          label="A payment is late after this many days"
          hint="Counted from the session; from 1 to 365"
          inputMode="numeric"
          defaultValue={institution?.latePaymentDays ?? 30}
          className="max-w-xs"
          maxLength={3}
        />
      </fieldset>
      <fieldset className="mb-6">
        <legend className="label text-xl">Contact for experts (optional)</legend>
        <p className="hint">Experts see this on opportunities of this institution, for any question.</p>
        <TextField
          name="expertContactName"
          label="Name"
          defaultValue={institution?.expertContactName}
          maxLength={200}
        />
        <TextField
          name="expertContactEmail"
          label="Email address"
          type="email"
          spellCheck={false}
          defaultValue={institution?.expertContactEmail}
          maxLength={200}
        />
        <TextField
          name="expertContactPhone"
          label="Phone number"
          type="tel"
          defaultValue={institution?.expertContactPhone}
          className="max-w-sm"
          maxLength={40}
        />
      </fieldset>
      <fieldset className="mb-6">
        <legend className="label text-xl">Public contacts (optional)</legend>
        <p className="hint">
          Anyone can see these on the privacy notice and the accessibility statement, without signing in. If one is
          blank, the email address of the contact for experts is shown instead.
        </p>
        <TextField
          name="privacyContactEmail"
          label="Data protection email address"
          hint="Where people write about their personal data, usually your data protection officer"
          type="email"
          spellCheck={false}
          defaultValue={institution?.privacyContactEmail}
          maxLength={200}
        />
        <TextField
          name="accessibilityContactEmail"
          label="Accessibility email address"
          hint="Where people report a problem using Involve or ask for information in another format"
          type="email"
          spellCheck={false}
          defaultValue={institution?.accessibilityContactEmail}
          maxLength={200}
        />
      </fieldset>
    </>
  );
}
