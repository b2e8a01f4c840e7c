import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createDraftPayment } from "@/lib/payments/create-draft";
import {
  addExpenseAction,
  declineFeeAction,
  removeExpenseAction,
  submitPaymentAction,
} from "@/lib/payments/expense-actions";
import { approvePaymentAction, markPaidAction, sendBackPaymentAction } from "@/lib/payments/review-actions";
import { actAs } from "../helpers/actor";
import { createExpert, createUser, createWorld, form, idle } from "../helpers/factories";
import { DAY, attendedPayment, auditCount, expertUserOf, setStatus, snapshot } from "./payments-helpers";

const APPROVED_MESSAGE = "This payment has been approved, so it cannot be changed. Ask your coordinator.";

describe("draft payment from attendance", () => {
  it("creates one DRAFT payment per booking, however often it is called", async () => {
    const world = await createWorld(0);
    const { payment, booking } = await attendedPayment(world);
    expect(payment).toMatchObject({ status: "DRAFT", feePence: 5000, method: "BANK_TRANSFER" });
    const again = await db.$transaction((tx) => createDraftPayment({ bookingId: booking.id }, tx));
    expect(again.id).toBe(payment.id);
    await Promise.all([1, 2, 3].map(() => db.$transaction((tx) => createDraftPayment({ bookingId: booking.id }, tx))));
    expect(await db.payment.count({ where: { bookingId: booking.id } })).toBe(1);
    expect(await auditCount(payment.id, "payment.created")).toBe(1);
  });

  it("refuses a second row for the same booking at the database", async () => {
    const world = await createWorld(0);
    const { payment } = await attendedPayment(world);
    await expect(
      db.payment.create({
        data: {
          bookingId: payment.bookingId,
          expertId: payment.expertId,
          method: "BANK_TRANSFER",
          sessionDate: payment.sessionDate,
        },
      }),
    ).rejects.toMatchObject({ code: "P2002" });
    await expect(
      db.$executeRawUnsafe(
        `INSERT INTO "Payment" (id, "bookingId", "expertId", method, "sessionDate", "updatedAt") VALUES ('dup-${payment.id}', $1, $2, 'BANK_TRANSFER', now(), now())`,
        payment.bookingId,
        payment.expertId,
      ),
    ).rejects.toThrow(/unique|duplicate/i);
    expect(await db.payment.count({ where: { bookingId: payment.bookingId } })).toBe(1);
  });

  it("pays the fee by preference: none for expenses-only and decline, the partner for via-partner", async () => {
    const world = await createWorld(0);
    const voucher = await attendedPayment(world, { preference: "VOUCHER" });
    const expensesOnly = await attendedPayment(world, { preference: "EXPENSES_ONLY" });
    const decline = await attendedPayment(world, { preference: "DECLINE" });
    const partner = await db.partner.create({
      data: { partnershipId: world.partnership.id, name: `Carers Centre ${voucher.payment.id}`, type: "CARERS_CENTRE" },
    });
    const { expert } = await createExpert(world.partnership.id, { paymentPreference: "PAID_VIA_PARTNER" });
    await db.expertProfile.update({ where: { id: expert.id }, data: { paymentPartnerId: partner.id } });
    const viaPartner = await attendedPayment(world, { expert });
    expect(voucher.payment).toMatchObject({ method: "VOUCHER", feePence: 5000, payeePartnerId: null });
    expect(expensesOnly.payment).toMatchObject({ method: "EXPENSES_ONLY", feePence: 0 });
    expect(decline.payment).toMatchObject({ method: "DECLINE", feePence: 0 });
    expect(viaPartner.payment).toMatchObject({
      method: "PAID_VIA_PARTNER",
      feePence: 5000,
      payeePartnerId: partner.id,
    });
  });
});

