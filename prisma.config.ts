import { defineConfig } from "prisma/config";

// Migrations are applied by scripts/db/*.ts with Prisma's WebAssembly schema engine,
// because the native engine cannot be downloaded here (README: "Why migrations run through scripts/db").
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
});
