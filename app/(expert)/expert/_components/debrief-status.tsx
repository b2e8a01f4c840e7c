import { formatDate } from "@/lib/format";
import type { ExpertDebrief } from "@/lib/debriefs/expert-queries";

/**
 * Where the expert's debrief stands, in one sentence: asked for (and who will be in touch, by
 * when), someone will check in after a sensitive session, or done. Never the coordinator's note.
 */
export function debriefStatusText(
  debrief: ExpertDebrief,
  { askedAt, contactName }: { askedAt?: Date | null; contactName?: string | null } = {},
): string {
  if (debrief.doneAt) return `Debrief done on ${formatDate(debrief.doneAt)}.`;
  const who = contactName ?? debrief.contactName ?? null;
  const by = `by ${formatDate(debrief.dueOn)}`;
  if (debrief.requestedByExpert)
    return `You asked for a debrief${askedAt ? ` on ${formatDate(askedAt)}` : ""}. ${who ?? "Your coordinator"} will be in touch ${by}.`;
  if (debrief.reason === "SENSITIVE_SESSION")
    return `${who ?? "Someone from the university"} will check in with you ${by}, to see how you are.`;
  return `${who ?? "Your coordinator"} will get in touch ${by}, to see how you are.`;
}
