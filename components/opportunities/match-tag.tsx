import { Tag } from "@/components/ui/tag";
import type { OpportunityType } from "@/lib/generated/prisma/enums";

/** Why an opportunity is shown first: it matches the expert, or it is a group meeting, which is for everyone. */
export function MatchTag({ type, matches }: { type: OpportunityType; matches: boolean }) {
  if (type === "GROUP_MEETING") return <Tag colour="green">For every expert</Tag>;
  return matches ? <Tag colour="green">Matches your interests</Tag> : null;
}
