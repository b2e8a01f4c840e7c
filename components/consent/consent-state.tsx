import { Tag } from "@/components/ui/tag";
import type { ConsentScope } from "@/lib/generated/prisma/enums";
import { formatDate } from "@/lib/format";
import { consentState, SCOPE_LABEL } from "@/lib/consent/rules";

type Consent = { withdrawnAt: Date | null; until: Date | null; takenDownAt?: Date | null };

/** Active / expired / withdrawn on <date>, as a tag (with words, never colour alone). */
export function ConsentStateTag({ consent }: { consent: Consent }) {
  const state = consentState(consent);
  if (state === "withdrawn") return <Tag colour="red">Withdrawn on {formatDate(consent.withdrawnAt!)}</Tag>;
  if (state === "expired") return <Tag colour="grey">Expired on {formatDate(consent.until!)}</Tag>;
  return <Tag colour="green">Consent given</Tag>;
}

/** Scopes, named or anonymised, and until when: one short line each. */
export function ConsentTerms({
  consent,
}: {
  consent: { scopes: readonly ConsentScope[]; named: boolean; until: Date | null };
}) {
  return (
    <ul className="mb-0 list-disc pl-6">
      {consent.scopes.map((s) => (
        <li key={s}>{SCOPE_LABEL[s]}</li>
      ))}
      <li>{consent.named ? "Named" : "Anonymised"}</li>
      <li>{consent.until ? `Until ${formatDate(consent.until)}` : "Until withdrawn"}</li>
    </ul>
  );
}
