import { ActionForm } from "@/components/form/action-form";
import { Radios, TextArea } from "@/components/form/fields";
import { SubmitButton } from "@/components/form/submit-button";
import { correctAttendanceAction } from "@/lib/bookings/actions";

export function CorrectAttendanceForm({
  bookingId,
  name,
  came,
  hasPayment,
}: {
  bookingId: string;
  name: string;
  came: boolean;
  hasPayment: boolean;
}) {
  return (
    <ActionForm action={correctAttendanceAction} className="max-w-2xl">
      <input type="hidden" name="bookingId" value={bookingId} />
      <Radios
        name="attendance"
        label={`Did ${name} come?`}
        options={[
          {
            value: "ATTENDED",
            label: "Came",
            hint: came ? "As recorded now" : "A payment is made ready to check, and the session counts them",
          },
          {
            value: "NO_SHOW",
            label: "Did not come",
            hint: !came
              ? "As recorded now"
              : hasPayment
                ? "Their payment, not yet approved, is removed with any expenses on it"
                : "They are no longer counted for this session",
          },
        ]}
      />
      <TextArea
        name="reason"
        label="Why are you changing it?"
        hint={`For example: marked by mistake, or they arrived after the register. ${name} will be told, and it is kept in the audit log.`}
        rows={3}
        maxLength={500}
      />
      <SubmitButton>Change attendance</SubmitButton>
    </ActionForm>
  );
}
