import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { SelectField } from "@/components/form/fields";
import { FilterForm } from "@/components/filters/filter-form";
import { BackLink } from "@/components/ui/back-link";
import { Notice } from "@/components/ui/notice";
import { requireArea } from "@/lib/auth/guard";
import { formatDate, formatMoney, formatSessionTime } from "@/lib/format";
import { LIMIT_PERIOD, OPPORTUNITY_TYPE } from "@/lib/labels";
import { recordTitle } from "@/lib/page-title";
import { sessionForSuggestions, suggestExperts, type Suggestion } from "@/lib/suggestions/queries";
import { RULE_TEXT, WEIGHT_CHOICES, WEIGHT_LABEL, WEIGHT_NAMES, weightsFrom } from "@/lib/suggestions/weights";
import { InviteForm } from "./invite-form";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const load = cache(async (id: string) => {
  const user = await requireArea("coordinator");
  return { user, session: await sessionForSuggestions({ user, sessionId: id }) };
});

export async function generateMetadata({ params }: Pick<Props, "params">): Promise<Metadata> {
  const { session } = await load((await params).id);
  if (!session) notFound();
  return { title: recordTitle("Suggested experts", session.opportunity.title, [{ startsAt: session.startsAt }]) };
}

function SuggestionCard({ s, sessionId, rank }: { s: Suggestion; sessionId: string; rank: number }) {
  return (
    <li className="card">
      <h3 className="mb-2 text-xl">
        <span className="text-muted">{rank}. </span>
        <Link href={`/coordinator/experts/${s.id}`}>{s.name}</Link>
      </h3>
      <ul className="mb-3 space-y-1">
        <li>
          {s.lastInvolvedAt ? `Last involved on ${formatDate(s.lastInvolvedAt)}` : "Not involved in a session yet"}
        </li>
        {s.interested && <li>Interested in this kind of work</li>}
        {s.areas.length > 0 && <li>Lived experience sought: {s.areas.join(", ")}</li>}
      </ul>
      {s.excess && (
        <Notice tone="warning" className="mb-3">
          This fee would take them over their own earnings limit of {formatMoney(s.excess.limitPence)}{" "}
          {LIMIT_PERIOD[s.excess.period]}: they have {formatMoney(s.excess.alreadyPence)} in that period already, and
          this adds {formatMoney(s.excess.feePence)}, making {formatMoney(s.excess.totalPence)} (
          {formatMoney(s.excess.overPence)} over). Talk to them before inviting them.
        </Notice>
      )}
      <InviteForm sessionId={sessionId} expertId={s.id} name={s.name} invitedAt={s.invitedAt} />
    </li>
  );
}

export default async function Page({ params, searchParams }: Props) {
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const { user, session } = await load(id);
  if (!session) notFound();
  const weights = weightsFrom(query);
  const suggestions =
    session.open && session.freePlaces > 0 ? await suggestExperts({ user, sessionId: id, weights }) : [];

  return (
    <>
      <BackLink href={`/coordinator/sessions/${session.id}`}>Back to the session</BackLink>
      <span className="hint">
        {session.opportunity.title}, {formatSessionTime(session.startsAt, session.endsAt)}
      </span>
      <h1>Suggested experts</h1>
      <p className="mb-6 max-w-3xl">
        People to invite, so the places do not always go to the same few who reply first.{" "}
        {OPPORTUNITY_TYPE[session.opportunity.type]}
        {session.opportunity.livedExperienceSought.length > 0 &&
          `, looking for: ${session.opportunity.livedExperienceSought.join(", ")}`}
        . {session.freePlaces} of {session.places} {session.places === 1 ? "place is" : "places are"} free.
      </p>

      <section aria-labelledby="rule-heading" className="mb-8 max-w-3xl">
        <h2 id="rule-heading">How people are ranked</h2>
        <ul className="mb-4 list-disc space-y-2 pl-6">
          {RULE_TEXT.map((t) => (
            <li key={t}>{t}</li>
          ))}
        </ul>
        <FilterForm label="Change how the ranking counts" submitLabel="Rank again">
          <div className="grid gap-x-6 md:grid-cols-3">
            {WEIGHT_NAMES.map((name) => (
              <SelectField
                key={name}
                name={name}
                label={WEIGHT_LABEL[name]}
                options={WEIGHT_CHOICES}
                defaultValue={String(weights[name])}
              />
            ))}
          </div>
        </FilterForm>
      </section>

      <section aria-labelledby="list-heading">
        <h2 id="list-heading">Suggestions</h2>
        {!session.open ? (
          <p className="card">This session is not open for places, so there is nobody to suggest.</p>
        ) : session.freePlaces === 0 ? (
          <p className="card">Every place is filled.</p>
        ) : suggestions.length === 0 ? (
          <p className="card">
            Nobody else matches: everyone active who matches has asked already, or is taking a break.
          </p>
        ) : (
          <ol className="grid list-none gap-4 pl-0 lg:grid-cols-2">
            {suggestions.map((s, i) => (
              <SuggestionCard key={s.id} s={s} sessionId={session.id} rank={i + 1} />
            ))}
          </ol>
        )}
      </section>
    </>
  );
}
