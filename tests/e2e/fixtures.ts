/**
 * Playwright fixtures: people are made fresh per test in the database and signed in through
 * next-auth's own endpoints, not the UI (the sign-in UI has its own tests).
 */
import { test as base, expect, type Page } from "@playwright/test";
import { createPrismaClient, type Db } from "@/lib/db/client";
import { DEMO_PASSWORD } from "@/lib/demo/accounts";

let client: Db | undefined;
export function testDb(): Db {
  client ??= createPrismaClient(process.env.DATABASE_URL);
  return client;
}

/** Sign in through next-auth's credentials endpoint; the page's context keeps the cookie. */
export async function signInAs(page: Page, email: string, password = DEMO_PASSWORD) {
  const csrf = await page.request.get("/api/auth/csrf");
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await page.request.post("/api/auth/callback/credentials", {
    form: { csrfToken, email, password, json: "true" },
  });
  expect(response.ok()).toBeTruthy();
  const cookies = await page.context().cookies();
  expect(
    cookies.some((c) => c.name.includes("next-auth.session-token")),
    `signed in as ${email}`,
  ).toBeTruthy();
}

export const test = base;
export { expect };
