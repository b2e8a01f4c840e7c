/**
 * Stands in for one app instance in the scale-out test: its own process, its own Prisma pool and
 * its own job producer, making `count` changes that each tell someone something (one transaction
 * each, as a server action does).  node … app-instance.ts <label> <count> <userId> [userId…]
 */
import { db } from "@/lib/db";
import { getProducer, stopProducer } from "@/lib/jobs/boss";
import { notify } from "@/lib/notifications/notify";

const [label, count, ...userIds] = process.argv.slice(2);
await getProducer();
const change = (i: number) =>
  db.$transaction((tx) =>
    notify(
      {
        userId: userIds[i % userIds.length],
        kind: "BOOKING",
        title: `Change ${label}-${i + 1}`,
        body: `Change ${label}-${i + 1}.`,
      },
      tx,
    ),
  );
// Three requests at a time, as a busy instance would serve them.
for (let i = 0; i < Number(count); i += 3)
  await Promise.all([i, i + 1, i + 2].filter((n) => n < Number(count)).map(change));
await stopProducer();
await db.$disconnect();
process.exit(0);
