/** How a message's status reads to a coordinator: plain words, with the reason where there is one. Pure. */
import type { MessageKind, MessageStatus } from "@/lib/generated/prisma/enums";

/** For the status filter: one short label per status. */
export const MESSAGE_STATUS_LABEL: Record<MessageStatus, string> = {
  SENT: "Sent",
  QUEUED: "Waiting to be sent",
  SENDING: "Being sent",
  NOT_SENT: "Not sent: no mail server",
  FAILED: "Failed",
  SKIPPED: "Not emailed",
  TO_CALL: "To phone",
  CALLED: "Phoned",
};

export const MESSAGE_KIND_LABEL: Record<MessageKind, string> = {
  ACCOUNT: "Account and password",
  BOOKING: "Booking",
  SESSION: "Session change",
  REMINDER: "Reminder",
  CHECK_IN: "Check-in after a session",
  PAYMENT: "Payment",
  REQUEST: "Request",
  DIGEST: "Daily summary",
};

/** The tag colour of each status (components/ui/tag). */
export const MESSAGE_STATUS_COLOUR: Record<MessageStatus, "blue" | "green" | "yellow" | "red" | "grey" | "orange"> = {
  SENT: "green",
  QUEUED: "blue",
  SENDING: "blue",
  NOT_SENT: "yellow",
  FAILED: "red",
  SKIPPED: "grey",
  TO_CALL: "orange",
  CALLED: "green",
};

/** The full sentence for one message: "Failed: The email address is not valid." */
export function messageStatusText({ status, lastError }: { status: MessageStatus; lastError: string | null }): string {
  switch (status) {
    case "SENT":
      return "Sent";
    case "QUEUED":
    case "SENDING":
      return "Waiting to be sent";
    case "NOT_SENT":
      return "Not sent: no mail server is set up";
    case "FAILED":
      return `Failed: ${lastError?.trim() || "no reason was given"}`;
    case "SKIPPED":
      return lastError && /deactivated/i.test(lastError)
        ? "Not emailed: their account is switched off"
        : "Not emailed: they chose in-app only";
    case "TO_CALL":
      return "To phone";
    case "CALLED":
      return "Phoned";
  }
}

/** What to tell someone on the phone: the email's words without the footer about contact preferences. */
export function callScript(textBody: string): string {
  const cut = textBody.indexOf("\n\n---\n");
  return (cut >= 0 ? textBody.slice(0, cut) : textBody).trim();
}
