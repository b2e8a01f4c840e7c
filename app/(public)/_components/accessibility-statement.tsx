import type { PublicPartnershipContacts } from "@/lib/institutions/public-contacts";
import { InstitutionContacts, InstitutionNames } from "./contacts";

const LIST = "mb-4 list-disc space-y-1 pl-6";

/**
 * The accessibility statement, in the order of the GOV.UK model statement. The known problems
 * are listed as they are; change them when they are fixed, and the date below with them.
 */
export function AccessibilityStatement({ partnerships }: { partnerships: PublicPartnershipContacts[] }) {
  return (
    <div className="max-w-3xl">
      <h1>Accessibility statement for Involve</h1>
      <p className="mb-4">
        This statement applies to Involve, the website universities use to involve experts by experience – people who
        use services and carers – in teaching social work. It is run by:
      </p>
      <InstitutionNames partnerships={partnerships} />
      <p className="mb-4">We want as many people as possible to be able to use this website. For example, you can:</p>
      <ul className={LIST}>
        <li>change colours, contrast levels and fonts using your browser or device settings</li>
        <li>zoom in up to 400% without the text spilling off the screen</li>
        <li>use most of the website with just a keyboard</li>
        <li>skip straight to the main content of each page</li>
      </ul>
      <p className="mb-4">We have also made the text as simple as we can.</p>
      <p className="mb-4">
        <a href="https://mcmw.abilitynet.org.uk/">AbilityNet has advice</a> on making your device easier to use if you
        have a disability.
      </p>

      <h2 className="mt-8">How accessible this website is</h2>
      <p className="mb-4">We know some parts of this website are not fully accessible:</p>
      <ul className={LIST}>
        <li>some tables of information scroll sideways on small screens</li>
        <li>we have not yet tested it with screen readers or speech recognition software</li>
      </ul>

      <h2 className="mt-8">What to do if you cannot use parts of this website</h2>
      <p className="mb-4">
        If you need information on this website in a different format, such as large print, easy read, an audio
        recording or a phone call, or you cannot do something on it, contact the university that arranges your
        involvement. Your coordinator can also do things on Involve for you, such as booking you a place.
      </p>

      <h2 className="mt-8">Reporting accessibility problems with this website</h2>
      <p className="mb-4">
        We are always looking to improve the accessibility of this website. If you find a problem not listed on this
        page, or think we are not meeting accessibility requirements, tell us:
      </p>
      <InstitutionContacts partnerships={partnerships} kind="accessibility" team="the accessibility team" />

      <h2 className="mt-8">Enforcement procedure</h2>
      <p className="mb-4">
        The Equality and Human Rights Commission (EHRC) is responsible for enforcing the Public Sector Bodies (Websites
        and Mobile Applications) (No. 2) Accessibility Regulations 2018 (the &ldquo;accessibility regulations&rdquo;).
        If you are not happy with how we respond to your complaint, contact the{" "}
        <a href="https://www.equalityadvisoryservice.com/">Equality Advisory and Support Service (EASS)</a>. In Northern
        Ireland, contact the <a href="https://www.equalityni.org/Home">Equality Commission for Northern Ireland</a>.
      </p>

      <h2 className="mt-8">Technical information about this website&rsquo;s accessibility</h2>
      <p className="mb-4">
        The universities that run Involve are committed to making it accessible, in accordance with the Public Sector
        Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018.
      </p>
      <h3>Compliance status</h3>
      <p className="mb-4">
        This website is partially compliant with the{" "}
        <a href="https://www.w3.org/TR/WCAG22/">Web Content Accessibility Guidelines version 2.2</a> AA standard: we
        know of no failure today, but we will not call it fully compliant until people using screen readers and speech
        recognition software have tested it.
      </p>

      <h2 className="mt-8">Non-accessible content</h2>
      <h3>Non-compliance with the accessibility regulations</h3>
      <ul className={LIST}>
        <li>
          We do not know of any content that fails the WCAG 2.2 AA success criteria. Until 3 December 2026, some buttons
          and links that look like buttons did not show clearly when they had keyboard focus (success criteria 1.4.11
          and 2.4.7): this is fixed, and now checked on every page.
        </li>
      </ul>
      <p className="mb-4">
        Some tables of information, for example the payments list and the audit log, are wider than a small screen: you
        scroll the table sideways to see all of it, and the rest of the page stays still. WCAG allows this for tables
        (success criterion 1.4.10, Reflow), but we know it makes them harder to use.
      </p>
      <h3>Disproportionate burden</h3>
      <p className="mb-4">We are not claiming that fixing any of these would be a disproportionate burden.</p>

      <h2 className="mt-8">What we are doing to improve accessibility</h2>
      <p className="mb-4">Every change to Involve is tested automatically before it is released:</p>
      <ul className={LIST}>
        <li>
          every page is checked with axe, an automated accessibility checker, against the WCAG 2.0, 2.1 and 2.2 A and AA
          rules, signed in as each kind of person who can open it
        </li>
        <li>
          every form is sent empty, to check that a list of the errors appears and takes focus, and the page is checked
          again with axe
        </li>
        <li>
          every page is checked at 320 pixels wide, to make sure the page itself does not scroll sideways, and checked
          with axe again at that width
        </li>
        <li>
          on every page, every link, button and field the keyboard can reach is checked to show clearly that it has
          focus: the test compares how it looks with and without focus, and needs a clear change with at least 3:1
          contrast
        </li>
        <li>
          keyboard testing: an expert signs in, finds an opportunity, asks for a place and withdraws using only the
          keyboard, and every element reached must show that it has focus
        </li>
      </ul>
      <p className="mb-4">
        Automated checks find only some problems. We have not yet tested Involve with screen readers or speech
        recognition software, or with disabled people using it.
      </p>

      <h2 className="mt-8">Preparation of this accessibility statement</h2>
      <p className="mb-4">
        This statement was prepared on 3 December 2026. It is based on the automated and keyboard testing described
        above.
      </p>
    </div>
  );
}
