/** npm run db:check — fail when schema.prisma and prisma/migrations disagree. */
import { diffMigrationsToSchema } from "./engine";

const { sql } = await diffMigrationsToSchema();
if (sql) {
  console.error("schema.prisma and prisma/migrations disagree. Run `npm run db:migration -- <name>`. Missing SQL:\n");
  console.error(sql);
  process.exit(1);
}
console.log("schema.prisma matches prisma/migrations.");
process.exit(0);
