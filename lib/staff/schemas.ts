/** Form schemas for staff accounts in the admin area (zod 4, FormData input). */
import { z } from "zod";
import { recordId, requiredText } from "@/lib/validation/fields";

/** The roles an admin gives staff. Experts are invited by coordinators, into the pool. */
export const STAFF_ROLES = ["COORDINATOR", "ACADEMIC", "ADMIN"] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

/** Active: has signed in; invited: has never signed in; deactivated: switched off. */
export const STAFF_STATUSES = ["ACTIVE", "INVITED", "DEACTIVATED"] as const;
export type StaffStatus = (typeof STAFF_STATUSES)[number];
export const STAFF_STATUS: Record<StaffStatus, string> = {
  ACTIVE: "Active",
  INVITED: "Invited, not yet signed in",
  DEACTIVATED: "Deactivated",
};

/** Why the last active admin of a partnership cannot be demoted or deactivated. */
export const LAST_ADMIN =
  "This is the only active admin of your partnership. Make someone else an admin first, so that someone can still run Involve.";

const role = z.enum(STAFF_ROLES, "Choose what they will do in Involve");

const email = z
  .string({ error: "Enter their email address" })
  .trim()
  .toLowerCase()
  .min(1, "Enter their email address")
  .max(200, "Enter an email address of 200 characters or fewer")
  .pipe(z.email("Enter an email address in the correct format, like name@example.ac.uk"));

export const inviteStaffSchema = z.object({
  name: requiredText(200, "Enter their full name", "Enter a name of 200 characters or fewer"),
  email,
  role,
  institutionId: recordId("Choose their university"),
});

const staffMember = z.object({ userId: recordId() });

export const resendInvitationSchema = staffMember;
export const changeRoleSchema = staffMember.extend({ role });
/** "Are you sure?" panels send confirm=yes; without it nothing happens. */
export const deactivateSchema = staffMember.extend({
  confirm: z.literal("yes", "Confirm that you want to deactivate this account"),
});
export const reactivateSchema = staffMember;
