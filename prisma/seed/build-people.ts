/** Rows for the organisations and people of the demo partnership (pure: no database access). */
import type { Prisma } from "@/lib/generated/prisma/client";
import { EXPERTS } from "./data/experts";
import {
  FIXED_RATE_TYPES,
  INSTITUTIONS,
  MODULES,
  PARTNERS,
  PARTNERSHIP_NAME,
  PAYS_PREPARATION,
  PROGRAMMES,
  RATE_BASES,
  STAFF,
  TEACHING_UPLIFT,
  type InstKey,
  type PartnerKey,
} from "./data/organisations";
import { academicYearOf, academicYearStart, addDays, type Calendar, newId } from "./helpers";
import { OpportunityType } from "@/lib/generated/prisma/enums";

const OPPORTUNITY_TYPES = Object.values(OpportunityType);

export function buildPeople(cal: Calendar, passwordHash: string) {
  const { now } = cal;
  const partnershipId = newId();
  const partnership: Prisma.PartnershipCreateManyInput = {
    id: partnershipId,
    name: PARTNERSHIP_NAME,
    demo: true,
    createdAt: addDays(now, -1200),
  };

  const instId = {} as Record<InstKey, string>;
  const institutions: Prisma.InstitutionCreateManyInput[] = INSTITUTIONS.map((inst) => {
    instId[inst.key] = newId();
    return {
      id: instId[inst.key],
      partnershipId,
      name: inst.name,
      shortName: inst.shortName,
      costCentre: inst.costCentre,
      // Both demo universities are in England.
      regulator: "SOCIAL_WORK_ENGLAND",
      mileageRatePence: 45,
      latePaymentDays: 30,
      createdAt: addDays(now, -1200),
    };
  });

  const userId: Record<string, string> = {};
  const users: Prisma.UserCreateManyInput[] = STAFF.map((person, i) => {
    userId[person.key] = newId();
    return {
      id: userId[person.key],
      email: person.email,
      name: person.name,
      role: person.role,
      passwordHash,
      active: true,
      phone: person.phone ?? null,
      institutionId: instId[person.inst],
      createdAt: addDays(now, -1100 + i * 40),
      lastSignInAt: addDays(now, -(i % 4) - 0.2),
    };
  });

  const partnerId = {} as Record<PartnerKey, string>;
  const partners: Prisma.PartnerCreateManyInput[] = PARTNERS.map((p, i) => {
    partnerId[p.key] = newId();
    return {
      id: partnerId[p.key],
      partnershipId,
      name: p.name,
      type: p.type,
      contactName: p.contactName,
      contactEmail: p.contactEmail,
      contactPhone: p.contactPhone,
      notes: p.notes,
      createdAt: addDays(now, -1150 + i * 30),
    };
  });

  const expertProfileId: Record<string, string> = {};
  const expertUserId: Record<string, string> = {};
  const expertProfiles: Prisma.ExpertProfileCreateManyInput[] = [];
  for (const e of EXPERTS) {
    const uid = newId();
    expertUserId[e.key] = uid;
    expertProfileId[e.key] = newId();
    const joined = addDays(now, -e.joinedDaysAgo);
    const inducted = e.inductionDay === undefined ? null : cal.at(cal.weekday(e.inductionDay), "10:00");
    users.push({
      id: uid,
      email: e.email,
      name: e.name,
      role: "EXPERT",
      passwordHash,
      active: true,
      phone: e.phone ?? null,
      contactPreference: e.prefers ?? "EMAIL",
      createdAt: joined,
      lastSignInAt: e.status === "ACTIVE" ? addDays(now, -((e.joinedDaysAgo % 9) + 0.5)) : null,
    });
    let statusChangedAt = joined;
    if (e.changedDaysAgo !== undefined) statusChangedAt = addDays(now, -e.changedDaysAgo);
    else if (e.status === "ACTIVE" && inducted) statusChangedAt = addDays(inducted, 7);
    else if (e.status === "INDUCTION") statusChangedAt = addDays(joined, 10);
    const approved = e.bio && !e.bioPending && inducted ? addDays(inducted, 14) : null;
    expertProfiles.push({
      id: expertProfileId[e.key],
      userId: uid,
      partnershipId,
      status: e.status,
      statusReason: e.statusReason ?? null,
      statusChangedAt,
      livedExperience: e.lived,
      interests: e.interests,
      availabilityNotes: e.availability,
      accessNeeds: e.access ?? "",
      paymentPreference: e.pay,
      paymentPartnerId: e.payPartner ? partnerId[e.payPartner] : null,
      earningsLimitPence: e.limit?.[0] ?? null,
      earningsLimitPeriod: e.limit?.[1] ?? null,
      biography: e.bio ?? "",
      biographyApprovedAt: approved,
      shareLivedExperienceWithAcademics: e.shareLived ?? false,
      supportContactName: e.support?.[0] ?? "",
      supportContactPhone: e.support?.[1] ?? "",
      namedContactId: userId[e.contact],
      inductionDate: inducted,
      createdAt: joined,
      updatedAt: addDays(statusChangedAt, 1).getTime() > now.getTime() ? now : addDays(statusChangedAt, 1),
    });
  }

  /** Partner → the profile ids it connects to (implicit many-to-many, written with `connect`). */
  const partnerExperts = PARTNERS.map((p) => ({
    partnerId: partnerId[p.key],
    expertIds: EXPERTS.filter((e) => e.partners.includes(p.key)).map((e) => expertProfileId[e.key] as string),
  }));

  const programmeId: Record<string, string> = {};
  const programmes: Prisma.ProgrammeCreateManyInput[] = PROGRAMMES.map((p) => {
    programmeId[p.key] = newId();
    return { id: programmeId[p.key], institutionId: instId[p.inst], name: p.name, level: p.level };
  });

  // Modules are made on demand so that a record dated last year lands on last year's module.
  const modules: Prisma.ModuleCreateManyInput[] = [];
  const moduleIds = new Map<string, string>();
  function moduleFor(code: string, academicYear: string): string {
    const key = `${code}|${academicYear}`;
    const existing = moduleIds.get(key);
    if (existing) return existing;
    const spec = MODULES.find((m) => m.code === code);
    if (!spec) throw new Error(`Unknown module ${code}`);
    const id = newId();
    moduleIds.set(key, id);
    modules.push({
      id,
      programmeId: programmeId[spec.programme] as string,
      code,
      title: spec.title,
      yearOfStudy: spec.yearOfStudy,
      academicYear,
      leaderId: userId[spec.leader] ?? null,
    });
    return id;
  }
  const thisYear = academicYearOf(now);
  const lastYear = academicYearOf(academicYearStart(now, 1));
  for (const m of MODULES) moduleFor(m.code, thisYear);
  for (const m of MODULES.filter((x) => x.lastYearToo)) moduleFor(m.code, lastYear);

  const rates: Prisma.RateCreateManyInput[] = [];
  const rateFrom = academicYearStart(now, 1);
  for (const inst of INSTITUTIONS) {
    for (const type of OPPORTUNITY_TYPES) {
      const bases = FIXED_RATE_TYPES.includes(type) ? [...RATE_BASES, "FIXED" as const] : RATE_BASES;
      for (const basis of bases) {
        rates.push({
          id: newId(),
          institutionId: instId[inst.key],
          opportunityType: type,
          basis,
          amountPence: inst.rates[basis],
          paysPreparation: PAYS_PREPARATION.includes(type),
          effectiveFrom: rateFrom,
          createdAt: addDays(rateFrom, -20),
        });
      }
    }
  }
  const upliftFrom = academicYearStart(now);
  rates.push({
    id: newId(),
    institutionId: instId[TEACHING_UPLIFT.inst],
    opportunityType: "TEACHING",
    basis: "HOUR",
    amountPence: TEACHING_UPLIFT.amountPence,
    paysPreparation: true,
    effectiveFrom: upliftFrom,
    createdAt: addDays(upliftFrom, -30),
  });

  return {
    partnership,
    institutions,
    users,
    partners,
    partnerExperts,
    expertProfiles,
    programmes,
    modules,
    rates,
    ids: { partnershipId, instId, userId, partnerId, expertProfileId, expertUserId },
    moduleFor,
  };
}

export type People = ReturnType<typeof buildPeople>;
