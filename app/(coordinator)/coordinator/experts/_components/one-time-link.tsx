"use client";

import Link from "next/link";
import { useContext, useEffect, useRef, useState } from "react";
import { SingleCheckbox } from "@/components/form/fields";
import { FormStateContext } from "@/components/form/form-context";
import { Notice } from "@/components/ui/notice";

/** Shows the one-time set-password link an action returned, once, with a copy button. */
export function OneTimeLink() {
  const state = useContext(FormStateContext);
  const [copied, setCopied] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const link = state.status === "success" && typeof state.data?.link === "string" ? state.data.link : null;
  // The form may be long: bring the link into view and focus, so it is not missed.
  useEffect(() => {
    if (link) input.current?.focus();
  }, [link]);
  if (!link) return null;
  const full = link.startsWith("/") ? `${window.location.origin}${link}` : link;
  return (
    <Notice as="div" tone="info" roomy className="mb-6">
      <label htmlFor="one-time-link" className="label">
        One-time set-password link
      </label>
      <p className="hint">
        {state.data?.emailed
          ? "We have emailed it to them. You can also read it out on the phone. We do not show it again."
          : "Send this to them by email or text, or read it out on the phone. We do not show it again."}
      </p>
      <input
        ref={input}
        id="one-time-link"
        className="input mb-3 font-mono text-base"
        readOnly
        value={full}
        onFocus={(e) => e.currentTarget.select()}
      />
      <button
        type="button"
        className="btn btn-secondary"
        onClick={async () => {
          await navigator.clipboard?.writeText(full);
          setCopied(true);
        }}
      >
        {copied ? "Copied" : "Copy link"}
      </button>
      <span role="status" className="sr-only">
        {copied ? "Link copied" : ""}
      </span>
      {typeof state.data?.expertId === "string" && (
        <p className="mt-4">
          <Link href={`/coordinator/experts/${state.data.expertId}`}>Open their profile</Link>
        </p>
      )}
    </Notice>
  );
}

/**
 * Emailing the link is a choice, not the default: many experts prefer a phone call first, and the
 * link on screen can be read out to them.
 */
export function EmailLinkCheckbox() {
  return (
    <SingleCheckbox
      name="emailLink"
      label="Email the link to them now"
      hint="Leave this unticked to phone them first. The link is shown here either way, so you can read it out."
    />
  );
}