describe("adding and removing expenses", () => {
  it("lets the expert add mileage at the institution's rate in whole pence, and a fare", async () => {
    const world = await createWorld(0);
    await db.institution.update({ where: { id: world.institution.id }, data: { mileageRatePence: 45 } });
    const { payment, expertId } = await attendedPayment(world);
    actAs(await expertUserOf(expertId));
    const miles = await addExpenseAction(
      idle,
      form({ paymentId: payment.id, type: "TRAVEL", miles: "13", note: "Return by car" }),
    );
    expect(miles).toMatchObject({ status: "success", message: "Added: Travel, £5.85." });
    const fare = await addExpenseAction(idle, form({ paymentId: payment.id, type: "TRAVEL", amount: "£4.10" }));
    expect(fare.status).toBe("success");
    const care = await addExpenseAction(
      idle,
      form({ paymentId: payment.id, type: "REPLACEMENT_CARE", amount: "45", note: "Sitter for 3 hours" }),
    );
    expect(care.status).toBe("success");
    const items = (await snapshot(payment.id)).expenses.sort((a, b) => a.amountPence - b.amountPence);
    expect(items.map((i) => [i.type, i.miles, i.amountPence])).toEqual([
      ["TRAVEL", null, 410],
      ["TRAVEL", 13, 585],
      ["REPLACEMENT_CARE", null, 4500],
    ]);
    expect(await auditCount(payment.id, "payment.expense_added")).toBe(3);
  });

  it("lets a coordinator add an expense on the expert's behalf, recorded as theirs", async () => {
    const world = await createWorld(0);
    const { payment } = await attendedPayment(world);
    actAs(world.coordinator);
    const state = await addExpenseAction(idle, form({ paymentId: payment.id, type: "PARKING", amount: "6.50" }));
    expect(state.status).toBe("success");
    const [item] = (await snapshot(payment.id)).expenses;
    expect(item).toMatchObject({ amountPence: 650, addedById: world.coordinator.id });
  });

  it.each([
    [{ type: "TRAVEL", amount: "-5" }, "amount", "cannot be negative"],
    [{ type: "PARKING", amount: "5000.01" }, "amount", "£5,000 or less"],
    [{ type: "PARKING", amount: "0" }, "amount", "at least 1p"],
    [{ type: "PARKING", amount: "12.345" }, "amount", "pounds and pence"],
    [{ type: "PARKING", amount: "" }, "amount", "Enter the amount"],
    [{ type: "TRAVEL", miles: "1001" }, "miles", "between 1 and 1,000"],
    [{ type: "TRAVEL", miles: "2.5" }, "miles", "whole number"],
    [{ type: "TRAVEL", miles: "10", amount: "4" }, "amount", "not both"],
    [{ type: "TRAVEL" }, "miles", "miles you drove"],
    [{ type: "PARKING", miles: "3", amount: "2" }, "miles", "only for travel"],
    [{ type: "TAXI", amount: "10" }, "type", "Choose what the expense was for"],
    [{ type: "OTHER", amount: "1", note: "x".repeat(501) }, "note", "500 characters"],
  ])("refuses %j with a message on %s and writes nothing", async (values, field, message) => {
    const world = await createWorld(0);
    const { payment, expertId } = await attendedPayment(world);
    actAs(await expertUserOf(expertId));
    const state = await addExpenseAction(idle, form({ paymentId: payment.id, ...values }));
    expect(state).toMatchObject({ status: "error", code: "INVALID" });
    expect(state.fieldErrors?.[field]?.[0]).toContain(message);
    expect((await snapshot(payment.id)).expenses).toHaveLength(0);
    expect(await auditCount(payment.id, "payment.expense_added")).toBe(0);
  });

  it("refuses another expert's payment and another institution's coordinator, changing nothing", async () => {
    const world = await createWorld(0);
    const other = await createWorld(0);
    const { payment } = await attendedPayment(world);
    const { user: otherExpert } = await createExpert(world.partnership.id);
    for (const intruder of [otherExpert, other.coordinator, other.admin]) {
      actAs(intruder);
      const state = await addExpenseAction(idle, form({ paymentId: payment.id, type: "PARKING", amount: "3" }));
      expect(state).toMatchObject({ status: "error", code: "NOT_FOUND" });
    }
    actAs(world.academic);
    expect((await addExpenseAction(idle, form({ paymentId: payment.id, type: "PARKING", amount: "3" }))).code).toBe(
      "FORBIDDEN",
    );
    expect((await snapshot(payment.id)).expenses).toHaveLength(0);
  });

  it.each(["APPROVED", "SENT_TO_FINANCE"] as const)("refuses changes once %s, with a clear message", async (status) => {
    const world = await createWorld(0);
    const { payment, expertId } = await attendedPayment(world);
    actAs(await expertUserOf(expertId));
    await addExpenseAction(idle, form({ paymentId: payment.id, type: "PARKING", amount: "3" }));
    await setStatus(payment.id, status);
    const before = await snapshot(payment.id);
    expect(await addExpenseAction(idle, form({ paymentId: payment.id, type: "PARKING", amount: "3" }))).toMatchObject({
      code: "CONFLICT",
      message: APPROVED_MESSAGE,
    });
    expect(await removeExpenseAction(idle, form({ expenseId: before.expenses[0]!.id }))).toMatchObject({
      code: "CONFLICT",
      message: APPROVED_MESSAGE,
    });
    expect(await snapshot(payment.id)).toEqual(before);
  });

  it("refuses any edit of a PAID payment, by the expert or the coordinator", async () => {
    const world = await createWorld(0);
    const { payment, expertId } = await attendedPayment(world);
    await setStatus(payment.id, "PAID");
    const before = await snapshot(payment.id);
    actAs(await expertUserOf(expertId));
    expect((await addExpenseAction(idle, form({ paymentId: payment.id, type: "PARKING", amount: "3" }))).message).toBe(
      "This payment has been paid, so it cannot be changed. Ask your coordinator.",
    );
    expect((await submitPaymentAction(idle, form({ paymentId: payment.id }))).code).toBe("CONFLICT");
    actAs(world.coordinator);
    expect((await addExpenseAction(idle, form({ paymentId: payment.id, type: "PARKING", amount: "3" }))).message).toBe(
      "This payment has been paid, so it cannot be changed.",
    );
    expect((await approvePaymentAction(idle, form({ paymentId: payment.id }))).code).toBe("CONFLICT");
    expect((await sendBackPaymentAction(idle, form({ paymentId: payment.id, reason: "Wrong" }))).code).toBe("CONFLICT");
    expect(
      (await markPaidAction(idle, form({ paymentId: payment.id, paidOn: "2026-01-01", reference: "X" }))).message,
    ).toBe("This payment has already been marked as paid.");
    expect(await snapshot(payment.id)).toEqual(before);
  });

  it("removes an expense from the expert's own draft, and not someone else's", async () => {
    const world = await createWorld(0);
    const { payment, expertId } = await attendedPayment(world);
    const owner = await expertUserOf(expertId);
    actAs(owner);
    await addExpenseAction(idle, form({ paymentId: payment.id, type: "PARKING", amount: "3" }));
    const [item] = (await snapshot(payment.id)).expenses;
    actAs((await createExpert(world.partnership.id)).user);
    expect((await removeExpenseAction(idle, form({ expenseId: item!.id }))).code).toBe("NOT_FOUND");
    expect((await snapshot(payment.id)).expenses).toHaveLength(1);
    actAs(owner);
    expect((await removeExpenseAction(idle, form({ expenseId: item!.id }))).status).toBe("success");
    expect((await snapshot(payment.id)).expenses).toHaveLength(0);
    expect(await auditCount(payment.id, "payment.expense_removed")).toBe(1);
  });
});

