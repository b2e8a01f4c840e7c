import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { MessageStatus } from "@/components/messages/message-status";
import { requireArea } from "@/lib/auth/guard";
import { formatShortDateTime } from "@/lib/format";
import { findSentMessage } from "@/lib/messages/queries";
import { MESSAGE_KIND_LABEL } from "@/lib/messages/status-text";
import { BackLink } from "@/components/ui/back-link";

export const metadata: Metadata = { title: "Message" };

export default async function Page({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireArea("coordinator");
  const { id } = await params;
  const message = await findSentMessage({ id, institutionId: user.institutionId, partnershipId: user.partnershipId });
  if (!message) notFound();

  return (
    <div className="max-w-3xl">
      <BackLink href="/coordinator/sent-messages">Sent messages</BackLink>
      <h1 className="mb-6">{message.subject}</h1>
      <dl className="summary-list mb-8">
        <dt>To</dt>
        <dd>
          {message.user.name}
          <span className="block break-all text-muted">{message.toAddress}</span>
          <Link href={`/coordinator/sent-messages?person=${message.user.id}`} className="inline-block min-h-11 py-2">
            All messages to {message.user.name}
          </Link>
        </dd>
        <dt>Written</dt>
        <dd>{formatShortDateTime(message.createdAt)}</dd>
        <dt>Kind</dt>
        <dd>{MESSAGE_KIND_LABEL[message.kind]}</dd>
        <dt>Status</dt>
        <dd>
          <MessageStatus status={message.status} lastError={message.lastError} />
          {message.sentAt && <span className="block">Sent {formatShortDateTime(message.sentAt)}</span>}
          {message.status === "CALLED" && (
            <span className="block">
              Phoned{message.calledBy ? ` by ${message.calledBy}` : ""}, recorded{" "}
              {formatShortDateTime(message.updatedAt)}
            </span>
          )}
        </dd>
      </dl>

      <h2>The message</h2>
      {message.body === null ? (
        <p className="card">This email contained a one-time link to set a password, so it is not shown.</p>
      ) : (
        <div className="card font-mono text-base [overflow-wrap:anywhere] whitespace-pre-wrap">{message.body}</div>
      )}
    </div>
  );
}
