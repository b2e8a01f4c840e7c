import { Tag } from "@/components/ui/tag";
import { formatCalendarShort } from "@/lib/rates/dates";

/** "On a break until 5 Jan 2027" beside someone's status (a break never changes the status). */
export function BreakTag({ onBreak }: { onBreak?: { breakUntil: Date | null } }) {
  if (!onBreak) return null;
  return (
    <Tag colour="blue">
      {onBreak.breakUntil ? `On a break until ${formatCalendarShort(onBreak.breakUntil)}` : "On a break"}
    </Tag>
  );
}
