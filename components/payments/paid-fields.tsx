import { TextField } from "@/components/form/fields";
import { toDateInput } from "@/lib/format";

/** The date a payment was paid (today at most) and the finance office's reference. */
export function PaidFields() {
  const today = toDateInput(new Date());
  return (
    <>
      <TextField
        name="paidOn"
        type="date"
        label="Date it was paid"
        defaultValue={today}
        max={today}
        className="max-w-xs"
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
