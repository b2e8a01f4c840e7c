import type { Metadata } from "next";
import { requireArea } from "@/lib/auth/guard";
import { formatSessionTime } from "@/lib/format";
import { listComingUpForAcademic } from "@/lib/preparation/academic-queries";

export const metadata: Metadata = { title: "Sessions coming up" };

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export default async function Page() {
  const user = await requireArea("academic");
  const sessions = await listComingUpForAcademic({ user });
  return (
    <>
      <h1>Sessions coming up</h1>
      <p className="mb-6 max-w-3xl">
        Sessions with experts by experience in the modules you lead. Where someone coming has chosen to tell you what
        helps them take part, it is shown here, without their name, so you can plan the room and the session.
      </p>
      {sessions.length === 0 ? (
        <p className="card">No sessions are coming up in the modules you lead.</p>
      ) : (
        <ul className="grid max-w-3xl gap-4">
          {sessions.map((s) => (
            <li key={s.id} className="card">
              <h2 className="mb-1 text-xl">{s.opportunity.title}</h2>
              <p className="mb-2 text-muted">
                {s.opportunity.module ? `${s.opportunity.module.code} ${s.opportunity.module.title} · ` : ""}
                {formatSessionTime(s.startsAt, s.endsAt)}
                {s.location ? ` · ${s.location}` : ""}
              </p>
              <p className="mb-2">
                <strong>Coming:</strong>{" "}
                {s.people === 0
                  ? "nobody confirmed yet"
                  : `${count(s.people, "person", "people")} with lived experience${s.supporters ? ` + ${count(s.supporters, "supporter", "supporters")} = ${s.people + s.supporters} in the room` : ""}`}
              </p>
              <h3 className="mb-1 text-lg">What people coming need</h3>
              {s.needs.length === 0 ? (
                <p>Nobody coming has shared anything with you.</p>
              ) : (
                <ul className="list-disc pl-6">
                  {s.needs.map((need, i) => (
                    <li key={i} className="whitespace-pre-line">
                      {need}
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
