import { ActionForm } from "@/components/form/action-form";
import { DateInput } from "@/components/form/date-input";
import { TextArea } from "@/components/form/fields";
import { SubmitButton } from "@/components/form/submit-button";
import { recordDebriefAction, updateDebriefNoteAction } from "@/lib/debriefs/actions";
import { PRIVATE_NOTE_MAX } from "@/lib/debriefs/schemas";
import { toDateInput } from "@/lib/format";

const NOTE_HINT =
  "Only coordinators and admins of your university see this note: never the expert, never academics. The audit log records that a note was written or changed, not what it says.";

export function RecordDebriefForm({ taskId }: { taskId: string }) {
  return (
    <ActionForm action={recordDebriefAction} aria-label="Record the debrief">
      <input type="hidden" name="taskId" value={taskId} />
      <DateInput
        name="doneOn"
        label="When did it happen?"
        hint="Today or earlier. For example, 27 3 2027"
        defaultValue={toDateInput(new Date())}
      />
      <TextArea
        name="privateNote"
        label="Private note (optional)"
        hint={NOTE_HINT}
        rows={5}
        maxLength={PRIVATE_NOTE_MAX}
      />
      <SubmitButton>Record the debrief</SubmitButton>
    </ActionForm>
  );
}

export function PrivateNoteForm({ taskId, note }: { taskId: string; note: string }) {
  return (
    <ActionForm action={updateDebriefNoteAction} aria-label="Private note">
      <input type="hidden" name="taskId" value={taskId} />
      <TextArea
        name="privateNote"
        label="Private note"
        hint={NOTE_HINT}
        rows={5}
        maxLength={PRIVATE_NOTE_MAX}
        defaultValue={note}
      />
      <SubmitButton variant="secondary">Save the note</SubmitButton>
    </ActionForm>
  );
}
