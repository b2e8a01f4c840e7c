/**
 * The subject access archive: one CSV per section (plain words, UK time, money in pounds),
 * everything.json (the same data for computers: ISO times in UTC, money in pence) and a
 * README.txt in plain English saying what each file is, when it was made and who to contact.
 * Pure apart from zipping: the data comes from collectSubjectAccess.
 */
import JSZip from "jszip";
import { describeAction, describeEntity } from "@/lib/audit-log/describe";
import { toCsv, type CsvCell } from "@/lib/csv";
import { formatTimeWithSeconds, penceToDecimal, toDateInput } from "@/lib/format";
import type { ContactPreference } from "@/lib/generated/prisma/enums";
import {
  BOOKING_STATUS,
  EXPENSE_TYPE,
  EXPERT_STATUS,
  LIMIT_PERIOD,
  OPPORTUNITY_STATUS,
  OPPORTUNITY_TYPE,
  PARTNER_TYPE,
  PAYMENT_PREFERENCE,
  PAYMENT_STATUS,
  ROLE_LABEL,
  STAGE,
} from "@/lib/labels";
import { MESSAGE_KIND_LABEL, MESSAGE_STATUS_LABEL } from "@/lib/messages/status-text";
import { BREAK_UPDATES_TEXT } from "@/lib/breaks/status";
import { trainingName } from "@/lib/training/labels";
import { SCOPE_LABEL } from "@/lib/consent/rules";
import type { SubjectAccess } from "./collect";

const CONTACT_PREFERENCE: Record<ContactPreference, string> = {
  EMAIL: "Email, as well as messages inside Involve",
  IN_APP: "Only inside Involve (no emails, apart from emails about your account's security)",
  PHONE: "Please phone me",
};

/** "2026-11-23 14:05:09" in UK time (Europe/London), or an empty cell. */
const londonTime = (d: Date | null | undefined) => (d ? `${toDateInput(d)} ${formatTimeWithSeconds(d)}` : null);
const londonDate = (d: Date | null | undefined) => (d ? toDateInput(d) : null);
const pounds = (pence: number | null | undefined) => (pence == null ? null : penceToDecimal(pence));
const yesNo = (b: boolean) => (b ? "Yes" : "No");
const CHECK_IN_FEELING = { OK: "OK", NOT_SURE: "Not sure", NOT_OK: "Not OK" } as const;
const staff = (by: "you" | keyof typeof ROLE_LABEL | null) =>
  by === "you" ? "You" : by ? ROLE_LABEL[by] : "Involve (automatic)";

type Column<R> = readonly [heading: string, value: (row: R) => CsvCell];

type Section = { file: string; about: string; rows: number; csv: string };

function section<R>(file: string, about: string, rows: readonly R[], columns: readonly Column<R>[]): Section {
  return {
    file,
    about,
    rows: rows.length,
    csv: toCsv(
      columns.map(([heading]) => heading),
      rows.map((row) => columns.map(([, value]) => value(row))),
    ),
  };
}

type WithSession = { sessionTitle: string; sessionStartsAt: Date; university: string };
const sessionColumns = <R extends WithSession>(): Column<R>[] => [
  ["session", (r) => r.sessionTitle],
  ["session starts (UK time)", (r) => londonTime(r.sessionStartsAt)],
  ["university", (r) => r.university],
];

/** Field / value rows for a single record. */
const fields = (pairs: [string, CsvCell][]) => pairs.map(([field, value]) => ({ field, value }));
const fieldColumns: Column<{ field: string; value: CsvCell }>[] = [
  ["what", (r) => r.field],
  ["value", (r) => r.value],
];

