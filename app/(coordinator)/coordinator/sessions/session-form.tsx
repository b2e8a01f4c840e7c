import { ActionForm } from "@/components/form/action-form";
import { DateInput } from "@/components/form/date-input";
import { TextArea, TextField } from "@/components/form/fields";
import { SubmitButton } from "@/components/form/submit-button";
import type { ServerAction } from "@/lib/actions/action";
import { toDateInput, toTimeInput } from "@/lib/format";

type Defaults = {
  startsAt: Date;
  endsAt: Date;
  location: string;
  onlineUrl: string;
  accessInfo: string;
  places: number;
};

/** Add or edit one session. Times are typed in London time. */
export function SessionForm({
  action,
  hidden,
  session,
  submitLabel,
}: {
  action: ServerAction;
  hidden: Record<string, string>;
  session?: Defaults;
  submitLabel: string;
}) {
  return (
    <ActionForm action={action} className="max-w-3xl">
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <section aria-labelledby="when-title" className="mb-6">
        <h2 id="when-title" className="mb-2 text-2xl">
          When
        </h2>
        <p className="hint mb-4">UK time.</p>
        <DateInput name="date" label="Date" defaultValue={session ? toDateInput(session.startsAt) : undefined} />
        <div className="grid gap-x-6 sm:grid-cols-2">
          <TextField
            name="startTime"
            label="Start time"
            type="time"
            defaultValue={session ? toTimeInput(session.startsAt) : undefined}
          />
          <TextField
            name="endTime"
            label="End time"
            type="time"
            defaultValue={session ? toTimeInput(session.endsAt) : undefined}
          />
        </div>
      </section>
      <fieldset className="mb-6">
        <legend className="mb-4 text-2xl font-bold">Where</legend>
        <p className="hint">Give a place, an online link, or both.</p>
        <TextField
          name="location"
          label="Place"
          hint="Building and room, for example: Hollins Building, room 2.14"
          defaultValue={session?.location}
          maxLength={300}
        />
        <TextField
          name="onlineUrl"
          label="Online link (optional)"
          hint="Starts with https://"
          type="url"
          inputMode="url"
          spellCheck={false}
          defaultValue={session?.onlineUrl}
          maxLength={500}
        />
        <TextArea
          name="accessInfo"
          label="Access information (optional)"
          hint="Step-free route, hearing loop, quiet room, parking, nearest bus stop."
          defaultValue={session?.accessInfo}
          rows={3}
          maxLength={2000}
        />
      </fieldset>
      <TextField
        name="places"
        label="Number of places"
        inputMode="numeric"
        defaultValue={session?.places ?? 2}
        className="max-w-xs"
      />
      <SubmitButton>{submitLabel}</SubmitButton>
    </ActionForm>
  );
}