describe("submitting and declining", () => {
  it("submits a draft: DRAFT → SUBMITTED, audited, and refuses a second submit", async () => {
    const world = await createWorld(0);
    const { payment, expertId } = await attendedPayment(world);
    const expertUser = await expertUserOf(expertId);
    actAs(expertUser);
    expect((await submitPaymentAction(idle, form({ paymentId: payment.id }))).status).toBe("success");
    const after = await snapshot(payment.id);
    expect(after.status).toBe("SUBMITTED");
    expect(after.submittedAt).toBeInstanceOf(Date);
    const event = await db.auditEvent.findFirstOrThrow({
      where: { entityId: payment.id, action: "payment.submitted" },
    });
    expect(event).toMatchObject({
      actorId: expertUser.id,
      before: { status: "DRAFT" },
      after: { status: "SUBMITTED" },
    });
    expect(await submitPaymentAction(idle, form({ paymentId: payment.id }))).toMatchObject({
      code: "CONFLICT",
      message: "This payment has already been sent for approval.",
    });
    expect(await auditCount(payment.id, "payment.submitted")).toBe(1);
  });

  it("refuses to submit nothing, and lets a no-fee expert with no expenses decline instead", async () => {
    const world = await createWorld(0);
    const { payment, expertId } = await attendedPayment(world, { preference: "DECLINE" });
    actAs(await expertUserOf(expertId));
    expect((await submitPaymentAction(idle, form({ paymentId: payment.id }))).message).toContain("nothing to pay");
    expect((await snapshot(payment.id)).status).toBe("DRAFT");
    expect((await declineFeeAction(idle, form({ paymentId: payment.id }))).status).toBe("success");
    expect((await snapshot(payment.id)).status).toBe("DECLINED_BY_EXPERT");
    expect(await auditCount(payment.id, "payment.declined_by_expert")).toBe(1);
    expect((await addExpenseAction(idle, form({ paymentId: payment.id, type: "PARKING", amount: "3" }))).code).toBe(
      "CONFLICT",
    );
  });

  it("does not let a fee-paying payment or one with expenses be declined", async () => {
    const world = await createWorld(0);
    const paid = await attendedPayment(world);
    actAs(await expertUserOf(paid.expertId));
    expect((await declineFeeAction(idle, form({ paymentId: paid.payment.id }))).message).toContain(
      "This session has a fee",
    );
    const noFee = await attendedPayment(world, { preference: "EXPENSES_ONLY" });
    actAs(await expertUserOf(noFee.expertId));
    await addExpenseAction(idle, form({ paymentId: noFee.payment.id, type: "PARKING", amount: "3" }));
    expect((await declineFeeAction(idle, form({ paymentId: noFee.payment.id }))).message).toContain(
      "You have added expenses",
    );
    expect((await snapshot(paid.payment.id)).status).toBe("DRAFT");
    expect((await snapshot(noFee.payment.id)).status).toBe("DRAFT");
  });
});

