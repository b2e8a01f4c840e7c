/**
 * One guarded status change: read the payment within the caller's scope, check the status,
 * then update with the status repeated in the WHERE so two racing requests change it once.
 * The audit event is written in the same transaction, only by the request that won.
 */
import "server-only";
import { notFound } from "@/lib/actions/action-error";
import { audit } from "@/lib/audit";
import type { DbClient } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { PaymentStatus } from "@/lib/generated/prisma/enums";
import { paymentScope, stateRefusal, type PaymentCaller } from "./access";

const CURRENT = {
  id: true,
  status: true,
  feePence: true,
  sessionDate: true,
  sentToFinanceAt: true,
  expert: { select: { userId: true } },
  booking: { select: { session: { select: { opportunity: { select: { title: true } } } } } },
  _count: { select: { expenses: true } },
} satisfies Prisma.PaymentSelect;

export type CurrentPayment = Prisma.PaymentGetPayload<{ select: typeof CURRENT }>;

type Verb = Parameters<typeof stateRefusal>[2];

export async function findInScope({ paymentId, user }: { paymentId: string; user: PaymentCaller }, db: DbClient) {
  const payment = await db.payment.findFirst({ where: { id: paymentId, ...paymentScope(user) }, select: CURRENT });
  if (!payment) throw notFound("That payment");
  return payment;
}

export async function transition(
  input: {
    paymentId: string;
    user: PaymentCaller;
    verb: Verb;
    from: readonly PaymentStatus[];
    to: PaymentStatus;
    action: string;
    data?: Omit<Prisma.PaymentUncheckedUpdateManyInput, "status">;
    /** Extra checks on the current payment; throw an ActionError to refuse. */
    check?: (payment: CurrentPayment) => void;
    auditAfter?: Record<string, string | number | null>;
  },
  tx: DbClient,
): Promise<CurrentPayment> {
  const { user } = input;
  const payment = await findInScope({ paymentId: input.paymentId, user }, tx);
  if (!input.from.includes(payment.status)) throw stateRefusal(payment.status, user, input.verb);
  input.check?.(payment);
  const { count } = await tx.payment.updateMany({
    where: { id: payment.id, status: payment.status },
    data: { ...input.data, status: input.to },
  });
  if (count !== 1) {
    // Someone else changed it between our read and our write: explain with what it is now.
    const now = await findInScope({ paymentId: input.paymentId, user }, tx);
    throw stateRefusal(now.status, user, input.verb);
  }
  await audit(
    {
      actorId: user.id,
      action: input.action,
      entityType: "Payment",
      entityId: payment.id,
      before: { status: payment.status },
      after: { status: input.to, ...input.auditAfter },
    },
    tx,
  );
  return payment;
}

/**
 * Locks an editable payment for an expense change (the row lock makes a racing approval wait),
 * or explains why it cannot be changed.
 */
export async function lockEditable({ paymentId, user }: { paymentId: string; user: PaymentCaller }, tx: DbClient) {
  const { count } = await tx.payment.updateMany({
    where: { id: paymentId, ...paymentScope(user), status: { in: ["DRAFT", "SUBMITTED"] } },
    data: { updatedAt: new Date() },
  });
  const payment = await findInScope({ paymentId, user }, tx);
  if (count !== 1) throw stateRefusal(payment.status, user, "change");
  return payment;
}
