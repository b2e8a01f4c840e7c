import { formatMoney } from "@/lib/format";
import type { Earned } from "@/lib/payments/earned";

/** "£215 earned — £135 approved, £80 waiting for approval": the same words wherever earnings appear. */
export function EarnedFigure({ earned }: { earned: Earned }) {
  return (
    <>
      <strong>{formatMoney(earned.earnedPence)} earned</strong>
      {earned.earnedPence > 0 && (
        <>
          {" "}
          — {formatMoney(earned.approvedPence)} approved, {formatMoney(earned.waitingPence)} waiting for approval
        </>
      )}
    </>
  );
}
