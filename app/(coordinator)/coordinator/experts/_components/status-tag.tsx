import { Tag, type TagColour } from "@/components/ui/tag";
import type { ExpertStatus } from "@/lib/generated/prisma/enums";
import { EXPERT_STATUS } from "@/lib/labels";

const COLOUR: Record<ExpertStatus, TagColour> = {
  ENQUIRY: "blue",
  INDUCTION: "yellow",
  ACTIVE: "green",
  PAUSED: "orange",
  LEFT: "grey",
};

export function ExpertStatusTag({ status }: { status: ExpertStatus }) {
  return <Tag colour={COLOUR[status]}>{EXPERT_STATUS[status]}</Tag>;
}
