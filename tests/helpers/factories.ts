/** Unique test data in the real database. Every call makes new rows, so tests never collide. */
import { db } from "@/lib/db";
import type { OpportunityType, PaymentPreference, Role } from "@/lib/generated/prisma/enums";

let counter = 0;
export const unique = (label = "t") => `${label}-${Date.now().toString(36)}-${process.pid}-${++counter}`;

// bcrypt("test-password", 4): fast, and a real hash.
export const TEST_PASSWORD = "test-password";
const TEST_HASH = "$2b$04$gxZGtP1K8kTY7qq7r.ncjeBn/VDnwaUidk7VwTDFp9huB7uLkH5Vu";

export async function createPartnership() {
  const partnership = await db.partnership.create({ data: { name: unique("Partnership") } });
  const institution = await db.institution.create({
    data: { name: unique("University"), shortName: "Uni", partnershipId: partnership.id, costCentre: "CC-1" },
  });
  return { partnership, institution };
}

export async function createUser(role: Role, org: { institutionId?: string | null }, extra: { active?: boolean } = {}) {
  return db.user.create({
    data: {
      email: `${unique(role.toLowerCase())}@test.example`,
      name: unique(role),
      role,
      passwordHash: TEST_HASH,
      institutionId: role === "EXPERT" ? null : org.institutionId,
      active: extra.active ?? true,
    },
  });
}

export async function createExpert(
  partnershipId: string,
  profile: {
    status?: "ENQUIRY" | "INDUCTION" | "ACTIVE" | "PAUSED" | "LEFT";
    paymentPreference?: PaymentPreference;
    livedExperience?: string[];
    interests?: OpportunityType[];
    earningsLimitPence?: number | null;
    earningsLimitPeriod?: "WEEK" | "MONTH" | null;
  } = {},
) {
  const user = await createUser("EXPERT", {});
  const expert = await db.expertProfile.create({
    data: {
      userId: user.id,
      partnershipId,
      status: profile.status ?? "ACTIVE",
      paymentPreference: profile.paymentPreference ?? "BANK_TRANSFER",
      livedExperience: profile.livedExperience ?? ["carer"],
      interests: profile.interests ?? ["TEACHING"],
      earningsLimitPence: profile.earningsLimitPence ?? null,
      earningsLimitPeriod: profile.earningsLimitPeriod ?? null,
      biography: "I have cared for a family member for ten years.",
      biographyApprovedAt: new Date(),
    },
  });
  return { user, expert };
}

/** A partnership with one institution, a coordinator, an academic with a module, and experts. */
export async function createWorld(expertCount = 2) {
  const { partnership, institution } = await createPartnership();
  const coordinator = await createUser("COORDINATOR", { institutionId: institution.id });
  const academic = await createUser("ACADEMIC", { institutionId: institution.id });
  const admin = await createUser("ADMIN", { institutionId: institution.id });
  const programme = await db.programme.create({
    data: { institutionId: institution.id, name: unique("BA Social Work"), level: "QUALIFYING_UNDERGRADUATE" },
  });
  const teachingModule = await db.module.create({
    data: {
      programmeId: programme.id,
      code: unique("SW"),
      title: "Communication skills",
      yearOfStudy: 1,
      academicYear: "2026/27",
      leaderId: academic.id,
    },
  });
  const experts = [];
  for (let i = 0; i < expertCount; i++) experts.push(await createExpert(partnership.id));
  return { partnership, institution, coordinator, academic, admin, programme, module: teachingModule, experts };
}

export async function createOpportunity(
  world: { institution: { id: string }; coordinator: { id: string }; module?: { id: string } },
  data: {
    status?: "DRAFT" | "OPEN" | "FILLED" | "CLOSED" | "CANCELLED";
    payRatePence?: number;
    payBasis?: "HOUR" | "HALF_DAY" | "DAY" | "FIXED";
  } = {},
) {
  return db.opportunity.create({
    data: {
      institutionId: world.institution.id,
      type: "TEACHING",
      stage: "TEACHING_LEARNING",
      title: unique("Talk to first-year students"),
      summary: "Share what good support looked like for you.",
      whatYouWillDo: "Speak for 20 minutes, then answer questions.",
      livedExperienceSought: ["carer"],
      moduleId: world.module?.id ?? null,
      payRatePence: data.payRatePence ?? 2500,
      payBasis: data.payBasis ?? "HOUR",
      status: data.status ?? "OPEN",
      createdById: world.coordinator.id,
      contactId: world.coordinator.id,
      publishedAt: new Date(),
    },
  });
}

export async function createSession(
  opportunityId: string,
  data: { places?: number; startsAt?: Date; minutes?: number } = {},
) {
  const startsAt = data.startsAt ?? new Date(Date.now() + 7 * 24 * 3600 * 1000);
  return db.session.create({
    data: {
      opportunityId,
      startsAt,
      endsAt: new Date(startsAt.getTime() + (data.minutes ?? 120) * 60 * 1000),
      location: "Room 1.01",
      places: data.places ?? 2,
    },
  });
}

export function form(values: Record<string, string | number | boolean | string[] | undefined | null>): FormData {
  const fd = new FormData();
  for (const [key, value] of Object.entries(values)) {
    if (value === undefined || value === null || value === false) continue;
    if (Array.isArray(value)) for (const v of value) fd.append(key, v);
    else fd.append(key, value === true ? "on" : String(value));
  }
  return fd;
}

export const idle = { status: "idle" } as const;
