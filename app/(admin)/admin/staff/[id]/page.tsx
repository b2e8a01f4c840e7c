import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ActionForm } from "@/components/form/action-form";
import { Radios } from "@/components/form/fields";
import { SubmitButton } from "@/components/form/submit-button";
import { ConfirmPanel } from "@/components/ui/confirm-panel";
import { Notice } from "@/components/ui/notice";
import { requireArea } from "@/lib/auth/guard";
import { formatShortDateTime } from "@/lib/format";
import { ROLE_LABEL } from "@/lib/labels";
import {
  changeStaffRoleAction,
  deactivateStaffAction,
  reactivateStaffAction,
  resendStaffInvitationAction,
} from "@/lib/staff/actions";
import { countActiveAdmins, findStaffMember } from "@/lib/staff/queries";
import { LAST_ADMIN } from "@/lib/staff/schemas";
import { ROLE_CHOICES } from "../_components/role-choices";
import { StaffStatusTag } from "../_components/status-tag";
import { BackLink } from "@/components/ui/back-link";
import { ContactLink } from "@/components/ui/contact-link";

export const metadata: Metadata = { title: "Staff member" };

export default async function Page({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ deactivate?: string; done?: string }>;
}) {
  const user = await requireArea("admin");
  const [{ id }, { deactivate, done }] = await Promise.all([params, searchParams]);
  const [member, admins] = await Promise.all([
    findStaffMember({ userId: id, partnershipId: user.partnershipId }),
    countActiveAdmins({ partnershipId: user.partnershipId }),
  ]);
  if (!member) notFound();
  const isSelf = member.id === user.id;
  const lastAdmin = member.role === "ADMIN" && member.status !== "DEACTIVATED" && admins <= 1;
  const invitationExpired = member.invitation && member.invitation.expiresAt <= new Date();

  return (
    <div className="max-w-3xl">
      <BackLink href="/admin/staff">Staff</BackLink>
      {done === "deactivated" && member.status === "DEACTIVATED" && (
        <Notice tone="success" role="status" bold className="mb-6">
          {member.name}&apos;s account is deactivated. They are signed out and cannot sign in. What they did in Involve
          is kept.
        </Notice>
      )}
      {done === "reactivated" && member.status !== "DEACTIVATED" && (
        <Notice tone="success" role="status" bold className="mb-6">
          {member.name}&apos;s account is active again. They can sign in.
        </Notice>
      )}
      <h1 className="mb-2 break-words">{member.name}</h1>
      <p className="mb-6">
        <StaffStatusTag status={member.status} />
      </p>

      <dl className="mb-8 grid gap-x-6 gap-y-2 sm:grid-cols-[12rem_1fr]">
        <dt className="font-bold">Email address</dt>
        <dd className="break-all">
          <ContactLink email={member.email} />
        </dd>
        <dt className="font-bold">Role</dt>
        <dd>{ROLE_LABEL[member.role]}</dd>
        <dt className="font-bold">University</dt>
        <dd>{member.institution.name}</dd>
        <dt className="font-bold">Last signed in</dt>
        <dd>{member.lastSignInAt ? formatShortDateTime(member.lastSignInAt) : "Never"}</dd>
        {member.status === "INVITED" && member.invitation && (
          <>
            <dt className="font-bold">Invitation</dt>
            <dd>
              Sent {formatShortDateTime(member.invitation.createdAt)}.{" "}
              {invitationExpired
                ? `It stopped working on ${formatShortDateTime(member.invitation.expiresAt)}.`
                : `It works until ${formatShortDateTime(member.invitation.expiresAt)}.`}
            </dd>
          </>
        )}
        {member.deactivatedAt && (
          <>
            <dt className="font-bold">Deactivated</dt>
            <dd>{formatShortDateTime(member.deactivatedAt)}</dd>
          </>
        )}
      </dl>

      {member.status === "INVITED" && (
        <section aria-labelledby="invitation" className="mb-8">
          <h2 id="invitation">Invitation</h2>
          <p className="mb-4">
            A new invitation is emailed with a new link and code. The one sent before stops working.
          </p>
          <ActionForm action={resendStaffInvitationAction} aria-label="Send a new invitation">
            <input type="hidden" name="userId" value={member.id} />
            <SubmitButton variant="secondary">Send a new invitation</SubmitButton>
          </ActionForm>
        </section>
      )}

      <section aria-labelledby="role" className="mb-8">
        <h2 id="role">Change role</h2>
        {lastAdmin && (
          <Notice tone="warning" className="mb-4">
            {LAST_ADMIN}
          </Notice>
        )}
        <ActionForm action={changeStaffRoleAction} aria-label="Change role">
          <input type="hidden" name="userId" value={member.id} />
          <Radios name="role" label="What do they do?" options={ROLE_CHOICES} defaultValue={member.role} />
          <SubmitButton variant="secondary">Change role</SubmitButton>
        </ActionForm>
      </section>

      <section aria-labelledby="account" className="mb-8">
        <h2 id="account">Account</h2>
        {member.status === "DEACTIVATED" ? (
          <>
            <p className="mb-4">
              Their account is switched off: they cannot sign in. Reactivating lets them sign in again with their
              password.
            </p>
            <ActionForm action={reactivateStaffAction} aria-label="Reactivate account">
              <input type="hidden" name="userId" value={member.id} />
              <SubmitButton variant="secondary">Reactivate account</SubmitButton>
            </ActionForm>
          </>
        ) : deactivate === "1" ? (
          <ConfirmPanel
            titleId="confirm-deactivate"
            title={isSelf ? "Deactivate your own account?" : `Deactivate ${member.name}'s account?`}
            description={`${isSelf ? "You" : "They"} will be signed out at once and cannot sign in. ${isSelf ? "Your" : "Their"} history and what ${isSelf ? "you" : "they"} did in Involve are kept, and an admin can reactivate the account later.`}
            action={deactivateStaffAction}
            hidden={{ userId: member.id }}
            confirmLabel="Yes, deactivate"
            keepHref={`/admin/staff/${member.id}`}
            keepLabel="No, keep it active"
          />
        ) : (
          <>
            <p className="mb-4">
              Deactivating signs them out at once and stops them signing in. Their history is kept, they are no longer
              offered as a module leader, and you can reactivate the account later.
            </p>
            <Link href={`/admin/staff/${member.id}?deactivate=1`} className="btn btn-secondary">
              Deactivate account
            </Link>
          </>
        )}
      </section>
    </div>
  );
}
