import { Tag, type TagColour } from "@/components/ui/tag";
import type { BookingStatus, OpportunityStatus } from "@/lib/generated/prisma/enums";
import { BOOKING_STATUS, OPPORTUNITY_STATUS } from "@/lib/labels";

// Colour only repeats what the words say.
const OPPORTUNITY_COLOUR: Record<OpportunityStatus, TagColour> = {
  DRAFT: "grey",
  OPEN: "green",
  FILLED: "blue",
  CLOSED: "grey",
  CANCELLED: "red",
};
const BOOKING_COLOUR: Record<BookingStatus, TagColour> = {
  REQUESTED: "yellow",
  CONFIRMED: "green",
  WAITLISTED: "orange",
  DECLINED: "grey",
  WITHDRAWN: "grey",
  ATTENDED: "blue",
  NO_SHOW: "red",
  CANCELLED_BY_UNIVERSITY: "red",
};

export const OpportunityStatusTag = ({ status }: { status: OpportunityStatus }) => (
  <Tag colour={OPPORTUNITY_COLOUR[status]}>{OPPORTUNITY_STATUS[status]}</Tag>
);

export const BookingStatusTag = ({ status }: { status: BookingStatus }) => (
  <Tag colour={BOOKING_COLOUR[status]}>{BOOKING_STATUS[status]}</Tag>
);
