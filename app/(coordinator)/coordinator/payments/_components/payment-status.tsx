import { Tag } from "@/components/ui/tag";
import type { PaymentStatus } from "@/lib/generated/prisma/enums";
import { daysSinceSession, isLate } from "@/lib/payments/late";
import { COORDINATOR_STATUS } from "@/lib/payments/steps";

export function StatusTag({ status }: { status: PaymentStatus }) {
  const { label, colour } = COORDINATOR_STATUS[status];
  return (
    <span className="whitespace-nowrap">
      <Tag colour={colour}>{label}</Tag>
    </span>
  );
}

/** "12 days" since the session, with a Late tag (in words, not only red) past the limit. */
export function DaysSince({
  status,
  sessionDate,
  latePaymentDays,
  now,
}: {
  status: PaymentStatus;
  sessionDate: Date;
  latePaymentDays: number;
  now: Date;
}) {
  if (status === "PAID" || status === "DECLINED_BY_EXPERT") return <span className="text-muted">—</span>;
  const days = daysSinceSession(sessionDate, now);
  const late = isLate({ status, sessionDate }, latePaymentDays, now);
  return (
    <span className={`whitespace-nowrap ${late ? "font-bold text-danger" : ""}`}>
      {days} {days === 1 ? "day" : "days"}
      {late && (
        <>
          {" "}
          <Tag colour="red">Late</Tag>
        </>
      )}
    </span>
  );
}
