/**
 * npm run test:scale-out — Involve as two stateless app instances on one PostgreSQL.
 *
 *   1. A new, empty database on DATABASE_URL's server (which must be local), migrated by two
 *      `npm run db:migrate` processes started at the same moment: both must exit 0 and every
 *      migration must be recorded once in _prisma_migrations (Prisma's schema engine takes
 *      pg_advisory_lock(72707369); the script watches pg_locks and says whether a run waited).
 *      Then the demo partnership (prisma/seed/demo.ts).
 *   2. The production build (rebuilt only when stale, scripts/lib/build.ts) served by two
 *      `next start` processes on two free loopback ports, with the same DATABASE_URL,
 *      NEXTAUTH_SECRET and NEXTAUTH_URL (instance A's address), each in its own process group.
 *   3. A session made on one instance works on the other, both ways (next-auth JWT cookies).
 *   4. The capacity race split across both: 50 experts ask for a place on a session with 5 places
 *      at once (sign-ups never confirm anyone: lib/bookings/sign-up.ts), then the coordinator
 *      confirms all 50 requests at once, each instance taking half. Confirming is the operation
 *      that enforces the places (lib/bookings/capacity.ts), so exactly 5 must be confirmed and
 *      the other 45 told the session is full, with no error.
 *
 * Server actions are posted as a hydrated browser posts them: the action id read from the page's
 * form, the arguments encoded by React's own encodeReply, the answer read from the RSC reply.
 * Prints a summary and exits non-zero on any failure. Both instances are stopped by process
 * group and the database is dropped however the run ends (scripts/lib/exit.ts).
 */
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { readdirSync } from "node:fs";
import { createRequire } from "node:module";
import { createServer, type AddressInfo, type Server } from "node:net";
import pg from "pg";
import { hashPassword } from "../lib/auth/password";
import { createPrismaClient } from "../lib/db/client";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "../lib/demo/accounts";
import { seedDemo } from "../prisma/seed/demo";
import { actionIdOf, formWith } from "./bench/signup";
import { MIGRATIONS_DIR } from "./db/engine";
import { buildIfStale } from "./lib/build";
import { exit, onExit } from "./lib/exit";
import { createDatabaseOn } from "./lib/fresh-database";
import { ScriptError } from "./lib/script-error";

const PLACES = 5;
const EXPERTS = 50;
const EXPERT_PASSWORD = "scale-out-expert-password";
/** The key Prisma's schema engine locks while it migrates (as `prisma migrate deploy` does). */
const MIGRATION_LOCK_KEY = 72707369;

const require = createRequire(import.meta.url);
// The encoder the browser's bundle uses for server-action arguments (the same React build Next ships).
const { encodeReply } = require("next/dist/compiled/react-server-dom-webpack/client.node") as {
  encodeReply: (value: unknown) => Promise<FormData | string>;
};

const started = performance.now();
const timings: [string, number][] = [];
async function timed<T>(label: string, run: () => Promise<T>): Promise<T> {
  const t0 = performance.now();
  try {
    return await run();
  } finally {
    timings.push([label, (performance.now() - t0) / 1000]);
  }
}

const failures: string[] = [];
const summary: [string, string][] = [];
function check(ok: boolean, failure: string): boolean {
  if (!ok) failures.push(failure);
  return ok;
}

// ─── Process groups ──────────────────────────────────────────────────────────

type Group = {
  name: string;
  pgid: number;
  output: string[];
  exited: Promise<number>;
  stop: () => Promise<void>;
};