function sections(data: SubjectAccess): Section[] {
  const { account: a, profile: p, choices: c } = data;
  return [
    section(
      "profile.csv",
      "Your account and profile: name, email, phone, status, lived experience, interests, access needs, support contact, pay preferences, biography.",
      fields([
        ["Name", a.name],
        ["Email", a.email],
        ["Phone", a.phone],
        ["Account", a.active ? "Active" : "Switched off"],
        ["Account switched off on (UK time)", londonTime(a.deactivatedAt)],
        ["Account made on (UK time)", londonTime(a.createdAt)],
        ["Last signed in (UK time)", londonTime(a.lastSignInAt)],
        ["Partnership", p.partnership],
        ["Status", EXPERT_STATUS[p.status]],
        ["Reason for the status", p.statusReason],
        ["Status since (UK time)", londonTime(p.statusChangedAt)],
        ["Induction date", londonDate(p.inductionDate)],
        ["On a break since (UK time)", londonTime(p.breakStartedAt)],
        ["Last day of the break", p.breakUntil ? p.breakUntil.toISOString().slice(0, 10) : null],
        ["What we email you about during a break", BREAK_UPDATES_TEXT[p.breakUpdates]],
        ["Lived experience", p.livedExperience.join("; ")],
        ["Interested in", p.interests.map((t) => OPPORTUNITY_TYPE[t]).join("; ")],
        ["Usually free", p.availabilityNotes],
        ["Access needs", p.accessNeeds],
        ["Support or emergency contact: name", p.supportContactName],
        ["Support or emergency contact: phone", p.supportContactPhone],
        ["How you are paid", PAYMENT_PREFERENCE[p.paymentPreference]],
        ["Group that pays you", p.paymentPartner],
        ["Earnings limit in pounds", pounds(p.earningsLimitPence)],
        ["Earnings limit is for", p.earningsLimitPeriod ? LIMIT_PERIOD[p.earningsLimitPeriod] : null],
        ["Anonymised biography", p.biography],
        ["Your named contact", p.namedContact?.name],
        ["In the pool since (UK time)", londonTime(p.createdAt)],
        ["Profile last changed (UK time)", londonTime(p.updatedAt)],
      ]),
      fieldColumns,
    ),
    section(
      "choices.csv",
      "Choices you have made about how your information is used: how we contact you, what academics see of you, how pages are shown to you, your calendar subscription, how you are paid. Involve does not yet keep a separate record of consents.",
      fields([
        ["How we contact you", CONTACT_PREFERENCE[c.contactPreference]],
        ["Academics may see your anonymised biography", yesNo(c.biographySharedWithAcademics)],
        ["You approved your biography on (UK time)", londonTime(c.biographyApprovedAt)],
        ["Academics may see your areas of lived experience", yesNo(c.livedExperienceSharedWithAcademics)],
        ["Larger text", yesNo(c.largerText)],
        ["Easy read", yesNo(c.easyRead)],
        ["Calendar subscription turned on", yesNo(c.calendarFeedOn)],
        ["How you are paid", PAYMENT_PREFERENCE[c.paymentPreference]],
      ]),
      fieldColumns,
    ),
    section("groups.csv", "The partner groups you belong to.", data.groups, [
      ["group", (g) => g.name],
      ["kind of group", (g) => PARTNER_TYPE[g.type]],
    ]),
    section("bookings.csv", "Every place you asked for or were given on a session, and what happened.", data.bookings, [
      ...sessionColumns(),
      ["kind of session", (b) => OPPORTUNITY_TYPE[b.sessionType]],
      ["session ends (UK time)", (b) => londonTime(b.sessionEndsAt)],
      ["where", (b) => b.location],
      ["online link", (b) => b.onlineUrl],
      ["session cancelled (UK time)", (b) => londonTime(b.sessionCancelledAt)],
      ["your place", (b) => BOOKING_STATUS[b.status]],
      ["message from the coordinator", (b) => b.messageFromCoordinator],
      ["asked for (UK time)", (b) => londonTime(b.requestedAt)],
      ["decided (UK time)", (b) => londonTime(b.decidedAt)],
      ["offered from the waiting list (UK time)", (b) => londonTime(b.offeredAt)],
      ["withdrawn (UK time)", (b) => londonTime(b.withdrawnAt)],
      ["attendance recorded (UK time)", (b) => londonTime(b.attendanceMarkedAt)],
      ["a supporter comes with you", (b) => yesNo(b.supporterComing)],
      ["supporter's name", (b) => b.supporterName],
      ["supporter's travel can be claimed", (b) => yesNo(b.supporterTravelClaimable)],
      ["the module leader may see what helps you take part", (b) => yesNo(b.shareAccessNeedsWithAcademic)],
      ["how you felt afterwards", (b) => (b.checkInFeeling ? CHECK_IN_FEELING[b.checkInFeeling] : "")],
      ["told us how you felt (UK time)", (b) => londonTime(b.checkInAnsweredAt)],
      ["you asked for a debrief", (b) => yesNo(b.debriefAskedFor)],
      ["what you added", (b) => b.debriefNote],
      ["debrief due (UK time)", (b) => londonTime(b.debriefDueOn)],
      ["debrief done (UK time)", (b) => londonTime(b.debriefDoneAt)],
      ["booking id", (b) => b.id],
    ]),
    section(
      "payments.csv",
      "Every payment for a session you attended: fee, expenses, status and dates.",
      data.payments,
      [
        ...sessionColumns(),
        ["how paid", (r) => PAYMENT_PREFERENCE[r.method]],
        ["paid to group", (r) => r.paidTo],
        ["status", (r) => PAYMENT_STATUS[r.status]],
        ["fee in pounds", (r) => pounds(r.feePence)],
        ["expenses in pounds", (r) => pounds(r.expensesPence)],
        ["total in pounds", (r) => pounds(r.totalPence)],
        ["reference", (r) => r.reference],
        ["why it was sent back", (r) => r.sentBackReason],
        ["started (UK time)", (r) => londonTime(r.createdAt)],
        ["sent for approval (UK time)", (r) => londonTime(r.submittedAt)],
        ["approved (UK time)", (r) => londonTime(r.approvedAt)],
        ["sent to finance (UK time)", (r) => londonTime(r.sentToFinanceAt)],
        ["paid (UK time)", (r) => londonTime(r.paidAt)],
        ["payment id", (r) => r.id],
      ],
    ),
    section("expenses.csv", "Every expense claimed on your payments.", data.expenses, [
      ...sessionColumns(),
      ["kind of expense", (e) => EXPENSE_TYPE[e.type]],
      ["miles", (e) => e.miles],
      ["amount in pounds", (e) => pounds(e.amountPence)],
      ["note", (e) => e.note],
      ["added by", (e) => staff(e.addedBy)],
      ["added (UK time)", (e) => londonTime(e.createdAt)],
      ["payment id", (e) => e.paymentId],
    ]),
    section("feedback.csv", "Feedback you gave on sessions.", data.feedback, [
      ...sessionColumns(),
      ["how prepared you felt (1 to 5)", (f) => f.prepared ?? ""],
      ["how you were treated (1 to 5)", (f) => f.treatedWell ?? ""],
      ["worth it (1 to 5)", (f) => f.worthIt ?? ""],
      ["paid on time", (f) => f.paidOnTime ?? ""],
      ["what you said", (f) => f.comments],
      ["anonymous to the academic", (f) => yesNo(f.anonymous)],
      ["given (UK time)", (f) => londonTime(f.createdAt)],
    ]),
    section(
      "involvement.csv",
      "Records of involvement in university modules made from sessions you attended. They count the people involved; they do not name them.",
      data.involvement,
      [
        ["date", (r) => londonDate(r.date)],
        ["university", (r) => r.university],
        ["programme", (r) => r.programme],
        ["module", (r) => `${r.moduleCode} ${r.moduleTitle}`],
        ["academic year", (r) => r.academicYear],
        ["stage", (r) => STAGE[r.stage]],
        ["minutes", (r) => r.minutes],
        ["people involved", (r) => r.expertCount],
        ["description", (r) => r.description],
      ],
    ),
    // Stories and consent (issue 14).
    section("stories.csv", "Your stories and materials, and the story itself if you attached it.", data.stories, [
      ["title", (r) => r.title],
      ["description", (r) => r.description],
      ["the story itself", (r) => r.attachedText],
      ["added (UK time)", (r) => londonTime(r.createdAt)],
      ["changed (UK time)", (r) => londonTime(r.updatedAt)],
      ["story id", (r) => r.id],
    ]),
    // Ideas and invitations (issue 15).
    section("ideas.csv", "Ideas for involvement you proposed, and where each got to.", data.ideas, [
      ["title", (r) => r.title],
      ["what and why", (r) => r.description],
      ["kind", (r) => OPPORTUNITY_TYPE[r.type]],
      ["part of the course", (r) => (r.stage ? STAGE[r.stage] : null)],
      ["university", (r) => r.university],
      ["for the group", (r) => r.forGroup],
      ["status", (r) => OPPORTUNITY_STATUS[r.status]],
      ["why it did not go ahead", (r) => r.cancelReason],
      ["sent (UK time)", (r) => londonTime(r.createdAt)],
    ]),
    section("invitations.csv", "Sessions a coordinator invited you to ask for a place on.", data.invitations, [
      ...sessionColumns(),
      ["invited (UK time)", (r) => londonTime(r.invitedAt)],
    ]),
    section("consents.csv", "Every consent you gave for a story to be used, and any withdrawal.", data.consents, [
      ["story", (r) => r.storyTitle],
      ...sessionColumns(),
      ["how it may be used", (r) => r.scopes.map((s) => SCOPE_LABEL[s]).join("; ")],
      ["named or anonymised", (r) => (r.named ? "Named" : "Anonymised")],
      ["until", (r) => r.until ?? "Until withdrawn"],
      ["given (UK time)", (r) => londonTime(r.givenAt)],
      ["withdrawn (UK time)", (r) => londonTime(r.withdrawnAt)],
      ["taken down (UK time)", (r) => londonTime(r.takenDownAt)],
      ["consent id", (r) => r.id],
    ]),
    section("notifications.csv", "Messages to you inside Involve.", data.notifications, [
      ["when (UK time)", (n) => londonTime(n.createdAt)],
      ["title", (n) => n.title],
      ["message", (n) => n.body],
      ["page", (n) => n.link],
      ["read (UK time)", (n) => londonTime(n.readAt)],
    ]),
    section(
      "emails.csv",
      "Every email Involve wrote to you (or a call it asked a coordinator to make instead), and whether it was sent.",
      data.messages,
      [
        ["written (UK time)", (m) => londonTime(m.createdAt)],
        ["about", (m) => MESSAGE_KIND_LABEL[m.kind]],
        ["to", (m) => m.toAddress],
        ["subject", (m) => m.subject],
        ["text", (m) => m.text ?? "Not kept here: an account email can hold a one-time link to set a password."],
        ["page", (m) => m.link],
        ["status", (m) => MESSAGE_STATUS_LABEL[m.status]],
        ["sent (UK time)", (m) => londonTime(m.sentAt)],
      ],
    ),
    section(
      "activity.csv",
      "The audit log of what was done about you or by you: changes to your account, profile, bookings, payments and feedback, sign-ins, and downloads of this data.",
      data.activity,
      [
        ["when (UK time)", (e) => londonTime(e.at)],
        ["what happened", (e) => describeAction(e.action)],
        ["by", (e) => staff(e.by)],
        ["record", (e) => describeEntity(e.recordType)],
        ["record id", (e) => e.recordId],
        ["before", (e) => (e.before === null ? null : JSON.stringify(e.before))],
        ["after", (e) => (e.after === null ? null : JSON.stringify(e.after))],
      ],
    ),
    section(
      "sign-in.csv",
      "Counts of failed sign-ins with your email address, kept to slow down anyone guessing passwords.",
      data.signIns,
      [
        ["counted for", (t) => (t.kind === "email" ? "Your email address" : "Your email address from one address")],
        ["internet address", (t) => t.address],
        ["failed attempts", (t) => t.failures],
        ["counting since (UK time)", (t) => londonTime(t.windowStart)],
        ["must wait until (UK time)", (t) => londonTime(t.lockedUntil)],
        ["last signed in from there (UK time)", (t) => londonTime(t.lastSucceededAt)],
      ],
    ),
    section(
      "password-links.csv",
      "When links to set your password were made and used. The links themselves are secret and are not kept.",
      data.passwordLinks,
      [
        ["made (UK time)", (l) => londonTime(l.createdAt)],
        ["works until (UK time)", (l) => londonTime(l.expiresAt)],
        ["used (UK time)", (l) => londonTime(l.usedAt)],
      ],
    ),
    section(
      "training.csv",
      "Your training courses, as your coordinators recorded them (your induction date is in profile.csv).",
      data.training,
      [
        ["course", (t) => trainingName(t)],
        ["completed on", (t) => t.completedOn.toISOString().slice(0, 10)],
        ["note", (t) => t.note],
        ["recorded by", (t) => staff(t.recordedBy)],
        ["recorded (UK time)", (t) => londonTime(t.createdAt)],
      ],
    ),
    section(
      "spreadsheet-rows.csv",
      "Rows about you in spreadsheets a coordinator uploaded to add experts to Involve (cleared 30 days after the import).",
      data.spreadsheetRows,
      [
        ["file", (r) => r.fileName],
        ["uploaded (UK time)", (r) => londonTime(r.uploadedAt)],
        ["imported (UK time)", (r) => londonTime(r.appliedAt)],
        ["row", (r) => r.row],
        ["what the row said", (r) => JSON.stringify(r.values)],
      ],
    ),
  ];
}

