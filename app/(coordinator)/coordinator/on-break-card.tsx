import Link from "next/link";
import { listOnBreak } from "@/lib/breaks/queries";
import { formatCalendarShort } from "@/lib/rates/dates";

/**
 * People who chose to take a break: left out of "not offered anything" (they asked not to be),
 * and shown here instead so nobody wonders where they went. Nothing shows when nobody is on one.
 */
export async function OnBreakCard({ partnershipId }: { partnershipId: string }) {
  const { total, items } = await listOnBreak({ partnershipId });
  if (total === 0) return null;
  return (
    <section id="on-break" aria-labelledby="on-break-title" className="mb-10 scroll-mt-4">
      <h2 id="on-break-title">On a break</h2>
      <p className="mb-2 text-base text-muted">They chose to take a break, so they are not offered anything new.</p>
      <ul className="divide-y divide-line border-y border-line">
        {items.map((e) => (
          <li key={e.id} className="py-3">
            <Link href={`/coordinator/experts/${e.id}`} className="font-bold">
              {e.name}
            </Link>
            <span className="block text-base text-muted">
              {e.breakUntil ? `Until ${formatCalendarShort(e.breakUntil)}` : "Until they say"}
            </span>
          </li>
        ))}
      </ul>
      {total > items.length && <p className="mt-2">and {total - items.length} more.</p>}
    </section>
  );
}
