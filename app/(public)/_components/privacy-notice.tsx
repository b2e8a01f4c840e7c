import Link from "next/link";
import type { PublicPartnershipContacts } from "@/lib/institutions/public-contacts";
import { monthsInWords, type RetentionRow } from "@/lib/privacy/retention";
import { InstitutionContacts, InstitutionNames } from "./contacts";

const LIST = "mb-4 list-disc space-y-1 pl-6";

const erasedByItself = (months: number | null) =>
  months === null
    ? "Involve does not erase them by itself: only a coordinator does"
    : `Involve also erases them by itself ${monthsInWords(months)} after you leave`;

/** The privacy notice. Every claim here is something Involve's code does; keep it that way. */
export function PrivacyNotice({
  partnerships,
  deleted,
  paymentYears,
  erased,
  kept,
}: {
  partnerships: PublicPartnershipContacts[];
  deleted: RetentionRow[];
  paymentYears: number;
  /** What erasing an expert removes, and what it keeps (lib/erasure). */
  erased: readonly string[];
  kept: readonly string[];
}) {
  return (
    <div className="max-w-3xl">
      <h1>Privacy notice</h1>
      <p className="mb-4">
        Involve is the website universities use to involve experts by experience – people who use services and carers –
        in teaching social work. This notice explains what information Involve holds about you, why, who can see it, how
        long it is kept and what your rights are.
      </p>

      <h2 className="mt-8">Who is responsible for your information</h2>
      <p className="mb-4">
        The universities below run Involve together. In data protection law each one is a &ldquo;controller&rdquo;:
        responsible for the information about its own staff, and for the sessions it runs and the payments it makes. The
        universities of a partnership share one pool of experts by experience, so that they do not ask the same people
        again and again.
      </p>
      <InstitutionNames partnerships={partnerships} />

      <h2 className="mt-8">What information Involve holds</h2>
      <h3>If you are an expert by experience</h3>
      <ul className={LIST}>
        <li>your name, email address and phone number, and how you like us to contact you</li>
        <li>the name and phone number of someone who supports you, if you give them</li>
        <li>
          the areas of lived experience you choose to share, in your own words. This can be about your health or other
          personal things, which the law calls &ldquo;special category&rdquo; information (UK GDPR Article 9)
        </li>
        <li>your access needs: what helps you take part</li>
        <li>the biography you write and approve, the kinds of involvement that interest you, and when you are free</li>
        <li>the partner groups you belong to, and whether you are active, taking a break or have left</li>
        <li>
          what we need to pay you: how you want to be paid (bank transfer, vouchers, expenses only or through your
          group), any limit on your earnings you tell us about (for example to protect your benefits), and your fees and
          expenses. Involve does not hold your bank details
        </li>
        <li>the sessions you asked for, were given a place on and went to</li>
        <li>the feedback you give, and whether you asked for a talk afterwards (a debrief)</li>
      </ul>
      <h3>If you work at a partner university</h3>
      <ul className={LIST}>
        <li>your name, work email address, phone number if you give it, your role and your university</li>
        <li>the modules you lead, the involvement you record and the feedback you give</li>
      </ul>
      <h3>If you are the contact for a partner group</h3>
      <p className="mb-4">Your name, email address and phone number, so that coordinators can reach the group.</p>
      <h3>Everyone who signs in</h3>
      <ul className={LIST}>
        <li>the messages Involve shows you and copies of the emails it sends you</li>
        <li>
          sign-in records: when you last signed in, and attempts to sign in (the email address typed and the internet
          address used). Your password is kept only in a scrambled form that cannot be turned back into it
        </li>
        <li>a record of changes: who changed what, and when</li>
      </ul>

      <h2 className="mt-8">Why we hold it</h2>
      <p className="mb-4">
        The law allows us to use your information for these reasons (the &ldquo;lawful basis&rdquo;):
      </p>
      <ul className={LIST}>
        <li>
          <strong>Public task.</strong> Universities teach social work, and the regulator asks them to involve people
          with lived experience at every stage. We use your details to arrange and record that involvement.
        </li>
        <li>
          <strong>Your explicit consent</strong> for your lived experience and your access needs. You choose what to
          share, and you can change or remove it at any time.
        </li>
        <li>
          <strong>Legal obligation</strong> for payment records: HMRC requires universities to keep them for{" "}
          {paymentYears} years.
        </li>
      </ul>

      <h2 className="mt-8">Who can see it</h2>
      <ul className={LIST}>
        <li>
          <strong>Coordinators</strong> at the universities of your partnership arrange involvement. They see your
          profile, including your access needs, and the emails Involve sent you. Your payments are handled by the
          university that pays you.
        </li>
        <li>
          <strong>Academics</strong> see only what you chose to share with them: your biography, once you have approved
          it, and the areas of your lived experience only if you choose to share those too, without your name or contact
          details. They never see your access needs or payments.
        </li>
        <li>
          <strong>The finance office</strong> of the university that pays you gets only what it needs to pay: who is
          paid, how, how much, and for which session. Finance staff do not sign in to Involve.
        </li>
      </ul>

      <h2 className="mt-8">How long we keep it</h2>
      <p className="mb-4">Involve deletes these by itself every night, once they are this old:</p>
      <table className="mb-4 table">
        <caption className="sr-only">What Involve deletes, and when</caption>
        <thead>
          <tr>
            <th scope="col">What</th>
            <th scope="col">Deleted after</th>
          </tr>
        </thead>
        <tbody>
          {deleted.map((row) => (
            <tr key={row.what}>
              <td>{row.what}</td>
              <td>{row.period}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="mb-4">Payment and expense records are kept for at least {paymentYears} years, as HMRC requires.</p>
      <h3>When an expert by experience leaves</h3>
      <p className="mb-4">Once you have left, a coordinator can erase your details when you ask.</p>
      {partnerships.length === 1 ? (
        <p className="mb-4">{erasedByItself(partnerships[0]!.eraseLeftExpertsAfterMonths)}.</p>
      ) : (
        <ul className={LIST}>
          {partnerships.length === 0 && (
            <li>Each partnership decides how long after someone leaves Involve erases their details by itself.</li>
          )}
          {partnerships.map((partnership, index) => (
            <li key={`${partnership.name}-${index}`}>
              {partnership.name}: {erasedByItself(partnership.eraseLeftExpertsAfterMonths)}
            </li>
          ))}
        </ul>
      )}
      <p className="mb-4">
        Nothing is erased while you are still owed money or have a session to come. Erasing someone&rsquo;s details
        removes their:
      </p>
      <ul className={LIST}>
        {erased.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
      <p className="mb-4">
        It keeps these, with a made-up name (a pseudonym) instead of theirs, because the universities must keep them:
      </p>
      <ul className={LIST}>
        {kept.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
      <p className="mb-4">
        Accounts of university staff, the contacts of partner groups and the record of who did what and when are not
        deleted by themselves.
      </p>

      <h2 className="mt-8">Your rights</h2>
      <ul className={LIST}>
        <li>
          <strong>See your information.</strong> If you are an expert by experience, you can download everything Involve
          holds about you from your profile (<Link href="/expert/my-data">Your data</Link>). Anyone can also ask the
          contacts below for a copy.
        </li>
        <li>
          <strong>Put it right.</strong> Experts can change their phone number, lived experience, access needs, payment
          choices and biography on their profile. For anything else, ask your coordinator.
        </li>
        <li>
          <strong>Have it deleted.</strong> Ask us to delete your information. Experts who have left can ask their
          coordinator to erase their details. Some records we must keep, as explained above.
        </li>
        <li>
          <strong>Limit how it is used, or object to it being used.</strong> Ask the contacts below.
        </li>
        <li>
          <strong>Withdraw your consent</strong> for your lived experience and access needs at any time, by removing
          them from your profile or asking your coordinator.
        </li>
      </ul>

      <h2 className="mt-8">Contact us</h2>
      <p className="mb-4">To ask about your information or use your rights:</p>
      <InstitutionContacts partnerships={partnerships} kind="privacy" team="the data protection officer" />

      <h2 className="mt-8">Complaints</h2>
      <p className="mb-4">
        If you are unhappy with how we use your information, tell us first using the contacts above. You can also
        complain to the Information Commissioner&rsquo;s Office (ICO):{" "}
        <a href="https://ico.org.uk/make-a-complaint/">make a complaint to the ICO</a>, or phone 0303 123 1113.
      </p>
    </div>
  );
}
