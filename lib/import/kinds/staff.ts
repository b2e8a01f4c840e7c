/**
 * Staff accounts (coordinators, academics, admins) of the admin's university, or of the
 * university named in the Institution column (it must be in the admin's partnership). Accounts
 * are made without a password and nothing is emailed: the admin invites people from the staff
 * page. Matched by email: an account of the same university gets its name and role updated;
 * any other account with that email is a problem of the row.
 */
import "server-only";
import type { AuditEventInput } from "@/lib/audit";
import type { Role } from "@/lib/generated/prisma/enums";
import { ROLE_LABEL } from "@/lib/labels";
import type { Column } from "../types";
import { change, findInstitution, wordsFor, type ImportKindDef, type InstitutionChoice } from "./kind";

export const STAFF_COLUMNS = [
  {
    key: "name",
    heading: "Name",
    aliases: ["Full name"],
    required: true,
    example: "Dr Alex Morgan",
    hint: "Their name.",
  },
  {
    key: "email",
    heading: "Email",
    aliases: ["Email address", "E-mail"],
    required: true,
    example: "alex.morgan@example.ac.uk",
    hint: "Their work email address. It is how we match an existing account.",
  },
  { key: "role", heading: "Role", required: true, example: "Academic", hint: "Coordinator, Academic or Admin." },
  {
    key: "institution",
    heading: "Institution",
    aliases: ["University"],
    example: "",
    hint: "Optional. Blank means your own university; otherwise the name of a university in your partnership.",
  },
] as const satisfies readonly Column[];

type StaffRole = Exclude<Role, "EXPERT">;
const STAFF_ROLE_LABEL: Record<StaffRole, string> = {
  COORDINATOR: ROLE_LABEL.COORDINATOR,
  ACADEMIC: ROLE_LABEL.ACADEMIC,
  ADMIN: ROLE_LABEL.ADMIN,
};
const ROLE_WORDS = wordsFor(STAFF_ROLE_LABEL, { administrator: "ADMIN", lecturer: "ACADEMIC" });

export type StaffValue = { name: string; email: string; role: StaffRole | null; institution: string };

type Institution = InstitutionChoice;
type Existing = { id: string; name: string; role: Role; institutionId: string | null };
type Ctx = { actorId: string; defaultInstitutionId: string; institutions: Institution[]; users: Map<string, Existing> };

export function staffKind(actorId: string): ImportKindDef<StaffValue, Ctx> {
  return {
    kind: "STAFF",
    columns: STAFF_COLUMNS,
    key: { words: "email", column: "email" },

    read(cells) {
      const name = cells.text("name", { max: 200, missing: "Enter their name." });
      const email = cells.email("email", { required: true });
      const role = cells.choice("role", ROLE_WORDS, "Use Coordinator, Academic or Admin.");
      if (!cells.text("role", { max: 100 })) cells.problem("role", "Enter their role: Coordinator, Academic or Admin.");
      const institution = cells.text("institution", { max: 200 });
      if (!email) return null;
      return { key: email, label: name ? `${name} (${email})` : email, value: { name, email, role, institution } };
    },

    async load({ scope, values }, db) {
      const [institutions, users] = await Promise.all([
        db.institution.findMany({
          where: { partnershipId: scope.partnershipId },
          select: { id: true, name: true, shortName: true },
        }),
        db.user.findMany({
          where: { email: { in: values.map((v) => v.email) } },
          select: { id: true, email: true, name: true, role: true, institutionId: true },
        }),
      ]);
      return {
        actorId,
        defaultInstitutionId: scope.institutionId,
        institutions,
        users: new Map(users.map((u) => [u.email.toLowerCase(), u])),
      };
    },

    decide(value, ctx) {
      const problems: { column: string | null; message: string }[] = [];
      const institution = findInstitution(ctx, value.institution);
      if (!institution)
        problems.push({
          column: "Institution",
          message: `There is no university called “${value.institution}” in your partnership. Use its name as it is in Involve, or leave the cell blank for your own.`,
        });
      const existing = ctx.users.get(value.email);
      if (!existing || !institution) return { action: "create", changes: [], problems };
      if (existing.role === "EXPERT" || existing.institutionId !== institution.id) {
        problems.push({
          column: "Email",
          message: `This email address is already used by an account that is not staff of ${institution.name}, so it cannot be imported here. Check the address, or leave this row out.`,
        });
        return { action: "create", changes: [], problems };
      }
      const changes: string[] = [];
      if (value.name && value.name !== existing.name) changes.push(change("name", existing.name, value.name));
      if (value.role && value.role !== existing.role) {
        if (existing.id === ctx.actorId)
          problems.push({ column: "Role", message: "You cannot change your own role. Ask another admin." });
        // Taking someone out of the admin role goes through the staff page, which keeps the last
        // active admin of the partnership (and tells the person by email).
        else if (existing.role === "ADMIN")
          problems.push({
            column: "Role",
            message: `${existing.name} is an admin. To change an admin's role, use their page under Staff.`,
          });
        changes.push(change("role", ROLE_LABEL[existing.role], ROLE_LABEL[value.role]));
      }
      return { action: changes.length ? "update" : "unchanged", changes, problems, existingId: existing.id };
    },

    async apply({ rows, ctx, actor }, tx) {
      const events: AuditEventInput[] = [];
      const creates = rows.filter((r) => r.action === "create").map((r) => r.value!);
      if (creates.length) {
        const made = await tx.user.createManyAndReturn({
          data: creates.map((v) => ({
            name: v.name,
            email: v.email,
            role: v.role!,
            institutionId: findInstitution(ctx, v.institution)!.id,
            passwordHash: null,
          })),
          select: { id: true, role: true, institutionId: true },
        });
        for (const u of made)
          events.push({
            actorId: actor.id,
            action: "staff.imported",
            entityType: "User",
            entityId: u.id,
            after: { role: u.role, institutionId: u.institutionId },
          });
      }
      for (const r of rows.filter((row) => row.action === "update")) {
        const v = r.value!;
        const existing = ctx.users.get(v.email)!;
        await tx.user.update({
          where: { id: existing.id },
          data: { name: v.name || undefined, role: v.role ?? undefined },
        });
        events.push({
          actorId: actor.id,
          action: "staff.updated.import",
          entityType: "User",
          entityId: existing.id,
          before: { role: existing.role },
          after: { changes: r.changes },
        });
      }
      return events;
    },
  };
}
