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
import { listModuleChoices } from "@/lib/modules/queries";
import { pageFrom } from "@/lib/pagination";
import { requestInvolvementAction } from "@/lib/requests/actions";
import { listMyRequests, REQUEST_STATUS } from "@/lib/requests/queries";

export const metadata: Metadata = { title: "Request involvement" };

const STATUS_COLOUR: Record<OpportunityStatus, TagColour> = {
  DRAFT: "yellow",
  OPEN: "blue",
  FILLED: "green",
  CLOSED: "grey",
  CANCELLED: "red",
};

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function Page({ searchParams }: { searchParams: SearchParams }) {
  const user = await requireArea("academic");
  const params = await searchParams;
  const { page, skip, take, size } = pageFrom(params.page);
  const [modules, requests] = await Promise.all([
    listModuleChoices({ user }),
    listMyRequests({ userId: user.id, skip, take }),
  ]);
  const chosen =
    typeof params.module === "string" && modules.some((m) => m.id === params.module) ? params.module : undefined;

  return (
    <>
      <h1>Request involvement</h1>
      <p className="mb-6 max-w-3xl">
        Ask for people with lived experience to be involved in a module you lead. Your request goes to the involvement
        coordinators. They agree the pay, find people who fit and arrange the support they need, then confirm the dates
        with you.
      </p>

      {modules.length === 0 ? (
        <p className="card mb-10">
          You are not the leader of any module yet, so you cannot request involvement. Ask your involvement coordinator
          to name you as the module leader.
        </p>
      ) : (
        <section aria-labelledby="new-request" className="mb-12 max-w-2xl">
          <h2 id="new-request">New request</h2>
          <ActionForm action={requestInvolvementAction} aria-label="Request involvement">
            <SelectField
              name="moduleId"
              label="Module"
              defaultValue={chosen}
              placeholder="Choose a module"
              options={modules.map((m) => ({ value: m.id, label: `${m.code} ${m.title} (${m.academicYear})` }))}
            />
            <SelectField
              name="type"
              label="Kind of involvement"
              options={options(MODULE_OPPORTUNITY_TYPE)}
              placeholder="Choose a kind"
            />
            <Radios
              name="stage"
              label="Stage of the programme"
              hint="The stage this will count towards in your involvement report."
              options={options(STAGE)}
            />
            <TextField
              name="title"
              label="Short title"
              hint="For example, Role-play for first home visits. Up to 120 characters."
              maxLength={120}
            />
            <TextArea
              name="description"
              label="What would you like people to do?"
              hint="Say what the session is for and what taking part would involve. Up to 2000 characters."
              maxLength={2000}
              rows={6}
            />
            <TextArea
              name="preferredDates"
              label="Preferred dates (optional)"
              hint="For example, any Tuesday morning in February."
              maxLength={500}
              rows={2}
            />
            <TextField
              name="placesWanted"
              label="How many people?"
              hint="From 1 to 50"
              inputMode="numeric"
              autoComplete="off"
            />
            <SubmitButton>Send request</SubmitButton>
          </ActionForm>
        </section>
      )}

      <section aria-labelledby="my-requests">
        <h2 id="my-requests">Your requests</h2>
        {requests.total === 0 ? (
          <p>You have not made any requests yet.</p>
        ) : (
          <ul className="grid gap-4">
            {requests.items.map((r) => (
              <li key={r.id} className="card">
                <h3 className="mb-1">{r.title}</h3>
                <p className="mb-2">
                  <Tag colour={STATUS_COLOUR[r.status]}>{REQUEST_STATUS[r.status]}</Tag>
                </p>
                <dl className="summary-list grid gap-x-6 sm:grid-cols-[max-content_1fr]">
                  <dt>Module</dt>
                  <dd>{r.module ? `${r.module.code} ${r.module.title} (${r.module.academicYear})` : "None"}</dd>
                  <dt>Kind</dt>
                  <dd>{OPPORTUNITY_TYPE[r.type]}</dd>
                  <dt>Stage</dt>
                  <dd>{stageLabel(r.stage)}</dd>
                  <dt>People wanted</dt>
                  <dd>{r.placesWanted ?? "Not given"}</dd>
                  {r.requestNotes && (
                    <>
                      <dt>Preferred dates</dt>
                      <dd className="whitespace-pre-line">{r.requestNotes}</dd>
                    </>
                  )}
                  <dt>Sessions arranged</dt>
                  <dd>{r._count.sessions === 0 ? "None yet" : r._count.sessions}</dd>
                  <dt>Sent</dt>
                  <dd>{formatShortDate(r.createdAt)}</dd>
                </dl>
              </li>
            ))}
          </ul>
        )}
        <Pagination
          page={page}
          pageCount={Math.max(1, Math.ceil(requests.total / size))}
          basePath="/academic/request"
        />
      </section>
    </>
  );
}
