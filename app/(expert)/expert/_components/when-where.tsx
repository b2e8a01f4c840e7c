import { formatSessionTime, formatTime } from "@/lib/format";
import { ContactLink } from "@/components/ui/contact-link";

/** When and where a session is, in plain words. Online links open in the same tab on purpose: fewer surprises. */
export function WhenWhere({
  startsAt,
  endsAt,
  location,
  onlineUrl,
  timeOnly,
}: {
  startsAt: Date;
  endsAt: Date;
  location: string;
  onlineUrl: string;
  /** The date is already the heading. */ timeOnly?: boolean;
}) {
  return (
    <dl className="summary-list">
      <dt>{timeOnly ? "Time" : "When"}</dt>
      <dd>{timeOnly ? `${formatTime(startsAt)} to ${formatTime(endsAt)}` : formatSessionTime(startsAt, endsAt)}</dd>
      <dt>Where</dt>
      <dd>
        {location && <span className="block">{location}</span>}
        {onlineUrl && (
          <a href={onlineUrl} rel="noopener noreferrer">
            Join online
          </a>
        )}
        {!location && !onlineUrl && "We will tell you where before the day."}
      </dd>
    </dl>
  );
}

export function ContactLine({ contact }: { contact: { name: string; email: string; phone: string | null } | null }) {
  if (!contact) return <p>Ask your coordinator if you have any questions.</p>;
  return (
    <p>
      Questions? Contact <strong>{contact.name}</strong> by email at <ContactLink email={contact.email} />
      {contact.phone && (
        <>
          {" "}
          or phone <ContactLink phone={contact.phone} />
        </>
      )}
      .
    </p>
  );
}

/** The institution's contact for experts, set by an admin; nothing when none is set. */
export function InstitutionContact({
  institution,
}: {
  institution: { name: string; expertContactName: string; expertContactEmail: string; expertContactPhone: string };
}) {
  const { expertContactName: name, expertContactEmail: email, expertContactPhone: phone } = institution;
  if (!name && !email && !phone) return null;
  return (
    <p className="mt-4">
      Anything else about working with {institution.name}? Contact {name ? <strong>{name}</strong> : "them"}
      {email && (
        <>
          {" "}
          by email at <ContactLink email={email} />
        </>
      )}
      {phone && (
        <>
          {email ? " or" : ""} by phone on <ContactLink phone={phone} />
        </>
      )}
      .
    </p>
  );
}
