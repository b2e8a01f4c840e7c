/**
 * npm run bench — performance benchmark against a large partnership (not part of `npm test`).
 *
 *   1. Creates a fresh database involve_bench_<timestamp> on DATABASE_URL's server (must be local; default
 *      postgresql://postgres@127.0.0.1:5432/postgres), migrates it, bulk-seeds 10 institutions,
 *      2,000 experts, 5,000 opportunities, 50,000 sessions, 200,000 bookings, 100,000 payments.
 *   2. Builds into .next-bench (when missing or older than the sources) and runs `next start` on 3199.
 *   3. Signs in bench accounts (password "bench-password": bench-coordinator@, bench-academic@,
 *      bench-expert@bench.example) and load-tests each page with autocannon, plus one write
 *      (experts signing up for sessions) and a static page as the baseline.
 *   4. Prints requests/s and p50/p95/p99 latency per page against the target (p95 < 150 ms with no
 *      errors at 20 concurrent users), first-load JavaScript per route (gzipped), and
 *      EXPLAIN (ANALYZE, BUFFERS) of the real SQL of the two slowest pages.
 *
 * Environment: BENCH_SECONDS (10 per scenario), BENCH_CONNECTIONS (20), BENCH_WARMUP (2 s),
 * BENCH_PACED_RATE / BENCH_PACED_SECONDS (10 requests/s at random for 5 s, before the saturating run),
 * BENCH_PORT (3199), BENCH_KEEP=1 keeps the database (its URL is printed), BENCH_REBUILD=1 forces a
 * build, BENCH_NO_BUILD=1 reuses an existing one, BENCH_EXPLAIN=0 skips the EXPLAIN section,
 * BENCH_EXPLAIN_ALL=1 prints the plans for every page rather than the two slowest.
 */
import bcrypt from "bcryptjs";
import { readFileSync, existsSync } from "node:fs";
import path from "node:path";
import { signIn } from "./auth";
import { htmlScripts, routeBundles, sum } from "./bundle";
import { exit, onExit } from "../lib/exit";
import { createBenchDatabase, withClient } from "./database";
import { explainPages } from "./explain";
import { measure, precheck, type Measurement, type Scenario } from "./load";
import { printBundles, printResults } from "./report";
import {
  BENCH_ACCOUNTS,
  BENCH_IMPORT_BATCH,
  BENCH_PASSWORD,
  WRITERS,
  benchFeedToken,
  seedBench,
  writerEmail,
} from "./seed";
import { DIST_DIR, build, buildReason, startServer, type Server } from "./server";
import { openSessions, signUpScenario, writerBookings } from "./signup";

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 20);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 2);
const PORT = Number(process.env.BENCH_PORT ?? 3199);
const KEEP = process.env.BENCH_KEEP === "1";
// 20 people who each open a page every 2 s on average; BENCH_PACED_SECONDS=0 skips this run.
const PACED_RATE = Number(process.env.BENCH_PACED_RATE ?? 10);
const PACED_SECONDS = Number(process.env.BENCH_PACED_SECONDS ?? 5);

const startedAt = performance.now();
const elapsed = () => `${((performance.now() - startedAt) / 1000).toFixed(0)} s`;

