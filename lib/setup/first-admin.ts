/**
 * A new partnership's first admin, made by `npm run setup` (scripts/setup.ts): the partnership,
 * the admin's institution and the admin account, with a one-time link to choose a password.
 * After that everything is done in the admin area. Running it again before the link is used makes
 * a new link (the old one stops working); once the partnership has an admin who has signed up, it
 * refuses, so the command cannot be used to take over an installation.
 */
import "server-only";
import { z } from "zod";
import { audit } from "@/lib/audit";
import type { Db } from "@/lib/db";
import { HOUR_MS } from "@/lib/time";
import { issuePasswordToken } from "@/lib/invitations/tokens";

/** The first admin's link: used straight away by whoever ran the command, so one day is plenty. */
export const SETUP_LINK_LIFETIME_MS = 24 * HOUR_MS;

export const firstAdminSchema = z.object({
  email: z
    .string({ error: "Give the first admin's email with --email" })
    .trim()
    .toLowerCase()
    .pipe(z.email({ error: "--email must be an email address, e.g. you@university.ac.uk" }).max(254)),
  name: z.string().trim().max(120, "--name must be 120 characters or fewer").optional(),
  partnership: z
    .string({ error: 'Name the partnership with --partnership "…"' })
    .trim()
    .min(1, 'Name the partnership with --partnership "…"')
    .max(200, "--partnership must be 200 characters or fewer"),
  institution: z
    .string({ error: 'Name the admin\'s university or college with --institution "…"' })
    .trim()
    .min(1, 'Name the admin\'s university or college with --institution "…"')
    .max(200, "--institution must be 200 characters or fewer"),
  shortName: z.string().trim().max(40, "--short-name must be 40 characters or fewer").optional(),
});
export type FirstAdminInput = z.input<typeof firstAdminSchema>;

export class SetupRefused extends Error {
  override name = "SetupRefused";
}

/** "Northbridge University" → "NU": a starting short name the admin can change. */
function initials(name: string): string {
  const letters = name
    .split(/\s+/)
    .filter((word) => /^[A-Za-z]/.test(word) && !/^(of|the|and|for)$/i.test(word))
    .map((word) => word[0]!.toUpperCase())
    .join("");
  return (letters || name).slice(0, 12);
}

/** The name a person gets when none is given: the part of the email before the @. */
function nameFromEmail(email: string): string {
  return (
    email
      .split("@")[0]!
      .replace(/[._-]+/g, " ")
      .trim() || email
  );
}

export async function setUpFirstAdmin(input: FirstAdminInput, db: Db, now = new Date()) {
  const given = firstAdminSchema.parse(input);
  return db.$transaction(async (tx) => {
    // One setup at a time, whatever process runs it: the second waits, then sees the first's work.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('involve:setup'))`;

    let partnership = await tx.partnership.findFirst({
      where: { name: given.partnership, demo: false },
      select: { id: true },
    });
    if (partnership) {
      const signedUpAdmin = await tx.user.findFirst({
        where: {
          role: "ADMIN",
          active: true,
          passwordHash: { not: null },
          institution: { partnershipId: partnership.id },
        },
        select: { email: true },
      });
      if (signedUpAdmin) {
        throw new SetupRefused(
          `"${given.partnership}" is already set up: its admin ${signedUpAdmin.email} has signed in. Sign in as an admin and invite people from the admin area (/admin/staff).`,
        );
      }
    }
    const createdPartnership = !partnership;
    partnership ??= await tx.partnership.create({ data: { name: given.partnership }, select: { id: true } });

    let institution = await tx.institution.findUnique({
      where: { name: given.institution },
      select: { id: true, partnershipId: true },
    });
    if (institution && institution.partnershipId !== partnership.id) {
      throw new SetupRefused(`"${given.institution}" already belongs to another partnership on this installation.`);
    }
    const createdInstitution = !institution;
    institution ??= await tx.institution.create({
      data: {
        partnershipId: partnership.id,
        name: given.institution,
        shortName: given.shortName || initials(given.institution),
      },
      select: { id: true, partnershipId: true },
    });

    let user = await tx.user.findUnique({
      where: { email: given.email },
      select: { id: true, role: true, institutionId: true, passwordHash: true, active: true },
    });
    if (user && (user.role !== "ADMIN" || user.institutionId !== institution.id || user.passwordHash || !user.active)) {
      throw new SetupRefused(
        `${given.email} already has an account. Use another email, or ask that partnership's admin for access.`,
      );
    }
    const createdUser = !user;
    user ??= await tx.user.create({
      data: {
        email: given.email,
        name: given.name || nameFromEmail(given.email),
        role: "ADMIN",
        institutionId: institution.id,
      },
      select: { id: true, role: true, institutionId: true, passwordHash: true, active: true },
    });

    const { token, expiresAt } = await issuePasswordToken(
      { userId: user.id, now, lifetimeMs: SETUP_LINK_LIFETIME_MS },
      tx,
    );
    await audit(
      {
        actorId: null,
        partnershipId: partnership.id,
        action: "setup.first_admin",
        entityType: "User",
        entityId: user.id,
        after: { email: given.email, partnership: given.partnership, institution: given.institution },
      },
      tx,
    );
    return {
      userId: user.id,
      partnershipId: partnership.id,
      institutionId: institution.id,
      token,
      expiresAt,
      created: { partnership: createdPartnership, institution: createdInstitution, user: createdUser },
    };
  });
}
