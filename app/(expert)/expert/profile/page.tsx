import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ActionForm } from "@/components/form/action-form";
import { Checkboxes, Radios, SelectField, SingleCheckbox, TextArea, TextField } from "@/components/form/fields";
import { SubmitButton } from "@/components/form/submit-button";
import { Notice } from "@/components/ui/notice";
import { requireArea } from "@/lib/auth/guard";
import {
  approveMyBiographyAction,
  updateMyAcademicSharingAction,
  updateMyAccessNeedsAction,
  updateMyBiographyAction,
  updateMyContactDetailsAction,
  updateMyDisplayAction,
  updateMyEarningsLimitAction,
  updateMyInterestsAction,
  updateMyPaymentPreferenceAction,
} from "@/lib/experts/profile-actions";
import { findOwnProfile } from "@/lib/experts/profile-queries";
import { formatDate, formatMoney, penceToDecimal } from "@/lib/format";
import { OPPORTUNITY_TYPE, options, PAYMENT_PREFERENCE } from "@/lib/labels";
import { ContactLink } from "@/components/ui/contact-link";

export const metadata: Metadata = { title: "My profile" };

/**
 * The profile as a short summary (GOV.UK "check answers"): each part shows its answers and a
 * Change link, which opens that part's own small form (?change=<part>) with its own save.
 */
const SECTIONS = {
  contact: "Contact details",
  interests: "What you would like to do",
  access: "Help to take part",
  pay: "How you are paid",
  limit: "Earnings limit",
  biography: "Your biography",
  academics: "What academics see",
  display: "How your pages look",
} as const;
type SectionId = keyof typeof SECTIONS;

const changeHref = (id: SectionId) => `/expert/profile?change=${id}#${id}`;

function Section({
  id,
  editing,
  summary,
  children,
}: {
  id: SectionId;
  editing: boolean;
  summary: React.ReactNode;
  children: React.ReactNode;
}) {
  const title = SECTIONS[id];
  return (
    <section id={id} aria-labelledby={`${id}-title`} className="mb-6 scroll-mt-4 border-t-2 border-line pt-4">
      <div className="flex flex-wrap items-baseline justify-between gap-x-4">
        <h2 id={`${id}-title`}>{title}</h2>
        {!editing && (
          <Link href={changeHref(id)} className="inline-block min-h-11 py-2 font-bold">
            Change<span className="sr-only"> {title.toLowerCase()}</span>
          </Link>
        )}
      </div>
      {editing ? (
        <>
          {children}
          <p className="mt-4">
            <Link href={`/expert/profile#${id}`} className="inline-block min-h-11 py-2">
              Back to your profile
            </Link>
          </p>
        </>
      ) : (
        summary
      )}
    </section>
  );
}

/** One answer in a section's summary; "Not given" when empty. */
function Answer({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <>
      <dt>{label}</dt>
      <dd className="whitespace-pre-line">{children || <span className="text-muted">Not given</span>}</dd>
    </>
  );
}

