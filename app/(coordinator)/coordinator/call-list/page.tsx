import type { Metadata } from "next";
import Link from "next/link";
import { ActionForm } from "@/components/form/action-form";
import { SubmitButton } from "@/components/form/submit-button";
import { Notice } from "@/components/ui/notice";
import { Pagination } from "@/components/ui/pagination";
import { requireArea } from "@/lib/auth/guard";
import { formatShortDateTime } from "@/lib/format";
import { markPhonedAction } from "@/lib/messages/actions";
import { listCallList } from "@/lib/messages/queries";
import { BackLink } from "@/components/ui/back-link";
import { ContactLink } from "@/components/ui/contact-link";

export const metadata: Metadata = { title: "Call list" };

export default async function Page({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requireArea("coordinator");
  const query = await searchParams;
  const result = await listCallList({
    institutionId: user.institutionId,
    partnershipId: user.partnershipId,
    page: query.page,
  });

  return (
    <>
      <BackLink href="/coordinator/messages">Messages</BackLink>
      <h1>Call list</h1>
      <p className="mb-6 max-w-3xl">
        These people asked to be phoned instead of emailed. Tell them what each message says, then press “I have phoned
        them” so nobody phones twice. The oldest are first.
      </p>
      {query.done === "phoned" && (
        <Notice tone="success" role="status" bold className="mb-6 max-w-3xl">
          Thank you. That call is recorded and off the list.
        </Notice>
      )}

      {result.total === 0 ? (
        <p className="card max-w-3xl">Nobody is waiting for a phone call.</p>
      ) : (
        <ul className="grid max-w-3xl gap-4">
          {result.items.map((c) => (
            <li key={c.id} className="card min-w-0 [overflow-wrap:anywhere]">
              <h2 className="mb-1 text-xl">
                {c.person.expertId ? (
                  <Link href={`/coordinator/experts/${c.person.expertId}`}>{c.person.name}</Link>
                ) : (
                  c.person.name
                )}
              </h2>
              <p className="mb-3 text-lg">
                {c.person.phone ? (
                  <ContactLink phone={c.person.phone} className="inline-block min-h-11 py-2 font-bold">
                    Phone {c.person.phone}
                    <span className="sr-only"> ({c.person.name})</span>
                  </ContactLink>
                ) : (
                  <span className="font-bold text-danger">
                    No phone number on their account: email them or ask them for one.
                  </span>
                )}
              </p>
              <h3 className="mb-1 text-lg">{c.subject}</h3>
              <p className="mb-1 text-base text-muted">Written {formatShortDateTime(c.createdAt)}</p>
              {c.script && (
                <div className="mb-4 border-l-4 border-line bg-paper p-3 whitespace-pre-line">{c.script}</div>
              )}
              <ActionForm action={markPhonedAction} compact aria-label={`I have phoned ${c.person.name}`}>
                <input type="hidden" name="messageId" value={c.id} />
                <SubmitButton>
                  I have phoned them
                  <span className="sr-only">
                    : {c.person.name}, {c.subject}
                  </span>
                </SubmitButton>
              </ActionForm>
            </li>
          ))}
        </ul>
      )}
      <Pagination page={result.page} pageCount={result.pageCount} basePath="/coordinator/call-list" />
    </>
  );
}
