/**
 * Shared machinery for the end-to-end gates: the route list (from the file system), sample
 * parameters (from the demo database), and one signed-in session per demo role per worker.
 */
import {
  test as base,
  expect,
  request as playwrightRequest,
  type Browser,
  type BrowserContext,
} from "@playwright/test";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "@/lib/demo/accounts";
import type { Role } from "@/lib/generated/prisma/enums";
import { testDb } from "../fixtures";
import {
  enumerateRoutes,
  fillPattern,
  isDynamic,
  policyFor,
  type RouteAccess,
  type RouteInfo,
} from "../../gates/routes";
import { loadDemoAccounts, PAGE_VARIANTS, SAMPLES, type DemoAccount } from "./samples";

export const ROLES = ["EXPERT", "ACADEMIC", "COORDINATOR", "ADMIN"] as const satisfies readonly Role[];
export type Caller = Role | "anonymous";

export const ROUTES = enumerateRoutes();
export const PAGES = ROUTES.filter((r) => r.kind === "page");

type StorageState = Awaited<ReturnType<BrowserContext["storageState"]>>;

export function allowedRoles(access: RouteAccess): Caller[] {
  return access === "PUBLIC" ? ["anonymous"] : [...access];
}

export function emailOf(role: Role): string {
  const account = DEMO_ACCOUNTS.find((a) => a.role === role);
  if (!account) throw new Error(`No demo account for ${role}`);
  return account.email;
}

let accounts: Promise<(role: Role) => DemoAccount> | undefined;
export const demoAccount = async (role: Role) => (await (accounts ??= loadDemoAccounts(testDb())))(role);

/** The URLs to request for a route: its own sample and, when there is one, someone else's record. */
export async function targetsFor(route: RouteInfo): Promise<{ url: string; foreignUrl: string | null }> {
  if (!isDynamic(route)) return { url: route.pattern, foreignUrl: null };
  const sample = SAMPLES[route.pattern];
  expect(sample, `${route.file}: add a sample for this new route to tests/e2e/gates/samples.ts`).toBeDefined();
  const ctx = { db: testDb(), account: await (accounts ??= loadDemoAccounts(testDb())) };
  const own = await sample!.own(ctx);
  expect(
    own,
    `${route.pattern}: its sample found nothing in the demo data (tests/e2e/gates/samples.ts)`,
  ).not.toBeNull();
  const foreign = "none" in sample!.foreign ? null : await sample!.foreign(ctx);
  if (!("none" in sample!.foreign))
    expect(foreign, `${route.pattern}: its foreign sample found nothing in the demo data`).not.toBeNull();
  return { url: fillPattern(route.pattern, own!), foreignUrl: foreign ? fillPattern(route.pattern, foreign) : null };
}

/** The query string of a page variant (tests/e2e/gates/samples.ts PAGE_VARIANTS). */
export async function variantQuery(pattern: string, label: string): Promise<string> {
  const find = PAGE_VARIANTS[pattern]?.[label];
  if (!find) throw new Error(`No variant "${label}" for ${pattern}`);
  return find({ db: testDb(), account: await (accounts ??= loadDemoAccounts(testDb())) });
}

export function accessOf(route: RouteInfo): RouteAccess {
  const access = policyFor(route);
  expect(
    access,
    `${route.file}: give this route a policy in tests/gates/routes.ts (GROUP_POLICY or ROUTE_POLICY)`,
  ).toBeDefined();
  return access!;
}