export default async function Page({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requireArea("expert");
  const [profile, query] = await Promise.all([findOwnProfile({ userId: user.id }), searchParams]);
  if (!profile) notFound();
  const change =
    typeof query.change === "string" && Object.hasOwn(SECTIONS, query.change) ? (query.change as SectionId) : null;
  const editing = (id: SectionId) => change === id;
  const group = profile.partners.find((p) => p.id === profile.paymentPartnerId);
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
                If you want to change it, <Link href={changeHref("biography")}>change your biography</Link> and save.
                That approves it too.
              </p>
              <SubmitButton>Approve this biography</SubmitButton>
            </Notice>
          )}
        </ActionForm>
      )}

      <p className="mb-6">Choose Change to update one part. Each part is saved on its own.</p>

      <Section
        id="contact"
        editing={editing("contact")}
        summary={
          <dl className="summary-list">
            <Answer label="Your phone number">{profile.user.phone}</Answer>
            <Answer label="Someone who supports you">
              {[profile.supportContactName, profile.supportContactPhone].filter(Boolean).join(", ")}
            </Answer>
          </dl>
        }
      >
        <ActionForm action={updateMyContactDetailsAction} aria-label="Contact details">
          <TextField
            name="phone"
            label="Your phone number (optional)"
            type="tel"
            autoComplete="tel"
            defaultValue={profile.user.phone}
            className="max-w-sm"
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
          <SubmitButton>Save contact details</SubmitButton>
        </ActionForm>
      </Section>

      <Section
        id="interests"
        editing={editing("interests")}
        summary={
          <dl className="summary-list">
            <Answer label="What you would like to do">
              {profile.interests.map((t) => OPPORTUNITY_TYPE[t]).join(", ")}
            </Answer>
            <Answer label="Your lived experience">{profile.livedExperience.join(", ")}</Answer>
            <Answer label="When you are usually free">{profile.availabilityNotes}</Answer>
          </dl>
        }
      >
        <ActionForm action={updateMyInterestsAction} aria-label="What you would like to do">
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
          <SubmitButton>Save what you would like to do</SubmitButton>
        </ActionForm>
      </Section>

      <Section
        id="access"
        editing={editing("access")}
        summary={
          <dl className="summary-list">
            <Answer label="What helps you take part">{profile.accessNeeds}</Answer>
          </dl>
        }
      >
        <ActionForm action={updateMyAccessNeedsAction} aria-label="Help to take part">
          <TextArea
            name="accessNeeds"
            label="What helps you take part (optional)"
            hint="For example: step-free access, breaks, large print, a quiet room, a BSL interpreter. Tell us once: your coordinators always see it, and for each session you choose whether its lecturer may see it too."
            defaultValue={profile.accessNeeds}
            rows={3}
            maxLength={2000}
          />
          <SubmitButton>Save help to take part</SubmitButton>
        </ActionForm>
      </Section>

      <Section
        id="pay"
        editing={editing("pay")}
        summary={
          <dl className="summary-list">
            <Answer label="How you would like to be paid">
              {PAYMENT_PREFERENCE[profile.paymentPreference]}
              {profile.paymentPreference === "PAID_VIA_PARTNER" && group ? `: ${group.name}` : ""}
            </Answer>
          </dl>
        }
      >
        <ActionForm action={updateMyPaymentPreferenceAction} aria-label="How you are paid">
          <Radios
            name="paymentPreference"
            label="How would you like to be paid?"
            options={paymentOptions}
            defaultValue={profile.paymentPreference}
            hint="You can change this at any time. It applies to payments that have not started yet."
          />
          {profile.partners.length > 0 && (
            // Shown only while "Paid through my group" is chosen (CSS, so it works without
            // JavaScript too; a browser that cannot do that shows it with the hint).
            <div className="reveal-when-paid-via-partner">
              <SelectField
                name="paymentPartnerId"
                label="Which group pays you?"
                hint={`Only if you chose “${PAYMENT_PREFERENCE.PAID_VIA_PARTNER}”.`}
                placeholder="Choose your group"
                options={profile.partners.map((p) => ({ value: p.id, label: p.name }))}
                defaultValue={profile.paymentPartnerId}
              />
            </div>
          )}
          <SubmitButton>Save how you are paid</SubmitButton>
        </ActionForm>
      </Section>

      <Section
        id="limit"
        editing={editing("limit")}
        summary={
          <dl className="summary-list">
            <Answer label="Your earnings limit">
              {profile.earningsLimitPence != null
                ? `${formatMoney(profile.earningsLimitPence)} a ${profile.earningsLimitPeriod === "MONTH" ? "month" : "week"}`
                : "No limit"}
            </Answer>
          </dl>
        }
      >
        <ActionForm action={updateMyEarningsLimitAction} aria-label="Earnings limit">
          <p className="hint">
            If you get benefits, you can tell us a limit you must stay under. Only you and your coordinators see this.
            We will warn your coordinator before a booking takes you over it.
          </p>
          <TextField
            name="earningsLimit"
            label="Limit in pounds (optional)"
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
          <SubmitButton>Save earnings limit</SubmitButton>
        </ActionForm>
      </Section>

      <Section
        id="biography"
        editing={editing("biography")}
        summary={
          <dl className="summary-list">
            <Answer label="What academics read about you">{profile.biography}</Answer>
          </dl>
        }
      >
        <ActionForm action={updateMyBiographyAction} aria-label="Your biography">
          <TextArea
            name="biography"
            label="A few lines about you for academics (optional)"
            hint="Academics never see your name or contact details. Do not include your name or anything that identifies you. Saving it means you are happy for them to see it."
            defaultValue={profile.biography}
            rows={6}
            maxLength={3000}
          />
          {profile.biographyApprovedAt && (
            <p className="-mt-4 mb-6 text-base text-muted">
              You approved this on {formatDate(profile.biographyApprovedAt)}.
            </p>
          )}
          <SubmitButton>Save biography</SubmitButton>
        </ActionForm>
      </Section>

      <Section
        id="academics"
        editing={editing("academics")}
        summary={
          <>
            <AcademicsSee livedExperience={profile.livedExperience} />
            <dl className="summary-list">
              <Answer label="Academics see your lived experience">
                {profile.shareLivedExperienceWithAcademics ? "Yes" : "No"}
              </Answer>
            </dl>
          </>
        }
      >
        <AcademicsSee livedExperience={profile.livedExperience} />
        <ActionForm action={updateMyAcademicSharingAction} aria-label="What academics see">
          <SingleCheckbox
            name="shareLivedExperienceWithAcademics"
            label="Show my lived experience to academics"
            hint="You can change this at any time."
            defaultChecked={profile.shareLivedExperienceWithAcademics}
          />
          <SubmitButton>Save what academics see</SubmitButton>
        </ActionForm>
      </Section>

      <Section
        id="display"
        editing={editing("display")}
        summary={
          <dl className="summary-list">
            <Answer label="Larger text">{profile.largerText ? "On" : "Off"}</Answer>
            <Answer label="Easy read">{profile.easyRead ? "On" : "Off"}</Answer>
          </dl>
        }
      >
        <ActionForm action={updateMyDisplayAction} aria-label="How your pages look">
          <SingleCheckbox
            name="largerText"
            label="Larger text"
            hint="Bigger words and more space on every page."
            defaultChecked={profile.largerText}
          />
          <SingleCheckbox
            name="easyRead"
            label="Easy read"
            hint="Short, simple sentences on your home page, opportunities and payments."
            defaultChecked={profile.easyRead}
          />
          <SubmitButton>Save how your pages look</SubmitButton>
        </ActionForm>
      </Section>

      <section aria-labelledby="break-title" className="mb-6 border-t-2 border-line pt-4">
        <h2 id="break-title">Taking a break</h2>
        <p className="mb-2">Need time away? We stop offering you new things until you are back.</p>
        <Link href="/expert/break" className="inline-block min-h-11 py-2 font-bold">
          Take a break, or change your break
        </Link>
      </section>

      <section aria-labelledby="account-title" className="mb-6 border-t-2 border-line pt-4">
        <h2 id="account-title">Your account and data</h2>
        <dl className="summary-list">
          <dt>Name</dt>
          <dd>{profile.user.name}</dd>
          <dt>Email</dt>
          <dd>{profile.user.email}</dd>
          {profile.namedContact && (
            <>
              <dt>Your named contact</dt>
              <dd>
                {profile.namedContact.name}, <ContactLink email={profile.namedContact.email} />
                {profile.namedContact.phone && (
                  <>
                    , <ContactLink phone={profile.namedContact.phone} />
                  </>
                )}
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
        <p className="mb-2">
          Download everything Involve holds about you: spreadsheets (CSV) and a JSON file, in one zip file.
        </p>
        <Link href="/expert/my-data" className="inline-block min-h-11 py-2">
          See what is in it and download it
        </Link>
      </section>
    </div>
  );
}

/** The plain truth about what academics see, shown with the answer and with its form. */
function AcademicsSee({ livedExperience }: { livedExperience: string[] }) {
  return (
    <>
      <p className="mb-2">Academics never see your name or contact details.</p>
      <ul className="mb-4 list-disc pl-6">
        <li>Academics see your biography.</li>
        <li>They see your lived experience only if you choose to show it.</li>
      </ul>
      <p className="mb-4">
        <strong>Your lived experience:</strong>{" "}
        {livedExperience.length ? livedExperience.join(", ") : "none written yet"}
      </p>
    </>
  );
}
