import { describe, expect, it } from "vitest";
import { GET as downloadExport } from "@/app/(coordinator)/coordinator/payments/exports/[id]/csv/route";
import { db } from "@/lib/db";
import { createFinanceExportAction, markExportPaidAction } from "@/lib/payments/export-actions";
import { addExpenseAction } from "@/lib/payments/expense-actions";
import { FINANCE_CSV_HEADER } from "@/lib/payments/finance-csv";
import { actAs } from "../helpers/actor";
import { createExpert, createWorld, form, idle, unique } from "../helpers/factories";
import { DAY, attendedPayment, auditCount, expertUserOf, setStatus, type World } from "./payments-helpers";

/** A small RFC 4180 reader: quoted fields, doubled quotes, CRLF records. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(cell);
      cell = "";
    } else if (c === "\r" && text[i + 1] === "\n") {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
      i++;
    } else cell += c;
  }
  if (cell || row.length) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

/** "12.50" → 1250 with string arithmetic only. */
function decimalToPence(text: string): number {
  const m = /^(\d+)\.(\d{2})$/.exec(text);
  if (!m) throw new Error(`Not money: ${text}`);
  return Number(m[1]) * 100 + Number(m[2]);
}

async function download(exportId: string) {
  const response = await downloadExport(new Request(`http://test/coordinator/payments/exports/${exportId}/csv`), {
    params: Promise.resolve({ id: exportId }),
  });
  return { response, text: response.status === 200 ? (await response.text()).replace(/^\uFEFF/, "") : "" };
}

async function approvedPayment(world: World, options: Parameters<typeof attendedPayment>[1] = {}) {
  const made = await attendedPayment(world, options);
  await setStatus(made.payment.id, "APPROVED");
  return made;
}

