import { z } from "zod";
import { checkbox, optionalText, recordId } from "@/lib/validation/fields";

const formRecord = () => recordId("Something is missing from this form. Refresh the page and try again.");

/** The expert's choices for one booking: a supporter coming, and sharing access needs with the academic. */
export const bookingChoicesFields = {
  supporterComing: checkbox,
  supporterName: optionalText(100, "Your supporter's name must be 100 characters or fewer"),
  shareAccessNeedsWithAcademic: checkbox,
};

export const myBookingChoicesSchema = z.object({ bookingId: formRecord(), ...bookingChoicesFields });

export const supporterTravelSchema = z.object({ bookingId: formRecord(), supporterTravelClaimable: checkbox });
