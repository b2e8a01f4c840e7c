import { ActionForm, type FormAction } from "@/components/form/action-form";
import { SubmitButton } from "@/components/form/submit-button";

/** Retire (no longer offered for new work, history kept) or reinstate a programme or module. */
export function RetireForm({
  action,
  idField,
  id,
  what,
  retired,
}: {
  action: FormAction;
  idField: "programmeId" | "moduleId";
  id: string;
  what: "programme" | "module";
  retired: boolean;
}) {
  return (
    <section aria-labelledby="retire-title" className="mb-8 max-w-2xl">
      <h2 id="retire-title">{retired ? `Reinstate this ${what}` : `Retire this ${what}`}</h2>
      <p>
        {retired
          ? `This ${what} is retired: it is not offered for new opportunities, requests or records. Reinstate it to offer it again.`
          : `A retired ${what} is no longer offered for new opportunities, requests or records. Everything already recorded against it stays, and you can reinstate it later.`}
      </p>
      <ActionForm action={action} aria-label={retired ? `Reinstate this ${what}` : `Retire this ${what}`} compact>
        <input type="hidden" name={idField} value={id} />
        <input type="hidden" name="change" value={retired ? "reinstate" : "retire"} />
        <SubmitButton variant={retired ? "secondary" : "danger"}>
          {retired ? `Reinstate ${what}` : `Retire ${what}`}
        </SubmitButton>
      </ActionForm>
    </section>
  );
}
