/** npm run db:seed — load the demo partnership (once) and print the demo sign-ins. */
import { createPrismaClient } from "@/lib/db/client";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "@/lib/demo/accounts";
import { resolveDatabase } from "@/scripts/lib/database-url";
import { seedDemo } from "./demo";

function printLogins() {
  const rows = DEMO_ACCOUNTS.map((a) => [a.email, DEMO_PASSWORD, a.label]);
  const header = ["Email", "Password", "Role"];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i] ?? 0))
      .join("   ")
      .trimEnd();
  console.log("\nDemo sign-ins:");
  console.log(line(header));
  console.log(line(widths.map((w) => "-".repeat(w))));
  for (const row of rows) console.log(line(row));
}

try {
  const handle = await resolveDatabase();
  const db = createPrismaClient(handle.url);
  try {
    const result = await seedDemo(db);
    console.log(result.created ? "Demo data loaded." : "Demo data already present, nothing added.");
    printLogins();
  } finally {
    await db.$disconnect();
    await handle.stop();
  }
  process.exit(0);
} catch (error) {
  const message = error instanceof Error ? error.message : String(error);
  console.error(`Could not load the demo data: ${message.split("\n").filter(Boolean).pop() ?? message}`);
  process.exit(1);
}
