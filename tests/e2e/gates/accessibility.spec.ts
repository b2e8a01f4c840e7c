/**
 * Accessibility gate: every page found in app/, for every role that may open it, has no axe
 * violations (WCAG 2.0/2.1 A and AA, 2.2 AA) at desktop width and at 320px, starts with a working
 * skip link, shows focus visibly on every Tab stop (focus.ts compares pixels focused and unfocused),
 * fits a 320px screen without sideways scrolling, and — for every form with text or file fields —
 * shows an error summary after an empty submit that takes focus and is itself free of violations.
 * A form whose empty submit is valid needs a failing value in tests/e2e/gates/forms.ts.
 */
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import path from "node:path";
import { invisibleFocusStops } from "./focus";
import { FORM_EXEMPT, FORM_FAILING_INPUT } from "./forms";
import { PAGE_VARIANTS } from "./samples";
import {
  accessOf,
  allowedRoles,
  expect,
  focusIndicator,
  overflowingElements,
  PAGES,
  targetsFor,
  test,
  variantQuery,
  type Caller,
} from "./support";

export const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

type Violation = Awaited<ReturnType<AxeBuilder["analyze"]>>["violations"][number];

export function formatViolations(violations: Violation[]): string {
  return violations
    .map((v) =>
      [
        `  [${v.impact ?? "?"}] ${v.id}: ${v.help} (${v.helpUrl})`,
        ...v.nodes
          .slice(0, 5)
          .map(
            (n) =>
              `      at ${n.target.join(" ")}  ${n.html.slice(0, 140)}${n.failureSummary ? `\n         ${n.failureSummary.split("\n").join(" ")}` : ""}`,
          ),
        ...(v.nodes.length > 5 ? [`      …and ${v.nodes.length - 5} more`] : []),
      ].join("\n"),
    )
    .join("\n");
}

export async function axeProblems(page: Page, what: string): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  return results.violations.length
    ? [`${what}: ${results.violations.length} axe violation(s)\n${formatViolations(results.violations)}`]
    : [];
}

/** Forms an empty submit can be tried on: posted (not GET filters), with a visible text or file field. */
async function formsWithFields(page: Page): Promise<{ index: number; name: string }[]> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll("form")).flatMap((form, index) => {
      if ((form.getAttribute("method") ?? "").toLowerCase() === "get") return [];
      const visible = (el: HTMLElement) =>
        el.offsetParent !== null && !(el as HTMLInputElement).disabled && !(el as HTMLInputElement).readOnly;
      const fields = Array.from(
        form.querySelectorAll<HTMLElement>(
          "textarea, input:not([type]), input[type=text], input[type=email], input[type=tel], input[type=number], input[type=date], input[type=time], input[type=url], input[type=password], input[type=search], input[type=file]",
        ),
      ).filter(visible);
      const submit = form.querySelector<HTMLElement>("button[type=submit], button:not([type]), input[type=submit]");
      if (!fields.length || !submit) return [];
      const name = form.getAttribute("aria-label") || (submit.textContent ?? "").trim() || `form ${index + 1}`;
      return [{ index, name }];
    }),
  );
}

async function emptySubmitProblems(page: Page, url: string, pattern: string, role: Caller): Promise<string[]> {
  const problems: string[] = [];
  for (const { index, name } of await formsWithFields(page)) {
    const key = `${pattern}#${name}`;
    if (FORM_EXEMPT[key]) continue;
    await page.goto(url);
    await page.waitForLoadState("networkidle"); // hydrated, so the submit goes through the client form
    const form = page.locator("form").nth(index);
    const fields = form.locator(
      "textarea:visible, input:visible:not([type=hidden]):not([type=checkbox]):not([type=radio]):not([type=submit]):not([type=button]):not([type=file])",
    );
    for (const field of await fields.all()) if (await field.isEditable()) await field.fill("");
    for (const [name, value] of Object.entries(FORM_FAILING_INPUT[key] ?? {})) {
      await form
        .locator(`[name="${name}"]`)
        .first()
        .evaluate((el, v) => {
          (el as HTMLInputElement).value = v;
        }, value);
    }
    await form.locator("button[type=submit], button:not([type]), input[type=submit]").first().click();
    const summary = form.locator("[data-testid=error-summary], [role=alert]").first();
    try {
      await summary.waitFor({ state: "visible", timeout: 10_000 });
    } catch {
      problems.push(
        `${key} as ${role}: an empty submit showed no error summary (if an empty form is valid, give a failing value in FORM_FAILING_INPUT)`,
      );
      continue;
    }
    if ((await form.locator("[data-testid=error-summary]").count()) > 0) {
      await expect
        .poll(() => summary.evaluate((el) => el === document.activeElement), { timeout: 5_000 })
        .toBe(true)
        .catch(() => {
          problems.push(`${key} as ${role}: after a failed submit the error summary did not take focus`);
        });
    }
    problems.push(...(await axeProblems(page, `${key} as ${role}, error state`)));
  }
  return problems;
}

