"use client";

import { useContext } from "react";
import { FormStateContext } from "@/components/form/form-context";

/**
 * "Will a supporter come with you?" and "may the academic see what helps you take part?", asked
 * on sign-up and when changing them later. Each session has its own form on the page, so the
 * ids carry the session's (the shared field components would repeat `f-<name>`). A failed submit
 * keeps what was chosen.
 */
export function BookingChoiceFields({
  idSuffix,
  defaults,
  supporterWelcome,
  academicCanSee,
  accessNeeds,
}: {
  idSuffix: string;
  defaults?: { supporterComing: boolean; supporterName: string; shareAccessNeedsWithAcademic: boolean };
  supporterWelcome: boolean;
  /** The opportunity has a module, so there is an academic (its leader) to share with. */
  academicCanSee: boolean;
  accessNeeds: string;
}) {
  const state = useContext(FormStateContext);
  const typed = state.status === "error" ? state.values : undefined;
  const checked = (name: "supporterComing" | "shareAccessNeedsWithAcademic") =>
    typed ? typed[name] === "on" : Boolean(defaults?.[name]);
  const nameValue = typed ? String(typed.supporterName ?? "") : (defaults?.supporterName ?? "");
  const error = state.fieldErrors?.supporterName?.[0];
  const id = (name: string) => `${name}-${idSuffix}`;
  // The form is re-mounted after a failed submit so the kept answers show.
  const key = state.status === "error" ? "typed" : "saved";
  return (
    <div key={key} className="mb-2">
      <div className="field">
        <label className="choice-label" htmlFor={id("supporterComing")}>
          <input
            id={id("supporterComing")}
            type="checkbox"
            name="supporterComing"
            value="on"
            defaultChecked={checked("supporterComing")}
            aria-describedby={id("supporterComing-hint")}
            className="choice"
          />
          A supporter or personal assistant will come with me
        </label>
        <span id={id("supporterComing-hint")} className="hint choice-hint">
          {supporterWelcome ? "They are welcome. " : ""}They do not take one of the places: we tell the venue so they
          are counted.
        </span>
      </div>
      <div className={`field ${error ? "field-error" : ""}`}>
        <label className="label" htmlFor={id("supporterName")}>
          Their name (optional)
        </label>
        {error && (
          <span id={id("supporterName-error")} className="error-message">
            <span className="sr-only">Error: </span>
            {error}
          </span>
        )}
        <input
          id={id("supporterName")}
          name="supporterName"
          defaultValue={nameValue}
          maxLength={100}
          autoComplete="off"
          aria-describedby={error ? id("supporterName-error") : undefined}
          aria-invalid={error ? true : undefined}
          className={`input max-w-md ${error ? "input-error" : ""}`}
        />
      </div>
      {academicCanSee && (
        <div className="field">
          <label className="choice-label" htmlFor={id("shareAccessNeedsWithAcademic")}>
            <input
              id={id("shareAccessNeedsWithAcademic")}
              type="checkbox"
              name="shareAccessNeedsWithAcademic"
              value="on"
              defaultChecked={checked("shareAccessNeedsWithAcademic")}
              aria-describedby={id("shareAccessNeedsWithAcademic-hint")}
              className="choice"
            />
            Let the lecturer running this session see what helps me take part
          </label>
          <span id={id("shareAccessNeedsWithAcademic-hint")} className="hint choice-hint">
            {accessNeeds
              ? `They would see: "${accessNeeds}", without your name. Your coordinators always see it.`
              : "You have not told us anything yet. You can add it on your profile."}
          </span>
        </div>
      )}
    </div>
  );
}