function groupAlive(pgid: number): boolean {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Runs a command as the leader of a new process group (detached), keeping its output, and stops
 * that group by its id when the script ends: SIGTERM, then SIGKILL after 10 s, until no process
 * of the group is left. Never by name.
 */
function startGroup(name: string, command: string, args: string[], env: NodeJS.ProcessEnv): Group {
  const child = spawn(command, args, { detached: true, stdio: ["ignore", "pipe", "pipe"], env });
  if (!child.pid) throw new ScriptError(`Could not start ${name} (${command})`);
  const pgid = child.pid;
  const output: string[] = [];
  const keep = (chunk: Buffer) => output.push(...chunk.toString().split("\n").filter(Boolean));
  child.stdout.on("data", keep);
  child.stderr.on("data", keep);
  const exited = new Promise<number>((resolve) => {
    child.once("error", (error) => {
      output.push(`Could not run ${command}: ${error.message}`);
      resolve(1);
    });
    child.once("exit", (code, signal) => resolve(code ?? (signal ? 128 : 1)));
  });
  let stopping: Promise<void> | null = null;
  const stop = () =>
    (stopping ??= (async () => {
      const signal = (s: NodeJS.Signals) => {
        try {
          process.kill(-pgid, s);
        } catch {}
      };
      signal("SIGTERM");
      const deadline = Date.now() + 10_000;
      while (groupAlive(pgid) && Date.now() < deadline) await sleep(100);
      if (groupAlive(pgid)) {
        console.error(`${name} (process group ${pgid}) did not stop within 10 s: killing the group`);
        signal("SIGKILL");
        while (groupAlive(pgid)) await sleep(100);
      }
      await exited;
    })());
  const unregister = onExit(`stop ${name} (process group ${pgid})`, stop);
  void exited.then(async () => {
    // The leader is gone; whatever it left in its group goes too, then nothing is left to clean up.
    if (groupAlive(pgid)) await stop();
    unregister();
  });
  return { name, pgid, output, exited, stop };
}

function tail(group: Group, lines = 30): string {
  return group.output.slice(-lines).join("\n");
}

// ─── The database ────────────────────────────────────────────────────────────

async function withClient<T>(url: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

/** Two `npm run db:migrate` at once on the empty database, watching the advisory lock meanwhile. */
async function migrateTwiceAtOnce(serverUrl: string, database: { name: string; url: string }) {
  const expected = readdirSync(MIGRATIONS_DIR, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
  const env = { ...process.env, DATABASE_URL: database.url, DATABASE_EMBEDDED: undefined };
  const runs = [1, 2].map((n) => startGroup(`db:migrate #${n}`, "npm", ["run", "db:migrate"], env));

  // pg_locks while they run: how many held the migration lock, and how many waited for it.
  let held = 0;
  let waited = 0;
  let done = false;
  const watching = withClient(serverUrl, async (client) => {
    while (!done) {
      const { rows } = await client.query<{ granted: boolean; n: string }>(
        `SELECT l.granted, count(*) AS n FROM pg_locks l JOIN pg_database d ON d.oid = l.database
         WHERE l.locktype = 'advisory' AND d.datname = $1 AND l.classid = 0 AND l.objid = $2 GROUP BY 1`,
        [database.name, MIGRATION_LOCK_KEY],
      );
      for (const row of rows) {
        if (row.granted) held = Math.max(held, Number(row.n));
        else waited = Math.max(waited, Number(row.n));
      }
      await sleep(20);
    }
  });
  const codes = await Promise.all(runs.map((r) => r.exited));
  done = true;
  await watching;

  const applied = runs.map((run) => {
    const line = run.output.find((l) => l.startsWith("Applied migrations: "));
    return line ? line.slice("Applied migrations: ".length).split(", ") : [];
  });
  const upToDate = runs.map((run) => run.output.some((l) => l.includes("Database is up to date.")));
  const rows = await withClient(database.url, async (client) => {
    const result = await client.query<{ migration_name: string; n: string; finished: string }>(
      `SELECT migration_name, count(*) AS n, count(finished_at) FILTER (WHERE rolled_back_at IS NULL) AS finished
       FROM _prisma_migrations GROUP BY 1 ORDER BY 1`,
    );
    return result.rows;
  });

  codes.forEach((code, i) => check(code === 0, `db:migrate #${i + 1} exited with ${code}:\n${tail(runs[i]!)}`));
  const recorded = rows.map((r) => r.migration_name);
  check(
    JSON.stringify(recorded) === JSON.stringify(expected),
    `_prisma_migrations holds [${recorded.join(", ")}], expected [${expected.join(", ")}]`,
  );
  const twice = rows.filter((r) => r.n !== "1" || r.finished !== "1");
  check(
    !twice.length,
    `migrations recorded more than once or not finished: ${twice.map((r) => r.migration_name).join(", ")}`,
  );
  const appliedBoth = applied.flat();
  check(
    appliedBoth.length === expected.length && new Set(appliedBoth).size === expected.length,
    `the two runs applied ${appliedBoth.length} migrations between them (${applied.map((a) => a.length).join(" + ")}), expected each of the ${expected.length} once`,
  );
  summary.push([
    "Migrations",
    `2 × npm run db:migrate at once: exit codes ${codes.join(", ")}; applied ${applied.map((a, i) => (a.length ? String(a.length) : upToDate[i] ? '0 ("Database is up to date.")' : "0")).join(" and ")}; ` +
      `${rows.length} rows in _prisma_migrations, each once (${expected.length} migration folders); ` +
      (waited
        ? `pg_locks showed one run waiting on pg_advisory_lock(${MIGRATION_LOCK_KEY}) while the other held it`
        : held
          ? `pg_locks showed pg_advisory_lock(${MIGRATION_LOCK_KEY}) held (the runs did not overlap enough to see a waiter)`
          : `the advisory lock was not seen in pg_locks (the runs were too quick to observe)`),
  ]);
}

// ─── The instances ───────────────────────────────────────────────────────────

/** Two distinct free loopback ports (both held open until both are known). */
async function freePorts(count: number): Promise<number[]> {
  const servers: Server[] = [];
  try {
    for (let i = 0; i < count; i++) {
      const server = createServer();
      await new Promise<void>((resolve, reject) => {
        server.once("error", reject);
        server.listen(0, "127.0.0.1", () => resolve());
      });
      servers.push(server);
    }
    return servers.map((s) => (s.address() as AddressInfo).port);
  } finally {
    await Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve))));
  }
}

