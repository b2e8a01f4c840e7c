import { Prisma } from "@/lib/generated/prisma/client";

/** A unique constraint refused the write (Prisma's P2002): someone else made the same record first. */
export const isUniqueViolation = (error: unknown): boolean =>
  error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
