/**
 * What coordinators see of the messages Involve wrote: the "Sent messages" list and detail, the
 * call list and the messages on a person's page. One scope for all of them (messageScope): a
 * coordinator sees the messages of their own institution, and the ones that belong to no
 * institution whose recipient is an expert of their partnership or staff of their institution.
 * A message outside it is simply not found.
 */
import "server-only";
import { db as defaultDb, type DbClient } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { MessageStatus } from "@/lib/generated/prisma/enums";
import { paged, pageFrom } from "@/lib/pagination";
import { callScript } from "./status-text";

export type MessageScope = { institutionId: string; partnershipId: string };

export function messageScope({ institutionId, partnershipId }: MessageScope): Prisma.MessageWhereInput {
  return {
    OR: [
      { institutionId },
      {
        institutionId: null,
        user: { OR: [{ institutionId }, { expertProfile: { is: { partnershipId } } }] },
      },
    ],
  };
}

const ID = /^[A-Za-z0-9_-]{1,40}$/;
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

/** `?status=` → a status, or undefined for "all"; anything else is ignored. */
export function statusFrom(raw: string | string[] | undefined): MessageStatus | undefined {
  const value = first(raw);
  return value && Object.hasOwn(MessageStatus, value) ? (value as MessageStatus) : undefined;
}

/** `?person=` → a user id, or undefined; never free text in a query. */
export function personFrom(raw: string | string[] | undefined): string | undefined {
  const value = first(raw);
  return value && ID.test(value) ? value : undefined;
}

const ROW = {
  id: true,
  createdAt: true,
  sentAt: true,
  toAddress: true,
  subject: true,
  kind: true,
  status: true,
  lastError: true,
  user: { select: { id: true, name: true } },
} as const satisfies Prisma.MessageSelect;

export const SENT_MESSAGES_PER_PAGE = 25;

export async function listSentMessages(
  {
    institutionId,
    partnershipId,
    status,
    personId,
    page: rawPage,
  }: MessageScope & { status?: MessageStatus; personId?: string; page?: string | string[] },
  db: DbClient = defaultDb,
) {
  const { page, skip, take, size } = pageFrom(rawPage, SENT_MESSAGES_PER_PAGE);
  const where: Prisma.MessageWhereInput = {
    AND: [
      messageScope({ institutionId, partnershipId }),
      ...(status ? [{ status }] : []),
      ...(personId ? [{ userId: personId }] : []),
    ],
  };
  const [items, total] = await Promise.all([
    db.message.findMany({ where, orderBy: [{ createdAt: "desc" }, { id: "desc" }], skip, take, select: ROW }),
    db.message.count({ where }),
  ]);
  return paged(items, total, page, size);
}

export type SentMessageRow = Awaited<ReturnType<typeof listSentMessages>>["items"][number];

/** How many messages in scope were kept because no mail server is set up (the banner). */
export function countNotSent(scope: MessageScope, db: DbClient = defaultDb) {
  return db.message.count({ where: { AND: [messageScope(scope), { status: "NOT_SENT" }] } });
}

/** The person a `?person=` filter names, if the coordinator may see them (their pool or their staff). */
export async function findMessagePerson(
  { userId, institutionId, partnershipId }: MessageScope & { userId: string },
  db: DbClient = defaultDb,
) {
  return db.user.findFirst({
    where: { id: userId, OR: [{ institutionId }, { expertProfile: { is: { partnershipId } } }] },
    select: { id: true, name: true },
  });
}

/**
 * One message as the person got it (the plain-text version). Account emails held a one-time
 * sign-in link: their body is never returned, whatever is stored.
 */
export async function findSentMessage({ id, ...scope }: MessageScope & { id: string }, db: DbClient = defaultDb) {
  const message = await db.message.findFirst({
    where: { AND: [{ id }, messageScope(scope)] },
    select: { ...ROW, textBody: true, link: true, calledById: true, updatedAt: true },
  });
  if (!message) return null;
  const { textBody, calledById, ...rest } = message;
  const calledBy = calledById ? await db.user.findFirst({ where: { id: calledById }, select: { name: true } }) : null;
  return {
    ...rest,
    body: message.kind === "ACCOUNT" ? null : textBody,
    calledBy: calledBy?.name ?? null,
  };
}

/** The last messages to one person (on the coordinator's page about them), newest first. */
export function listRecentMessagesTo(
  { userId, take = 10, ...scope }: MessageScope & { userId: string; take?: number },
  db: DbClient = defaultDb,
) {
  return db.message.findMany({
    where: { AND: [messageScope(scope), { userId }] },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take,
    select: ROW,
  });
}

export const CALLS_PER_PAGE = 20;

/** People who asked to be phoned, with what to tell them; oldest first, so nobody waits longest. */
export async function listCallList(
  { page: rawPage, ...scope }: MessageScope & { page?: string | string[] },
  db: DbClient = defaultDb,
) {
  const { page, skip, take, size } = pageFrom(rawPage, CALLS_PER_PAGE);
  const where: Prisma.MessageWhereInput = { AND: [messageScope(scope), { status: "TO_CALL" }] };
  const [rows, total] = await Promise.all([
    db.message.findMany({
      where,
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      skip,
      take,
      select: {
        id: true,
        createdAt: true,
        kind: true,
        subject: true,
        textBody: true,
        user: { select: { id: true, name: true, phone: true, expertProfile: { select: { id: true } } } },
      },
    }),
    db.message.count({ where }),
  ]);
  const items = rows.map(({ textBody, user, ...m }) => ({
    ...m,
    // Account emails are never on the call list (they are always emailed); never show a link anyway.
    script: m.kind === "ACCOUNT" ? null : callScript(textBody),
    person: { userId: user.id, name: user.name, phone: user.phone, expertId: user.expertProfile?.id ?? null },
  }));
  return paged(items, total, page, size);
}

export type CallListItem = Awaited<ReturnType<typeof listCallList>>["items"][number];

export function countToCall(scope: MessageScope, db: DbClient = defaultDb) {
  return db.message.count({ where: { AND: [messageScope(scope), { status: "TO_CALL" }] } });
}

/** The person's own contact preference and phone number, for the "How we contact you" form. */
export function findContactSettings({ userId }: { userId: string }, db: DbClient = defaultDb) {
  return db.user.findUnique({ where: { id: userId }, select: { contactPreference: true, phone: true } });
}
