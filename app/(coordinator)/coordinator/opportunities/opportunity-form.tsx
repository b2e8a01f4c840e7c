import { ActionForm } from "@/components/form/action-form";
import { SelectField, SingleCheckbox, TextArea, TextField } from "@/components/form/fields";
import { SubmitButton } from "@/components/form/submit-button";
import type { ServerAction } from "@/lib/actions/action";
import { penceToDecimal } from "@/lib/format";
import { OPPORTUNITY_TYPE, options, STAGE } from "@/lib/labels";
import type { OpportunityDetail } from "@/lib/opportunities/queries";
import { BriefingFields } from "./briefing-fields";
import { PayFields } from "./pay-fields";

type Module = { id: string; code: string; title: string; academicYear: string; retired?: boolean };

export function OpportunityForm({
  action,
  modules,
  opportunity,
  submitLabel,
}: {
  action: ServerAction;
  modules: Module[];
  opportunity?: OpportunityDetail;
  submitLabel: string;
}) {
  const o = opportunity;
  return (
    <ActionForm action={action} className="max-w-3xl">
      {o && <input type="hidden" name="opportunityId" value={o.id} />}
      <fieldset className="mb-8">
        <legend className="mb-4 text-2xl font-bold">About the opportunity</legend>
        <TextField
          name="title"
          label="Title"
          hint="Short and plain, for example: Talk to first-year students about being a carer"
          defaultValue={o?.title}
          maxLength={150}
        />
        <div className="grid gap-x-6 sm:grid-cols-2">
          <SelectField
            name="type"
            label="Kind of involvement"
            options={options(OPPORTUNITY_TYPE)}
            placeholder="Choose one"
            defaultValue={o?.type}
          />
          <SelectField
            name="stage"
            label="Stage of the programme"
            options={options(STAGE)}
            placeholder="Choose one"
            defaultValue={o?.stage}
          />
        </div>
        <TextArea
          name="summary"
          label="Short description"
          hint="Experts read this first. Say what it is and why their experience matters."
          defaultValue={o?.summary}
          maxLength={2000}
        />
        <TextArea
          name="whatYouWillDo"
          label="What people will do (optional)"
          hint="For example: speak for 20 minutes, then answer students' questions."
          defaultValue={o?.whatYouWillDo}
          rows={5}
          maxLength={4000}
        />
        <TextField
          name="livedExperienceSought"
          label="Lived experience you are looking for (optional)"
          hint="Separate with commas, for example: carer, mental health, care leaver"
          defaultValue={o?.livedExperienceSought.join(", ")}
          maxLength={500}
        />
        <SelectField
          name="moduleId"
          label="Module (optional)"
          hint="Linking a module counts attended sessions as evidence for it."
          placeholder="Not linked to a module"
          defaultValue={o?.moduleId}
          options={modules.map((m) => ({
            value: m.id,
            label: `${m.code} ${m.title} (${m.academicYear}${m.retired ? ", retired" : ""})`,
          }))}
        />
      </fieldset>

      <PayFields
        defaults={
          o
            ? {
                payRate: penceToDecimal(o.payRatePence),
                payBasis: o.payBasis,
                rateId: o.rateId,
                rateOverrideReason: o.rateOverrideReason,
              }
            : undefined
        }
      />

      <BriefingFields defaults={o} />

      <fieldset className="mb-8">
        <legend className="mb-4 text-2xl font-bold">Support</legend>
        <SingleCheckbox
          name="preparationOffered"
          label="Paid preparation time is offered"
          defaultChecked={o?.preparationOffered}
        />
        <TextField
          name="preparationMinutes"
          label="Preparation time in minutes"
          hint="Only used when preparation is offered. For example 30."
          inputMode="numeric"
          defaultValue={o?.preparationMinutes ?? 0}
          className="max-w-xs"
        />
        <SingleCheckbox
          name="debriefOffered"
          label="A debrief is offered afterwards"
          defaultChecked={o?.debriefOffered}
        />
        <SingleCheckbox name="quietRoomOffered" label="A quiet room is offered" defaultChecked={o?.quietRoomOffered} />
        <SingleCheckbox
          name="supporterWelcome"
          label="A supporter or personal assistant is welcome to come"
          hint="They do not take one of the session's places."
          defaultChecked={o?.supporterWelcome}
        />
      </fieldset>
      <SubmitButton>{submitLabel}</SubmitButton>
    </ActionForm>
  );
}