export type ArchiveContext = {
  producedAt: Date;
  /** true when a coordinator produced it for the person (a request by post, say). */
  onBehalf: boolean;
};

/** Plain text wrapped at 80 columns, each line after the first indented by `indent`. */
function wrap(text: string, indent = "", width = 80): string[] {
  const lines: string[] = [];
  let line = "";
  // A no-break space keeps two words together ("2 rows"); it is written as a plain space.
  for (const word of text
    .split(/[ \t\r\n]+/)
    .filter(Boolean)
    .map((w) => w.replace(/\u00a0/g, " "))) {
    const prefix = lines.length ? indent : "";
    if (line && prefix.length + line.length + 1 + word.length > width) {
      lines.push(prefix + line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push((lines.length ? indent : "") + line);
  return lines;
}

function readme(data: SubjectAccess, files: Section[], { producedAt, onBehalf }: ArchiveContext): string {
  const width = Math.max(...files.map((f) => f.file.length), "everything.json".length) + 2;
  const pad = " ".repeat(width);
  const entry = (file: string, text: string) =>
    wrap(text, "", 80 - width).map((line, i) => (i ? pad : file.padEnd(width)) + line);
  const named = data.profile.namedContact;
  const contacts = [
    ...(named ? [`Your named contact: ${[named.name, named.email, named.phone].filter(Boolean).join(", ")}`] : []),
    ...data.universityContacts.map((c) => `${c.university}: ${[c.name, c.email, c.phone].filter(Boolean).join(", ")}`),
  ];
  const paragraph = (text: string) => [...wrap(text), ""];
  const bullet = (text: string) => wrap(`- ${text}`, "  ");
  return [
    `Everything Involve holds about ${data.account.name}`,
    "",
    ...paragraph(
      `Made on ${toDateInput(producedAt)} at ${formatTimeWithSeconds(producedAt)} UK time for ${data.account.name} (${data.account.email}). ${
        onBehalf
          ? "A coordinator made it for you, because you asked for a copy of your information."
          : "You downloaded it yourself."
      }`,
    ),
    ...paragraph(
      `Involve is the system ${data.profile.partnership} uses to arrange the involvement of experts by experience in social work education. Under UK data protection law (UK GDPR) you have the right to a copy of the information held about you. This is that copy.`,
    ),
    "THE FILES",
    "",
    ...paragraph(
      "Each .csv file is a spreadsheet: open it in Excel, LibreOffice or Google Sheets. Times in them are UK time. Money is in pounds, in columns that say so.",
    ),
    ...files.flatMap((f) => entry(f.file, `${f.about} (${f.rows}\u00a0${f.rows === 1 ? "row" : "rows"})`)),
    ...entry(
      "everything.json",
      "All of the above in one file, for computers. Times are in UTC (ISO 8601), money is in pence, and choices are given by their codes.",
    ),
    ...entry("README.txt", "This file."),
    "",
    "WHAT IS NOT HERE",
    "",
    ...bullet(
      "Your password. Involve keeps only a scrambled form of it that cannot be turned back into your password.",
    ),
    ...bullet(
      "Secret links: links to set your password and your calendar subscription address. Whoever has one could use it, so they are not copied here.",
    ),
    ...bullet(
      "Other people's details. A row about a session names the session, when it was and the university, but not the other people who took part. Where staff did something, it says what they do (for example Coordinator), not their name.",
    ),
    ...bullet(
      "A record of consents. Involve does not keep one yet: choices.csv lists the choices you have made that work like consents.",
    ),
    "",
    "QUESTIONS, OR SOMETHING WRONG OR MISSING?",
    "",
    ...(contacts.length
      ? ["Contact:", ...contacts.flatMap(bullet), ""]
      : paragraph("Contact the university that arranges your involvement.")),
    ...paragraph(
      "You can ask for anything wrong to be put right. If you are not happy with the answer, you can complain to the Information Commissioner's Office: ico.org.uk/make-a-complaint or 0303 123 1113.",
    ),
  ].join("\r\n");
}

/** The zip: the CSVs, everything.json and README.txt, in that order. */
export async function buildSubjectAccessArchive(data: SubjectAccess, context: ArchiveContext): Promise<Uint8Array> {
  const files = sections(data);
  const zip = new JSZip();
  const date = context.producedAt;
  // The byte-order mark makes Excel read names with accents as UTF-8.
  for (const f of files) zip.file(f.file, `\uFEFF${f.csv}`, { date });
  const everything = {
    producedAt: context.producedAt,
    producedBy: context.onBehalf ? "coordinator" : "the person themselves",
    ...data,
  };
  zip.file("everything.json", `${JSON.stringify(everything, null, 2)}\n`, { date });
  zip.file("README.txt", readme(data, files, context), { date });
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}
