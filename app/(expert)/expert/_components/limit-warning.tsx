import { Notice } from "@/components/ui/notice";
import { formatDate, formatMoney } from "@/lib/format";
import { LIMIT_PERIOD } from "@/lib/labels";
import { limitExcessForSession, type LimitExcess } from "@/lib/payments/earnings";

const monthFmt = new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/London", month: "long", year: "numeric" });

/** Beside "Ask for a place": a warning if this session's fee would take the expert over their own limit. */
export async function SessionLimitWarning({ expertId, sessionId }: { expertId: string; sessionId: string }) {
  const excess = await limitExcessForSession({ expertId, sessionId });
  return excess ? <LimitWarning excess={excess} /> : null;
}

export function LimitWarning({ excess }: { excess: LimitExcess }) {
  const when =
    excess.period === "MONTH"
      ? `in ${monthFmt.format(excess.periodStart)}`
      : `in the week starting ${formatDate(excess.periodStart)}`;
  return (
    <Notice as="div" tone="warning" className="mb-4">
      <p className="font-bold">This would take you over your earnings limit</p>
      <p>
        This session pays a fee of {formatMoney(excess.feePence)}. You already have {formatMoney(excess.alreadyPence)}{" "}
        in fees {when}, from payments and places confirmed. With this one it would be {formatMoney(excess.totalPence)}:{" "}
        <strong>{formatMoney(excess.overPence)} over</strong> the limit of {formatMoney(excess.limitPence)}{" "}
        {LIMIT_PERIOD[excess.period]} you recorded.
      </p>
      <p className="mt-2">You can still ask for a place. You could also talk to your coordinator first.</p>
      <p className="mt-2 text-base">
        This is not benefits advice. For a free benefits check, contact{" "}
        <a href="https://www.citizensadvice.org.uk/benefits/">Citizens Advice</a> or use{" "}
        <a href="https://www.turn2us.org.uk/">Turn2us</a>.
      </p>
    </Notice>
  );
}