type Instance = Group & { label: string; origin: string };

function startInstance(label: string, port: number, env: NodeJS.ProcessEnv): Instance {
  const group = startGroup(
    `instance ${label}`,
    "./node_modules/.bin/next",
    ["start", "-H", "127.0.0.1", "-p", String(port)],
    env,
  );
  return Object.assign(group, { label, origin: `http://127.0.0.1:${port}` });
}

/** Until GET /api/ready answers 200 (the database answers and every migration is applied). */
async function waitReady(instance: Instance, timeoutMs = 90_000) {
  let exitCode: number | null = null;
  void instance.exited.then((code) => (exitCode = code));
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (exitCode !== null)
      throw new ScriptError(`Instance ${instance.label} exited with ${exitCode}:\n${tail(instance)}`);
    try {
      const res = await fetch(`${instance.origin}/api/ready`, { signal: AbortSignal.timeout(5000) });
      await res.arrayBuffer();
      if (res.status === 200) return;
    } catch {}
    await sleep(200);
  }
  throw new ScriptError(`Instance ${instance.label} was not ready within ${timeoutMs / 1000} s:\n${tail(instance)}`);
}

// ─── HTTP as a browser ───────────────────────────────────────────────────────

function cookiesFrom(res: Response): string[] {
  return res.headers
    .getSetCookie()
    .map((c) => c.split(";")[0] ?? "")
    .filter(Boolean);
}

