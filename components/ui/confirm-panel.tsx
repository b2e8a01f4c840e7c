import Link from "next/link";
import type { ReactNode } from "react";
import { ActionForm, type FormAction } from "@/components/form/action-form";
import { SubmitButton } from "@/components/form/submit-button";

/**
 * "Are you sure?" before something that cannot be undone, such as cancelling: a red-bordered box
 * with the question as its heading, what will happen, and a form that sends `confirm=yes` and the
 * hidden fields to the server action, or a link back that keeps things as they are. The page
 * decides when to show it (e.g. on ?cancel=1) and passes the action; this never touches the data.
 */
export function ConfirmPanel({
  titleId,
  title,
  description,
  action,
  hidden,
  confirmLabel,
  keepHref,
  keepLabel = "No, keep it",
  children,
}: {
  titleId: string;
  title: ReactNode;
  /** What will happen, shown above the form. */
  description: ReactNode;
  action: FormAction;
  /** Hidden fields, e.g. { sessionId }. `confirm=yes` is always sent. */
  hidden: Record<string, string>;
  confirmLabel: string;
  keepHref: string;
  keepLabel?: string;
  /** Fields of the form, e.g. the reason, shown above the buttons. */
  children?: ReactNode;
}) {
  return (
    <section aria-labelledby={titleId} className="mb-8 max-w-3xl border-4 border-danger p-4">
      <h2 id={titleId}>{title}</h2>
      <p className="mb-4">{description}</p>
      <ActionForm action={action}>
        {Object.entries(hidden).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        <input type="hidden" name="confirm" value="yes" />
        {children}
        <div className="flex flex-wrap items-center gap-6">
          <SubmitButton variant="danger">{confirmLabel}</SubmitButton>
          <Link href={keepHref}>{keepLabel}</Link>
        </div>
      </ActionForm>
    </section>
  );
}
