import { SelectField, TextField } from "@/components/form/fields";
import { options, PAY_BASIS } from "@/lib/labels";

/**
 * The pay part of the opportunity form, on its own so the rate-card lookup can replace it
 * without touching the rest. Field names the actions read: payRate (pounds text), payBasis,
 * rateId (optional, a Rate of this university), rateOverrideReason.
 */
export function PayFields({ defaults }: { defaults?: { payRate?: string; payBasis?: string; rateId?: string | null; rateOverrideReason?: string | null } }) {
  return (
    <fieldset className="mb-8">
      <legend className="mb-4 text-2xl font-bold">Pay</legend>
      <div className="grid gap-x-6 sm:grid-cols-2">
        <TextField name="payRate" label="Pay rate in pounds" hint="For example 25.00" inputMode="decimal" autoComplete="off"
          defaultValue={defaults?.payRate} className="max-w-xs" />
        <SelectField name="payBasis" label="How the pay is worked out" options={options(PAY_BASIS)} defaultValue={defaults?.payBasis ?? "HOUR"} />
      </div>
      {defaults?.rateId && <input type="hidden" name="rateId" value={defaults.rateId} />}
      <TextField name="rateOverrideReason" label="Reason for a different rate (optional)"
        hint="If this is not your usual rate, say why. Finance may ask." defaultValue={defaults?.rateOverrideReason ?? undefined} />
    </fieldset>
  );
}
