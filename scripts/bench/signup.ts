/**
 * The write scenario: an expert signs up for a session, exactly as a browser without JavaScript
 * would: POST the server-action form (multipart) with the hidden fields React rendered into it
 * ($ACTION_ID_<id> for a plain action form; $ACTION_REF_n / $ACTION_n:0 / $ACTION_KEY for a
 * useActionState form), with a different session each time so every request is a real new booking.
 */
import type pg from "pg";
import { WRITERS } from "./seed";
import type { Scenario } from "./load";

type Input = { name: string; value: string; type: string; checked: boolean };

function decode(text: string): string {
  return text
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}

function attribute(tag: string, name: string): string | null {
  const match = new RegExp(`\\s${name.replace(/[$]/g, "\\$")}="([^"]*)"`).exec(tag);
  return match ? decode(match[1] ?? "") : null;
}

/** The inputs of the first form in `html` that has an input named `field`. */
export function formWith(html: string, field: string): Input[] | null {
  for (const form of html.match(/<form[\s\S]*?<\/form>/g) ?? []) {
    const inputs = (form.match(/<(input|button|select|textarea)\b[^>]*>/g) ?? [])
      .map((tag) => ({
        name: attribute(tag, "name") ?? "",
        value: attribute(tag, "value") ?? "",
        type: (attribute(tag, "type") ?? (tag.startsWith("<button") ? "submit" : "text")).toLowerCase(),
        checked: /\schecked(=|\s|>|\/)/.test(tag),
      }))
      .filter((i) => i.name);
    if (inputs.some((i) => i.name === field)) return inputs;
  }
  return null;
}

/** The server action's id, from whichever hidden fields React rendered. */
export function actionIdOf(inputs: Input[]): string | null {
  const plain = inputs.find((i) => i.name.startsWith("$ACTION_ID_"));
  if (plain) return plain.name.slice("$ACTION_ID_".length);
  const bound = inputs.find((i) => /^\$ACTION_\d+:0$/.test(i.name));
  if (bound) {
    try {
      return (JSON.parse(bound.value) as { id?: string }).id ?? null;
    } catch {
      return null;
    }
  }
  return null;
}

export function multipart(fields: [string, string][]): { body: Buffer; contentType: string } {
  const boundary = "----involvebench7f3a9c";
  const parts = fields.map(
    ([name, value]) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`,
  );
  return {
    body: Buffer.from(parts.join("") + `--${boundary}--\r\n`),
    contentType: `multipart/form-data; boundary=${boundary}`,
  };
}

const writerIds = () => Array.from({ length: WRITERS }, (_, i) => `cex${String(i + 1).padStart(8, "0")}`);

/** Future sessions of open opportunities that none of the writing experts has booked, spread across opportunities. */
export async function openSessions(client: pg.Client, limit = 20_000) {
  const { rows } = await client.query<{ id: string; opportunityId: string }>(
    `SELECT se.id, se."opportunityId" FROM "Session" se JOIN "Opportunity" op ON op.id = se."opportunityId"
     WHERE op.status = 'OPEN' AND se."startsAt" > now() AT TIME ZONE 'utc' AND se."cancelledAt" IS NULL
       AND NOT EXISTS (SELECT 1 FROM "Booking" b WHERE b."sessionId" = se.id AND b."expertId" = ANY($1))
     ORDER BY hashtext(se.id) LIMIT $2`,
    [writerIds(), limit],
  );
  return rows;
}

export async function writerBookings(client: pg.Client): Promise<number> {
  const { rows } = await client.query<{ n: string }>(`SELECT count(*) AS n FROM "Booking" WHERE "expertId" = ANY($1)`, [
    writerIds(),
  ]);
  return Number(rows[0]?.n ?? 0);
}

/** Builds the sign-up scenario, or one marked `skip` with the reason it cannot be measured. */
export async function signUpScenario(
  origin: string,
  cookies: string[],
  sessions: { id: string; opportunityId: string }[],
): Promise<{ scenario: Scenario; actionId?: string }> {
  const cookie = cookies[0] ?? "";
  const name = "Expert signs up for a session (write)";
  const first = sessions[0];
  if (!first)
    return {
      scenario: { name, kind: "write", path: "/expert/opportunities", skip: "no open future sessions in the seed" },
    };
  const path = `/expert/opportunities/${first.opportunityId}`;
  const res = await fetch(origin + path, { headers: { cookie }, redirect: "manual" });
  const html = await res.text();
  if (res.status !== 200) return { scenario: { name, kind: "write", path, skip: `${path} answered ${res.status}` } };
  const inputs = formWith(html, "sessionId");
  if (!inputs) return { scenario: { name, kind: "write", path, skip: `no form with a sessionId field on ${path}` } };
  const actionId = actionIdOf(inputs);
  if (!actionId)
    return { scenario: { name, kind: "write", path, skip: `no server-action id in the sign-up form on ${path}` } };

  // Keep what the browser would send: hidden fields, checked boxes, text fields as rendered.
  // waitlist=yes (what the form sends for a full session) so a session that filled up still
  // takes the request as a waiting-list booking instead of refusing it.
  const fixed = inputs
    .filter(
      (i) =>
        !["sessionId", "waitlist"].includes(i.name) &&
        i.type !== "submit" &&
        (i.type !== "checkbox" && i.type !== "radio" ? true : i.checked),
    )
    .map((i): [string, string] => [i.name, i.value]);
  fixed.push(["waitlist", "yes"]);
  // Each request: the next unused session, by the next expert in turn (a new booking every time).
  let next = 0;
  const request = () => {
    const n = next++;
    const session = sessions[n % sessions.length];
    const { body, contentType } = multipart([...fixed, ["sessionId", session?.id ?? ""]]);
    return {
      method: "POST" as const,
      body,
      headers: { "content-type": contentType, origin, cookie: cookies[n % cookies.length] ?? cookie },
    };
  };
  return { scenario: { name, kind: "write", path, cookie, request }, actionId };
}
