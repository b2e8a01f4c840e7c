import Link from "next/link";
import type { ReactNode } from "react";
import { ActionForm, type FormAction } from "@/components/form/action-form";
import { Radios, TextField } from "@/components/form/fields";
import { SubmitButton } from "@/components/form/submit-button";
import { Pagination } from "@/components/ui/pagination";
import { Tag } from "@/components/ui/tag";
import type { ContactPreference } from "@/lib/generated/prisma/enums";
import type { NotificationItem } from "@/lib/notifications/queries";
import type { Paged } from "@/lib/pagination";
import { formatShortDateTime } from "@/lib/format";

/**
 * "Messages" for every role: the person's in-app messages (newest first, unread ones marked) and
 * how they want us to contact them. Data and actions come in as props from each area's page.
 */
export function MessagesView({
  basePath,
  notifications,
  markRead,
  contact,
  children,
}: {
  /** This page's address, for the page links. */
  basePath: string;
  notifications: Paged<NotificationItem> & { unread: number };
  markRead: FormAction;
  contact: ContactFormProps;
  /** Anything the area adds between the messages and the form (coordinators: sent messages, call list). */
  children?: ReactNode;
}) {
  const { items, unread, total } = notifications;
  return (
    <>
      <h1>Messages</h1>
      <p className="mb-6 text-lg">
        {unread === 0
          ? "You have no unread messages."
          : unread === 1
            ? "You have 1 unread message."
            : `You have ${unread} unread messages.`}
      </p>

      <section aria-labelledby="inbox-title" className="mb-10 max-w-3xl">
        <h2 id="inbox-title" className="sr-only">
          Your messages
        </h2>
        {/* Forms stay mounted once everything is read, so their "marked as read" message (which takes
            focus) stays on screen; without a button they are not labelled, so not a landmark. */}
        {total > 0 && (
          <ActionForm
            action={markRead}
            compact
            className="mb-4"
            aria-label={unread > 1 ? "Mark all messages as read" : undefined}
          >
            <input type="hidden" name="all" value="yes" />
            {unread > 1 && <SubmitButton variant="secondary">Mark all as read</SubmitButton>}
          </ActionForm>
        )}
        {total === 0 ? (
          <p className="card">No messages yet. When something changes that matters to you, we will tell you here.</p>
        ) : (
          <ul className="grid gap-4">
            {items.map((n) => (
              <li key={n.id} className={`card ${n.readAt ? "" : "border-l-8 border-l-link"}`}>
                <h3 className="mb-1 text-lg">
                  {!n.readAt && (
                    <>
                      <Tag>New</Tag>{" "}
                    </>
                  )}
                  {n.title}
                </h3>
                <p className="mb-1 whitespace-pre-line">{n.body}</p>
                <p className="mb-3 text-base text-muted">{formatShortDateTime(n.createdAt)}</p>
                <div className="flex flex-wrap items-center gap-4">
                  {n.link && (
                    <Link href={n.link} className="inline-block min-h-11 py-2">
                      Open<span className="sr-only"> {n.title}</span>
                    </Link>
                  )}
                  <ActionForm action={markRead} compact aria-label={n.readAt ? undefined : `Mark "${n.title}" as read`}>
                    <input type="hidden" name="notificationId" value={n.id} />
                    {!n.readAt && (
                      <SubmitButton variant="secondary">
                        Mark as read<span className="sr-only">: {n.title}</span>
                      </SubmitButton>
                    )}
                  </ActionForm>
                </div>
              </li>
            ))}
          </ul>
        )}
        <Pagination page={notifications.page} pageCount={notifications.pageCount} basePath={basePath} />
      </section>

      {children}

      <ContactForm {...contact} />
    </>
  );
}

type ContactFormProps = {
  action: FormAction;
  preference: ContactPreference;
  phone: string | null;
  /** Staff type their phone number here; experts keep theirs on their profile page. */
  phoneField: boolean;
  /** Where an expert changes their phone number. */
  profileHref?: string;
};

function ContactForm({ action, preference, phone, phoneField, profileHref }: ContactFormProps) {
  const noPhone = !phone;
  return (
    <section aria-labelledby="contact-title" className="card max-w-3xl">
      <h2 id="contact-title">How we contact you</h2>
      <ActionForm action={action} aria-label="How we contact you">
        <Radios
          name="contactPreference"
          label="How would you like to hear from us?"
          hint="We will still email you about your account's security, such as a link to reset your password."
          defaultValue={preference}
          options={[
            { value: "EMAIL", label: "Email", hint: "We email you, and you see each message here too." },
            {
              value: "IN_APP",
              label: "Only inside Involve",
              hint: "No other emails: you see your messages here when you sign in.",
            },
            {
              value: "PHONE",
              label: "Please phone me",
              hint:
                noPhone && !phoneField
                  ? "A coordinator phones you instead of emailing. You need to add your phone number on My profile first."
                  : "A coordinator phones you instead of emailing, and you see each message here too.",
            },
          ]}
        />
        {phoneField ? (
          <TextField
            name="phone"
            label="Phone number"
            hint="We need it if you choose “Please phone me”."
            type="tel"
            autoComplete="tel"
            defaultValue={phone}
            maxLength={40}
            className="max-w-sm"
          />
        ) : (
          <p className="mb-6">
            {phone ? (
              <>
                Your phone number is <strong>{phone}</strong>.{" "}
              </>
            ) : (
              "We do not have a phone number for you. "
            )}
            {profileHref && (
              <Link href={profileHref}>{phone ? "Change it on My profile" : "Add one on My profile"}</Link>
            )}
          </p>
        )}
        <SubmitButton>Save how we contact you</SubmitButton>
      </ActionForm>
    </section>
  );
}