console.log("# Involve benchmark\n");
const database = await createBenchDatabase(); // dropped however the run ends, unless BENCH_KEEP=1
if (KEEP) database.keep();
let server: Server | null = null;
onExit("stop the bench server", () => server?.stop());
try {
  console.log(`Database ${database.name} (created and migrated). Seeding…`);
  const hash = bcrypt.hashSync(BENCH_PASSWORD, 10);
  const seed = await withClient(database.url, (client) => seedBench(client, new Date(), hash));
  console.log(
    `Seeded in ${seed.seconds.toFixed(1)} s: ${Object.entries(seed.counts)
      .map(([t, n]) => `${n.toLocaleString("en-GB")} ${t}`)
      .join(", ")}\n`,
  );

  const reason = buildReason();
  let typeChecked: boolean | null = null;
  if (reason) {
    console.log(`Building into ${DIST_DIR} (${reason})…`);
    const built = build();
    typeChecked = built.typeChecked;
    console.log(
      `Built in ${built.seconds.toFixed(0)} s${built.typeChecked ? "" : " — WITHOUT type checking: the project has type errors (see .next-bench/build.log)"}.`,
    );
    console.log(built.routeTable + "\n");
  } else {
    console.log(`Using the existing build in ${DIST_DIR} (BENCH_REBUILD=1 to rebuild).\n`);
  }

  const bundles = routeBundles(DIST_DIR);

  server = await startServer(database.url, PORT);
  console.log(`Server on ${server.origin} [${elapsed()}]`);
  const origin = server.origin;

  const coordinator = await signIn(origin, BENCH_ACCOUNTS.coordinator.email, BENCH_PASSWORD);
  const academic = await signIn(origin, BENCH_ACCOUNTS.academic.email, BENCH_PASSWORD);
  const admin = await signIn(origin, BENCH_ACCOUNTS.admin.email, BENCH_PASSWORD);
  const experts: string[] = [];
  for (let n = 1; n <= WRITERS; n++) experts.push(await signIn(origin, writerEmail(n), BENCH_PASSWORD));
  const expert = experts[0] ?? "";
  console.log(`Signed in the bench coordinator, academic and ${experts.length} experts.`);

  // The records the pages are pointed at: the bench coordinator's busiest session, the bench
  // academic's current module with the most involvement, and open sessions to sign up for.
  const ids = await withClient(database.url, async (client) => {
    const busiest = await client.query<{ id: string; n: string }>(
      `SELECT se.id, count(*) AS n FROM "Booking" b JOIN "Session" se ON se.id = b."sessionId"
       JOIN "Opportunity" op ON op.id = se."opportunityId" JOIN "User" u ON u."institutionId" = op."institutionId"
       WHERE u.id = $1 GROUP BY se.id ORDER BY count(*) DESC, se.id LIMIT 1`,
      [BENCH_ACCOUNTS.coordinator.userId],
    );
    const mod = await client.query<{ id: string; n: string }>(
      `SELECT md.id, count(ir.id) AS n FROM "Module" md LEFT JOIN "InvolvementRecord" ir ON ir."moduleId" = md.id
       WHERE md."leaderId" = $1 GROUP BY md.id, md."academicYear" ORDER BY md."academicYear" DESC, count(ir.id) DESC LIMIT 1`,
      [BENCH_ACCOUNTS.academic.userId],
    );
    // A future open session of the bench coordinator's university, with places to fill.
    const toFill = await client.query<{ id: string }>(
      `SELECT se.id FROM "Session" se JOIN "Opportunity" op ON op.id = se."opportunityId"
       JOIN "User" u ON u."institutionId" = op."institutionId"
       WHERE u.id = $1 AND op.status = 'OPEN' AND se."startsAt" > now() AND se."cancelledAt" IS NULL
       ORDER BY se."startsAt", se.id LIMIT 1`,
      [BENCH_ACCOUNTS.coordinator.userId],
    );
    return { session: busiest.rows[0], module: mod.rows[0], toFill: toFill.rows[0], open: await openSessions(client) };
  });

  const staticPath = pickStaticPath();
  const signUp = await signUpScenario(origin, experts, ids.open);
  const scenarios: Scenario[] = [
    { name: "Static page (baseline)", kind: "static", path: staticPath },
    { name: "Coordinator dashboard", kind: "read", path: "/coordinator", cookie: coordinator },
    { name: "Opportunities, page 1", kind: "read", path: "/coordinator/opportunities", cookie: coordinator },
    {
      name: "Opportunities, filtered, page 2",
      kind: "read",
      path: "/coordinator/opportunities?status=OPEN&type=TEACHING&page=2",
      cookie: coordinator,
    },
    {
      name: `Session bookings (${ids.session?.n ?? 0} bookings)`,
      kind: "read",
      path: `/coordinator/sessions/${ids.session?.id ?? "none"}`,
      cookie: coordinator,
    },
    // The human side (issue 14): the coordinators' debrief list, feedback report and consent register.
    { name: "Debriefs and check-ins, to do", kind: "read", path: "/coordinator/debriefs", cookie: coordinator },
    { name: "Feedback report", kind: "read", path: "/coordinator/feedback", cookie: coordinator },
    { name: "Consent register", kind: "read", path: "/coordinator/consents", cookie: coordinator },
    // Fair access and evidence (issue 15): the reports, the equity view and fair suggestions.
    { name: "Involvement report, my university", kind: "read", path: "/coordinator/reports", cookie: coordinator },
    {
      name: "Involvement report, the partnership",
      kind: "read",
      path: "/coordinator/reports?view=partnership",
      cookie: coordinator,
    },
    { name: "Equity view (fair shares)", kind: "read", path: "/coordinator/reports/equity", cookie: coordinator },
    { name: "Evidence pack (a programme)", kind: "read", path: "/coordinator/reports/evidence", cookie: coordinator },
    { name: "Programme report (academic)", kind: "read", path: "/academic/report/programmes", cookie: academic },
    {
      name: "Suggested experts for a session",
      kind: "read",
      path: `/coordinator/sessions/${ids.toFill?.id ?? "none"}/suggestions`,
      cookie: coordinator,
    },
    { name: "Expert home", kind: "read", path: "/expert", cookie: expert },
    { name: "Academic report", kind: "read", path: "/academic/report", cookie: academic },
    {
      name: `Academic module (${ids.module?.n ?? 0} records)`,
      kind: "read",
      path: `/academic/modules/${ids.module?.id ?? "none"}`,
      cookie: academic,
    },
    { name: "Sent messages, page 1", kind: "read", path: "/coordinator/sent-messages", cookie: coordinator },
    { name: "Coordinator's messages", kind: "read", path: "/coordinator/messages", cookie: coordinator },
    { name: "Expert's messages", kind: "read", path: "/expert/messages", cookie: expert },
    { name: "Admin overview", kind: "read", path: "/admin", cookie: admin },
    { name: "Admin: staff, page 1", kind: "read", path: "/admin/staff", cookie: admin },
    { name: "Admin: programmes and modules", kind: "read", path: "/admin/modules", cookie: admin },
    { name: "Admin: audit log, page 1", kind: "read", path: "/admin/audit", cookie: admin },
    {
      name: "Admin: audit log, filtered by action",
      kind: "read",
      path: "/admin/audit?action=payment.approved",
      cookie: admin,
    },
    {
      name: "Import preview (5,000 expert rows)",
      kind: "read",
      path: `/coordinator/import/${BENCH_IMPORT_BATCH}`,
      cookie: coordinator,
    },
    {
      name: "Calendar feed, coordinator",
      kind: "read",
      path: `/calendar/${benchFeedToken(BENCH_ACCOUNTS.coordinator.userId)}`,
    },
    { name: "Calendar feed, expert", kind: "read", path: `/calendar/${benchFeedToken(BENCH_ACCOUNTS.expert.userId)}` },
    signUp.scenario,
  ];
  if (signUp.actionId) console.log(`Sign-up server action ${signUp.actionId} found on ${signUp.scenario.path}.`);

  const results: Measurement[] = [];
  const skipped: { scenario: Scenario; reason: string }[] = [];
  const shipped = new Map<string, string[]>();
  for (const scenario of scenarios) {
    if (scenario.skip) {
      skipped.push({ scenario, reason: scenario.skip });
      continue;
    }
    if (scenario.kind !== "write") {
      const check = await precheck(origin, scenario);
      if (check.status !== 200) {
        const where =
          check.status >= 300 && check.status < 400
            ? " (redirect: not signed in?)"
            : check.status === 404
              ? " (route missing)"
              : "";
        skipped.push({ scenario, reason: `answered ${check.status}${where}` });
        continue;
      }
      shipped.set(scenario.path, htmlScripts(check.html));
    }
    process.stdout.write(`Measuring ${scenario.name} (${scenario.path})… `);
    const before = scenario.kind === "write" ? await withClient(database.url, writerBookings) : 0;
    const result = await measure(origin, scenario, {
      connections: CONNECTIONS,
      seconds: SECONDS,
      warmupSeconds: scenario.kind === "write" ? 0 : WARMUP,
      pacedRate: PACED_RATE,
      pacedSeconds: PACED_SECONDS,
    });
    if (scenario.kind === "write") {
      const created = (await withClient(database.url, writerBookings)) - before;
      // Requests still in flight when the run stops are not timed but may still write.
      const answered = result.requests + result.extraRequests;
      result.note = `${created} new bookings in the database for ${answered} answered sign-ups${
        created < answered ? " — FEWER: some sign-ups were refused (a refusal answers 200 with a message)" : ""
      }`;
    }
    console.log(`${result.rps.toFixed(0)} req/s, p95 ${result.p95.toFixed(0)} ms [${elapsed()}]`);
    results.push(result);
  }

  console.log("\n## Results\n");
  console.log(
    `Server: next start (NODE_ENV=production), ${CONNECTIONS} concurrent connections, ${SECONDS} s per scenario after ${WARMUP} s warm-up.`,
  );
  console.log(
    `"1 user": median of 10 requests one after another (the page's own cost). "paced p95": requests arriving at random, ` +
      `${PACED_RATE}/s for ${PACED_SECONDS} s (${CONNECTIONS} people reading between clicks). The other columns are ${CONNECTIONS} connections ` +
      `sending back to back with no pause, where p95 ≈ ${CONNECTIONS} ÷ requests per second once the CPU is saturated.`,
  );
  if (typeChecked === false) console.log("Note: this build skipped type checking because the project has type errors.");
  printResults(results, skipped);

  console.log("\n## JavaScript shipped per route (first load, gzipped)\n");
  printBundles(
    bundles,
    [...shipped].map(([p, files]) => ({ path: p, ...sum(DIST_DIR, files) })),
  );

  console.log(`\nSeed: ${seed.seconds.toFixed(1)} s. Total so far: ${elapsed()}.`);

  await server.stop();
  server = null;

  const reads = results.filter((r) => r.scenario.kind === "read");
  const slowest = [...reads]
    .sort((a, b) => (Number.isNaN(b.p95) ? Infinity : b.p95) - (Number.isNaN(a.p95) ? Infinity : a.p95))
    .slice(0, 2);
  if (process.env.BENCH_EXPLAIN !== "0" && reads.length) {
    console.log("\n## The SQL behind each page, and EXPLAIN (ANALYZE, BUFFERS) for the two slowest");
    await explainPages(
      database.url,
      reads.map((r) => ({ name: r.scenario.name, path: r.scenario.path, cookie: r.scenario.cookie })),
      (process.env.BENCH_EXPLAIN_ALL === "1" ? reads : slowest).map((r) => r.scenario.path),
      { port: PORT - 1, proxyPort: PORT - 2 },
    );
  }
  console.log(`\nDone in ${elapsed()}.`);
} finally {
  if (server) await server.stop();
  if (KEEP) console.log(`\nKept the database (BENCH_KEEP=1): ${database.url}`);
  else await database.drop();
}
await exit(0);

/** A page the build prerendered (served as a file), for the baseline; a static chunk if there is none. */
function pickStaticPath(): string {
  const manifest = path.join(DIST_DIR, "prerender-manifest.json");
  if (existsSync(manifest)) {
    const routes = Object.keys(
      (JSON.parse(readFileSync(manifest, "utf8")) as { routes: Record<string, unknown> }).routes,
    );
    const route = routes.includes("/sign-out") ? "/sign-out" : routes.find((r) => !r.startsWith("/_"));
    if (route) return route;
  }
  const { rootMainFiles } = JSON.parse(readFileSync(path.join(DIST_DIR, "build-manifest.json"), "utf8")) as {
    rootMainFiles: string[];
  };
  return `/_next/${rootMainFiles[0]}`;
}
