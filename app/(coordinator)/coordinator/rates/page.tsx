import { DateInput } from "@/components/form/date-input";
import type { Metadata } from "next";
import { ActionForm } from "@/components/form/action-form";
import { SelectField, SingleCheckbox, TextField } from "@/components/form/fields";
import { SubmitButton } from "@/components/form/submit-button";
import { requireArea } from "@/lib/auth/guard";
import { formatMoney, penceToDecimal } from "@/lib/format";
import { OPPORTUNITY_TYPE, options, PAY_BASIS } from "@/lib/labels";
import { addRateAction, updatePaymentSettingsAction } from "@/lib/rates/actions";
import { formatCalendarShort } from "@/lib/rates/dates";
import { paymentSettings, rateCard, type CardLine } from "@/lib/rates/queries";
import type { OpportunityType, PayBasis } from "@/lib/generated/prisma/enums";
import { BackLink } from "@/components/ui/back-link";
import { ScrollBox } from "@/components/ui/scroll-box";

export const metadata: Metadata = { title: "Rate card" };

const TYPES = Object.keys(OPPORTUNITY_TYPE) as OpportunityType[];
const BASES = Object.keys(PAY_BASIS) as PayBasis[];
const short = formatCalendarShort;
const BASIS_HEADING: Record<PayBasis, string> = {
  HOUR: "Per hour",
  HALF_DAY: "Per half day",
  DAY: "Per day",
  FIXED: "Fixed fee",
};

function RateCell({ line }: { line: CardLine | undefined }) {
  if (!line) return <span className="text-muted">None</span>;
  return (
    <div className="text-base">
      {line.current ? (
        <>
          <span className="block font-bold tabular-nums md:text-lg">{formatMoney(line.current.amountPence)}</span>
          <span className="block text-muted">since {short(line.current.effectiveFrom)}</span>
          {line.current.paysPreparation && <span className="block">Preparation paid</span>}
        </>
      ) : (
        <span className="block text-muted">None today</span>
      )}
      {line.upcoming.map((r) => (
        <span key={r.id} className="mt-1 block font-bold">
          Then {formatMoney(r.amountPence)} from {short(r.effectiveFrom)}
        </span>
      ))}
      {line.past.length > 0 && (
        <details className="mt-1">
          <summary className="min-h-11 cursor-pointer py-2 text-link underline">Earlier rates</summary>
          <ul>
            {line.past.map((r) => (
              <li key={r.id}>
                {formatMoney(r.amountPence)} from {short(r.effectiveFrom)}
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}

export default async function Page() {
  const user = await requireArea("coordinator");
  const { institutionId } = user;
  const [card, settings] = await Promise.all([rateCard({ institutionId }), paymentSettings({ institutionId })]);

  return (
    <>
      <BackLink href="/coordinator/payments">Payments</BackLink>
      <h1>Rate card and payment settings</h1>
      <p className="mb-8 max-w-3xl">
        The rates {settings.name} pays people with lived experience, by kind of opportunity. A new rate starts on a
        date: opportunities for sessions before that date keep the old rate. Rates are never changed in place, so the
        history stays.
      </p>

      <section aria-labelledby="card" className="mb-10">
        <h2 id="card">Rates</h2>
        {card.length === 0 && <p className="card mb-4">No rates yet. Add the first one below.</p>}
        {/* Phones: one card per kind of opportunity. */}
        <ul className="grid gap-3 md:hidden">
          {TYPES.map((type) => (
            <li key={type} className="card">
              <h3 className="text-lg">{OPPORTUNITY_TYPE[type]}</h3>
              <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2">
                {BASES.map((basis) => (
                  <div key={basis} className="contents">
                    <dt className="font-bold">{BASIS_HEADING[basis]}</dt>
                    <dd>
                      <RateCell line={card.find((l) => l.opportunityType === type && l.basis === basis)} />
                    </dd>
                  </div>
                ))}
              </dl>
            </li>
          ))}
        </ul>
        <ScrollBox label="Rate card" className="hidden md:block">
          <table className="table min-w-[48rem]">
            <caption className="mb-2 text-left">
              The rate in force today for each kind of opportunity, with any later rate and earlier rates.
            </caption>
            <thead>
              <tr>
                <th scope="col">Kind of opportunity</th>
                {BASES.map((basis) => (
                  <th scope="col" key={basis}>
                    {BASIS_HEADING[basis]}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {TYPES.map((type) => (
                <tr key={type}>
                  <th scope="row">{OPPORTUNITY_TYPE[type]}</th>
                  {BASES.map((basis) => {
                    const line = card.find((l) => l.opportunityType === type && l.basis === basis);
                    return (
                      <td key={basis}>
                        <RateCell line={line} />
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollBox>
      </section>

      <div className="grid gap-10 lg:grid-cols-2">
        <section aria-labelledby="add" className="card">
          <h2 id="add">Add a rate</h2>
          <p className="mb-4">To raise a rate, add the new amount with the date it starts.</p>
          <ActionForm action={addRateAction} aria-label="Add a rate">
            <SelectField
              name="opportunityType"
              label="Kind of opportunity"
              options={options(OPPORTUNITY_TYPE)}
              placeholder="Choose one"
            />
            <SelectField name="basis" label="Paid" options={options(PAY_BASIS)} placeholder="Choose one" />
            <TextField
              name="amount"
              label="Amount in pounds"
              hint="For example 25.00"
              inputMode="decimal"
              autoComplete="off"
              className="max-w-xs"
            />
            <DateInput name="effectiveFrom" label="Starts on" hint="Today or a later date. For example, 27 3 2027" />
            <SingleCheckbox name="paysPreparation" label="Pay preparation time at this rate" />
            <SubmitButton>Add rate</SubmitButton>
          </ActionForm>
        </section>

        <section aria-labelledby="settings" className="card">
          <h2 id="settings">Payment settings</h2>
          <ActionForm action={updatePaymentSettingsAction} aria-label="Payment settings">
            <TextField
              name="mileageRate"
              label="Mileage rate in pounds per mile"
              hint="For example 0.45 for 45p a mile"
              defaultValue={penceToDecimal(settings.mileageRatePence)}
              inputMode="decimal"
              className="max-w-xs"
            />
            <TextField
              name="latePaymentDays"
              label="A payment is late after this many days"
              hint="Counted from the day of the session, until it is paid"
              defaultValue={settings.latePaymentDays}
              inputMode="numeric"
              className="max-w-xs"
            />
            <TextField
              name="costCentre"
              label="Cost centre for finance exports"
              defaultValue={settings.costCentre}
              maxLength={50}
              className="max-w-md"
            />
            <SubmitButton variant="secondary">Save settings</SubmitButton>
          </ActionForm>
        </section>
      </div>
    </>
  );
}
