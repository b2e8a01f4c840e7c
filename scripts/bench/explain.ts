/**
 * EXPLAIN (ANALYZE, BUFFERS) for the slowest pages, on the SQL those pages really send: a second
 * server talks to the database through the capture proxy (capture.ts) while each page is fetched
 * once, then every captured SELECT is explained with its own bound parameters.
 */
import { SqlCapture, type Statement } from "./capture";
import { withClient } from "./database";
import { startServer } from "./server";

export type PageToExplain = { name: string; path: string; cookie?: string };

type Explained = Statement & { ms: number; plan: string };

const short = (sql: string, max = 150) => {
  const flat = sql.replace(/\s+/g, " ").replace(/"public"\./g, "").trim();
  return flat.length > max ? `${flat.slice(0, max)}…` : flat;
};

async function capturePages(databaseUrl: string, pages: PageToExplain[], port: number, proxyPort: number) {
  const url = new URL(databaseUrl);
  const capture = new SqlCapture({ host: url.hostname, port: Number(url.port || 5432) });
  await capture.listen(proxyPort);
  const viaProxy = new URL(databaseUrl);
  viaProxy.hostname = "127.0.0.1";
  viaProxy.port = String(proxyPort);
  const server = await startServer(viaProxy.toString(), port, "explain-server");
  const captured = new Map<string, Statement[]>();
  try {
    for (const page of pages) {
      const get = async () => {
        const res = await fetch(server.origin + page.path, { redirect: "manual", headers: page.cookie ? { cookie: page.cookie } : {} });
        await res.arrayBuffer();
        return res.status;
      };
      await get(); // warm: connections, first-render work
      await new Promise((r) => setTimeout(r, 200));
      capture.statements = [];
      const status = await get();
      await new Promise((r) => setTimeout(r, 200));
      captured.set(page.path, capture.statements);
      capture.statements = [];
      if (status !== 200) console.log(`  (${page.path} answered ${status} during capture)`);
    }
  } finally {
    await server.stop();
    await capture.close();
  }
  return captured;
}

async function explainAll(databaseUrl: string, statements: Statement[]): Promise<Explained[]> {
  return withClient(databaseUrl, async (client) => {
    const out: Explained[] = [];
    for (const statement of statements) {
      if (!/^\s*(SELECT|WITH)\b/i.test(statement.sql)) continue;
      try {
        const { rows } = await client.query<{ "QUERY PLAN": string }>(`EXPLAIN (ANALYZE, BUFFERS) ${statement.sql}`, statement.params);
        const plan = rows.map((r) => r["QUERY PLAN"]).join("\n");
        const ms = Number(/Execution Time: ([\d.]+) ms/.exec(plan)?.[1] ?? NaN);
        out.push({ ...statement, ms, plan });
      } catch (error) {
        out.push({ ...statement, ms: NaN, plan: `(could not explain: ${(error as Error).message})` });
      }
    }
    return out;
  });
}

export async function explainPages(databaseUrl: string, pages: PageToExplain[], options: { port: number; proxyPort: number }) {
  const captured = await capturePages(databaseUrl, pages, options.port, options.proxyPort);
  for (const page of pages) {
    const statements = captured.get(page.path) ?? [];
    const explained = await explainAll(databaseUrl, statements);
    const total = explained.reduce((sum, e) => sum + (Number.isFinite(e.ms) ? e.ms : 0), 0);
    console.log(`\n### ${page.name} — ${page.path}`);
    console.log(`${statements.length} SQL statements per request (${explained.length} SELECTs, ${total.toFixed(1)} ms of execution in total):`);
    const ranked = [...explained].sort((a, b) => (b.ms || 0) - (a.ms || 0));
    for (const e of ranked) console.log(`  ${e.ms.toFixed(2).padStart(8)} ms  ${short(e.sql)}`);
    for (const e of ranked.slice(0, 2)) {
      console.log(`\n-- ${e.ms.toFixed(2)} ms; parameters: ${JSON.stringify(e.params).slice(0, 300)}`);
      console.log(e.sql.trim());
      console.log(e.plan);
    }
  }
}
