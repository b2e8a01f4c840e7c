/**
 * Payments for attended bookings, their expenses, and the finance exports that carried them.
 * Each payment follows a plain timeline (submitted 4 days after the session, approved 9 days
 * after, sent with the next fortnightly export, paid 10 days later) and stops where today falls;
 * a few are held back so the coordinator has late payments to chase.
 */
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ExpenseType, PaymentStatus } from "@/lib/generated/prisma/enums";
import type { Activity } from "./build-activity";
import type { People } from "./build-people";
import { EXPERTS } from "./data/experts";
import { COORDINATOR_OF, INSTITUTIONS, type InstKey } from "./data/organisations";
import {
  addDays,
  addMinutes,
  type Calendar,
  createRandom,
  earlier,
  londonInstant,
  minutesBetween,
  newId,
} from "./helpers";

const ORDER: PaymentStatus[] = ["DRAFT", "SUBMITTED", "APPROVED", "SENT_TO_FINANCE", "PAID"];
const MILEAGE_PENCE = 45;

function isCarer(lived: string[]): boolean {
  return lived.some((l) => l.includes("carer") && !l.includes("young carer"));
}

export function buildMoney(cal: Calendar, people: People, activity: Activity) {
  const { now } = cal;
  const rand = createRandom(4410);
  const { instId, userId, expertProfileId, expertUserId, partnerId } = people.ids;

  // Fortnightly exports per institution, on a Friday-ish afternoon, the latest a week or so ago.
  const slots = {} as Record<InstKey, Date[]>;
  INSTITUTIONS.forEach((inst, i) => {
    slots[inst.key] = Array.from({ length: 14 }, (_, k) => {
      const { y, m, d } = cal.day(cal.weekday(-7 + i * 2 - 14 * k));
      return londonInstant(y, m, d, 15, 0);
    }).reverse();
  });

  const payments: Prisma.PaymentCreateManyInput[] = [];
  const expenses: Prisma.ExpenseItemCreateManyInput[] = [];
  const exportTotals = new Map<string, { inst: InstKey; at: Date; count: number; total: number }>();
  const references = new Map<string, number>();
  let stuckTurn = 0;

  for (const session of activity.sessions) {
    for (const booking of session.bookings.filter((b) => b.status === "ATTENDED")) {
      const expert = EXPERTS.find((e) => e.key === booking.expertKey);
      if (!expert || !session.recordedAt) continue;
      const inst = session.opp.inst;
      const coordinatorId = userId[COORDINATOR_OF[inst]] as string;
      const minutes = minutesBetween(session.startsAt, session.endsAt);
      const rate = session.payRatePence;
      const fullFee = session.opp.basis === "HOUR" ? Math.round((rate * minutes) / 60) : rate;
      const feePence = expert.pay === "EXPENSES_ONLY" || expert.pay === "DECLINE" ? 0 : fullFee;
      const id = newId();

      // Where the timeline has got to today.
      const submittedAt = addDays(session.startsAt, 4);
      const approvedAt = addDays(session.startsAt, 9);
      const slot = slots[inst].find((s) => s.getTime() >= approvedAt.getTime() && s.getTime() <= now.getTime()) ?? null;
      const paidAt = slot ? addDays(slot, 10) : null;
      let reached: PaymentStatus = "DRAFT";
      if (submittedAt <= now) reached = "SUBMITTED";
      if (approvedAt <= now) reached = "APPROVED";
      if (slot) reached = "SENT_TO_FINANCE";
      if (paidAt && paidAt <= now) reached = "PAID";

      let cap: PaymentStatus | undefined;
      const planned = session.opp.sessions.find((s) => `${session.opp.key}@${s.day}` === session.key);
      if (booking.expertKey === "jo" && planned?.joPay) cap = planned.joPay;
      else if (ORDER.indexOf(reached) >= ORDER.indexOf("APPROVED") && rand.chance(0.18)) {
        cap = stuckTurn++ % 2 === 0 ? "SUBMITTED" : "APPROVED";
      }
      let status: PaymentStatus = cap && ORDER.indexOf(cap) < ORDER.indexOf(reached) ? cap : reached;
      if (expert.pay === "DECLINE") status = "DECLINED_BY_EXPERT";
      const at = (s: PaymentStatus) => status !== "DECLINED_BY_EXPERT" && ORDER.indexOf(status) >= ORDER.indexOf(s);

      // Expenses: travel, parking, replacement care, lunch, and the odd other cost.
      const items: { type: ExpenseType; miles?: number; amountPence: number; note: string; byCoordinator?: boolean }[] =
        [];
      if (status !== "DECLINED_BY_EXPERT") {
        const longDay = session.opp.basis === "DAY" || session.opp.basis === "HALF_DAY";
        if (session.online) {
          if (rand.chance(0.3))
            items.push({ type: "OTHER", amountPence: 500, note: "Mobile data top-up to join online" });
        } else if (expert.pay === "EXPENSES_ONLY" || rand.chance(0.45)) {
          const miles = rand.int(6, 26);
          items.push({
            type: "TRAVEL",
            miles,
            amountPence: miles * MILEAGE_PENCE,
            note: "Return journey from home by car",
          });
          if (rand.chance(0.5))
            items.push({ type: "PARKING", amountPence: 450, note: "Pay and display car park near the building" });
        } else if (rand.chance(0.4)) {
          items.push({ type: "TRAVEL", amountPence: 520, note: "Return bus fare" });
        }
        if (isCarer(expert.lived) && rand.chance(0.6)) {
          const hours = Math.ceil(minutes / 60) + 1;
          items.push({
            type: "REPLACEMENT_CARE",
            amountPence: hours * 1500,
            note: `Sitter at home for ${hours} hours while I was out`,
            byCoordinator: true,
          });
        }
        if (longDay && !session.online && rand.chance(0.4))
          items.push({ type: "SUBSISTENCE", amountPence: 750, note: "Lunch on the day" });
        if (!session.online && rand.chance(0.06))
          items.push({ type: "OTHER", amountPence: 1200, note: "Taxi home: the accessible bus did not come" });
      }
      for (const item of items) {
        expenses.push({
          id: newId(),
          paymentId: id,
          type: item.type,
          miles: item.miles ?? null,
          amountPence: item.amountPence,
          note: item.note,
          addedById: item.byCoordinator ? coordinatorId : (expertUserId[expert.key] as string),
          createdAt: earlier(addMinutes(session.endsAt, 60 * 24), now),
        });
      }

      let financeExportId: string | null = null;
      if (at("SENT_TO_FINANCE") && slot) {
        const key = `${inst}|${slot.toISOString()}`;
        const batch = exportTotals.get(key) ?? { inst, at: slot, count: 0, total: 0 };
        batch.count += 1;
        batch.total += feePence + items.reduce((sum, x) => sum + x.amountPence, 0);
        exportTotals.set(key, batch);
        financeExportId = key; // replaced with the export's id below
      }

      let reference: string | null = null;
      if (at("PAID") && paidAt) {
        const prefix = expert.pay === "VOUCHER" ? "VCH" : expert.pay === "PAID_VIA_PARTNER" ? "INV" : "BACS";
        const year = paidAt.getUTCFullYear();
        const n = (references.get(`${prefix}${year}`) ?? 400) + rand.int(1, 9);
        references.set(`${prefix}${year}`, n);
        reference = `${prefix}-${year}-${String(n).padStart(4, "0")}`;
      }

      const stamps = {
        submittedAt: at("SUBMITTED") ? submittedAt : null,
        approvedAt: at("APPROVED") ? approvedAt : null,
        sentToFinanceAt: at("SENT_TO_FINANCE") ? slot : null,
        paidAt: at("PAID") ? paidAt : null,
      };
      payments.push({
        id,
        bookingId: booking.id,
        expertId: expertProfileId[expert.key] as string,
        payeePartnerId: expert.pay === "PAID_VIA_PARTNER" && expert.payPartner ? partnerId[expert.payPartner] : null,
        method: expert.pay,
        feePence,
        status,
        sessionDate: session.startsAt,
        reference,
        ...stamps,
        approvedById: stamps.approvedAt ? coordinatorId : null,
        financeExportId,
        createdAt: session.recordedAt,
        updatedAt:
          stamps.paidAt ?? stamps.sentToFinanceAt ?? stamps.approvedAt ?? stamps.submittedAt ?? session.recordedAt,
      });
    }
  }

  const financeExports: Prisma.FinanceExportCreateManyInput[] = [];
  for (const [key, batch] of exportTotals) {
    const id = newId();
    financeExports.push({
      id,
      institutionId: instId[batch.inst] as string,
      createdById: userId[COORDINATOR_OF[batch.inst]] as string,
      createdAt: batch.at,
      paymentCount: batch.count,
      totalPence: batch.total,
    });
    for (const p of payments) if (p.financeExportId === key) p.financeExportId = id;
  }

  return { payments, expenses, financeExports };
}

export type Money = ReturnType<typeof buildMoney>;
