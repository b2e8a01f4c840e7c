import { ActionForm } from "@/components/form/action-form";
import { Radios, SelectField, SingleCheckbox, TextArea, TextField } from "@/components/form/fields";
import { SubmitButton } from "@/components/form/submit-button";
import type { ServerAction } from "@/lib/actions/action";
import { penceToDecimal } from "@/lib/format";
import { MODULE_OPPORTUNITY_TYPE, options, participationLevelOptions, STAGE } from "@/lib/labels";
import type { OpportunityDetail } from "@/lib/opportunities/queries";
import { BriefingFields } from "./briefing-fields";
import { PayFields } from "./pay-fields";

type Module = { id: string; code: string; title: string; academicYear: string; retired?: boolean };

/**
 * One form for every kind of opportunity. A group meeting (peer support for the expert cohort) is
 * the same form without kind, stage and module: it is never a module's involvement evidence.
 */
export function OpportunityForm({
  action,
  modules,
  opportunity,
  groupMeeting = opportunity?.type === "GROUP_MEETING",
  submitLabel,
}: {
  action: ServerAction;
  modules: Module[];
  opportunity?: OpportunityDetail;
  groupMeeting?: boolean;
  submitLabel: string;
}) {
  const o = opportunity;
  return (
    <ActionForm action={action} className="max-w-3xl">
      {o && <input type="hidden" name="opportunityId" value={o.id} />}
      <fieldset className="mb-8">
        <legend className="mb-4 text-2xl font-bold">
          {groupMeeting ? "About the meeting" : "About the opportunity"}
        </legend>
        <TextField
          name="title"
          label="Title"
          hint={
            groupMeeting
              ? "Short and plain, for example: Experts' group meeting: catch-up and peer support"
              : "Short and plain, for example: Talk to first-year students about being a carer"
          }
          defaultValue={o?.title}
          maxLength={150}
        />
        {groupMeeting ? (
          <input type="hidden" name="type" value="GROUP_MEETING" />
        ) : (
          <div className="grid gap-x-6 sm:grid-cols-2">
            <SelectField
              name="type"
              label="Kind of involvement"
              options={options(MODULE_OPPORTUNITY_TYPE)}
              placeholder="Choose one"
              defaultValue={o?.type}
            />
            <SelectField
              name="stage"
              label="Stage of the programme"
              options={options(STAGE)}
              placeholder="Choose one"
              defaultValue={o?.stage ?? undefined}
            />
          </div>
        )}
        {!groupMeeting && (
          <Radios
            name="participationLevel"
            label="How deep will their involvement be? (optional)"
            hint="Each session's involvement record takes this level, so reports show depth as well as how often."
            options={participationLevelOptions()}
            defaultValue={o?.participationLevel ?? undefined}
          />
        )}
        <TextArea
          name="summary"
          label="Short description"
          hint={
            groupMeeting
              ? "Experts read this first. Say what the meeting is for, for example: news, peer support and planning."
              : "Experts read this first. Say what it is and why their experience matters."
          }
          defaultValue={o?.summary}
          maxLength={2000}
        />
        <TextArea
          name="whatYouWillDo"
          label="What people will do (optional)"
          hint={
            groupMeeting
              ? "For example: lunch, then a conversation in a small group. Nobody has to present."
              : "For example: speak for 20 minutes, then answer students' questions."
          }
          defaultValue={o?.whatYouWillDo}
          rows={5}
          maxLength={4000}
        />
        {/* A group meeting is for the whole cohort: every expert is matched to it. */}
        {!groupMeeting && (
          <TextField
            name="livedExperienceSought"
            label="Lived experience you are looking for (optional)"
            hint="Separate with commas, for example: carer, mental health, care leaver"
            defaultValue={o?.livedExperienceSought.join(", ")}
            maxLength={500}
          />
        )}
        {!groupMeeting && (
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
        )}
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

      <BriefingFields defaults={o} groupMeeting={groupMeeting} />

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
