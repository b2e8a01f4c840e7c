import { describe, expect, it } from "vitest";
import { callScript, messageStatusText } from "@/lib/messages/status-text";

describe("a message's status in plain words", () => {
  it("says what happened, with the reason when it failed", () => {
    expect(messageStatusText({ status: "SENT", lastError: null })).toBe("Sent");
    expect(messageStatusText({ status: "QUEUED", lastError: "Could not reach the mail server. Trying again." })).toBe(
      "Waiting to be sent",
    );
    expect(messageStatusText({ status: "NOT_SENT", lastError: "x" })).toBe("Not sent: no mail server is set up");
    expect(messageStatusText({ status: "FAILED", lastError: "The email address is not valid." })).toBe(
      "Failed: The email address is not valid.",
    );
    expect(messageStatusText({ status: "FAILED", lastError: null })).toBe("Failed: no reason was given");
    expect(messageStatusText({ status: "SKIPPED", lastError: "They asked to hear from us only inside Involve." })).toBe(
      "Not emailed: they chose in-app only",
    );
    expect(messageStatusText({ status: "SKIPPED", lastError: "The account is deactivated." })).toBe(
      "Not emailed: their account is switched off",
    );
    expect(messageStatusText({ status: "TO_CALL", lastError: null })).toBe("To phone");
    expect(messageStatusText({ status: "CALLED", lastError: null })).toBe("Phoned");
  });

  it("gives the words to say on the phone without the email's footer", () => {
    expect(callScript("Hello Jo,\n\nYour place is confirmed.\n\n---\n\nYou can choose:\nhttps://x")).toBe(
      "Hello Jo,\n\nYour place is confirmed.",
    );
    expect(callScript("No footer here.")).toBe("No footer here.");
  });
});
