import type { Metadata } from "next";
import Link from "next/link";
import { SelectFilter } from "@/components/filters/select-filter";
import { MessageStatus } from "@/components/messages/message-status";
import { Notice } from "@/components/ui/notice";
import { Pagination } from "@/components/ui/pagination";
import { requireArea } from "@/lib/auth/guard";
import { mailServerConfigured } from "@/lib/email/transport";
import { formatShortDateTime } from "@/lib/format";
import { options } from "@/lib/labels";
import { countNotSent, findMessagePerson, listSentMessages, personFrom, statusFrom } from "@/lib/messages/queries";
import { MESSAGE_KIND_LABEL, MESSAGE_STATUS_LABEL } from "@/lib/messages/status-text";
import { BackLink } from "@/components/ui/back-link";
import { ScrollBox } from "@/components/ui/scroll-box";

export const metadata: Metadata = { title: "Sent messages" };

export default async function Page({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requireArea("coordinator");
  const query = await searchParams;
  const scope = { institutionId: user.institutionId, partnershipId: user.partnershipId };
  const status = statusFrom(query.status);
  const personId = personFrom(query.person);
  const [result, notSent, person] = await Promise.all([
    listSentMessages({ ...scope, status, personId, page: query.page }),
    countNotSent(scope),
    personId ? findMessagePerson({ ...scope, userId: personId }) : null,
  ]);
  const filters = { status, person: personId };

  return (
    <>
      <BackLink href="/coordinator/messages">Messages</BackLink>
      <h1>Sent messages{person ? ` to ${person.name}` : ""}</h1>
      <p className="mb-6 max-w-3xl">
        Every email Involve wrote for the people your university works with, newest first, and what happened to it.
        People who asked to be phoned are on the <Link href="/coordinator/call-list">call list</Link>.
      </p>

      {notSent > 0 && !mailServerConfigured() && (
        <Notice tone="warning" className="mb-6 max-w-3xl" bold>
          No mail server is set up, so Involve keeps these emails here instead of sending them. Ask your administrator
          to set SMTP_URL.
        </Notice>
      )}

      <SelectFilter
        name="status"
        label="Show"
        placeholder="All messages"
        options={options(MESSAGE_STATUS_LABEL)}
        value={status}
        hidden={{ person: personId }}
      />
      {personId && (
        <p className="mb-6">
          <Link href={status ? `/coordinator/sent-messages?status=${status}` : "/coordinator/sent-messages"}>
            Show messages to everyone
          </Link>
        </p>
      )}

      {result.items.length === 0 ? (
        <p className="card">No messages here.</p>
      ) : (
        <>
          {/* Phones: one card per message. */}
          <ul className="grid gap-3 md:hidden">
            {result.items.map((m) => (
              <li key={m.id} className="card">
                <p className="font-bold">
                  <Link href={`/coordinator/sent-messages/${m.id}`}>{m.subject}</Link>
                </p>
                <p>
                  To {m.user.name} <span className="block break-all text-muted">{m.toAddress}</span>
                </p>
                <p className="text-base text-muted">
                  {formatShortDateTime(m.createdAt)} · {MESSAGE_KIND_LABEL[m.kind]}
                </p>
                <div className="mt-2">
                  <MessageStatus status={m.status} lastError={m.lastError} />
                </div>
              </li>
            ))}
          </ul>
          {/* Wider screens: a table. */}
          <ScrollBox label="Sent messages" className="hidden md:block">
            <table className="table">
              <caption className="sr-only">
                Sent messages, page {result.page} of {result.pageCount}
              </caption>
              <thead>
                <tr>
                  <th scope="col">When</th>
                  <th scope="col">To</th>
                  <th scope="col">What</th>
                  <th scope="col">Kind</th>
                  <th scope="col">Status</th>
                </tr>
              </thead>
              <tbody>
                {result.items.map((m) => (
                  <tr key={m.id}>
                    <td className="whitespace-nowrap">{formatShortDateTime(m.createdAt)}</td>
                    <td>
                      {m.user.name}
                      <span className="block text-base break-all text-muted">{m.toAddress}</span>
                    </td>
                    <td>
                      <Link href={`/coordinator/sent-messages/${m.id}`}>{m.subject}</Link>
                    </td>
                    <td>{MESSAGE_KIND_LABEL[m.kind]}</td>
                    <td className="min-w-48">
                      <MessageStatus status={m.status} lastError={m.lastError} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollBox>
        </>
      )}
      <Pagination
        page={result.page}
        pageCount={result.pageCount}
        basePath="/coordinator/sent-messages"
        params={filters}
      />
    </>
  );
}
