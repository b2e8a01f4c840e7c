/**
 * Experts by experience, into the coordinator's partnership pool. Matched by email (any case).
 * A new expert gets an account with no password, in ENQUIRY unless a status is given; an
 * invitation is emailed only when the coordinator ticks the box at confirm. A blank cell leaves
 * an existing expert's value alone; a filled one replaces it.
 */
import "server-only";
import type { AuditEventInput } from "@/lib/audit";
import type { ContactPreference, ExpertStatus, OpportunityType, PaymentPreference } from "@/lib/generated/prisma/enums";
import { emailInvitationLinks } from "@/lib/invitations/emails";
import { issuePasswordTokens } from "@/lib/invitations/tokens";
import { EXPERT_STATUS, OPPORTUNITY_TYPE } from "@/lib/labels";
import type { Column } from "../types";
import { change, sameList, wordsFor, type ImportKindDef } from "./kind";

export const EXPERT_COLUMNS = [
  {
    key: "email",
    heading: "Email",
    aliases: ["Email address", "E-mail"],
    required: true,
    example: "sam.taylor@example.org",
    hint: "Their email address. It is how we match someone already in the pool.",
  },
  { key: "name", heading: "Name", aliases: ["Full name"], required: true, example: "Sam Taylor", hint: "Their name." },
  {
    key: "phone",
    heading: "Phone",
    aliases: ["Phone number", "Telephone", "Mobile"],
    example: "07700 900 982",
    hint: "Optional.",
  },
  {
    key: "status",
    heading: "Status",
    example: "Enquiry",
    hint: "Enquiry, Induction, Active, Taking a break or Left. Blank means Enquiry for someone new.",
  },
  {
    key: "livedExperience",
    heading: "Lived experience",
    example: "carer; mental health",
    hint: "Their own words, separated by semicolons (;). Any words are fine.",
  },
  {
    key: "partnerGroups",
    heading: "Partner groups",
    example: "",
    hint: "Names of partner groups already in Involve, separated by semicolons (;).",
  },
  {
    key: "interests",
    heading: "Interests",
    example: "Teaching; Assessing students",
    hint: "Optional. Kinds of involvement, like Teaching or Assessing students, separated by semicolons (;).",
  },
  {
    key: "contactPreference",
    heading: "Contact preference",
    example: "Email",
    hint: "Email, Only in Involve, or Phone. Blank means Email for someone new.",
  },
] as const satisfies readonly Column[];

const STATUS_WORDS = wordsFor(EXPERT_STATUS, { paused: "PAUSED", "on a break": "PAUSED", break: "PAUSED" });
const INTEREST_WORDS = wordsFor(OPPORTUNITY_TYPE);
const CONTACT_LABEL: Record<ContactPreference, string> = { EMAIL: "Email", IN_APP: "Only in Involve", PHONE: "Phone" };
const CONTACT_WORDS = wordsFor(CONTACT_LABEL, {
  "in app": "IN_APP",
  involve: "IN_APP",
  "please phone me": "PHONE",
  telephone: "PHONE",
  call: "PHONE",
});

export type ExpertValue = {
  email: string;
  name: string;
  phone: string | null;
  status: ExpertStatus | null;
  livedExperience: string[] | null;
  partnerNames: string[] | null;
  interests: OpportunityType[] | null;
  contactPreference: ContactPreference | null;
};

type Existing = {
  id: string;
  name: string;
  phone: string | null;
  role: string;
  contactPreference: ContactPreference;
  expertProfile: {
    id: string;
    partnershipId: string;
    status: ExpertStatus;
    livedExperience: string[];
    interests: OpportunityType[];
    paymentPreference: PaymentPreference;
    paymentPartnerId: string | null;
    partners: { id: string; name: string }[];
  } | null;
};

type Ctx = {
  partnershipId: string;
  users: Map<string, Existing>;
  partners: Map<string, { id: string; name: string }>;
};

const EMAIL_ELSEWHERE =
  "This email address is already used by another account (not an expert in your pool), so it cannot be imported. Check the address, or leave this row out.";

