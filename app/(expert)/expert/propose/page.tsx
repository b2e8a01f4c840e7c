import type { Metadata } from "next";
import { ActionForm } from "@/components/form/action-form";
import { Radios, SelectField, TextArea, TextField } from "@/components/form/fields";
import { SubmitButton } from "@/components/form/submit-button";
import { Pagination } from "@/components/ui/pagination";
import { Tag, type TagColour } from "@/components/ui/tag";
import { requireArea } from "@/lib/auth/guard";
import type { OpportunityStatus } from "@/lib/generated/prisma/enums";
import { formatShortDate } from "@/lib/format";
import { MODULE_OPPORTUNITY_TYPE, OPPORTUNITY_TYPE, options, STAGE, stageLabel } from "@/lib/labels";
import { pageFrom } from "@/lib/pagination";
import { proposeInvolvementAction } from "@/lib/proposals/actions";
import { listMyProposals, proposalChoices } from "@/lib/proposals/queries";

export const metadata: Metadata = { title: "Propose an idea" };

/** Where an idea has got to, in the proposer's words rather than the coordinators' workflow. */
const PROPOSAL_STATUS: Record<OpportunityStatus, { text: string; colour: TagColour }> = {
  DRAFT: { text: "With the coordinators", colour: "yellow" },
  OPEN: { text: "Taken up: open for people to sign up", colour: "blue" },
  FILLED: { text: "Taken up: all places filled", colour: "green" },
  CLOSED: { text: "Taken up: now closed", colour: "grey" },
  CANCELLED: { text: "Not taken forward", colour: "red" },
};

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function Page({ searchParams }: { searchParams: SearchParams }) {
  const user = await requireArea("expert");
  const { page, skip, take, size } = pageFrom((await searchParams).page);
  const [choices, proposals] = await Promise.all([proposalChoices(user), listMyProposals({ user, skip, take })]);

  return (
    <>
      <h1>Propose an idea</h1>
      <p className="mb-6 max-w-3xl">
        Have an idea for how people with lived experience could be involved in teaching social work students? Tell the
        involvement coordinators what you would like to do and why. You can propose it for yourself or for a group you
        belong to. They will talk it through with you, agree the pay and, if it goes ahead, publish it.
      </p>

      <section aria-labelledby="new-idea" className="mb-12 max-w-2xl">
        <h2 id="new-idea">Your idea</h2>
        <ActionForm action={proposeInvolvementAction} aria-label="Propose an idea">
          <SelectField
            name="institutionId"
            label="University"
            options={choices.institutions}
            placeholder="Choose a university"
            defaultValue={choices.institutions.length === 1 ? choices.institutions[0]!.value : undefined}
          />
          <TextField
            name="title"
            label="Short title"
            hint="For example, A carers' panel for interview days. Up to 120 characters."
            maxLength={120}
          />
          <TextArea
            name="what"
            label="What would you like to do?"
            hint="Up to 2000 characters."
            maxLength={2000}
            rows={5}
          />
          <TextArea
            name="why"
            label="Why would it help students?"
            hint="Up to 2000 characters."
            maxLength={2000}
            rows={4}
          />
          <SelectField
            name="type"
            label="What kind of involvement is it closest to?"
            options={options(MODULE_OPPORTUNITY_TYPE)}
            placeholder="Choose a kind"
          />
          <Radios name="stage" label="Which part of the course is it for?" options={options(STAGE)} />
          {choices.partners.length > 0 && (
            <SelectField
              name="partnerId"
              label="Who is proposing it? (optional)"
              hint="Choose a group if you are proposing it on the group's behalf"
              options={choices.partners}
              placeholder="Just me"
            />
          )}
          <SubmitButton>Send my idea</SubmitButton>
        </ActionForm>
      </section>

      <section aria-labelledby="my-ideas">
        <h2 id="my-ideas">Your ideas</h2>
        {proposals.total === 0 ? (
          <p>You have not proposed any ideas yet.</p>
        ) : (
          <ul className="grid gap-4">
            {proposals.items.map((p) => (
              <li key={p.id} className="card">
                <h3 className="mb-1">{p.title}</h3>
                <p className="mb-2">
                  <Tag colour={PROPOSAL_STATUS[p.status].colour}>{PROPOSAL_STATUS[p.status].text}</Tag>
                </p>
                <dl className="summary-list grid gap-x-6 sm:grid-cols-[max-content_1fr]">
                  <dt>University</dt>
                  <dd>{p.institution.name}</dd>
                  <dt>Kind</dt>
                  <dd>{OPPORTUNITY_TYPE[p.type]}</dd>
                  <dt>Part of the course</dt>
                  <dd>{stageLabel(p.stage)}</dd>
                  {p.proposedForPartner && (
                    <>
                      <dt>For</dt>
                      <dd>{p.proposedForPartner.name}</dd>
                    </>
                  )}
                  <dt>Sent</dt>
                  <dd>{formatShortDate(p.createdAt)}</dd>
                  {p.status === "CANCELLED" && p.cancelReason && (
                    <>
                      <dt>Why not</dt>
                      <dd className="whitespace-pre-line">{p.cancelReason}</dd>
                    </>
                  )}
                </dl>
              </li>
            ))}
          </ul>
        )}
        <Pagination page={page} pageCount={Math.max(1, Math.ceil(proposals.total / size))} basePath="/expert/propose" />
      </section>
    </>
  );
}
