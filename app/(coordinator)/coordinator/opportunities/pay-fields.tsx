import Link from "next/link";
import { Radios, SelectField, TextField } from "@/components/form/fields";
import { requireArea } from "@/lib/auth/guard";
import { formatMoney } from "@/lib/format";
import { OPPORTUNITY_TYPE, options, PAY_BASIS } from "@/lib/labels";
import { rateCard } from "@/lib/rates/queries";

/**
 * The pay part of the opportunity form. Field names the actions read: payFrom ("card" or
 * "own"), payRate (pounds text, for "own"), payBasis, rateOverrideReason. The server picks
 * the card's rate for the kind and basis at the first session's date (lib/rates/pick.ts).
 */
export async function PayFields({
  defaults,
}: {
  defaults?: { payRate?: string; payBasis?: string; rateId?: string | null; rateOverrideReason?: string | null };
}) {
  const user = await requireArea("coordinator");
  const card = await rateCard({ institutionId: user.institutionId });
  const current = card.filter((line) => line.current);
  const fromCard =
    !defaults || Boolean(defaults.rateId) || (!defaults.rateOverrideReason && defaults.payRate === "0.00");
  return (
    <fieldset className="mb-8">
      <legend className="mb-4 text-2xl font-bold">Pay</legend>
      <SelectField
        name="payBasis"
        label="How the pay is worked out"
        options={options(PAY_BASIS)}
        defaultValue={defaults?.payBasis ?? "HOUR"}
        className="max-w-md"
      />
      <Radios
        name="payFrom"
        label="Pay rate"
        hint="The rate card amount is the one in force on the date of the first session (today, until there is one)."
        options={[
          { value: "card", label: "Use the rate card amount" },
          { value: "own", label: "Set a different amount" },
        ]}
        defaultValue={fromCard ? "card" : "own"}
      />
      {current.length > 0 ? (
        <details className="mb-6">
          <summary className="min-h-11 cursor-pointer py-2 text-link underline">See today&apos;s rate card</summary>
          <ul className="mt-2 grid gap-1 text-base">
            {current.map((line) => (
              <li key={`${line.opportunityType}-${line.basis}`}>
                {OPPORTUNITY_TYPE[line.opportunityType]}: <strong>{formatMoney(line.current!.amountPence)}</strong>{" "}
                {PAY_BASIS[line.basis]}
              </li>
            ))}
          </ul>
          <p className="mt-2 text-base">
            <Link href="/coordinator/rates">Rate card and payment settings</Link>
          </p>
        </details>
      ) : (
        <p className="mb-6">
          Your university has no rate card yet. Set an amount below, or{" "}
          <Link href="/coordinator/rates">add rates to the card</Link>.
        </p>
      )}
      <TextField
        name="payRate"
        label="Different amount in pounds"
        hint="Only if you chose a different amount. For example 25.00"
        inputMode="decimal"
        autoComplete="off"
        defaultValue={defaults?.payRate}
        className="max-w-xs"
      />
      <TextField
        name="rateOverrideReason"
        label="Why a different amount?"
        maxLength={500}
        hint="Needed when the amount is not the rate card's. Finance may ask."
        defaultValue={defaults?.rateOverrideReason ?? undefined}
      />
    </fieldset>
  );
}
