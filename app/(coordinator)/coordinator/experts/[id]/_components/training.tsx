import { ActionForm } from "@/components/form/action-form";
import { DateInput } from "@/components/form/date-input";
import { Radios, TextArea, TextField } from "@/components/form/fields";
import { SubmitButton } from "@/components/form/submit-button";
import { formatDate } from "@/lib/format";
import { formatCalendarDate } from "@/lib/rates/dates";
import { deleteTrainingAction, recordTrainingAction, setInductionDateAction } from "@/lib/training/actions";
import { TRAINING_COURSE, trainingName } from "@/lib/training/labels";
import { findTrainingForCoordinator } from "@/lib/training/queries";

/** Induction and training on the coordinator's page about an expert: see, record, delete a mistake. */
export async function ExpertTraining({ expertId, partnershipId }: { expertId: string; partnershipId: string }) {
  const expert = await findTrainingForCoordinator({ expertId, partnershipId });
  if (!expert) return null;
  const records = expert.trainingRecords;
  const editable = !expert.erasedAt;
  return (
    <section aria-labelledby="training-title" className="card mb-8">
      <h2 id="training-title">Induction and training</h2>
      <p className="mb-4">
        The expert sees these on their involvement record, with any note. Academics never see them.
      </p>
      <dl className="summary-list mb-4">
        <dt>Induction</dt>
        <dd>
          {expert.inductionDate ? formatDate(expert.inductionDate) : <span className="text-muted">Not recorded</span>}
        </dd>
      </dl>
      {editable && (
        <ActionForm action={setInductionDateAction} aria-label="Induction date" className="mb-6">
          <input type="hidden" name="expertId" value={expert.id} />
          <DateInput
            name="inductionDate"
            label={expert.inductionDate ? "Change the induction date" : "Date of their induction"}
            hint="Today or earlier. For example, 14 9 2026"
          />
          <SubmitButton variant="secondary">Save induction date</SubmitButton>
        </ActionForm>
      )}

      <h3>Training</h3>
      {records.length === 0 ? (
        <p className="mb-4">No training recorded yet.</p>
      ) : (
        <ul className="mb-6 divide-y divide-line border-y border-line">
          {records.map((r) => (
            <li key={r.id} className="flex flex-wrap items-start justify-between gap-x-4 gap-y-2 py-3">
              <span>
                <span className="block font-bold">{trainingName(r)}</span>
                <span className="block text-base text-muted">
                  Completed {formatCalendarDate(r.completedOn)} · recorded by {r.recordedBy.name}
                </span>
                {r.note && <span className="block whitespace-pre-line">{r.note}</span>}
              </span>
              {editable && (
                <ActionForm action={deleteTrainingAction} compact aria-label={`Delete ${trainingName(r)}`}>
                  <input type="hidden" name="trainingId" value={r.id} />
                  <SubmitButton variant="secondary">
                    Delete
                    <span className="sr-only">
                      : {trainingName(r)}, {formatCalendarDate(r.completedOn)}
                    </span>
                  </SubmitButton>
                </ActionForm>
              )}
            </li>
          ))}
        </ul>
      )}
      {editable && (
        <ActionForm action={recordTrainingAction} aria-label="Record training">
          <input type="hidden" name="expertId" value={expert.id} />
          <Radios
            name="course"
            label="Course"
            options={Object.entries(TRAINING_COURSE).map(([value, label]) => ({ value, label }))}
          />
          <TextField name="title" label="Name of the course, if Other" maxLength={200} />
          <DateInput
            name="completedOn"
            label="Date they completed it"
            hint="Today or earlier. For example, 14 9 2026"
          />
          <TextArea name="note" label="Note (optional)" hint="The expert can see this." rows={2} maxLength={1000} />
          <SubmitButton variant="secondary">Record training</SubmitButton>
        </ActionForm>
      )}
    </section>
  );
}
