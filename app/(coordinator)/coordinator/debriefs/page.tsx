import type { Metadata } from "next";
import Link from "next/link";
import { Pagination } from "@/components/ui/pagination";
import { requireArea } from "@/lib/auth/guard";
import { listDebriefTasks, tabFrom, type DebriefTab } from "@/lib/debriefs/queries";
import { whyShort } from "@/lib/debriefs/words";
import { formatDate, formatShortDate } from "@/lib/format";
import { DebriefTags } from "./_components/debrief-tags";

export const metadata: Metadata = { title: "Debriefs and check-ins" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const TABS: { key: DebriefTab; label: string }[] = [
  { key: "open", label: "To do" },
  { key: "done", label: "Done" },
];

/** Every debrief and check-in owed to experts after this university's sessions: to do, and done. */
export default async function Page({ searchParams }: Props) {
  const user = await requireArea("coordinator");
  const query = await searchParams;
  const tab = tabFrom(query.tab);
  const result = await listDebriefTasks({ institutionId: user.institutionId, tab, page: query.page });
  const now = new Date();

  return (
    <>
      <h1>Debriefs and check-ins</h1>
      <p className="mb-6 max-w-3xl">
        A debrief is a chance for an expert to talk a session through. A task is made when someone asks for one, when
        they answer the check-in with &ldquo;not OK&rdquo; (urgent) or &ldquo;not sure&rdquo;, and for everyone who came
        to a session on a sensitive topic. Record each one when it has happened.
      </p>

      <nav aria-label="Debriefs by status" className="mb-6 border-b-2 border-line">
        <ul className="flex flex-wrap gap-x-1">
          {TABS.map((t) => (
            <li key={t.key}>
              <Link
                href={`/coordinator/debriefs?tab=${t.key}`}
                aria-current={t.key === tab ? "page" : undefined}
                className={`inline-block min-h-11 px-3 py-2 ${t.key === tab ? "border-b-4 border-brand font-bold text-ink! no-underline" : ""}`}
              >
                {t.label} <span className="tabular-nums">({result.counts[t.key]})</span>
              </Link>
            </li>
          ))}
        </ul>
      </nav>

      <h2>{tab === "open" ? "To do: urgent first, then by due date" : "Done: most recent first"}</h2>
      {result.items.length === 0 ? (
        <p className="card">{tab === "open" ? "Nothing to do. Every debrief has been recorded." : "None done yet."}</p>
      ) : (
        <ul className="divide-y divide-line border-y border-line">
          {result.items.map((t) => (
            <li key={t.id} className="py-3">
              <span className="flex flex-wrap items-center gap-2">
                <Link href={`/coordinator/debriefs/${t.id}`} className="font-bold">
                  {t.expertName}
                </Link>
                <DebriefTags task={t} now={now} />
              </span>
              <span className="block">
                {whyShort(t)} · {t.title}, {formatShortDate(t.sessionStartsAt)}
              </span>
              <span className="block text-base text-muted">
                {t.doneAt ? `Done on ${formatDate(t.doneAt)}` : `Due by ${formatDate(t.dueOn)}`}
              </span>
            </li>
          ))}
        </ul>
      )}
      <Pagination page={result.page} pageCount={result.pageCount} basePath="/coordinator/debriefs" params={{ tab }} />
    </>
  );
}