export const expertsKind: ImportKindDef<ExpertValue, Ctx> = {
  kind: "EXPERTS",
  columns: EXPERT_COLUMNS,
  key: { words: "email", column: "email" },

  read(cells) {
    const email = cells.email("email", { required: true });
    const name = cells.text("name", { max: 200, missing: "Enter their name." });
    const phone = cells.phone("phone") || null;
    const status = cells.choice("status", STATUS_WORDS, "Use Enquiry, Induction, Active, Taking a break or Left.");
    const livedExperience = cells.list("livedExperience", { max: 1000, itemMax: 60, most: 20 });
    const partnerNames = cells.list("partnerGroups", { max: 2000, itemMax: 200, most: 20 });
    const interestWords = cells.list("interests", { max: 1000, itemMax: 100, most: 20 });
    const interests: OpportunityType[] = [];
    for (const word of interestWords ?? []) {
      const found = INTEREST_WORDS[word.toLowerCase().replace(/[^a-z0-9]/g, "")];
      if (found) {
        if (!interests.includes(found)) interests.push(found);
      } else
        cells.problem("interests", `“${word}” is not a kind of involvement we know. Use the words in the template.`);
    }
    const contactPreference = cells.choice("contactPreference", CONTACT_WORDS, "Use Email, Only in Involve or Phone.");
    if (!email) return null;
    return {
      key: email,
      label: name ? `${name} (${email})` : email,
      value: {
        email,
        name,
        phone,
        status,
        livedExperience,
        partnerNames,
        interests: interestWords ? interests : null,
        contactPreference,
      },
    };
  },

  async load({ scope, values }, db) {
    const [users, partners] = await Promise.all([
      db.user.findMany({
        where: { email: { in: values.map((v) => v.email) } },
        select: {
          id: true,
          email: true,
          name: true,
          phone: true,
          role: true,
          contactPreference: true,
          expertProfile: {
            select: {
              id: true,
              partnershipId: true,
              status: true,
              livedExperience: true,
              interests: true,
              paymentPreference: true,
              paymentPartnerId: true,
              partners: { select: { id: true, name: true } },
            },
          },
        },
      }),
      db.partner.findMany({ where: { partnershipId: scope.partnershipId }, select: { id: true, name: true } }),
    ]);
    return {
      partnershipId: scope.partnershipId,
      users: new Map(users.map((u) => [u.email.toLowerCase(), u])),
      partners: new Map(partners.map((p) => [p.name.toLowerCase(), p])),
    };
  },

  decide(value, ctx) {
    const problems: { column: string | null; message: string }[] = [];
    const unknown = (value.partnerNames ?? []).filter((n) => !ctx.partners.has(n.toLowerCase()));
    for (const name of unknown)
      problems.push({
        column: "Partner groups",
        message: `There is no partner group called “${name}” in your partnership. Add it on the Partners page (or import partner groups) first, or correct the name.`,
      });
    const existing = ctx.users.get(value.email);
    if (!existing) return { action: "create", changes: [], problems };
    const profile = existing.expertProfile;
    if (existing.role !== "EXPERT" || !profile || profile.partnershipId !== ctx.partnershipId) {
      return { action: "create", changes: [], problems: [...problems, { column: "Email", message: EMAIL_ELSEWHERE }] };
    }
    const changes: string[] = [];
    if (value.name && value.name !== existing.name) changes.push(change("name", existing.name, value.name));
    if (value.phone && value.phone !== existing.phone) changes.push(change("phone", existing.phone ?? "", value.phone));
    if (value.status && value.status !== profile.status)
      changes.push(change("status", EXPERT_STATUS[profile.status], EXPERT_STATUS[value.status]));
    if (value.livedExperience && !sameList(value.livedExperience, profile.livedExperience))
      changes.push(change("lived experience", profile.livedExperience.join("; "), value.livedExperience.join("; ")));
    if (value.interests && !sameList(value.interests, profile.interests))
      changes.push(
        change(
          "interests",
          profile.interests.map((i) => OPPORTUNITY_TYPE[i]).join("; "),
          value.interests.map((i) => OPPORTUNITY_TYPE[i]).join("; "),
        ),
      );
    if (value.partnerNames && !unknown.length) {
      const wanted = value.partnerNames.map((n) => ctx.partners.get(n.toLowerCase())!.id);
      // The same rule as the expert's page: the group they are paid through cannot be taken away here.
      const payingGroup = profile.partners.find((p) => p.id === profile.paymentPartnerId);
      if (profile.paymentPreference === "PAID_VIA_PARTNER" && payingGroup && !wanted.includes(payingGroup.id))
        problems.push({
          column: "Partner groups",
          message: `${existing.name} is paid through “${payingGroup.name}”. Keep it in the list, or change how they are paid on their page first.`,
        });
      if (
        !sameList(
          wanted,
          profile.partners.map((p) => p.id),
        )
      )
        changes.push(
          change(
            "partner groups",
            profile.partners.map((p) => p.name).join("; "),
            value.partnerNames.map((n) => ctx.partners.get(n.toLowerCase())!.name).join("; "),
          ),
        );
    }
    if (value.contactPreference && value.contactPreference !== existing.contactPreference)
      changes.push(
        change("contact preference", CONTACT_LABEL[existing.contactPreference], CONTACT_LABEL[value.contactPreference]),
      );
    return { action: changes.length ? "update" : "unchanged", changes, problems, existingId: profile.id };
  },

  async apply({ scope, rows, ctx, actor, sendInvitations }, tx) {
    const events: AuditEventInput[] = [];
    const partnerIds = (names: string[] | null) => (names ?? []).map((n) => ctx.partners.get(n.toLowerCase())!.id);

    const creates = rows.filter((r) => r.action === "create").map((r) => r.value!);
    if (creates.length) {
      const users = await tx.user.createManyAndReturn({
        data: creates.map((v) => ({
          email: v.email,
          name: v.name,
          phone: v.phone,
          role: "EXPERT" as const,
          passwordHash: null,
          contactPreference: v.contactPreference ?? "EMAIL",
        })),
        select: { id: true, email: true },
      });
      const userIdOf = new Map(users.map((u) => [u.email, u.id]));
      const profiles = await tx.expertProfile.createManyAndReturn({
        data: creates.map((v) => ({
          userId: userIdOf.get(v.email)!,
          partnershipId: scope.partnershipId,
          status: v.status ?? "ENQUIRY",
          statusReason: "Imported from a spreadsheet",
          livedExperience: v.livedExperience ?? [],
          interests: v.interests ?? [],
          namedContactId: actor.id,
        })),
        select: { id: true, userId: true },
      });
      const profileOf = new Map(profiles.map((p) => [p.userId, p.id]));
      const links = creates.flatMap((v) =>
        partnerIds(v.partnerNames).map((partnerId) => ({
          expertId: profileOf.get(userIdOf.get(v.email)!)!,
          partnerId,
        })),
      );
      if (links.length) {
        // Prisma's implicit many-to-many table: A = ExpertProfile, B = Partner.
        await tx.$executeRaw`INSERT INTO "_ExpertProfileToPartner" ("A", "B")
          SELECT * FROM unnest(${links.map((l) => l.expertId)}::text[], ${links.map((l) => l.partnerId)}::text[])`;
      }
      if (sendInvitations) {
        const tokens = await issuePasswordTokens({ userIds: users.map((u) => u.id) }, tx);
        await emailInvitationLinks(
          {
            links: users.map((u) => ({ userId: u.id, token: tokens.get(u.id)!.token })),
            firstTime: true,
            invitedBy: actor,
            institutionId: scope.institutionId,
          },
          tx,
        );
      }
      for (const v of creates) {
        const userId = userIdOf.get(v.email)!;
        events.push({
          actorId: actor.id,
          action: "expert.imported",
          entityType: "ExpertProfile",
          entityId: profileOf.get(userId)!,
          after: { status: v.status ?? "ENQUIRY", invited: sendInvitations },
        });
      }
    }

    for (const r of rows.filter((row) => row.action === "update")) {
      const v = r.value!;
      const existing = ctx.users.get(v.email)!;
      const profile = existing.expertProfile!;
      await tx.user.update({
        where: { id: existing.id },
        data: {
          name: v.name || undefined,
          phone: v.phone ?? undefined,
          contactPreference: v.contactPreference ?? undefined,
        },
      });
      const statusChanged = v.status !== null && v.status !== profile.status;
      await tx.expertProfile.update({
        where: { id: profile.id },
        data: {
          ...(statusChanged
            ? { status: v.status!, statusReason: "Imported from a spreadsheet", statusChangedAt: new Date() }
            : {}),
          livedExperience: v.livedExperience ?? undefined,
          interests: v.interests ?? undefined,
          ...(v.partnerNames ? { partners: { set: partnerIds(v.partnerNames).map((id) => ({ id })) } } : {}),
        },
      });
      events.push({
        actorId: actor.id,
        action: "expert.updated.import",
        entityType: "ExpertProfile",
        entityId: profile.id,
        after: { changes: r.changes },
      });
    }
    return events;
  },
};