describe("finance export", () => {
  it("sends every approved payment of the institution in one batch, and the CSV adds up", async () => {
    const world = await createWorld(0);
    await db.institution.update({ where: { id: world.institution.id }, data: { costCentre: "SW-4410" } });
    const bank = await attendedPayment(world, { ratePence: 2750, minutes: 50 }); // £22.92
    actAs(await expertUserOf(bank.expertId));
    await addExpenseAction(idle, form({ paymentId: bank.payment.id, type: "TRAVEL", miles: "17" }));
    await addExpenseAction(idle, form({ paymentId: bank.payment.id, type: "PARKING", amount: "3.35" }));
    await setStatus(bank.payment.id, "APPROVED");
    const voucher = await approvedPayment(world, { preference: "VOUCHER" });
    const partners = await Promise.all(
      ["Zeta Carers", "Alpha User Group"].map((name) =>
        db.partner.create({
          data: { partnershipId: world.partnership.id, name: unique(name), type: "USER_LED_GROUP" },
        }),
      ),
    );
    const viaPartner = [];
    for (const partner of [partners[0]!, partners[1]!, partners[0]!]) {
      const { expert } = await createExpert(world.partnership.id, { paymentPreference: "PAID_VIA_PARTNER" });
      await db.expertProfile.update({ where: { id: expert.id }, data: { paymentPartnerId: partner.id } });
      viaPartner.push(await approvedPayment(world, { expert }));
    }
    const tricky = await createExpert(world.partnership.id);
    await db.user.update({ where: { id: tricky.user.id }, data: { name: '=HYPERLINK("http://evil","Smith, "Jo"")' } });
    const trickyPayment = await approvedPayment(world, { expert: tricky.expert });
    const submitted = await attendedPayment(world);
    await setStatus(submitted.payment.id, "SUBMITTED");
    const elsewhere = await approvedPayment(await createWorld(0));

    actAs(world.coordinator);
    const state = await createFinanceExportAction(idle, form({}));
    expect(state.status).toBe("success");
    const exportId = String(state.data?.exportId);
    const batch = await db.financeExport.findUniqueOrThrow({
      where: { id: exportId },
      include: { payments: { include: { expenses: true } } },
    });
    const ids = [bank, voucher, ...viaPartner, { payment: trickyPayment.payment }].map((p) => p.payment.id).sort();
    expect(batch.payments.map((p) => p.id).sort()).toEqual(ids);
    expect(batch.payments.every((p) => p.status === "SENT_TO_FINANCE" && p.sentToFinanceAt)).toBe(true);
    const pence = batch.payments.reduce(
      (sum, p) => sum + p.feePence + p.expenses.reduce((s, e) => s + e.amountPence, 0),
      0,
    );
    expect(batch).toMatchObject({ paymentCount: 6, totalPence: pence });
    expect(pence).toBe(2292 + 17 * 45 + 335 + 5 * 5000);
    expect((await db.payment.findUniqueOrThrow({ where: { id: submitted.payment.id } })).status).toBe("SUBMITTED");
    expect((await db.payment.findUniqueOrThrow({ where: { id: elsewhere.payment.id } })).status).toBe("APPROVED");
    expect(await auditCount(bank.payment.id, "payment.sent_to_finance")).toBe(1);
    expect(await db.auditEvent.count({ where: { entityType: "FinanceExport", entityId: exportId } })).toBe(1);

    const { response, text } = await download(exportId);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("text/csv");
    expect(text.endsWith("\r\n")).toBe(true);
    const [header, ...rows] = parseCsv(text);
    expect(header).toEqual([...FINANCE_CSV_HEADER]);
    expect(rows).toHaveLength(6);
    for (const row of rows) {
      expect(row).toHaveLength(9);
      expect(decimalToPence(row[2]!) + decimalToPence(row[3]!)).toBe(decimalToPence(row[4]!));
      expect(row[5]).toBe("SW-4410");
    }
    expect(rows.reduce((sum, row) => sum + decimalToPence(row[4]!), 0)).toBe(batch.totalPence);
    const bankRow = rows.find((r) => r[6] === bank.payment.id)!;
    expect(bankRow.slice(1, 5)).toEqual(["Bank transfer", "22.92", "11.00", "33.92"]);
    // Partner lines come last, grouped by partner (alphabetical), payee is the organisation.
    const partnerRows = rows.filter((r) => r[1] === "Partner invoice");
    expect(partnerRows.map((r) => r[0])).toEqual([partners[1]!.name, partners[0]!.name, partners[0]!.name]);
    expect(rows.slice(-3)).toEqual(partnerRows);
    expect(partnerRows[0]![7]).toContain("(for ");
    // A name that looks like a formula is neutralised and still parses back whole.
    const trickyRow = rows.find((r) => r[6] === trickyPayment.payment.id)!;
    expect(trickyRow[0]).toBe(`'=HYPERLINK("http://evil","Smith, "Jo"")`);
  });

  it("refuses when nothing is approved, writing no export", async () => {
    const world = await createWorld(0);
    actAs(world.coordinator);
    expect(await createFinanceExportAction(idle, form({}))).toMatchObject({
      code: "CONFLICT",
      message: "There are no approved payments to send to finance.",
    });
    expect(await db.financeExport.count({ where: { institutionId: world.institution.id } })).toBe(0);
  });

  it("puts each payment in exactly one export when two run at once", async () => {
    const world = await createWorld(0);
    const made = [];
    for (let i = 0; i < 4; i++) made.push(await approvedPayment(world));
    actAs(world.coordinator);
    const results = await Promise.all([1, 2, 3].map(() => createFinanceExportAction(idle, form({}))));
    expect(results.filter((r) => r.status === "success").length).toBeGreaterThanOrEqual(1);
    const exports = await db.financeExport.findMany({
      where: { institutionId: world.institution.id },
      include: { payments: true },
    });
    expect(exports.every((e) => e.payments.length === e.paymentCount && e.paymentCount > 0)).toBe(true);
    expect(exports.reduce((n, e) => n + e.paymentCount, 0)).toBe(4);
    for (const { payment } of made) expect(await auditCount(payment.id, "payment.sent_to_finance")).toBe(1);
  });

  it("refuses experts, academics and other institutions, for the action and the download", async () => {
    const world = await createWorld(0);
    const other = await createWorld(0);
    const { expertId } = await approvedPayment(world);
    for (const who of [await expertUserOf(expertId), world.academic]) {
      actAs(who);
      expect((await createFinanceExportAction(idle, form({}))).code).toBe("FORBIDDEN");
    }
    actAs(other.coordinator);
    expect((await createFinanceExportAction(idle, form({}))).code).toBe("CONFLICT"); // nothing of theirs to send
    expect(await db.payment.count({ where: { expertId, status: "APPROVED" } })).toBe(1);

    actAs(world.coordinator);
    const exportId = String((await createFinanceExportAction(idle, form({}))).data?.exportId);
    actAs(null);
    expect((await download(exportId)).response.status).toBe(401);
    actAs(await expertUserOf(expertId));
    expect((await download(exportId)).response.status).toBe(403);
    actAs(other.coordinator);
    expect((await download(exportId)).response.status).toBe(404);
    actAs(world.admin);
    expect((await download(exportId)).response.status).toBe(200);
  });

  it("marks a whole export paid with one date and reference", async () => {
    const world = await createWorld(0);
    const made = [await approvedPayment(world), await approvedPayment(world)];
    actAs(world.coordinator);
    const exportId = String((await createFinanceExportAction(idle, form({}))).data?.exportId);
    const today = new Date().toLocaleDateString("en-CA", { timeZone: "Europe/London" });
    const tomorrow = new Date(Date.now() + DAY).toLocaleDateString("en-CA", { timeZone: "Europe/London" });
    expect(
      (await markExportPaidAction(idle, form({ exportId, paidOn: tomorrow, reference: "BACS-77" }))).fieldErrors
        ?.paidOn,
    ).toBeDefined();
    actAs((await createWorld(0)).coordinator);
    expect((await markExportPaidAction(idle, form({ exportId, paidOn: today, reference: "BACS-77" }))).code).toBe(
      "NOT_FOUND",
    );
    expect(await db.payment.count({ where: { financeExportId: exportId, status: "PAID" } })).toBe(0);
    actAs(world.coordinator);
    expect(await markExportPaidAction(idle, form({ exportId, paidOn: today, reference: "BACS-77" }))).toMatchObject({
      status: "success",
      message: "Marked 2 payments as paid.",
    });
    for (const { payment } of made) {
      expect(await db.payment.findUniqueOrThrow({ where: { id: payment.id } })).toMatchObject({
        status: "PAID",
        reference: "BACS-77",
      });
      expect(await auditCount(payment.id, "payment.paid")).toBe(1);
    }
    expect(
      (await markExportPaidAction(idle, form({ exportId, paidOn: today, reference: "BACS-78" }))).message,
    ).toContain("already marked as paid");
  });
});
