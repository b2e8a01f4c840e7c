import { SelectField, SingleCheckbox, TextArea, TextField } from "@/components/form/fields";
import { requireArea } from "@/lib/auth/guard";
import { listContactChoices } from "@/lib/preparation/queries";

/**
 * The briefing part of the opportunity form: what the expert reads before signing up and again
 * before the session. The level comes from the linked module, so it is not asked here.
 */
export async function BriefingFields({
  defaults,
  groupMeeting = false,
}: {
  /** A group meeting has no students: "how many students" is not asked. */
  groupMeeting?: boolean;
  defaults?: {
    whoWillBeThere: string;
    cohortSize: number | null;
    sensitiveTopic: boolean;
    sensitiveTopicNote: string;
    contactId: string | null;
  };
}) {
  const user = await requireArea("coordinator");
  const contacts = await listContactChoices({ institutionId: user.institutionId });
  return (
    <fieldset className="mb-8">
      <legend className="mb-4 text-2xl font-bold">Briefing</legend>
      <p className="mb-4 max-w-2xl">
        {groupMeeting
          ? "Experts read this before they sign up and again before the meeting."
          : "Experts read this before they sign up and again before the session. The students' level comes from the module."}
      </p>
      <TextArea
        name="whoWillBeThere"
        label="Who will be there (optional)"
        hint={
          groupMeeting
            ? "For example: experts by experience from across the partnership and two coordinators"
            : "For example: first-year students, two lecturers and another expert by experience"
        }
        defaultValue={defaults?.whoWillBeThere}
        rows={2}
        maxLength={500}
      />
      {!groupMeeting && (
        <TextField
          name="cohortSize"
          label="Roughly how many students (optional)"
          hint="A whole number, for example 60"
          inputMode="numeric"
          autoComplete="off"
          defaultValue={defaults?.cohortSize ?? undefined}
          className="max-w-xs"
        />
      )}
      <SingleCheckbox
        name="sensitiveTopic"
        label="The topic may be upsetting"
        hint="For example: abuse, suicide, losing a child. Everyone who comes is checked on afterwards."
        defaultChecked={defaults?.sensitiveTopic}
      />
      <TextArea
        name="sensitiveTopicNote"
        label="What the session talks about that may be upsetting"
        hint="Needed when the topic may be upsetting. Plain words, for example: children being taken into care."
        defaultValue={defaults?.sensitiveTopicNote}
        rows={2}
        maxLength={1000}
      />
      <SelectField
        name="contactId"
        label="Who experts contact"
        hint="Their questions and news about the sessions go to this person."
        defaultValue={defaults?.contactId ?? user.id}
        options={contacts.map((c) => ({ value: c.id, label: c.id === user.id ? `${c.name} (you)` : c.name }))}
        className="max-w-md"
      />
    </fieldset>
  );
}
