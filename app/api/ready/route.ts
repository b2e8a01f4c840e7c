/**
 * Readiness: GET /api/ready answers 200 {"status":"ready"} when the database answers and has every
 * migration applied, else 503 {"status":"not ready"}; the reason goes to the server log only.
 */
import { isReady } from "@/lib/health/readiness";
import { defineProbeRoute } from "@/lib/routes/route";

// Asked anew on every request, never answered once at build time.
export const dynamic = "force-dynamic";
export const GET = defineProbeRoute({ name: "ready", ok: "ready", failed: "not ready" }, isReady);
