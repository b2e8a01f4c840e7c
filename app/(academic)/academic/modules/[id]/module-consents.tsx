import { ConsentStateTag } from "@/components/consent/consent-state";
import type { AcademicCaller } from "@/lib/auth/caller";
import { listModuleConsents } from "@/lib/consent/queries";
import { SCOPE_LABEL, takeDownSteps } from "@/lib/consent/rules";
import { formatDate } from "@/lib/format";

/**
 * Consents for this module's sessions (issue 14): what experts agreed their stories may be used
 * for, so recordings and slides are used within it. Titles only, never the story itself.
 */
export async function ModuleConsents({ user, moduleId }: { user: AcademicCaller; moduleId: string }) {
  const consents = await listModuleConsents({ user, moduleId });
  if (consents.length === 0) return null;
  return (
    <section aria-labelledby="consents-title" className="mb-10 max-w-3xl">
      <h2 id="consents-title">Consent for experts’ stories</h2>
      <ul className="grid gap-3">
        {consents.map((c) => (
          <li key={c.id} className="card">
            <p className="mb-1">
              <strong>{c.story.title}</strong> <ConsentStateTag consent={c} />
            </p>
            <p className="mb-1 text-base">
              {c.booking.session.opportunity.title}, {formatDate(c.booking.session.startsAt)}
            </p>
            <p className="mb-0 text-base">
              {c.scopes.map((s) => SCOPE_LABEL[s]).join("; ")}. {c.named ? "Named" : "Anonymised"},{" "}
              {c.until ? `until ${formatDate(c.until)}` : "until withdrawn"}.
            </p>
            {c.withdrawnAt && !c.takenDownAt && (
              <p className="mt-2 mb-0">
                <strong>To take down:</strong> {takeDownSteps(c.scopes).join("; ")}.
              </p>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
