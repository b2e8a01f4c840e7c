import Link from "next/link";
import type { CoordinatorCaller } from "@/lib/auth/caller";
import { countTakeDowns } from "@/lib/consent/queries";

/** For the coordinator dashboard (issue 14): withdrawn consents whose uses are still to be taken down. */
export async function TakeDownCard({ user }: { user: CoordinatorCaller }) {
  const count = await countTakeDowns({ user });
  return (
    <section aria-labelledby="take-down" className={`card ${count > 0 ? "border-l-8 border-l-danger" : ""}`}>
      <h2 id="take-down" className="text-xl">
        Withdrawn consent
      </h2>
      <p className="mb-3">
        {count === 0
          ? "Nothing to take down: no expert has withdrawn consent for a story used in your sessions."
          : `${count} ${count === 1 ? "use of a story needs" : "uses of stories need"} taking down: the expert has withdrawn their consent.`}
      </p>
      <p>
        <Link href="/coordinator/consents">{count > 0 ? "See what must be taken down" : "See withdrawn consent"}</Link>
      </p>
    </section>
  );
}
