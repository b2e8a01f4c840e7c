import type { Metadata } from "next";
import Link from "next/link";
import { requireArea } from "@/lib/auth/guard";
import { coordinatorDashboard, QUIET_DAYS, type CoordinatorDashboard } from "@/lib/dashboard/queries";
import { formatShortDate, formatShortDateTime } from "@/lib/format";
import { countToCall } from "@/lib/messages/queries";
import { Notice } from "@/components/ui/notice";
import { LatePaymentsCard } from "./late-payments-card";
import { DebriefsCard } from "./debriefs-card";
import { OnBreakCard } from "./on-break-card";
import { TakeDownCard } from "./take-down-card";

export const metadata: Metadata = { title: "Dashboard" };

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export default async function Page() {
  const user = await requireArea("coordinator");
  const scope = { institutionId: user.institutionId, partnershipId: user.partnershipId };
  const [dash, toCall] = await Promise.all([coordinatorDashboard(scope), countToCall(scope)]);
  const cards = [
    { id: "waiting", count: dash.waiting.total, text: "requests waiting for a decision" },
    { id: "soon", count: dash.soon.total, text: "sessions in the next 14 days with places free" },
    { id: "attendance", count: dash.attendance.total, text: "past sessions with attendance to record" },
    { id: "requests", count: dash.requests.total, text: "requests from academics to arrange" },
    { id: "quiet", count: dash.quiet.total, text: `experts not offered anything for ${QUIET_DAYS} days` },
  ];
  return (
    <>
      <h1>What needs you today</h1>
      {toCall > 0 && (
        <Notice tone="info" className="mb-6">
          {toCall === 1 ? "1 message is" : `${toCall} messages are`} waiting for a phone call: some people asked to be
          phoned instead of emailed.{" "}
          <Link href="/coordinator/call-list" className="font-bold">
            See the call list
          </Link>
        </Notice>
      )}
      <ul className="mb-10 grid grid-cols-2 gap-3 sm:gap-4 lg:grid-cols-5" aria-label="Summary">
        {cards.map((c) => (
          <li key={c.id}>
            <a
              href={`#${c.id}`}
              className={`block h-full border-l-8 p-3 text-base no-underline sm:p-4 sm:text-lg ${c.count ? "border-brand bg-paper" : "border-line bg-white"}`}
            >
              <span className="block text-3xl font-bold text-ink sm:text-4xl">{c.count}</span>
              <span className="underline">{c.text}</span>
            </a>
          </li>
        ))}
      </ul>

      <div className="grid gap-x-10 lg:grid-cols-2">
        <div className="mb-10">
          <DebriefsCard institutionId={user.institutionId} />
        </div>
        <Waiting dash={dash} />
        <Soon dash={dash} />
        <Attendance dash={dash} />
        <Requests dash={dash} />
        <Quiet dash={dash} />
        <OnBreakCard partnershipId={user.partnershipId} />
        <div className="mb-10">
          <LatePaymentsCard institutionId={user.institutionId} />
        </div>
        <div className="mb-10">
          <TakeDownCard user={user} />
        </div>
      </div>
    </>
  );
}

function Section({
  id,
  title,
  total,
  shown,
  empty,
  more,
  children,
}: {
  id: string;
  title: string;
  total: number;
  shown: number;
  empty: string;
  more?: React.ReactNode;
  children: React.ReactNode;
}) {
  return (
    <section id={id} aria-labelledby={`${id}-title`} className="mb-10 scroll-mt-4">
      <h2 id={`${id}-title`}>{title}</h2>
      {total === 0 ? (
        <p className="text-muted">{empty}</p>
      ) : (
        <>
          <ul className="divide-y divide-line border-y border-line">{children}</ul>
          {total > shown && (
            <p className="mt-2">
              and {total - shown} more. {more}
            </p>
          )}
        </>
      )}
    </section>
  );
}

