import { DateInput } from "@/components/form/date-input";
import { TextField } from "@/components/form/fields";
import { toDateInput } from "@/lib/format";

/** The date a payment was paid (today at most) and the finance office's reference. */
export function PaidFields() {
  const today = toDateInput(new Date());
  return (
    <>
      <DateInput
        name="paidOn"
        label="Date it was paid"
        hint="Today or earlier. For example, 27 3 2027"
        defaultValue={today}
      />
      <TextField
        name="reference"
        label="Payment reference"
        hint="From the finance office, for example BACS-2026-0412"
        maxLength={100}
        className="max-w-md"
        autoComplete="off"
      />
    </>
  );
}
