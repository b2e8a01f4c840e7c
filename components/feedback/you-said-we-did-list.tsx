import type { ReactNode } from "react";
import { formatDate } from "@/lib/format";

export type YouSaidWeDidItem = {
  id: string;
  youSaid: string;
  weDid: string;
  publishedAt: Date;
  institution: { name: string };
};

/** "You said, we did" entries, each a card: what experts said, what was done, who and when. */
export function YouSaidWeDidList<T extends YouSaidWeDidItem>({
  items,
  headingLevel = 2,
  actions,
}: {
  items: readonly T[];
  headingLevel?: 2 | 3;
  /** Something under an entry (the coordinator's "Change" link). */
  actions?: (item: T) => ReactNode;
}) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <ul className="grid gap-4">
      {items.map((item) => (
        <li key={item.id} className="card">
          <Heading className="mb-1 text-xl">You said</Heading>
          <p className="mb-3 whitespace-pre-line">{item.youSaid}</p>
          <Heading className="mb-1 text-xl">We did</Heading>
          <p className="mb-2 whitespace-pre-line">{item.weDid}</p>
          <p className="text-base text-muted">
            {item.institution.name}, {formatDate(item.publishedAt)}
          </p>
          {actions?.(item)}
        </li>
      ))}
    </ul>
  );
}