function Waiting({ dash }: { dash: CoordinatorDashboard }) {
  const { total, items } = dash.waiting;
  return (
    <Section
      id="waiting"
      title="Waiting for a decision"
      total={total}
      shown={items.length}
      empty="No requests are waiting."
      more={<Link href="/coordinator/opportunities">See opportunities</Link>}
    >
      {items.map((b) => (
        <li key={b.id} className="py-3">
          <Link href={`/coordinator/sessions/${b.session.id}`} className="font-bold">
            {b.expert.user.name}
            <span className="sr-only">, decide on their request</span>
          </Link>{" "}
          asked for {b.session.opportunity.title}
          <span className="block text-base text-muted">
            Session {formatShortDateTime(b.session.startsAt)} · asked {formatShortDate(b.requestedAt)}
          </span>
        </li>
      ))}
    </Section>
  );
}

function Soon({ dash }: { dash: CoordinatorDashboard }) {
  const { total, items } = dash.soon;
  return (
    <Section
      id="soon"
      title="Places free in the next 14 days"
      total={total}
      shown={items.length}
      empty="Every session in the next 14 days is full."
    >
      {items.map((s) => (
        <li key={s.id} className="py-3">
          <Link href={`/coordinator/sessions/${s.id}`} className="font-bold">
            {s.title}
          </Link>
          <span className="block">{formatShortDateTime(s.startsAt)}</span>
          <span className="block text-base text-muted">
            {s.confirmed} of {s.places} places filled
            {s.requested ? ` · ${plural(s.requested, "request", "requests")} to decide` : ""}
          </span>
        </li>
      ))}
    </Section>
  );
}

function Attendance({ dash }: { dash: CoordinatorDashboard }) {
  const { total, items } = dash.attendance;
  return (
    <Section
      id="attendance"
      title="Attendance to record"
      total={total}
      shown={items.length}
      empty="Attendance is up to date. Payments are drafted when you record it."
    >
      {items.map((s) => (
        <li key={s.id} className="py-3">
          <Link href={`/coordinator/sessions/${s.id}#attendance-title`} className="font-bold">
            {s.title}
          </Link>
          <span className="block text-base text-muted">
            {formatShortDateTime(s.startsAt)} · {plural(s.confirmed, "person", "people")} booked
          </span>
        </li>
      ))}
    </Section>
  );
}

function Requests({ dash }: { dash: CoordinatorDashboard }) {
  const { total, items } = dash.requests;
  return (
    <Section
      id="requests"
      title="Requests from academics"
      total={total}
      shown={items.length}
      empty="No requests from academics to arrange."
      more={<Link href="/coordinator/opportunities?status=DRAFT">See drafts</Link>}
    >
      {items.map((o) => (
        <li key={o.id} className="py-3">
          <Link href={`/coordinator/opportunities/${o.id}`} className="font-bold">
            {o.title}
          </Link>
          <span className="block text-base text-muted">
            {o.requestedBy?.name}
            {o.module ? `, ${o.module.code}` : ""} · asked {formatShortDate(o.createdAt)}
            {o.placesWanted ? ` · ${plural(o.placesWanted, "person", "people")} wanted` : ""}
          </span>
        </li>
      ))}
    </Section>
  );
}

function Quiet({ dash }: { dash: CoordinatorDashboard }) {
  const { total, items } = dash.quiet;
  return (
    <Section
      id="quiet"
      title={`Not offered anything for ${QUIET_DAYS} days`}
      total={total}
      shown={items.length}
      empty="Everyone active has been involved or asked recently."
      more={<Link href="/coordinator/experts?status=ACTIVE">See all experts</Link>}
    >
      <li className="py-2 text-base text-muted">
        Think of these people first, so it is not always the same few faces. Longest wait first.
      </li>
      {items.map((e) => (
        <li key={e.id} className="py-3">
          <Link href={`/coordinator/experts/${e.id}`} className="font-bold">
            {e.name}
          </Link>
          <span className="block text-base text-muted">
            {e.lastInvolvedAt ? `Last involved ${formatShortDate(e.lastInvolvedAt)}` : "Not involved yet"}
          </span>
        </li>
      ))}
    </Section>
  );
}
