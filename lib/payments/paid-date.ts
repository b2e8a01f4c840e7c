import { ActionError } from "@/lib/actions/action-error";
import { formatDate } from "@/lib/format";
import { startOfLondonDay } from "@/lib/time";

/** A paid date can be neither in the future nor before the payment went to finance. */
export function checkPaidDate(paidOn: Date, sentToFinanceAt: Date | null, now = new Date()) {
  if (paidOn.getTime() > startOfLondonDay(now).getTime()) {
    throw new ActionError("The date it was paid cannot be in the future.", "INVALID", {
      paidOn: ["The date it was paid must be today or in the past"],
    });
  }
  if (sentToFinanceAt && paidOn.getTime() < startOfLondonDay(sentToFinanceAt).getTime()) {
    const sent = formatDate(sentToFinanceAt);
    throw new ActionError("The date it was paid is before it was sent to finance.", "INVALID", {
      paidOn: [`The date it was paid must be on or after ${sent}, when it was sent to finance`],
    });
  }
}
