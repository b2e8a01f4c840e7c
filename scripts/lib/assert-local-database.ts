/**
 * The one guard for scripts that create and drop databases (npm test, npm run test:e2e,
 * npm run bench): they run only against a PostgreSQL on this machine, so a DATABASE_URL left
 * pointing at a shared or production server can never receive throw-away databases.
 *
 * The host is read exactly as `pg` (and so adapter-pg) will read it: the URL's host, a `host=`
 * query parameter, a `socket:` URL, or PGHOST / localhost when the URL names none.
 */
import pg from "pg";
import { ScriptError } from "./script-error";

const LOCAL_HOSTS = new Set(["127.0.0.1", "localhost", "::1"]);

/** The host `pg` would connect to for this URL (a directory for a Unix socket), or null if unreadable. */
export function databaseHost(url: string): string | null {
  if (!/^(postgres(ql)?:\/\/|socket:|\/)/i.test(url)) return null;
  try {
    const host = new pg.Client({ connectionString: url }).host;
    return typeof host === "string" ? host : null;
  } catch {
    return null;
  }
}

/** True for 127.0.0.1, localhost, ::1 and Unix sockets; false for any other host or an unreadable URL. */
export function isLocalDatabaseUrl(url: string): boolean {
  const host = databaseHost(url);
  if (!host) return false;
  return host.startsWith("/") || LOCAL_HOSTS.has(host.toLowerCase());
}

/** Throws a ScriptError naming the host unless `url` is a local database. Call it before creating anything. */
export function assertLocalDatabase(url: string): void {
  if (isLocalDatabaseUrl(url)) return;
  const host = databaseHost(url);
  throw new ScriptError(
    `Refusing to create a database on ${host ? `"${host}"` : "an unreadable DATABASE_URL"}: ` +
      "npm test, npm run test:e2e and npm run bench create and drop their own databases, so they only run " +
      "against a PostgreSQL on this machine (127.0.0.1, localhost, ::1 or a Unix socket). " +
      "Unset DATABASE_URL to use a new embedded database, or point it at a local server.",
  );
}
