import { existsSync } from "node:fs";

/** Scripts read .env.local then .env like the Next server does; the real environment wins. */
for (const file of [".env.local", ".env"]) {
  if (existsSync(file)) process.loadEnvFile(file);
}
