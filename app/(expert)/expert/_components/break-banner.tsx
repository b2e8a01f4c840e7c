import Link from "next/link";
import { ActionForm } from "@/components/form/action-form";
import { SubmitButton } from "@/components/form/submit-button";
import { Notice } from "@/components/ui/notice";
import { endBreakAction } from "@/lib/breaks/actions";
import { formatCalendarDate } from "@/lib/rates/dates";

type Break = { onBreak: boolean; breakUntil: Date | null };

/** "You are on a break until …": "I'm back" is one tap; changing the break is one link away. */
export function BreakBanner({ myBreak }: { myBreak: Break | null }) {
  if (!myBreak?.onBreak) return null;
  return (
    <Notice as="section" tone="info" aria-labelledby="break-title" className="mb-8">
      <h2 id="break-title">
        You are on a break {myBreak.breakUntil ? `until ${formatCalendarDate(myBreak.breakUntil)}` : "until you say"}
      </h2>
      <p className="mb-4">We will not offer you anything new until you are back. Take care.</p>
      <div className="flex flex-wrap items-center gap-x-6 gap-y-3">
        <ActionForm action={endBreakAction} compact aria-label="End your break">
          <SubmitButton>I&rsquo;m back</SubmitButton>
        </ActionForm>
        <Link href="/expert/break" className="inline-block min-h-11 py-2 font-bold">
          Change your break
        </Link>
      </div>
    </Notice>
  );
}

/** At the foot of the home and profile pages, while not on a break. */
export function TakeBreakLink({ myBreak }: { myBreak: Break | null }) {
  if (myBreak?.onBreak) return null;
  return (
    <p className="mb-10">
      <Link href="/expert/break" className="inline-block min-h-11 py-2 font-bold">
        Take a break
      </Link>
      <span className="block text-base text-muted">
        Need time away? We will stop offering you new things until you are ready.
      </span>
    </p>
  );
}

export const ON_BREAK_NO_SUGGESTIONS =
  "You are on a break, so we are not suggesting anything. You can still look at all opportunities.";