/** Signs a demo account in through next-auth's endpoints and returns the cookies. */
async function signIn(baseURL: string, role: Role): Promise<StorageState> {
  const api = await playwrightRequest.newContext({ baseURL });
  const { csrfToken } = (await (await api.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const response = await api.post("/api/auth/callback/credentials", {
    form: { csrfToken, email: emailOf(role), password: DEMO_PASSWORD, json: "true" },
  });
  expect(response.ok(), `sign in as ${role}`).toBeTruthy();
  const state = await api.storageState();
  expect(
    state.cookies.some((c) => c.name.includes("next-auth.session-token")),
    `signed in as ${role}`,
  ).toBeTruthy();
  await api.dispose();
  return state;
}

type Fixtures = { as: (caller: Caller) => Promise<BrowserContext> };
type WorkerFixtures = { sessions: Record<Role, StorageState> };

export const test = base.extend<Fixtures, WorkerFixtures>({
  sessions: [
    async ({}, provide, workerInfo) => {
      const baseURL = String(workerInfo.project.use.baseURL);
      const states = {} as Record<Role, StorageState>;
      for (const role of ROLES) states[role] = await signIn(baseURL, role);
      await provide(states);
    },
    { scope: "worker" },
  ],
  as: async ({ browser, sessions }, provide) => {
    const opened: BrowserContext[] = [];
    await provide(async (caller) => {
      const context = await newContext(browser, caller === "anonymous" ? undefined : sessions[caller]);
      opened.push(context);
      return context;
    });
    for (const context of opened) await context.close();
  },
});

function newContext(browser: Browser, storageState?: StorageState) {
  return browser.newContext({ storageState, baseURL: test.info().project.use.baseURL });
}

export { expect };

/**
 * What makes the focused element visibly focused: a non-transparent outline or a box shadow
 * (the GOV.UK focus styles use one or both). Null when nothing shows.
 */
export async function focusIndicator(
  page: import("@playwright/test").Page,
): Promise<{ element: string; indicator: string | null }> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return { element: "(nothing focused)", indicator: null };
    const style = getComputedStyle(el);
    const element = `<${el.tagName.toLowerCase()}${el.id ? ` id="${el.id}"` : ""}> "${(el.textContent ?? "").trim().slice(0, 40)}"`;
    const transparent = (color: string) => /rgba\([^)]*,\s*0\)$/.test(color) || color === "transparent";
    const outline =
      style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0 && !transparent(style.outlineColor);
    if (outline)
      return { element, indicator: `outline ${style.outlineWidth} ${style.outlineStyle} ${style.outlineColor}` };
    if (style.boxShadow && style.boxShadow !== "none") return { element, indicator: `box-shadow ${style.boxShadow}` };
    return { element, indicator: null };
  });
}

/** Elements sticking out past the right edge, for a readable 320px report. */
export async function overflowingElements(page: import("@playwright/test").Page, width: number): Promise<string[]> {
  return page.evaluate((limit) => {
    const out: string[] = [];
    // Inside a scrolling box (overflow-x auto/scroll/hidden) wide content is fine: the box scrolls, not the page.
    // An absolutely positioned element (e.g. an sr-only span) escapes a scrolling box unless its
    // containing block is inside that box: with no positioned ancestor it widens the page.
    const clipped = (el: HTMLElement) => {
      const position = getComputedStyle(el).position;
      if (position === "fixed") return false;
      const block = position === "absolute" ? el.offsetParent : null;
      for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
        if (getComputedStyle(a).overflowX === "visible" || a.getBoundingClientRect().right > limit + 1) continue;
        if (position !== "absolute" || (block && (a === block || a.contains(block)))) return true;
      }
      return false;
    };
    const culprits = Array.from(document.body.querySelectorAll<HTMLElement>("*")).filter((el) => {
      const rect = el.getBoundingClientRect();
      return rect.right > limit + 1 && rect.width > 0 && !clipped(el);
    });
    const set = new Set<Element>(culprits);
    for (const el of culprits) {
      // Only the outermost culprit: its children overflow because it does.
      if (el.parentElement && set.has(el.parentElement)) continue;
      const rect = el.getBoundingClientRect();
      const cls =
        typeof el.className === "string" && el.className
          ? `.${el.className.trim().split(/\s+/).slice(0, 4).join(".")}`
          : "";
      const escapes =
        getComputedStyle(el).position === "absolute"
          ? " (absolutely positioned: it escapes its scrolling box; make that box position: relative)"
          : "";
      out.push(
        `<${el.tagName.toLowerCase()}${cls}> right edge ${Math.round(rect.right)}px: "${(el.textContent ?? "").trim().slice(0, 50)}"${escapes}`,
      );
      if (out.length >= 8) break;
    }
    return out;
  }, width);
}