describe("approving and sending back", () => {
  it("approves a submitted payment, recording who and when", async () => {
    const world = await createWorld(0);
    const { payment, expertId } = await attendedPayment(world);
    actAs(await expertUserOf(expertId));
    await submitPaymentAction(idle, form({ paymentId: payment.id }));
    actAs(world.coordinator);
    const state = await approvePaymentAction(idle, form({ paymentId: payment.id }));
    expect(state).toMatchObject({ status: "success" });
    expect(state.warnings).toBeUndefined();
    expect(await snapshot(payment.id)).toMatchObject({ status: "APPROVED", approvedById: world.coordinator.id });
    const event = await db.auditEvent.findFirstOrThrow({ where: { entityId: payment.id, action: "payment.approved" } });
    expect(event).toMatchObject({
      actorId: world.coordinator.id,
      before: { status: "SUBMITTED" },
      after: { status: "APPROVED" },
    });
  });

  it("approves a draft directly (the coordinator took the expenses by phone)", async () => {
    const world = await createWorld(0);
    const { payment } = await attendedPayment(world);
    actAs(world.admin);
    expect((await approvePaymentAction(idle, form({ paymentId: payment.id }))).status).toBe("success");
    expect((await snapshot(payment.id)).status).toBe("APPROVED");
  });

  it("approves once when two requests race, with one audit event", async () => {
    const world = await createWorld(0);
    const { payment } = await attendedPayment(world);
    await setStatus(payment.id, "SUBMITTED");
    actAs(world.coordinator);
    const results = await Promise.all(
      [1, 2, 3, 4].map(() => approvePaymentAction(idle, form({ paymentId: payment.id }))),
    );
    expect(results.filter((r) => r.status === "success")).toHaveLength(1);
    expect(
      results.filter((r) => r.status === "error").every((r) => r.message === "This payment has already been approved."),
    ).toBe(true);
    expect(await auditCount(payment.id, "payment.approved")).toBe(1);
  });

  it("refuses approval by the wrong role, the wrong institution, or with nothing to pay", async () => {
    const world = await createWorld(0);
    const other = await createWorld(0);
    const { payment, expertId } = await attendedPayment(world);
    await setStatus(payment.id, "SUBMITTED");
    actAs(await expertUserOf(expertId));
    expect((await approvePaymentAction(idle, form({ paymentId: payment.id }))).code).toBe("FORBIDDEN");
    actAs(world.academic);
    expect((await approvePaymentAction(idle, form({ paymentId: payment.id }))).code).toBe("FORBIDDEN");
    actAs(other.coordinator);
    expect((await approvePaymentAction(idle, form({ paymentId: payment.id }))).code).toBe("NOT_FOUND");
    expect((await snapshot(payment.id)).status).toBe("SUBMITTED");
    const nothing = await attendedPayment(world, { preference: "EXPENSES_ONLY" });
    actAs(world.coordinator);
    expect((await approvePaymentAction(idle, form({ paymentId: nothing.payment.id }))).message).toContain(
      "nothing to approve",
    );
    expect(await auditCount(payment.id, "payment.approved")).toBe(0);
  });

  it("sends back with a reason, notifies the expert, and the expert can fix and resubmit", async () => {
    const world = await createWorld(0);
    const { payment, expertId } = await attendedPayment(world);
    const expertUser = await expertUserOf(expertId);
    actAs(expertUser);
    await addExpenseAction(idle, form({ paymentId: payment.id, type: "PARKING", amount: "30" }));
    await submitPaymentAction(idle, form({ paymentId: payment.id }));
    actAs(world.coordinator);
    expect(
      (await sendBackPaymentAction(idle, form({ paymentId: payment.id, reason: "" }))).fieldErrors?.reason?.[0],
    ).toBe("Say what the expert needs to change");
    expect((await snapshot(payment.id)).status).toBe("SUBMITTED");
    expect(
      (await sendBackPaymentAction(idle, form({ paymentId: payment.id, reason: "Parking was £3, not £30" }))).status,
    ).toBe("success");
    expect(await snapshot(payment.id)).toMatchObject({
      status: "DRAFT",
      sentBackReason: "Parking was £3, not £30",
      submittedAt: null,
    });
    const note = await db.notification.findFirstOrThrow({ where: { userId: expertUser.id } });
    expect(note).toMatchObject({ title: "Your payment needs a change", link: `/expert/payments/${payment.id}` });
    expect(await sendBackPaymentAction(idle, form({ paymentId: payment.id, reason: "Again" }))).toMatchObject({
      code: "CONFLICT",
    });
    actAs(expertUser);
    expect((await submitPaymentAction(idle, form({ paymentId: payment.id }))).status).toBe("success");
    expect(await snapshot(payment.id)).toMatchObject({ status: "SUBMITTED", sentBackReason: null });
  });

  it("refuses send back from an expert or another institution", async () => {
    const world = await createWorld(0);
    const other = await createWorld(0);
    const { payment, expertId } = await attendedPayment(world);
    await setStatus(payment.id, "SUBMITTED");
    actAs(await expertUserOf(expertId));
    expect((await sendBackPaymentAction(idle, form({ paymentId: payment.id, reason: "x" }))).code).toBe("FORBIDDEN");
    actAs(other.coordinator);
    expect((await sendBackPaymentAction(idle, form({ paymentId: payment.id, reason: "x" }))).code).toBe("NOT_FOUND");
    expect((await snapshot(payment.id)).status).toBe("SUBMITTED");
    expect(await db.notification.count({ where: { link: `/expert/payments/${payment.id}` } })).toBe(0);
  });
});

