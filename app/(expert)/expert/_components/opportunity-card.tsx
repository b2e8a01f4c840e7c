import Link from "next/link";
import { MatchTag } from "@/components/opportunities/match-tag";
import { Tag } from "@/components/ui/tag";
import type { OpportunityCard as Card } from "@/lib/opportunities/for-expert";
import { formatMoney, formatSessionTime } from "@/lib/format";
import { OPPORTUNITY_TYPE, PAY_BASIS } from "@/lib/labels";

/** One opportunity, with one clear action: find out more. */
export function OpportunityCard({ item, headingLevel = 3 }: { item: Card; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <li className="card flex flex-col gap-2">
      <div className="flex flex-wrap gap-2">
        <MatchTag type={item.type} matches={item.matches} />
        {item.asked && <Tag colour="grey">You have asked for a place</Tag>}
        {item.sensitive && <Tag colour="yellow">May be upsetting</Tag>}
      </div>
      <Heading className="mb-0 text-xl">{item.title}</Heading>
      <p className="text-muted">
        {OPPORTUNITY_TYPE[item.type]} · {item.institution}
      </p>
      <p>{item.summary}</p>
      {item.next && (
        <p>
          <strong>Next:</strong> {formatSessionTime(item.next.startsAt, item.next.endsAt)}
          {item.sessionCount > 1 &&
            ` (and ${item.sessionCount - 1} more ${item.sessionCount === 2 ? "date" : "dates"})`}
        </p>
      )}
      <p>
        <strong>Pay:</strong>{" "}
        {item.payRatePence > 0 ? `${formatMoney(item.payRatePence)} ${PAY_BASIS[item.payBasis]}` : "Expenses only"}
      </p>
      <p className="mt-auto pt-2">
        <Link href={`/expert/opportunities/${item.id}`} className="btn btn-secondary">
          Find out more<span className="sr-only"> about {item.title}</span>
        </Link>
      </p>
    </li>
  );
}
