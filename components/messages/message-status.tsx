import { Tag } from "@/components/ui/tag";
import type { MessageStatus as Status } from "@/lib/generated/prisma/enums";
import { MESSAGE_STATUS_COLOUR, messageStatusText } from "@/lib/messages/status-text";

/** A message's status as a tag ("Failed"), then the rest in plain words (the reason, when it failed). */
export function MessageStatus({ status, lastError }: { status: Status; lastError: string | null }) {
  const text = messageStatusText({ status, lastError });
  const split = text.indexOf(": ");
  const head = split < 0 ? text : text.slice(0, split);
  const rest = split < 0 ? "" : text.slice(split + 2);
  return (
    <span className="block">
      <Tag colour={MESSAGE_STATUS_COLOUR[status]}>{head}</Tag>
      {rest && (
        <span className="mt-1 block text-base">
          <span className="sr-only">: </span>
          {rest}
        </span>
      )}
    </span>
  );
}