describe("marking paid", () => {
  it("marks a payment sent to finance as paid with date and reference", async () => {
    const world = await createWorld(0);
    const { payment, expertId } = await attendedPayment(world);
    await setStatus(payment.id, "SENT_TO_FINANCE", { sentToFinanceAt: new Date(Date.now() - 2 * DAY) });
    actAs(world.coordinator);
    const today = new Date().toLocaleDateString("en-CA", { timeZone: "Europe/London" });
    expect(
      (await markPaidAction(idle, form({ paymentId: payment.id, paidOn: today, reference: "BACS-1" }))).status,
    ).toBe("success");
    const after = await snapshot(payment.id);
    expect(after).toMatchObject({ status: "PAID", reference: "BACS-1" });
    expect(after.paidAt).toBeInstanceOf(Date);
    expect(await auditCount(payment.id, "payment.paid")).toBe(1);
    expect(
      await db.notification.count({
        where: { userId: (await expertUserOf(expertId)).id, title: "You have been paid" },
      }),
    ).toBe(1);
  });

  it("refuses a future date, a date before it went to finance, a missing reference, or a payment not yet sent", async () => {
    const world = await createWorld(0);
    const { payment } = await attendedPayment(world);
    actAs(world.coordinator);
    expect(
      (await markPaidAction(idle, form({ paymentId: payment.id, paidOn: "2026-01-01", reference: "X" }))).message,
    ).toContain("Only payments sent to finance");
    await setStatus(payment.id, "SENT_TO_FINANCE", { sentToFinanceAt: new Date(Date.now() - 2 * DAY) });
    const future = new Date(Date.now() + 2 * DAY).toLocaleDateString("en-CA", { timeZone: "Europe/London" });
    expect(
      (await markPaidAction(idle, form({ paymentId: payment.id, paidOn: future, reference: "X" }))).fieldErrors
        ?.paidOn?.[0],
    ).toContain("today or in the past");
    const early = new Date(Date.now() - 10 * DAY).toLocaleDateString("en-CA", { timeZone: "Europe/London" });
    expect(
      (await markPaidAction(idle, form({ paymentId: payment.id, paidOn: early, reference: "X" }))).fieldErrors
        ?.paidOn?.[0],
    ).toContain("when it was sent to finance");
    expect(
      (await markPaidAction(idle, form({ paymentId: payment.id, paidOn: "2026-02-30", reference: "X" }))).fieldErrors
        ?.paidOn?.[0],
    ).toContain("real date");
    expect(
      (await markPaidAction(idle, form({ paymentId: payment.id, paidOn: "2026-01-01", reference: "" }))).fieldErrors
        ?.reference?.[0],
    ).toContain("Enter the payment reference");
    actAs(await createUser("COORDINATOR", { institutionId: (await createWorld(0)).institution.id }));
    expect(
      (await markPaidAction(idle, form({ paymentId: payment.id, paidOn: "2026-01-01", reference: "X" }))).code,
    ).toBe("NOT_FOUND");
    expect((await snapshot(payment.id)).status).toBe("SENT_TO_FINANCE");
    expect(await auditCount(payment.id, "payment.paid")).toBe(0);
  });
});

