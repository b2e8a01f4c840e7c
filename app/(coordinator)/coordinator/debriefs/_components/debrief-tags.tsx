import { Tag } from "@/components/ui/tag";
import { isOverdue } from "@/lib/debriefs/due";

/** Urgent, overdue or done, as tags beside a debrief task. */
export function DebriefTags({ task, now }: { task: { urgent: boolean; dueOn: Date; doneAt: Date | null }; now: Date }) {
  if (task.doneAt) return <Tag colour="green">Done</Tag>;
  return (
    <>
      {task.urgent && <Tag colour="red">Urgent</Tag>}
      {isOverdue(task, now) && <Tag colour="orange">Overdue</Tag>}
    </>
  );
}
