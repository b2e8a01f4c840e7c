/** npm run db:migrate — apply prisma/migrations, as `prisma migrate deploy` would. */
import { resolveDatabase } from "../lib/database-url";
import { exit } from "../lib/exit";
import { applyMigrations } from "./engine";

const db = await resolveDatabase();
try {
  const applied = await applyMigrations(db.url);
  console.log(applied.length ? `Applied migrations: ${applied.join(", ")}` : "Database is up to date.");
} finally {
  await db.stop();
}
await exit(0);