describe("who may call each payment action", () => {
  it("refuses signed-out people and the wrong roles before touching anything", async () => {
    const { createFinanceExportAction, markExportPaidAction } = await import("@/lib/payments/export-actions");
    const { addRateAction, updatePaymentSettingsAction } = await import("@/lib/rates/actions");
    const world = await createWorld(0);
    const { payment, expertId } = await attendedPayment(world);
    const expertUser = await expertUserOf(expertId);
    const values = {
      paymentId: payment.id,
      type: "PARKING",
      amount: "3",
      expenseId: "x",
      reason: "r",
      paidOn: "2026-01-01",
      reference: "R",
      exportId: "x",
    };
    const everyone = [addExpenseAction, removeExpenseAction, submitPaymentAction, declineFeeAction];
    const coordinatorsOnly = [
      approvePaymentAction,
      sendBackPaymentAction,
      markPaidAction,
      createFinanceExportAction,
      markExportPaidAction,
      addRateAction,
      updatePaymentSettingsAction,
    ];
    for (const action of [...everyone, ...coordinatorsOnly]) {
      actAs(null);
      expect((await action(idle, form(values))).code).toBe("UNAUTHENTICATED");
      actAs(world.academic);
      expect((await action(idle, form(values))).code).toBe("FORBIDDEN");
    }
    actAs(expertUser);
    for (const action of coordinatorsOnly) expect((await action(idle, form(values))).code).toBe("FORBIDDEN");
    expect(await snapshot(payment.id)).toMatchObject({ status: "DRAFT", expenses: [] });
    expect(await auditCount(payment.id)).toBe(1); // only "payment.created"
  });

  it("keeps a deactivated expert out of their own payment", async () => {
    const world = await createWorld(0);
    const { payment, expertId } = await attendedPayment(world);
    const expertUser = await expertUserOf(expertId);
    await db.user.update({ where: { id: expertUser.id }, data: { active: false } });
    actAs(expertUser);
    expect((await addExpenseAction(idle, form({ paymentId: payment.id, type: "PARKING", amount: "3" }))).code).toBe(
      "UNAUTHENTICATED",
    );
    expect((await snapshot(payment.id)).expenses).toHaveLength(0);
  });

  it("lets a coordinator of the same partnership but another university do nothing to it", async () => {
    const world = await createWorld(0);
    const { payment } = await attendedPayment(world);
    await setStatus(payment.id, "SUBMITTED");
    const sibling = await db.institution.create({
      data: { name: `Sibling ${payment.id}`, shortName: "Sib", partnershipId: world.partnership.id },
    });
    actAs(await createUser("COORDINATOR", { institutionId: sibling.id }));
    for (const state of [
      await approvePaymentAction(idle, form({ paymentId: payment.id })),
      await sendBackPaymentAction(idle, form({ paymentId: payment.id, reason: "x" })),
      await addExpenseAction(idle, form({ paymentId: payment.id, type: "PARKING", amount: "3" })),
      await submitPaymentAction(idle, form({ paymentId: payment.id })),
    ])
      expect(state.code).toBe("NOT_FOUND");
    expect(await snapshot(payment.id)).toMatchObject({ status: "SUBMITTED", expenses: [] });
  });
});
