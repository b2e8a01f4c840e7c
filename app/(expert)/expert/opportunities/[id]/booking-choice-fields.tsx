"use client";

import { useContext, useState } from "react";
import { FormStateContext } from "@/components/form/form-context";

/**
 * "Will a supporter come with you?" and "may the academic see what helps you take part?", asked
 * on sign-up and when changing them later. Each session has its own form on the page, so the
 * ids carry the session's (the shared field components would repeat `f-<name>`). A failed submit
 * keeps what was chosen. The name is asked only once the supporter box is ticked (GOV.UK's
 * conditionally revealed question).
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
  // Re-mounted after a failed submit so the kept answers show.
  const key = state.status === "error" ? "typed" : "saved";
  return <Choices key={key} {...{ id, checked, nameValue, error, supporterWelcome, academicCanSee, accessNeeds }} />;
}

function Choices({
  id,
  checked,
  nameValue,
  error,
  supporterWelcome,
  academicCanSee,
  accessNeeds,
}: {
  id: (name: string) => string;
  checked: (name: "supporterComing" | "shareAccessNeedsWithAcademic") => boolean;
  nameValue: string;
  error: string | undefined;
  supporterWelcome: boolean;
  academicCanSee: boolean;
  accessNeeds: string;
}) {
  const [coming, setComing] = useState(checked("supporterComing"));
  return (
    <div className="mb-2">
      <div className="field">
        <label className="choice-label" htmlFor={id("supporterComing")}>
          <input
            id={id("supporterComing")}
            type="checkbox"
            name="supporterComing"
            value="on"
            defaultChecked={checked("supporterComing")}
            onChange={(e) => setComing(e.currentTarget.checked)}
            aria-controls={id("supporterName-wrap")}
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
      <div
        id={id("supporterName-wrap")}
        hidden={!coming}
        className={`field ml-4 border-l-4 border-line pl-4 ${error ? "field-error" : ""}`}
      >
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
