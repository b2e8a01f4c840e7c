import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { MessagesView } from "@/components/messages/messages-view";
import { requireArea } from "@/lib/auth/guard";
import { updateContactPreferenceAction } from "@/lib/messages/actions";
import { countToCall, findContactSettings } from "@/lib/messages/queries";
import { markNotificationReadAction } from "@/lib/notifications/actions";
import { listNotifications } from "@/lib/notifications/queries";

export const metadata: Metadata = { title: "Messages" };

export default async function Page({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requireArea("coordinator");
  const { page } = await searchParams;
  const scope = { institutionId: user.institutionId, partnershipId: user.partnershipId };
  const [notifications, contact, toCall] = await Promise.all([
    listNotifications({ userId: user.id, page }),
    findContactSettings({ userId: user.id }),
    countToCall(scope),
  ]);
  if (!contact) notFound();
  return (
    <MessagesView
      basePath="/coordinator/messages"
      notifications={notifications}
      markRead={markNotificationReadAction}
      contact={{
        action: updateContactPreferenceAction,
        preference: contact.contactPreference,
        phone: contact.phone,
        phoneField: true,
      }}
    >
      <section aria-labelledby="others-title" className="mb-10 max-w-3xl">
        <h2 id="others-title">Messages to other people</h2>
        <ul className="grid gap-3">
          <li>
            <Link href="/coordinator/call-list" className="inline-block min-h-11 py-2 text-lg font-bold">
              Call list{toCall > 0 ? ` (${toCall} to phone)` : ""}
            </Link>
            <span className="block">People who asked to be phoned, and what to tell them.</span>
          </li>
          <li>
            <Link href="/coordinator/sent-messages" className="inline-block min-h-11 py-2 text-lg font-bold">
              Sent messages
            </Link>
            <span className="block">
              Every email Involve wrote for the people your university works with, and whether it arrived.
            </span>
          </li>
        </ul>
      </section>
    </MessagesView>
  );
}
