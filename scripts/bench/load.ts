/** Drives one scenario with autocannon and measures every response itself (autocannon has no p95). */
import autocannon from "autocannon";

export type Kind = "static" | "read" | "write";

export type Scenario = {
  name: string;
  kind: Kind;
  path: string;
  cookie?: string;
  /** For writes: the method/body/headers of each request, built fresh per request. */
  request?: () => { method: "POST"; body: Buffer; headers: Record<string, string> };
  /** Set when the scenario could not be prepared; the row is reported as not measured. */
  skip?: string;
};

export type Measurement = {
  scenario: Scenario;
  requests: number;
  seconds: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
  statuses: Record<string, number>;
  /** Median of sequential requests by one user: the page's own cost, without queueing. */
  single: number;
  /** p95 when requests arrive at random at a steady rate (people who read between clicks). */
  paced: number;
  /** Responses outside the timed run (one-user and paced requests). */
  extraRequests: number;
  note?: string;
};

function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index] ?? NaN;
}

function ok(kind: Kind, status: number): boolean {
  return kind === "write" ? status >= 200 && status < 400 : status === 200;
}

export async function drive(
  origin: string,
  scenario: Scenario,
  options: { connections: number; seconds: number; record: boolean },
): Promise<Omit<Measurement, "scenario" | "note" | "single" | "paced" | "extraRequests">> {
  const latencies: number[] = [];
  const statuses: Record<string, number> = {};
  let errors = 0;
  const headers: Record<string, string> = { accept: "text/html" };
  if (scenario.cookie) headers.cookie = scenario.cookie;
  const request = scenario.request;

  const started = performance.now();
  const instance = autocannon({
    url: origin,
    connections: options.connections,
    duration: options.seconds,
    timeout: 30,
    requests: [
      request
        ? {
            path: scenario.path,
            method: "POST",
            setupRequest: (req: Record<string, unknown>) => {
              const next = request();
              return { ...req, method: next.method, body: next.body, headers: { ...headers, ...next.headers } };
            },
          }
        : { path: scenario.path, method: "GET", headers },
    ],
  });
  instance.on("response", (_client: unknown, statusCode: number, _bytes: number, responseTime: number) => {
    if (!options.record) return;
    latencies.push(responseTime);
    statuses[statusCode] = (statuses[statusCode] ?? 0) + 1;
    if (!ok(scenario.kind, statusCode)) errors += 1;
  });
  instance.on("reqError", () => {
    if (!options.record) return;
    statuses.error = (statuses.error ?? 0) + 1;
    errors += 1;
  });
  const result = await instance;
  const seconds = (performance.now() - started) / 1000;
  if (options.record && result.timeouts) {
    statuses.timeout = result.timeouts;
    errors += result.timeouts;
  }
  latencies.sort((a, b) => a - b);
  return {
    requests: latencies.length,
    seconds,
    rps: latencies.length / seconds,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    errors,
    statuses,
  };
}

/** One request first: a missing or failing route is reported, not load-tested. */
export async function precheck(origin: string, scenario: Scenario): Promise<{ status: number; html: string }> {
  const res = await fetch(origin + scenario.path, {
    redirect: "manual",
    headers: { accept: "text/html", ...(scenario.cookie ? { cookie: scenario.cookie } : {}) },
  });
  return { status: res.status, html: await res.text() };
}

async function timedRequest(origin: string, scenario: Scenario): Promise<number> {
  const next = scenario.request?.();
  const started = performance.now();
  const res = await fetch(origin + scenario.path, {
    method: next?.method ?? "GET",
    body: next ? new Uint8Array(next.body) : undefined,
    redirect: "manual",
    headers: { accept: "text/html", ...(scenario.cookie ? { cookie: scenario.cookie } : {}), ...(next?.headers ?? {}) },
  });
  await res.arrayBuffer();
  return performance.now() - started;
}

/** Median latency of `count` requests one after another (after the warm-up). */
async function sequential(origin: string, scenario: Scenario, count: number): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < count; i++) times.push(await timedRequest(origin, scenario));
  return percentile(
    times.sort((a, b) => a - b),
    50,
  );
}

/** p95 of requests arriving at random (Poisson) at `rate` per second for `seconds`: an open-loop load. */
async function paced(
  origin: string,
  scenario: Scenario,
  rate: number,
  seconds: number,
): Promise<{ p95: number; count: number }> {
  const pending: Promise<number>[] = [];
  const end = performance.now() + seconds * 1000;
  while (performance.now() < end) {
    pending.push(timedRequest(origin, scenario).catch(() => Infinity));
    await new Promise((r) => setTimeout(r, (-Math.log(1 - Math.random()) / rate) * 1000));
  }
  const times = (await Promise.all(pending)).sort((a, b) => a - b);
  return { p95: percentile(times, 95), count: times.length };
}

export async function measure(
  origin: string,
  scenario: Scenario,
  options: { connections: number; seconds: number; warmupSeconds: number; pacedRate: number; pacedSeconds: number },
): Promise<Measurement> {
  if (options.warmupSeconds > 0)
    await drive(origin, scenario, { ...options, seconds: options.warmupSeconds, record: false });
  const single = await sequential(origin, scenario, 10);
  const open =
    options.pacedSeconds > 0
      ? await paced(origin, scenario, options.pacedRate, options.pacedSeconds)
      : { p95: NaN, count: 0 };
  const result = await drive(origin, scenario, { ...options, record: true });
  return { scenario, ...result, single, paced: open.p95, extraRequests: 10 + open.count };
}
