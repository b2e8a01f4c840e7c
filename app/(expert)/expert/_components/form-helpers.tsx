"use client";

import { useRouter } from "next/navigation";
import { useContext, useEffect } from "react";
import { FormStateContext } from "@/components/form/form-context";
import { SubmitButton } from "@/components/form/submit-button";

/** Inside an ActionForm: go to `href` once the action succeeds (e.g. back home after withdrawing). */
export function GoOnSuccess({ href }: { href: string }) {
  const state = useContext(FormStateContext);
  const router = useRouter();
  useEffect(() => {
    if (state.status === "success") router.replace(href);
  }, [state, href, router]);
  return null;
}

/**
 * Inside a sign-up ActionForm: "Ask for a place", or "Join the waiting list" when the session is
 * full — known when the page was drawn, or learnt from the action when it filled up meanwhile.
 */
export function SignUpButtons({ full, sr }: { full: boolean; sr: string }) {
  const state = useContext(FormStateContext);
  const filledMeanwhile = state.status === "error" && state.code === "CONFLICT" && /full/i.test(state.message ?? "");
  return full || filledMeanwhile ? (
    <SubmitButton name="waitlist" value="yes" variant={filledMeanwhile ? "primary" : "secondary"}>
      Join the waiting list<span className="sr-only"> for {sr}</span>
    </SubmitButton>
  ) : (
    <SubmitButton>
      Ask for a place<span className="sr-only"> on {sr}</span>
    </SubmitButton>
  );
}

/** Inside an ActionForm: hide the children once the action has succeeded. */
export function HideOnSuccess({ children }: { children: React.ReactNode }) {
  const state = useContext(FormStateContext);
  return state.status === "success" ? null : <>{children}</>;
}
