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
  const flat = sql
    .replace(/\s+/g, " ")
    .replace(/"public"\./g, "")
    .trim();
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
        const res = await fetch(server.origin + page.path, {
          redirect: "manual",
          headers: page.cookie ? { cookie: page.cookie } : {},
        });
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
        const { rows } = await client.query<{ "QUERY PLAN": string }>(
          `EXPLAIN (ANALYZE, BUFFERS) ${statement.sql}`,
          statement.params,
        );
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

/**
 * Captures one request of every page in `pages`, prints how many statements each sends and its
 * database time, then the plans of the two costliest statements of each page in `detail`.
 */
export async function explainPages(
  databaseUrl: string,
  pages: PageToExplain[],
  detail: string[],
  options: { port: number; proxyPort: number },
) {
  const captured = await capturePages(databaseUrl, pages, options.port, options.proxyPort);
  const explained = new Map<string, Explained[]>();
  for (const page of pages) explained.set(page.path, await explainAll(databaseUrl, captured.get(page.path) ?? []));

  console.log("\nSQL per request (one request of each page, each statement explained afterwards, one at a time):\n");
  console.log("| Page | statements | SELECT execution ms | slowest statement ms |");
  console.log("|---|---:|---:|---:|");
  for (const page of pages) {
    const list = explained.get(page.path) ?? [];
    const total = list.reduce((sum, e) => sum + (Number.isFinite(e.ms) ? e.ms : 0), 0);
    const slowest = Math.max(0, ...list.map((e) => (Number.isFinite(e.ms) ? e.ms : 0)));
    console.log(
      `| ${page.name} | ${(captured.get(page.path) ?? []).length} | ${total.toFixed(1)} | ${slowest.toFixed(1)} |`,
    );
  }

  for (const page of pages.filter((p) => detail.includes(p.path))) {
    const ranked = [...(explained.get(page.path) ?? [])].sort((a, b) => (b.ms || 0) - (a.ms || 0));
    console.log(`\n### ${page.name} — ${page.path}`);
    for (const e of ranked) console.log(`  ${e.ms.toFixed(2).padStart(8)} ms  ${short(e.sql)}`);
    for (const e of ranked.slice(0, 2)) {
      console.log(`\n-- ${e.ms.toFixed(2)} ms; parameters: ${JSON.stringify(e.params).slice(0, 300)}`);
      console.log(e.sql.trim());
      console.log(e.plan);
    }
  }
}
