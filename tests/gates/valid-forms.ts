/**
 * A form known to succeed for each action, and who sends it. The hostile-input gate mutates it
 * one or two fields at a time so the code behind validation is reached. Actions with an
 * ownership case reuse its owner's form; the others are listed here. An action with fields
 * and no valid form fails the hostile-input gate until one is added.
 */
import type { FormValues } from "./call";
import { OWNERSHIP_CASES } from "./ownership";
import { PUBLIC_ACTION_CHECKS } from "./public-actions";
import { unique } from "../helpers/factories";
import type { GateWorld } from "./world";

type Person = { id: string; role: "EXPERT" | "ACADEMIC" | "COORDINATOR" | "ADMIN" };
type ValidForm = { as: Person | null; values: FormValues };

const londonDay = (offsetDays = 0) =>
  new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/London" }).format(
    new Date(Date.now() + offsetDays * 86_400_000),
  );

/** "2027-03-04" → the three boxes of a date input called `name`: 4, 3, 2027. */
const dateBoxes = (name: string, iso: string) => {
  const [year, month, day] = iso.split("-");
  return { [`${name}-day`]: String(Number(day)), [`${name}-month`]: String(Number(month)), [`${name}-year`]: year };
};

/** A small spreadsheet as an uploaded file, with a name no other test uses. */
const csvFile = (name: string, text: string) => new File([text], name, { type: "text/csv" });

export const VALID_FORMS: Record<string, (w: GateWorld) => Promise<ValidForm>> = {
  // Breaks (issue 14): the expert's own, so no ownership case.
  "lib/breaks/actions.ts#takeBreakAction": async (w) => ({
    as: w.expert1.user,
    values: { until: "DATE", updates: "PAYMENTS_ONLY", ...dateBoxes("breakUntil", londonDay(30)) },
  }),
  "lib/import/actions.ts#uploadCoordinatorImportAction": async (w) => ({
    as: w.coordinator,
    values: { kind: "PARTNERS", file: csvFile("groups.csv", `Name,Type\r\n${unique("Imported group")},Other\r\n`) },
  }),
  "lib/import/actions.ts#uploadAdminImportAction": async (w) => ({
    as: w.admin,
    values: {
      kind: "STAFF",
      file: csvFile(
        "staff.csv",
        `Name,Email,Role\r\nAlex Morgan,${unique("staff").toLowerCase()}@test.example,Academic\r\n`,
      ),
    },
  }),
  // The expert's own profile, one section per action (the payment section has an ownership case).
  "lib/experts/profile-actions.ts#updateMyContactDetailsAction": async (w) => ({
    as: w.expert1.user,
    values: { phone: "07700 900 982", supportContactName: "Pat", supportContactPhone: "0113 496 0000" },
  }),
  "lib/experts/profile-actions.ts#updateMyInterestsAction": async (w) => ({
    as: w.expert1.user,
    values: {
      interests: ["TEACHING", "RESEARCH"],
      livedExperience: "carer, mental health",
      availabilityNotes: "Mornings",
    },
  }),
  "lib/experts/profile-actions.ts#updateMyAccessNeedsAction": async (w) => ({
    as: w.expert1.user,
    values: { accessNeeds: "Step-free access" },
  }),
  "lib/experts/profile-actions.ts#updateMyEarningsLimitAction": async (w) => ({
    as: w.expert1.user,
    values: { earningsLimit: "183.50", earningsLimitPeriod: "WEEK" },
  }),
  "lib/experts/profile-actions.ts#updateMyBiographyAction": async (w) => ({
    as: w.expert1.user,
    values: { biography: "I have cared for my mother for ten years." },
  }),
  "lib/experts/profile-actions.ts#updateMyAcademicSharingAction": async (w) => ({
    as: w.expert1.user,
    values: { shareLivedExperienceWithAcademics: "on" },
  }),
  "lib/experts/profile-actions.ts#updateMyDisplayAction": async (w) => ({
    as: w.expert1.user,
    values: { largerText: "on", easyRead: "on" },
  }),
  // "You said, we did": any coordinator publishes for their own university (no id to own).
  "lib/feedback/you-said-we-did-actions.ts#publishYouSaidWeDidAction": async (w) => ({
    as: w.coordinator,
    values: { youSaid: "Sessions ran late.", weDid: "We now finish on time, with a ten-minute warning." },
  }),
  "lib/erasure/actions.ts#setErasureRetentionAction": async (w) => ({ as: w.admin, values: { months: "24" } }),
  "lib/messages/actions.ts#updateContactPreferenceAction": async (w) => ({
    as: w.academic,
    values: { contactPreference: "PHONE", phone: "0113 496 0000" },
  }),
  "lib/partners/actions.ts#createPartnerAction": async (w) => ({
    as: w.coordinator,
    values: {
      name: unique("Carers Voice"),
      type: "CARERS_CENTRE",
      contactName: "Pat",
      contactEmail: "pat@example.org",
      contactPhone: "0113 496 0000",
      notes: "Meets on Tuesdays",
    },
  }),
  "lib/institutions/actions.ts#createInstitutionAction": async (w) => ({
    as: w.admin,
    values: {
      name: unique("Southfield University"),
      shortName: "SFU",
      costCentre: "SW-200",
      mileageRate: "0.45",
      latePaymentDays: "30",
      expertContactName: "Sam Lee",
      expertContactEmail: "sam@southfield.example",
      expertContactPhone: "0113 496 0001",
    },
  }),
  "lib/rates/actions.ts#addRateAction": async (w) => ({
    as: w.coordinator,
    values: {
      opportunityType: "ASSESSMENT",
      basis: "DAY",
      amount: "150.00",
      // As the form sends it: day, month and year boxes (GOV.UK date input).
      ...dateBoxes("effectiveFrom", londonDay(30)),
      paysPreparation: "on",
    },
  }),
  "lib/rates/actions.ts#updatePaymentSettingsAction": async (w) => ({
    as: w.coordinator,
    values: { mileageRate: "0.45", latePaymentDays: "30", costCentre: "SW-101" },
  }),
};

export async function validForm(key: string, world: GateWorld): Promise<ValidForm | undefined> {
  const ownership = OWNERSHIP_CASES.find((c) => c.action === key);
  if (ownership) return (await ownership.setup(world)).allowed;
  if (VALID_FORMS[key]) return VALID_FORMS[key](world);
  const publicCheck = PUBLIC_ACTION_CHECKS[key];
  if (publicCheck) return { as: null, values: await publicCheck.allowed() };
  return undefined;
}
