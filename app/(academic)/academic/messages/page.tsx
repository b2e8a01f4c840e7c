import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { MessagesView } from "@/components/messages/messages-view";
import { requireArea } from "@/lib/auth/guard";
import { updateContactPreferenceAction } from "@/lib/messages/actions";
import { findContactSettings } from "@/lib/messages/queries";
import { markNotificationReadAction } from "@/lib/notifications/actions";
import { listNotifications } from "@/lib/notifications/queries";

export const metadata: Metadata = { title: "Messages" };

export default async function Page({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requireArea("academic");
  const { page } = await searchParams;
  const [notifications, contact] = await Promise.all([
    listNotifications({ userId: user.id, page }),
    findContactSettings({ userId: user.id }),
  ]);
  if (!contact) notFound();
  return (
    <MessagesView
      basePath="/academic/messages"
      notifications={notifications}
      markRead={markNotificationReadAction}
      contact={{
        action: updateContactPreferenceAction,
        preference: contact.contactPreference,
        phone: contact.phone,
        phoneField: true,
      }}
    />
  );
}
