/**
 * Focus-visibility check (WCAG 2.2 SC 2.4.7, with the 3:1 change of SC 2.4.13 as the bar): Tab
 * through every stop of the page and compare each element's surroundings focused and unfocused.
 * Computed styles cannot do this (a class can paint over an outline or a shadow), so it compares
 * pixels: enough of them must change, with at least 3:1 contrast between before and after, to add
 * up to a 2 px line as long as the element's longest side (GOV.UK's 4 px bar under a link is twice
 * that). A thin yellow ring on white (1.07:1) does not count; a black bar, a black ring or a
 * yellow fill on a dark or green button does.
 */
import type { Page } from "@playwright/test";
import { PNG } from "pngjs";

/** Room around the element for rings and bars drawn outside its box (ours reach 6 px). */
const MARGIN = 8;
/** A stop whose changed pixels are fewer than this is reported as "nothing changes". */
const NOTHING = 4;
/** Stops checked per page at most: a page with more is reported (it needs pagination anyway). */
const MAX_STOPS = 400;
/**
 * Stops drawn alike (same tag, classes, state and ancestors' tags and classes: a table's "View"
 * links row after row) are compared this many times per page; the rest are only tabbed past.
 * Focus styles come from those, so the third of a kind adds time, not evidence.
 */
const PER_KIND = 2;

type Stop = {
  index: number;
  element: string;
  kind: string;
  box: { x: number; y: number; width: number; height: number } | null;
};

function luminance(r: number, g: number, b: number): number {
  const c = (v: number) => {
    const s = v / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * c(r) + 0.7152 * c(g) + 0.0722 * c(b);
}

function contrast(a: number, b: number): number {
  return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
}

/** Pixels that differ at all, and those whose colour changed with at least 3:1 contrast. */
export function compareFocus(unfocused: Buffer, focused: Buffer): { changed: number; strong: number } {
  const before = PNG.sync.read(unfocused);
  const after = PNG.sync.read(focused);
  if (before.width !== after.width || before.height !== after.height) throw new Error("screenshots differ in size");
  let changed = 0;
  let strong = 0;
  for (let i = 0; i < before.data.length; i += 4) {
    const [r1, g1, b1] = [before.data[i]!, before.data[i + 1]!, before.data[i + 2]!];
    const [r2, g2, b2] = [after.data[i]!, after.data[i + 1]!, after.data[i + 2]!];
    if (Math.abs(r1 - r2) + Math.abs(g1 - g2) + Math.abs(b1 - b2) <= 24) continue;
    changed++;
    if (contrast(luminance(r1, g1, b1), luminance(r2, g2, b2)) >= 3) strong++;
  }
  return { changed, strong };
}

/** Moves focus to the top of the page, so the next Tab reaches the first stop. */
async function focusTop(page: Page): Promise<void> {
  await page.evaluate(() => {
    document.body.setAttribute("tabindex", "-1");
    document.body.focus();
    document.body.removeAttribute("tabindex");
    window.scrollTo(0, 0);
  });
}

/** Presses Tab and reports where focus went, or null once it has left the page or come round again. */
async function nextStop(page: Page, index: number): Promise<Stop | null> {
  await page.keyboard.press("Tab");
  return page.evaluate((i) => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body || el.tagName === "IFRAME") return null;
    if (el.hasAttribute("data-focus-gate")) return null;
    el.setAttribute("data-focus-gate", String(i));
    const text = (el.getAttribute("aria-label") || el.textContent || (el as HTMLInputElement).value || "")
      .replace(/\s+/g, " ")
      .trim()
      .slice(0, 50);
    const name = el.getAttribute("name");
    const element = `<${el.tagName.toLowerCase()}${el.id ? ` id="${el.id}"` : ""}${name ? ` name="${name}"` : ""}${
      el.className && typeof el.className === "string" ? ` class="${el.className.slice(0, 60)}"` : ""
    }> "${text}"`;
    const rect = el.getBoundingClientRect();
    const look = (node: Element) =>
      `${node.tagName}.${typeof node.className === "string" ? node.className : ""}${[
        "type",
        "aria-current",
        "aria-expanded",
        "aria-invalid",
        "disabled",
      ]
        .map((a) => (node.hasAttribute(a) ? `[${a}=${node.getAttribute(a)}]` : ""))
        .join("")}${(node as HTMLInputElement).checked ? ":checked" : ""}`;
    const chain: string[] = [];
    for (let a: Element | null = el; a && a !== document.body; a = a.parentElement) chain.push(look(a));
    return {
      index: i,
      element,
      kind: chain.join(" < "),
      box: rect.width > 0 && rect.height > 0 ? { x: rect.x, y: rect.y, width: rect.width, height: rect.height } : null,
    };
  }, index);
}

/** The element's box with room around it, inside the viewport. */
function clipFor(box: NonNullable<Stop["box"]>, viewport: { width: number; height: number }) {
  const x = Math.max(0, Math.floor(box.x - MARGIN));
  const y = Math.max(0, Math.floor(box.y - MARGIN));
  const right = Math.min(viewport.width, Math.ceil(box.x + box.width + MARGIN));
  const bottom = Math.min(viewport.height, Math.ceil(box.y + box.height + MARGIN));
  return right > x && bottom > y ? { x, y, width: right - x, height: bottom - y } : null;
}

/**
 * Every Tab stop on the page whose focus is not visibly shown, as readable lines (empty when all
 * are). Leaves focus at the top of the page and the markers it set removed.
 */
export async function invisibleFocusStops(page: Page, what: string): Promise<string[]> {
  const problems: string[] = [];
  const viewport = page.viewportSize() ?? { width: 1280, height: 720 };
  await focusTop(page);
  const seen = new Map<string, number>();
  let index = 0;
  for (; index < MAX_STOPS; index++) {
    const stop = await nextStop(page, index);
    if (!stop) break;
    const alike = seen.get(stop.kind) ?? 0;
    seen.set(stop.kind, alike + 1);
    if (alike >= PER_KIND) continue;
    // Focus scrolls the element into view; its box is where it is now.
    const clip = stop.box && clipFor(stop.box, viewport);
    if (!clip) {
      problems.push(`${what}: Tab stop ${index + 1} ${stop.element} takes focus but cannot be seen (no box on screen)`);
      continue;
    }
    const focused = await page.screenshot({ clip, animations: "disabled", caret: "hide" });
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    const unfocused = await page.screenshot({ clip, animations: "disabled", caret: "hide" });
    // Back to the element, so the next Tab continues from it.
    await page.evaluate((i) => document.querySelector<HTMLElement>(`[data-focus-gate="${i}"]`)?.focus(), index);
    const { changed, strong } = compareFocus(unfocused, focused);
    const needed = Math.round(
      2 * Math.max(Math.min(clip.width, stop.box!.width), Math.min(clip.height, stop.box!.height)),
    );
    if (changed < NOTHING)
      problems.push(`${what}: Tab stop ${index + 1} ${stop.element}: nothing visible changes when it takes focus`);
    else if (strong < needed)
      problems.push(
        `${what}: Tab stop ${index + 1} ${stop.element}: its focus is too faint (${strong} pixels change with 3:1 contrast, ${needed} needed — a 2 px line along its longest side; ${changed} change at all)`,
      );
  }
  if (index === MAX_STOPS) problems.push(`${what}: more than ${MAX_STOPS} Tab stops: paginate the page`);
  await page.evaluate(() =>
    document.querySelectorAll("[data-focus-gate]").forEach((el) => el.removeAttribute("data-focus-gate")),
  );
  await focusTop(page);
  return problems;
}
