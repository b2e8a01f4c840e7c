import type { Metadata } from "next";
import Link from "next/link";
import { FilterForm } from "@/components/filters/filter-form";
import { SelectField, TextField } from "@/components/form/fields";
import { Notice } from "@/components/ui/notice";
import { requireArea } from "@/lib/auth/guard";
import { listAuditEvents } from "@/lib/audit-log/queries";
import { ACTION_TEXT, ENTITY_TEXT } from "@/lib/audit-log/describe";
import { dateFilter, decodeCursor, parseAuditFilters } from "@/lib/audit-log/filters";
import { DateInput } from "@/components/form/date-input";
import { formatShortDate, formatTimeWithSeconds } from "@/lib/format";
import { ScrollBox } from "@/components/ui/scroll-box";

export const metadata: Metadata = { title: "Audit log" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;
const first = (v: string | string[] | undefined) => ((Array.isArray(v) ? v[0] : v) || undefined)?.slice(0, 100);

export default async function Page({ searchParams }: { searchParams: SearchParams }) {
  const user = await requireArea("admin");
  const params = await searchParams;
  const { filters, errors } = parseAuditFilters(params);
  const [fromFilter, toFilter] = [dateFilter(params, "from", ""), dateFilter(params, "to", "")];
  const log = await listAuditEvents({
    partnershipId: user.partnershipId,
    filters,
    before: decodeCursor(params.before),
    after: decodeCursor(params.after),
  });
  // What the filter form shows again, as typed (dates too, so a mistake can be corrected).
  const shown = {
    who: first(params.who),
    actor: filters.actorId,
    action: filters.action,
    record: filters.entityType,
    recordId: filters.entityId,
    from: fromFilter.text,
    to: toFilter.text,
  };
  const filtered = Object.values(shown).some(Boolean);
  const link = (cursor: Record<string, string>) =>
    `/admin/audit?${new URLSearchParams(
      Object.entries({ ...shown, ...cursor }).filter((e): e is [string, string] => Boolean(e[1])),
    ).toString()}`;

  return (
    <>
      <h1>Audit log</h1>
      <p className="mb-6 max-w-3xl">
        Everything done in your partnership, newest first: who did what, to which record, and what changed. Sign-ins,
        failed sign-ins and lock-outs are here too. Times are UK time.
      </p>

      <FilterForm label="Filter the audit log" clear={filtered && { href: "/admin/audit" }}>
        {shown.actor && <input type="hidden" name="actor" value={shown.actor} />}
        <div className="grid gap-x-6 md:grid-cols-2 lg:grid-cols-3">
          <TextField
            name="who"
            label="Who"
            hint="Part of their name or email"
            type="search"
            defaultValue={shown.who}
            maxLength={100}
          />
          <SelectField
            name="action"
            label="What"
            options={Object.entries(ACTION_TEXT).map(([value, label]) => ({ value, label }))}
            placeholder="Anything"
            defaultValue={shown.action}
          />
          <SelectField
            name="record"
            label="Kind of record"
            options={Object.entries(ENTITY_TEXT).map(([value, label]) => ({ value, label }))}
            placeholder="Any"
            defaultValue={shown.record}
          />
          <TextField
            name="recordId"
            label="Record id"
            hint="The id shown against an event"
            defaultValue={shown.recordId}
            maxLength={40}
            spellCheck={false}
          />
          <DateInput
            name="from"
            label="From"
            hint="The first day to show. For example, 1 11 2026"
            typed={fromFilter.typed}
            error={errors.from}
          />
          <DateInput
            name="to"
            label="To (inclusive)"
            hint="For example, 30 11 2026"
            typed={toFilter.typed}
            error={errors.to}
          />
        </div>
      </FilterForm>

      {shown.actor && (
        <p className="mb-4">
          Showing one person&apos;s events. <Link href={link({ actor: "" })}>Show everyone&apos;s</Link>
        </p>
      )}
      {Object.keys(errors).length > 0 && (
        <Notice tone="error" role="alert" className="mb-4">
          Check the dates: {Object.values(errors).join(". ")}. The dates were left out of the search.
        </Notice>
      )}

      {log.items.length === 0 ? (
        <p role="status">{filtered ? "No events match." : "Nothing has been recorded yet."}</p>
      ) : (
        <ScrollBox label="Audit events">
          <table className="table min-w-[48rem] [overflow-wrap:anywhere]">
            <caption className="sr-only">Audit events, newest first</caption>
            <thead>
              <tr>
                <th scope="col">When</th>
                <th scope="col">Who</th>
                <th scope="col">What</th>
                <th scope="col">Record</th>
                <th scope="col">Changes</th>
              </tr>
            </thead>
            <tbody>
              {log.items.map((e) => (
                <tr key={e.id}>
                  <td className="whitespace-nowrap">
                    {formatShortDate(e.createdAt)}
                    <span className="block text-base text-muted">{formatTimeWithSeconds(e.createdAt)}</span>
                  </td>
                  <td>
                    {e.actor ? (
                      <>
                        <Link href={link({ actor: e.actor.id, who: "" })}>{e.actor.name}</Link>
                        <span className="block text-base text-muted">{e.actor.email}</span>
                      </>
                    ) : (
                      <span className="text-muted">Nobody signed in</span>
                    )}
                  </td>
                  <td>
                    {e.description}
                    <code className="block text-base text-muted">{e.action}</code>
                  </td>
                  <td>
                    {e.entityLabel}
                    {e.entityName && <span className="block">{e.entityName}</span>}
                    <Link
                      href={link({ record: e.entityType, recordId: e.entityId })}
                      className="block text-base"
                      aria-label={`Events about ${e.entityLabel.toLowerCase()} ${e.entityId}`}
                    >
                      <code>{e.entityId}</code>
                    </Link>
                  </td>
                  <td>
                    {e.changes.length === 0 ? (
                      <span className="text-muted">None recorded</span>
                    ) : (
                      <ul className="m-0 list-none p-0 text-base">
                        {e.changes.map((c) => (
                          <li key={c.field} className="mb-1">
                            <strong>{c.field}:</strong>{" "}
                            {c.before !== null && c.after !== null ? (
                              <>
                                {c.before} <span aria-hidden="true">→</span>
                                <span className="sr-only"> changed to </span> {c.after}
                              </>
                            ) : (
                              (c.after ?? c.before)
                            )}
                          </li>
                        ))}
                      </ul>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollBox>
      )}

      {(log.newer || log.older) && (
        <nav aria-label="Pages" className="mt-6 flex flex-wrap items-center gap-6">
          {log.newer && (
            <>
              <Link href={link({})} className="inline-block min-h-11 py-2">
                Newest
              </Link>
              <Link href={link({ after: log.newer })} className="inline-block min-h-11 py-2" rel="prev">
                ← Newer<span className="sr-only"> events</span>
              </Link>
            </>
          )}
          {log.older && (
            <Link href={link({ before: log.older })} className="inline-block min-h-11 py-2" rel="next">
              Older<span className="sr-only"> events</span> →
            </Link>
          )}
        </nav>
      )}
    </>
  );
}
