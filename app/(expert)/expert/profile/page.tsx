import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ActionForm } from "@/components/form/action-form";
import { Checkboxes, Radios, SelectField, TextArea, TextField } from "@/components/form/fields";
import { SubmitButton } from "@/components/form/submit-button";
import { Notice } from "@/components/ui/notice";
import { requireArea } from "@/lib/auth/guard";
import { approveMyBiographyAction, updateMyProfileAction } from "@/lib/experts/profile-actions";
import { findOwnProfile } from "@/lib/experts/profile-queries";
import { formatDate, penceToDecimal } from "@/lib/format";
import { OPPORTUNITY_TYPE, options, PAYMENT_PREFERENCE } from "@/lib/labels";

export const metadata: Metadata = { title: "My profile" };

export default async function Page() {
  const user = await requireArea("expert");
  const profile = await findOwnProfile({ userId: user.id });
  if (!profile) notFound();
  const paymentOptions = options(PAYMENT_PREFERENCE).filter(
    (o) =>
      o.value !== "PAID_VIA_PARTNER" || profile.partners.length > 0 || profile.paymentPreference === "PAID_VIA_PARTNER",
  );
  const waitingApproval = profile.biography !== "" && !profile.biographyApprovedAt;

  return (
    <div className="max-w-3xl">
      <h1>My profile</h1>

      {/* Always mounted while there is a biography, so the thank-you survives the re-render that
          follows approving (the banner itself goes away then). */}
      {profile.biography !== "" && (
        <ActionForm action={approveMyBiographyAction} compact aria-label="Approve your biography">
          {waitingApproval && (
            <Notice as="section" tone="warning" aria-labelledby="approve-title" className="mb-8">
              <h2 id="approve-title" className="text-xl">
                Please check your biography
              </h2>
              <p className="mb-2">
                Your coordinator has changed your biography. Academics will not see it until you approve it.
              </p>
              <blockquote className="mb-4 border-l-4 border-line bg-white p-3 whitespace-pre-line">
                {profile.biography}
              </blockquote>
              <p className="mb-3">
                If you want to change it, edit it in the form below and save. That approves it too.
              </p>
              <SubmitButton>Approve this biography</SubmitButton>
            </Notice>
          )}
        </ActionForm>
      )}

      <section aria-labelledby="account-title" className="mb-8">
        <h2 id="account-title">Your account</h2>
        <dl className="summary-list">
          <dt>Name</dt>
          <dd>{profile.user.name}</dd>
          <dt>Email</dt>
          <dd>{profile.user.email}</dd>
          {profile.namedContact && (
            <>
              <dt>Your named contact</dt>
              <dd>
                {profile.namedContact.name},{" "}
                <a href={`mailto:${profile.namedContact.email}`}>{profile.namedContact.email}</a>
                {profile.namedContact.phone && `, ${profile.namedContact.phone}`}
              </dd>
            </>
          )}
          {profile.partners.length > 0 && (
            <>
              <dt>Your groups</dt>
              <dd>{profile.partners.map((p) => p.name).join(", ")}</dd>
            </>
          )}
        </dl>
        <p className="text-base text-muted">To change your name or email, or your groups, ask your named contact.</p>
      </section>

      <section aria-labelledby="your-data-title" className="mb-8">
        <h2 id="your-data-title">Your data</h2>
        <p className="mb-2">
          Download everything Involve holds about you: spreadsheets (CSV) and a JSON file, in one zip file.
        </p>
        <Link href="/expert/my-data" className="inline-block min-h-11 py-2">
          See what is in it and download it
        </Link>
      </section>

      <ActionForm action={updateMyProfileAction} aria-label="Your profile">
        <h2>About you</h2>
        <TextField
          name="phone"
          label="Phone number (optional)"
          type="tel"
          autoComplete="tel"
          defaultValue={profile.user.phone}
          className="max-w-sm"
        />
        <Checkboxes
          name="interests"
          label="What would you like to do?"
          hint="Choose all that interest you. We will show these first."
          options={options(OPPORTUNITY_TYPE)}
          defaultValue={profile.interests}
        />
        <TextField
          name="livedExperience"
          label="Your lived experience (optional)"
          hint="In your own words. Separate each one with a comma, for example: carer, mental health, care leaver"
          defaultValue={profile.livedExperience.join(", ")}
          maxLength={1000}
        />
        <TextArea
          name="availabilityNotes"
          label="When are you usually free? (optional)"
          hint="For example: weekday mornings, not school holidays"
          defaultValue={profile.availabilityNotes}
          rows={3}
          maxLength={2000}
        />

        <h2 className="mt-10">Access and support</h2>
        <TextArea
          name="accessNeeds"
          label="Anything that would help you take part (optional)"
          hint="For example: step-free access, a quiet room, large print, a BSL interpreter, breaks. Only you and your coordinators see this."
          defaultValue={profile.accessNeeds}
          rows={3}
          maxLength={2000}
        />
        <fieldset className="mb-6">
          <legend className="label">Someone we can contact in an emergency, or who supports you (optional)</legend>
          <TextField
            name="supportContactName"
            label="Their name"
            defaultValue={profile.supportContactName}
            className="max-w-md"
            maxLength={200}
          />
          <TextField
            name="supportContactPhone"
            label="Their phone number"
            type="tel"
            defaultValue={profile.supportContactPhone}
            className="max-w-sm"
            maxLength={40}
          />
        </fieldset>

        <h2 className="mt-10">Pay</h2>
        <Radios
          name="paymentPreference"
          label="How would you like to be paid?"
          options={paymentOptions}
          defaultValue={profile.paymentPreference}
          hint="You can change this at any time. It applies to payments that have not started yet."
        />
        {profile.partners.length > 0 && (
          <SelectField
            name="paymentPartnerId"
            label="If your group pays you, which group?"
            placeholder="Not paid through a group"
            options={profile.partners.map((p) => ({ value: p.id, label: p.name }))}
            defaultValue={profile.paymentPartnerId}
          />
        )}
        <fieldset className="mb-6 border-l-4 border-line pl-4">
          <legend className="label">An earnings limit (optional)</legend>
          <p className="hint">
            If you get benefits, you can tell us a limit you must stay under. Only you and your coordinators see this.
            We will warn your coordinator before a booking takes you over it.
          </p>
          <TextField
            name="earningsLimit"
            label="Limit in pounds"
            hint="Leave this empty if you do not have a limit"
            inputMode="decimal"
            defaultValue={profile.earningsLimitPence != null ? penceToDecimal(profile.earningsLimitPence) : ""}
            className="max-w-xs"
          />
          <Radios
            name="earningsLimitPeriod"
            label="Is that a week or a month?"
            options={[
              { value: "WEEK", label: "A week" },
              { value: "MONTH", label: "A month" },
            ]}
            defaultValue={profile.earningsLimitPeriod}
          />
        </fieldset>

        <h2 className="mt-10">Your biography</h2>
        <TextArea
          name="biography"
          label="What academics see about you (optional)"
          hint="Academics never see your name or contact details, only this. Do not include your name or anything that identifies you. Saving it means you are happy for them to see it."
          defaultValue={profile.biography}
          rows={6}
          maxLength={3000}
        />
        {profile.biographyApprovedAt && (
          <p className="-mt-4 mb-6 text-base text-muted">
            You approved this on {formatDate(profile.biographyApprovedAt)}.
          </p>
        )}

        <SubmitButton>Save my profile</SubmitButton>
      </ActionForm>
    </div>
  );
}
