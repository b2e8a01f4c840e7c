import { Tag, type TagColour } from "@/components/ui/tag";
import { STAFF_STATUS, type StaffStatus } from "@/lib/staff/schemas";

const COLOUR: Record<StaffStatus, TagColour> = { ACTIVE: "green", INVITED: "blue", DEACTIVATED: "grey" };

export function StaffStatusTag({ status }: { status: StaffStatus }) {
  return <Tag colour={COLOUR[status]}>{STAFF_STATUS[status]}</Tag>;
}
