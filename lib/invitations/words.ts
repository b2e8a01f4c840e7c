/**
 * The fixed words of "Forgotten your password?" and the set-password emails. Pure (no server
 * modules), so the browser tests can check for them too.
 */
export const RESET_REQUESTED =
  "If there is an account for that email address, we have sent a link to reset the password. It works once, for 1 hour. Check your spam folder if it has not arrived in a few minutes.";

export const RESET_SUBJECT = "Reset your Involve password";
export const INVITATION_SUBJECT = "You have been invited to Involve";
export const NEW_LINK_SUBJECT = "Your new link to set your Involve password";
