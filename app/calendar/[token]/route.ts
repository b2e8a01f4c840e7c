/**
 * A person's calendar subscription feed: /calendar/<token> (or /calendar/<token>.ics). Public,
 * because calendar apps cannot sign in; the secret token is the proof. A wrong, reset,
 * malformed or switched-off token, or an inactive account, gets the same plain 404.
 */
import { calendarFeed } from "@/lib/calendar/feed";
import { definePublicRoute } from "@/lib/routes/route";

export const GET = definePublicRoute<{ token: string }>(
  { name: "calendarFeed", notFound: "Not found" },
  async ({ params }) => {
    const token = params.token.replace(/\.ics$/, "");
    const body = await calendarFeed({ token });
    return body ? { type: "calendar", body, filename: "involve.ics" } : null;
  },
);