test.describe("accessibility gate: every page × every role that may see it", () => {
  // Each page is checked on its own: both workers share the pages (the focus check makes each slow).
  test.describe.configure({ mode: "parallel" });

  test("the scan reports a deliberately broken page (sanity)", async ({ page }) => {
    await page.goto(`file://${path.resolve(import.meta.dirname, "../fixtures/broken-a11y.html")}`);
    const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
    const ids = results.violations.map((v) => v.id);
    expect(ids).toEqual(expect.arrayContaining(["image-alt", "label", "color-contrast", "button-name"]));
    expect(formatViolations(results.violations)).toContain("image-alt");
  });

  test("the focus check reports focus that cannot be seen, and only that (sanity)", async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`file://${path.resolve(import.meta.dirname, "../fixtures/broken-focus.html")}`);
    const problems = await invisibleFocusStops(page, "fixture");
    const text = problems.join("\n");
    expect(text).toMatch(/id="broken-link-button".*nothing visible changes/);
    expect(text).toMatch(/id="faint-grey-button".*too faint/);
    expect(text).toMatch(/id="broken-summary".*nothing visible changes/);
    for (const good of ["good-link", "good-button", "good-field"]) expect(text).not.toContain(`id="${good}"`);
    expect(problems).toHaveLength(3);
  });

  for (const route of PAGES) {
    const variants = ["", ...Object.keys(PAGE_VARIANTS[route.pattern] ?? {})];
    for (const role of allowedRoles(accessOf(route)))
      for (const variant of variants) {
        test(`${route.pattern}${variant ? ` (${variant})` : ""} as ${role}`, async ({ as }) => {
          // Two axe scans and a Tab walk with two screenshots per kind of stop: a page with many
          // forms (the coordinator's expert page) needs more than the default minute on two cores.
          test.setTimeout(180_000);
          const { url: base } = await targetsFor(route);
          const url = variant ? `${base}${await variantQuery(route.pattern, variant)}` : base;
          const page = await (await as(role)).newPage();
          const response = await page.goto(url);
          expect(response?.status(), `${url} as ${role}`).toBe(200);
          await page.waitForLoadState("networkidle");
          const problems: string[] = [];

          problems.push(...(await axeProblems(page, `${url} as ${role}`)));

          // The skip link is the first thing Tab reaches from the top of the page, is visibly focused, and
          // moves focus to #main. (A page showing an error summary focuses it on load: start above it.)
          await page.evaluate(() => {
            document.body.setAttribute("tabindex", "-1");
            document.body.focus();
            document.body.removeAttribute("tabindex");
          });
          await page.keyboard.press("Tab");
          const first = await page.evaluate(() => {
            const el = document.activeElement as HTMLAnchorElement | null;
            return { href: el?.getAttribute("href") ?? null, text: el?.textContent?.trim() ?? "" };
          });
          if (first.href !== "#main")
            problems.push(`the first Tab stop is ${JSON.stringify(first)}, not the skip link to #main`);
          else {
            const focus = await focusIndicator(page);
            if (!focus.indicator) problems.push(`the focused skip link has no visible focus indicator`);
            await page.keyboard.press("Enter");
            const landed = await page.evaluate(() => ({
              id: document.activeElement?.id,
              hash: location.hash,
              main: Boolean(document.getElementById("main")),
            }));
            if (!landed.main) problems.push("there is no element with id=main for the skip link");
            else if (landed.id !== "main")
              problems.push(`the skip link did not move focus to #main (focus is on id="${landed.id ?? ""}")`);
          }

          // Every Tab stop shows that it has focus.
          problems.push(...(await invisibleFocusStops(page, `${url} as ${role}`)));

          // 320 CSS pixels wide (WCAG 1.4.10 reflow): no sideways scrolling, and no axe violations in the
          // narrow layout (wide tables scroll in their own boxes there, which must be reachable by keyboard).
          await page.setViewportSize({ width: 320, height: 800 });
          await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
          const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
          if (scrollWidth > 320)
            problems.push(
              `at 320px wide the page scrolls sideways (scrollWidth ${scrollWidth}):\n  ${(await overflowingElements(page, 320)).join("\n  ")}`,
            );
          problems.push(...(await axeProblems(page, `${url} as ${role} at 320px`)));
          await page.setViewportSize({ width: 1280, height: 900 });

          problems.push(...(await emptySubmitProblems(page, url, route.pattern, role)));
          expect(problems, problems.join("\n")).toEqual([]);
        });
      }
  }
});
