/**
 * Liveness: GET /api/health answers 200 {"status":"ok"} while the server can answer at all. It
 * asks nothing of the database, so a database outage does not get a healthy server restarted;
 * GET /api/ready says whether it can serve (lib/health/readiness.ts).
 */
import { defineProbeRoute } from "@/lib/routes/route";

// Asked anew on every request, never answered once at build time.
export const dynamic = "force-dynamic";
export const GET = defineProbeRoute({ name: "health", ok: "ok", failed: "not ok" }, async () => true);
