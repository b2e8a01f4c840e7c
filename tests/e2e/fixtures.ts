/**
 * Playwright fixtures: people are made fresh per test in the database and signed in through
 * next-auth's own endpoints, not the UI (the sign-in UI has its own tests).
 */
import { test as base, expect, type Page } from "@playwright/test";
import bcrypt from "bcryptjs";
import { createPrismaClient, type Db } from "@/lib/db/client";
import { DEMO_PASSWORD } from "@/lib/demo/accounts";
import type { Prisma } from "@/lib/generated/prisma/client";

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

/** A short, unique suffix for the names and emails one test creates. */
export const newStamp = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1e6)}`;

/**
 * A fresh ACTIVE expert in the demo partnership (a carer, interested in teaching), with the demo
 * password unless told: `<prefix>-<stamp>@test.example`, named "<name> <stamp>".
 */
export async function newDemoExpert(
  prefix: string,
  {
    name = "Robin Test",
    password = DEMO_PASSWORD,
    user = {},
    profile = {},
  }: {
    name?: string;
    password?: string;
    user?: Pick<Prisma.UserCreateInput, "phone" | "contactPreference">;
    profile?: Omit<Prisma.ExpertProfileUncheckedCreateWithoutUserInput, "partnershipId">;
  } = {},
) {
  const db = testDb();
  const partnership = await db.partnership.findFirstOrThrow({
    where: { name: "North Bridge Social Work Teaching Partnership" },
    select: { id: true },
  });
  const stamp = newStamp();
  const created = await db.user.create({
    data: {
      ...user,
      email: `${prefix}-${stamp}@test.example`,
      name: `${name} ${stamp}`,
      role: "EXPERT",
      passwordHash: await bcrypt.hash(password, 4),
      expertProfile: {
        create: {
          status: "ACTIVE",
          livedExperience: ["carer"],
          interests: ["TEACHING"],
          paymentPreference: "BANK_TRANSFER",
          ...profile,
          partnershipId: partnership.id,
        },
      },
    },
    select: { id: true, email: true, name: true, expertProfile: { select: { id: true } } },
  });
  return { id: created.id, email: created.email, name: created.name, expertId: created.expertProfile!.id, stamp };
}

export const test = base;
export { expect };