/** next-auth's credentials sign-in (GET /api/auth/csrf, POST the callback); the session cookie. */
async function signIn(origin: string, email: string, password: string): Promise<{ cookie: string; url: string }> {
  const csrf = await fetch(`${origin}/api/auth/csrf`, { signal: AbortSignal.timeout(30_000) });
  if (!csrf.ok) throw new ScriptError(`GET ${origin}/api/auth/csrf answered ${csrf.status}`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const res = await fetch(`${origin}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookiesFrom(csrf).join("; ") },
    body: new URLSearchParams({ csrfToken, email, password, json: "true" }),
    signal: AbortSignal.timeout(30_000),
  });
  const answer = (await res.json().catch(() => ({}))) as { url?: string };
  const cookie = cookiesFrom(res).find((c) => c.startsWith("next-auth.session-token="));
  if (!cookie) throw new ScriptError(`Signing in as ${email} on ${origin} failed (${res.status}, no session cookie)`);
  return { cookie, url: answer.url ?? "" };
}

async function getPage(origin: string, path: string, cookie?: string) {
  const res = await fetch(origin + path, {
    headers: cookie ? { cookie } : {},
    redirect: "manual",
    signal: AbortSignal.timeout(30_000),
  });
  return { status: res.status, location: res.headers.get("location") ?? "", html: await res.text() };
}

/** The server action behind the first form on the page with a `field` input. */
async function actionOnPage(origin: string, path: string, cookie: string, field: string): Promise<string> {
  const page = await getPage(origin, path, cookie);
  if (page.status !== 200) throw new ScriptError(`GET ${origin}${path} answered ${page.status} ${page.location}`);
  const inputs = formWith(page.html, field);
  const id = inputs && actionIdOf(inputs);
  if (!id) throw new ScriptError(`No server-action form with a "${field}" field on ${origin}${path}`);
  return id;
}

type FormState = { status: "success" | "error"; code?: string; message?: string };
type Answer = { instance: string; http: number; state: FormState | null; body: string };

/** The action's return value in an RSC reply: row 0 is {a: result or "$@<row>", …}. */
function actionResult(body: string): FormState | null {
  const rows = new Map<string, unknown>();
  for (const line of body.split("\n")) {
    const match = /^([0-9a-f]+):([[{].*)$/.exec(line);
    if (!match) continue;
    try {
      rows.set(match[1]!, JSON.parse(match[2]!));
    } catch {}
  }
  let result = (rows.get("0") as { a?: unknown } | undefined)?.a;
  if (typeof result === "string" && result.startsWith("$@")) result = rows.get(result.slice(2));
  const state = result as FormState | undefined;
  return state && (state.status === "success" || state.status === "error") ? state : null;
}

/** Posts a server action as a hydrated page does: Next-Action header, arguments (prevState, formData). */
async function callAction(
  instance: Instance,
  path: string,
  actionId: string,
  cookie: string,
  fields: Record<string, string>,
): Promise<Answer> {
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) form.append(key, value);
  const body = await encodeReply([{ status: "idle" }, form]);
  try {
    const res = await fetch(instance.origin + path, {
      method: "POST",
      redirect: "manual",
      headers: { accept: "text/x-component", "next-action": actionId, origin: instance.origin, cookie },
      body,
      signal: AbortSignal.timeout(60_000),
    });
    const text = await res.text();
    return { instance: instance.label, http: res.status, state: actionResult(text), body: text };
  } catch (error) {
    return { instance: instance.label, http: 0, state: null, body: String(error) };
  }
}

function describeAnswers(answers: Answer[]): string {
  const counts = new Map<string, number>();
  for (const a of answers) {
    const key = a.state
      ? `${a.state.status}${a.state.code ? ` ${a.state.code}` : ""}: "${a.state.message ?? ""}"`
      : `HTTP ${a.http}, no answer`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts].map(([key, n]) => `${n} × ${key}`).join("; ");
}

function unclear(answers: Answer[]): Answer[] {
  return answers.filter((a) => a.http !== 200 || !a.state || !a.state.message);
}

function showUnclear(answers: Answer[]): string {
  return answers
    .slice(0, 3)
    .map((a) => `  instance ${a.instance}, HTTP ${a.http}: ${a.body.slice(0, 300)}`)
    .join("\n");
}

/** Action log lines (pino JSON on stdout) of one instance: outcome counts for one action. */
function loggedOutcomes(instance: Instance, action: string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const line of instance.output) {
    if (!line.startsWith("{")) continue;
    try {
      const entry = JSON.parse(line) as { action?: string; outcome?: string };
      if (entry.action === action && entry.outcome) counts[entry.outcome] = (counts[entry.outcome] ?? 0) + 1;
    } catch {}
  }
  return counts;
}

/** Lines an instance logged as errors (pino error/fatal, or Next's own ⨯ lines). */
function loggedErrors(instance: Instance): string[] {
  return instance.output.filter((line) => /"level":"(error|fatal)"/.test(line) || /^\s*⨯/.test(line));
}

// ─── The run ─────────────────────────────────────────────────────────────────

const serverUrl = process.env.DATABASE_URL;
if (!serverUrl)
  throw new ScriptError(
    "npm run test:scale-out needs DATABASE_URL: a local PostgreSQL server on which it may create and drop a database, " +
      "e.g. DATABASE_URL=postgresql://postgres@127.0.0.1:5432/postgres npm run test:scale-out",
  );

console.log("# Involve: two app instances on one PostgreSQL\n");
const instances: Instance[] = [];
const database = await timed("database + 2 migrate runs", async () => {
  // Empty: the migrations are the thing under test.
  const created = await createDatabaseOn(serverUrl, `involve_scaleout_${Date.now()}_${process.pid}`, {
    migrate: false,
  });
  await migrateTwiceAtOnce(serverUrl, created);
  return created;
});
console.log(`Database ${database.name}: migrated by two processes at once.`);
if (failures.length) await finish();

await timed("demo data", async () => {
  const db = createPrismaClient(database.url);
  try {
    await seedDemo(db);
  } finally {
    await db.$disconnect();
  }
});

const port = await freePorts(2);
const env: NodeJS.ProcessEnv = {
  ...process.env,
  DATABASE_URL: database.url,
  DATABASE_EMBEDDED: undefined,
  NEXTAUTH_SECRET: randomBytes(32).toString("base64"),
  NEXTAUTH_URL: `http://127.0.0.1:${port[0]}`,
  NEXT_TELEMETRY_DISABLED: "1",
  NODE_ENV: "production",
};
const built = await timed("build check", () => buildIfStale(env));
if (built !== 0) await exit(built);

try {
  const [a, b] = await timed("both instances ready", async () => {
    instances.push(startInstance("A", port[0]!, env), startInstance("B", port[1]!, env));
    await Promise.all(instances.map((i) => waitReady(i)));
    return instances as [Instance, Instance];
  });
  summary.unshift([
    "Instances",
    `A ${a.origin} (process group ${a.pgid}), B ${b.origin} (process group ${b.pgid}); ` +
      `one DATABASE_URL, one NEXTAUTH_SECRET, NEXTAUTH_URL=${env.NEXTAUTH_URL}`,
  ]);
  console.log(`Instance A on ${a.origin}, instance B on ${b.origin}.`);

  await crossInstanceSessions(a, b);
  await race(a, b);
} catch (error) {
  failures.push(`stopped early: ${error instanceof Error ? error.message : String(error)}`);
}
for (const instance of instances) {
  const errors = loggedErrors(instance);
  check(!errors.length, `instance ${instance.label} logged errors:\n${errors.slice(0, 5).join("\n")}`);
}

await finish();

// ─── 3. One session, two instances ──────────────────────────────────────────

function demo(role: string) {
  return DEMO_ACCOUNTS.find((x) => x.role === role)!;
}

async function crossInstanceSessions(a: Instance, b: Instance) {
  await timed("sessions across instances", async () => {
    const results: string[] = [];
    const crossCheck = async (from: Instance, to: Instance, account: { email: string; name: string }, path: string) => {
      let signed: { cookie: string; url: string };
      try {
        signed = await signIn(from.origin, account.email, DEMO_PASSWORD);
      } catch (error) {
        check(false, `sign-in on ${from.label}: ${(error as Error).message}`);
        return;
      }
      const page = await getPage(to.origin, path, signed.cookie);
      const ok = check(
        page.status === 200 && page.html.includes(account.name),
        `signed in on ${from.label}, GET ${path} on ${to.label} answered ${page.status}${page.location ? ` → ${page.location}` : ""}` +
          (page.status === 200 ? ` without "${account.name}"` : " (expected 200 with their name)"),
      );
      let callback = "";
      try {
        callback = new URL(signed.url).origin;
      } catch {}
      results.push(
        `signed in on ${from.label} → GET ${path} on ${to.label}: ${page.status}${ok ? ` "${account.name}"` : " FAILED"}` +
          (from === b ? ` (B's sign-in answered with ${callback || "no url"}, NEXTAUTH_URL's address)` : ""),
      );
    };
    await crossCheck(a, b, demo("EXPERT"), "/expert");
    await crossCheck(b, a, demo("COORDINATOR"), "/coordinator");
    // Control: without the cookie the same page on B sends people to sign in.
    const anonymous = await getPage(b.origin, "/expert");
    check(
      anonymous.status === 307 && anonymous.location.includes("/sign-in"),
      `GET /expert on B without a session answered ${anonymous.status} ${anonymous.location} (expected a redirect to /sign-in)`,
    );
    results.push(`no cookie → ${anonymous.status} to /sign-in`);
    summary.push(["Session across", results.join("; ")]);
  });
}

// ─── 4. The race, split across both instances ──────────────────────────────

async function race(a: Instance, b: Instance) {
  const scene = await timed("race set-up (database)", async () => {
    const db = createPrismaClient(database.url);
    try {
      const coordinator = await db.user.findUniqueOrThrow({
        where: { email: demo("COORDINATOR").email },
        select: { id: true, institution: { select: { id: true, partnershipId: true } } },
      });
      const institution = coordinator.institution!;
      const opportunity = await db.opportunity.create({
        data: {
          institutionId: institution.id,
          type: "TEACHING",
          stage: "TEACHING_LEARNING",
          title: "Scale-out race: talk to first-year students",
          summary: "Share what good support looked like for you.",
          livedExperienceSought: ["carer"],
          payRatePence: 2500,
          payBasis: "HOUR",
          status: "OPEN",
          createdById: coordinator.id,
          contactId: coordinator.id,
          publishedAt: new Date(),
        },
      });
      const startsAt = new Date(Date.now() + 7 * 24 * 3600 * 1000);
      const session = await db.session.create({
        data: {
          opportunityId: opportunity.id,
          startsAt,
          endsAt: new Date(startsAt.getTime() + 2 * 3600 * 1000),
          location: "Room 1.01",
          places: PLACES,
        },
      });
      const passwordHash = await hashPassword(EXPERT_PASSWORD);
      const users = await db.user.createManyAndReturn({
        data: Array.from({ length: EXPERTS }, (_, i) => ({
          email: `scale-out-expert-${i + 1}@scale-out.example`,
          name: `Scale-out Expert ${i + 1}`,
          role: "EXPERT" as const,
          passwordHash,
        })),
        select: { id: true, email: true },
      });
      await db.expertProfile.createMany({
        data: users.map((u) => ({
          userId: u.id,
          partnershipId: institution.partnershipId,
          status: "ACTIVE" as const,
          livedExperience: ["carer"],
          interests: ["TEACHING" as const],
          biography: "I have cared for a family member for ten years.",
          biographyApprovedAt: new Date(),
        })),
      });
      return { opportunityId: opportunity.id, sessionId: session.id, experts: users };
    } finally {
      await db.$disconnect();
    }
  });

  const via = (i: number) => (i % 2 === 0 ? a : b);
  const expertCookies = await timed(`${EXPERTS} expert sign-ins (half on each)`, () =>
    Promise.all(scene.experts.map((e, i) => signIn(via(i).origin, e.email, EXPERT_PASSWORD).then((s) => s.cookie))),
  );

  // Experts ask for a place: the action id from the opportunity page, each expert's post to A or B.
  const opportunityPath = `/expert/opportunities/${scene.opportunityId}`;
  const signUpId = await actionOnPage(b.origin, opportunityPath, expertCookies[0]!, "sessionId");
  const asked = await timed(`${EXPERTS} sign-ups at once`, () =>
    Promise.all(
      expertCookies.map((cookie, i) =>
        callAction(via(i), opportunityPath, signUpId, cookie, { sessionId: scene.sessionId }),
      ),
    ),
  );
  const requested = asked.filter((x) => x.state?.status === "success").length;
  check(!unclear(asked).length, `sign-ups without a clear answer:\n${showUnclear(unclear(asked))}`);
  check(requested === EXPERTS, `${requested} of ${EXPERTS} sign-ups succeeded: ${describeAnswers(asked)}`);
  summary.push([
    "Race: sign-ups",
    `${EXPERTS} experts asked at once (${Math.ceil(EXPERTS / 2)} via A, ${Math.floor(EXPERTS / 2)} via B): ${describeAnswers(asked)}`,
  ]);

  // The coordinator confirms every request at once, half through each instance.
  const coordinator = await signIn(a.origin, demo("COORDINATOR").email, DEMO_PASSWORD);
  const sessionPath = `/coordinator/sessions/${scene.sessionId}`;
  const decideId = await actionOnPage(a.origin, sessionPath, coordinator.cookie, "bookingId");
  const requests = await withClient(database.url, async (client) => {
    const { rows } = await client.query<{ id: string }>(
      `SELECT id FROM "Booking" WHERE "sessionId" = $1 AND status = 'REQUESTED' ORDER BY id`,
      [scene.sessionId],
    );
    return rows.map((r) => r.id);
  });
  const decided = await timed(`${requests.length} confirmations at once`, () =>
    Promise.all(
      requests.map((bookingId, i) =>
        callAction(via(i), sessionPath, decideId, coordinator.cookie, {
          bookingId,
          message: "",
          decision: "CONFIRMED",
        }),
      ),
    ),
  );

  const confirmedAnswers = decided.filter((x) => x.state?.status === "success");
  const full = decided.filter((x) => x.state?.status === "error" && x.state.code === "CONFLICT");
  check(!unclear(decided).length, `confirmations without a clear answer:\n${showUnclear(unclear(decided))}`);
  check(confirmedAnswers.length === PLACES, `${confirmedAnswers.length} confirmations succeeded, expected ${PLACES}`);
  check(
    full.length === requests.length - PLACES,
    `${full.length} confirmations were refused as full, expected ${requests.length - PLACES}: ${describeAnswers(decided)}`,
  );

  const inDatabase = await withClient(database.url, async (client) => {
    const statuses = await client.query<{ status: string; n: string }>(
      `SELECT status, count(*) AS n FROM "Booking" WHERE "sessionId" = $1 GROUP BY 1 ORDER BY 1`,
      [scene.sessionId],
    );
    const audited = await client.query<{ n: string }>(
      `SELECT count(*) AS n FROM "AuditEvent" WHERE action = 'booking.confirmed'
         AND "entityId" IN (SELECT id FROM "Booking" WHERE "sessionId" = $1)`,
      [scene.sessionId],
    );
    // Each confirmation tells the expert in the same transaction: an email job through pg-boss.
    const jobs = await client.query<{ n: string }>(
      `SELECT count(*) AS n FROM pgboss.job j JOIN "Message" m ON m.id = j.data->>'messageId'
       JOIN "ExpertProfile" ep ON ep."userId" = m."userId"
       JOIN "Booking" bk ON bk."expertId" = ep.id AND bk."sessionId" = $1 AND bk.status = 'CONFIRMED'
       WHERE j.name = 'deliver-message'`,
      [scene.sessionId],
    );
    return {
      statuses: Object.fromEntries(statuses.rows.map((r) => [r.status, Number(r.n)])) as Record<string, number>,
      audited: Number(audited.rows[0]?.n ?? 0),
      jobs: Number(jobs.rows[0]?.n ?? 0),
    };
  });
  check(
    inDatabase.statuses.CONFIRMED === PLACES,
    `the database holds ${inDatabase.statuses.CONFIRMED ?? 0} confirmed bookings, expected ${PLACES}`,
  );
  check(inDatabase.audited === PLACES, `${inDatabase.audited} booking.confirmed audit events, expected ${PLACES}`);
  check(inDatabase.jobs === PLACES, `${inDatabase.jobs} email jobs for the confirmed experts, expected ${PLACES}`);

  const perInstance = [a, b].map((instance) => {
    const outcomes = loggedOutcomes(instance, "decideBooking");
    const served = decided.filter((x) => x.instance === instance.label);
    const logged = Object.values(outcomes).reduce((sum, n) => sum + n, 0);
    check(
      logged === served.length,
      `instance ${instance.label} logged ${logged} decideBooking calls, but ${served.length} were sent to it`,
    );
    return `${instance.label}: ${served.length} calls, ${served.filter((x) => x.state?.status === "success").length} confirmed (logged ${JSON.stringify(outcomes)})`;
  });
  summary.push([
    "Race: confirm",
    `${requests.length} confirmations at once (session of ${PLACES} places, half via A, half via B): ${describeAnswers(decided)}`,
  ]);
  summary.push(["  per instance", perInstance.join("; ")]);
  summary.push([
    "Database",
    `${Object.entries(inDatabase.statuses)
      .map(([status, n]) => `${n} ${status}`)
      .join(", ")}; ${inDatabase.audited} booking.confirmed audit events; ${inDatabase.jobs} email jobs queued`,
  ]);
}

async function finish(): Promise<never> {
  await timed("stop + drop", async () => {
    await Promise.all(instances.map((instance) => instance.stop()));
    await database.drop();
  });
  const seconds = (performance.now() - started) / 1000;
  console.log();
  for (const [label, text] of summary) console.log(`${label.padEnd(15)} ${text}`);
  console.log(
    `${"Timings".padEnd(15)} ${timings.map(([label, s]) => `${label} ${s.toFixed(1)} s`).join(", ")}; total ${seconds.toFixed(1)} s`,
  );
  console.log(`${"Clean-up".padEnd(15)} both process groups gone, database ${database.name} dropped`);
  if (failures.length) {
    console.error(`\nScale-out FAILED (${failures.length}):`);
    for (const failure of failures) console.error(`- ${failure}`);
    return exit(1);
  }
  console.log("\nScale-out passed.");
  return exit(0);
}
