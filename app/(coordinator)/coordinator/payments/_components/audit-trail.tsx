import { formatMoney, formatShortDate, formatTime } from "@/lib/format";
import type { ExpenseType } from "@/lib/generated/prisma/enums";
import { EXPENSE_TYPE } from "@/lib/labels";

type Event = { id: string; action: string; createdAt: Date; after: unknown; actor: { name: string } | null };

const field = (after: unknown, key: string): unknown =>
  after && typeof after === "object" && key in after ? (after as Record<string, unknown>)[key] : undefined;

function describe(event: Event): string {
  const after = event.after;
  const expense = () => {
    const type = field(after, "type") as ExpenseType | undefined;
    const amount = field(after, "amountPence");
    return `${type && EXPENSE_TYPE[type] ? EXPENSE_TYPE[type] : "expense"}${typeof amount === "number" ? `, ${formatMoney(amount)}` : ""}`;
  };
  switch (event.action) {
    case "payment.created":
      return "Attendance recorded; payment started";
    case "payment.expense_added":
      return `Expense added: ${expense()}`;
    case "payment.expense_removed":
      return "Expense removed";
    case "payment.submitted":
      return "Sent for approval";
    case "payment.declined_by_expert":
      return "Expert said they have nothing to claim";
    case "payment.approved":
      return "Approved";
    case "payment.sent_back":
      return `Sent back: ${String(field(after, "reason") ?? "")}`;
    case "payment.sent_to_finance":
      return "Sent to finance";
    case "payment.paid":
      return `Marked paid${field(after, "reference") ? `, reference ${String(field(after, "reference"))}` : ""}`;
    default:
      return event.action;
  }
}

/** Every change to the payment: what, who, when. */
export function AuditTrail({ events }: { events: Event[] }) {
  if (events.length === 0) return <p>No history recorded.</p>;
  return (
    <ol className="grid gap-2 border-l-4 border-line pl-4">
      {events.map((e) => (
        <li key={e.id}>
          <span className="font-bold">{describe(e)}</span>
          <span className="block text-base text-muted">
            {e.actor?.name ?? "Involve"}, {formatShortDate(e.createdAt)} at {formatTime(e.createdAt)}
          </span>
        </li>
      ))}
    </ol>
  );
}
