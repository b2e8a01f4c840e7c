/**
 * The involvement loop across the three roles, and the money that follows it:
 * coordinator publishes → experts sign up → confirm and waitlist → a withdrawal offers the place
 * to the waitlisted expert → attendance → involvement in the module log and report → a mileage
 * claim → approval → finance export (CSV parsed) → paid → the expert's step line and statement.
 */
import type { Browser, Page } from "@playwright/test";
import { toDateInput } from "@/lib/format";
import { academicYearOf } from "@/lib/time";
import { expect, newDemoExpert, signInAs, test, testDb } from "./fixtures";

const COORDINATOR = "coordinator@northbridge.ac.uk";
const ACADEMIC = "academic@northbridge.ac.uk";

async function newExpert(label: string) {
  return newDemoExpert(`journey-${label.toLowerCase()}`, { name: `${label} Journey` });
}

async function pageFor(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signInAs(page, email);
  return page;
}

/** Minimal RFC 4180 reader for the test: quoted fields, doubled quotes, CRLF. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(field);
      field = "";
    } else if (c === "\n") {
      row.push(field.replace(/\r$/, ""));
      rows.push(row);
      row = [];
      field = "";
    } else field += c;
  }
  if (field || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

const pence = (pounds: string) => {
  const [whole, fraction = "0"] = pounds.replace(/^'/, "").split(".");
  return Number(whole) * 100 + Number(fraction.padEnd(2, "0"));
};

test("from a published opportunity to a paid expert, across all three roles", async ({ browser }) => {
  test.setTimeout(240_000);
  const db = testDb();
  const [first, second] = [await newExpert("Ash"), await newExpert("Bea")];
  const academic = await db.user.findUniqueOrThrow({ where: { email: ACADEMIC } });
  const teachingModule = await db.module.findFirstOrThrow({
    where: { leaderId: academic.id, academicYear: academicYearOf(new Date()) },
    orderBy: { code: "asc" },
  });
  const title = `Journey talk ${Date.now().toString(36)}`;

  // Coordinator: a draft with the rate card's pay, one session with one place, published.
  const coordinator = await pageFor(browser, COORDINATOR);
  await coordinator.goto("/coordinator/opportunities/new");
  await coordinator.getByLabel("Title", { exact: true }).fill(title);
  await coordinator.getByLabel("Kind of involvement").selectOption("TEACHING");
  await coordinator.getByLabel("Stage of the programme").selectOption("TEACHING_LEARNING");
  await coordinator.getByLabel("Short description").fill("Tell first-year students what good support felt like.");
  await coordinator.getByLabel("Module (optional)").selectOption(teachingModule.id);
  await coordinator.getByLabel("Use the rate card amount").check();
  await coordinator.getByRole("button", { name: "Save draft" }).click();
  await expect(coordinator.getByRole("heading", { level: 1, name: title })).toBeVisible();
  const opportunityId = coordinator.url().split("/").pop() as string;

  await coordinator.getByRole("link", { name: "Add a session" }).click();
  const [sessionYear, sessionMonth, sessionDay] = toDateInput(new Date(Date.now() + 3 * 86_400_000)).split("-");
  const sessionDate = coordinator.getByRole("group", { name: "Date" });
  await sessionDate.getByLabel("Day").fill(sessionDay);
  await sessionDate.getByLabel("Month").fill(sessionMonth);
  await sessionDate.getByLabel("Year").fill(sessionYear);
  await coordinator.getByLabel("Start time").fill("10:00");
  await coordinator.getByLabel("End time").fill("12:00");
  await coordinator.getByLabel("Place", { exact: true }).fill("Room 2.14, Hilltop Building");
  await coordinator.getByLabel("Number of places").fill("1");
  await coordinator.getByRole("button", { name: "Add session" }).click();
  await expect(coordinator).toHaveURL(new RegExp(`/coordinator/opportunities/${opportunityId}$`));
  await coordinator.getByRole("button", { name: "Publish" }).click();
  await expect
    .poll(async () => (await db.opportunity.findUniqueOrThrow({ where: { id: opportunityId } })).status)
    .toBe("OPEN");
  const session = await db.session.findFirstOrThrow({ where: { opportunityId } });

  // Both experts ask for the one place.
  for (const expert of [first, second]) {
    const page = await pageFor(browser, expert.email);
    await page.goto(`/expert/opportunities/${opportunityId}`);
    await page.getByRole("button", { name: /Ask for a place/ }).click();
    await expect(page.getByRole("status").filter({ hasText: "asked for a place" })).toBeVisible();
    await page.context().close();
  }

  // Coordinator confirms the first and puts the second on the waiting list.
  await coordinator.goto(`/coordinator/sessions/${session.id}`);
  await coordinator.getByRole("button", { name: `Confirm place for ${first.name}` }).click();
  await expect
    .poll(
      async () =>
        (await db.booking.findFirstOrThrow({ where: { sessionId: session.id, expert: { userId: first.id } } })).status,
    )
    .toBe("CONFIRMED");
  await coordinator.getByRole("button", { name: `Waiting list for ${second.name}` }).click();
  await expect
    .poll(
      async () =>
        (await db.booking.findFirstOrThrow({ where: { sessionId: session.id, expert: { userId: second.id } } })).status,
    )
    .toBe("WAITLISTED");

  // The first expert withdraws, with a confirmation step; the waitlisted expert gets the place.
  const ash = await pageFor(browser, first.email);
  await ash.goto(`/expert/opportunities/${opportunityId}`);
  await ash.getByRole("link", { name: /Withdraw/ }).click();
  await expect(ash.getByRole("heading", { name: "Are you sure you want to withdraw?" })).toBeVisible();
  await ash.getByRole("button", { name: "Yes, withdraw" }).click();
  await expect(ash).toHaveURL(/\/expert\?done=withdrawn/);
  const bea = await pageFor(browser, second.email);
  await bea.goto(`/expert/opportunities/${opportunityId}`);
  await expect(bea.getByText("Confirmed").first()).toBeVisible();
  await bea.goto("/expert");
  await expect(bea.getByText(/place has come up/i).first()).toBeVisible();

  // The session happens (moved into the past), and the coordinator records attendance.
  const startsAt = new Date(Date.now() - 3 * 3_600_000);
  await db.session.update({
    where: { id: session.id },
    data: { startsAt, endsAt: new Date(startsAt.getTime() + 2 * 3_600_000) },
  });
  await coordinator.goto(`/coordinator/sessions/${session.id}`);
  await coordinator.getByRole("group", { name: second.name }).getByLabel("Came").check();
  await coordinator.getByRole("button", { name: "Save attendance" }).click();
  await expect.poll(async () => db.payment.count({ where: { booking: { sessionId: session.id } } })).toBe(1);
  const payment = await db.payment.findFirstOrThrow({ where: { booking: { sessionId: session.id } } });
  expect(payment.status).toBe("DRAFT");

  // The expert sees it in their involvement history with the payment pending.
  await bea.goto("/expert/history");
  const row = bea.getByText(title).first();
  await expect(row).toBeVisible();
  await expect(bea.getByText("Session attended").first()).toBeVisible();

  // The academic sees it in the module log and the report.
  const teacher = await pageFor(browser, ACADEMIC);
  await teacher.goto(`/academic/modules/${teachingModule.id}`);
  await expect(teacher.getByText(title).first()).toBeVisible();
  await teacher.goto("/academic/report");
  await expect(teacher.getByText(teachingModule.code).first()).toBeVisible();
  const csv = await teacher.request.get("/academic/report/csv");
  expect(csv.ok()).toBeTruthy();
  expect(await csv.text()).toContain(teachingModule.code);

  // Money: a mileage claim, sent for approval.
  await bea.goto(`/expert/payments/${payment.id}`);
  await bea.getByLabel("Travel (car, bus, train or taxi)").check();
  await bea.getByLabel("If you drove: how many miles, there and back").fill("12");
  await bea.getByRole("button", { name: "Add this expense" }).click();
  await expect.poll(async () => db.expenseItem.count({ where: { paymentId: payment.id } })).toBe(1);
  await bea.getByRole("button", { name: "Send for approval" }).click();
  await expect
    .poll(async () => (await db.payment.findUniqueOrThrow({ where: { id: payment.id } })).status)
    .toBe("SUBMITTED");

  // Coordinator approves, exports for finance (CSV downloaded and parsed), marks it paid.
  await coordinator.goto(`/coordinator/payments/${payment.id}`);
  await coordinator.getByRole("button", { name: "Approve payment" }).click();
  await expect
    .poll(async () => (await db.payment.findUniqueOrThrow({ where: { id: payment.id } })).status)
    .toBe("APPROVED");
  await coordinator.goto("/coordinator/payments/exports");
  await coordinator.getByRole("button", { name: "Create finance export" }).click();
  await expect
    .poll(async () => (await db.payment.findUniqueOrThrow({ where: { id: payment.id } })).financeExportId)
    .not.toBeNull();
  const exported = await db.payment.findUniqueOrThrow({ where: { id: payment.id }, include: { expenses: true } });
  expect(exported.status).toBe("SENT_TO_FINANCE");

  await coordinator.goto(`/coordinator/payments/exports/${exported.financeExportId}`);
  const [download] = await Promise.all([
    coordinator.waitForEvent("download"),
    coordinator.getByRole("link", { name: /Download the spreadsheet/ }).click(),
  ]);
  const { readFile } = await import("node:fs/promises");
  const rows = parseCsv((await readFile(await download.path())).toString("utf8").replace(/^\uFEFF/, ""));
  expect(rows[0]).toEqual([
    "payee",
    "method",
    "fee",
    "expenses",
    "total",
    "cost centre",
    "reference",
    "session",
    "date",
  ]);
  const line = rows.find((r) => r[0] === second.name);
  expect(line, "the expert's line is in the export").toBeTruthy();
  const mileage = exported.expenses.reduce((sum, e) => sum + e.amountPence, 0);
  expect(mileage).toBe(12 * 45);
  expect(pence(line![2])).toBe(exported.feePence);
  expect(pence(line![3])).toBe(mileage);
  expect(pence(line![4])).toBe(exported.feePence + mileage);

  await coordinator.getByLabel("Payment reference").fill("BACS-JOURNEY-1");
  await coordinator.getByRole("button", { name: /^Mark all \d+ as paid$/ }).click();
  await expect
    .poll(async () => (await db.payment.findUniqueOrThrow({ where: { id: payment.id } })).status)
    .toBe("PAID");

  // The expert's step line shows Paid, and the tax-year statement includes it.
  await bea.goto(`/expert/payments/${payment.id}`);
  const steps = bea.getByRole("list", { name: "Payment progress" }).getByRole("listitem");
  await expect(steps).toHaveCount(5);
  await expect(steps.last()).toContainText("Paid (done)");
  await expect(steps.filter({ hasText: "(not yet)" })).toHaveCount(0);
  await bea.goto("/expert/statement");
  await expect(bea.getByText(title).first()).toBeVisible();
});
