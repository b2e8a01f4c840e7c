import type { PublicInstitutionContacts, PublicPartnershipContacts } from "@/lib/institutions/public-contacts";
import { ContactLink } from "@/components/ui/contact-link";

const NONE_YET = "No universities have been set up on Involve yet.";

/**
 * The universities, grouped by partnership (a heading only when there is more than one), each
 * rendered by `item`.
 */
function ByPartnership({
  partnerships,
  item,
}: {
  partnerships: PublicPartnershipContacts[];
  item: (institution: PublicInstitutionContacts) => React.ReactNode;
}) {
  if (partnerships.length === 0) return <p className="mb-4">{NONE_YET}</p>;
  return (
    <>
      {partnerships.map((partnership, index) => (
        <div key={`${partnership.name}-${index}`} className="mb-4">
          {partnerships.length > 1 && <h3>{partnership.name}</h3>}
          <ul className="list-disc space-y-1 pl-6">
            {partnership.institutions.map((institution) => (
              <li key={institution.id}>{item(institution)}</li>
            ))}
          </ul>
        </div>
      ))}
    </>
  );
}

/**
 * Each university with the address to write to: its own for this subject, else its contact for
 * experts, else a sentence (never an empty mailto).
 */
export function InstitutionContacts({
  partnerships,
  kind,
  team,
}: {
  partnerships: PublicPartnershipContacts[];
  kind: "privacy" | "accessibility";
  /** Who the university's own address reaches, e.g. "the data protection officer". */
  team: string;
}) {
  return (
    <ByPartnership
      partnerships={partnerships}
      item={(institution) => {
        const contact = institution[kind];
        if (!contact)
          return (
            <>
              Contact the coordinator at <strong>{institution.name}</strong>.
            </>
          );
        return (
          <>
            <strong>{institution.name}</strong>: email {contact.fallback ? "the involvement team" : team} at{" "}
            <ContactLink email={contact.email} />
          </>
        );
      }}
    />
  );
}

/** The universities by name. */
export function InstitutionNames({ partnerships }: { partnerships: PublicPartnershipContacts[] }) {
  return <ByPartnership partnerships={partnerships} item={(institution) => institution.name} />;
}
