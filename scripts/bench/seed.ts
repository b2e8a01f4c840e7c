/**
 * Bulk seed for the benchmark: one large partnership written with set-based SQL
 * (INSERT … SELECT FROM generate_series) so 400k+ rows take seconds, not minutes.
 * Values are deterministic hashes of row numbers (see sql.ts), dates relative to `now`.
 */
import type pg from "pg";
import {
  FIRST_NAMES,
  LAST_NAMES,
  LIVED_EXPERIENCE,
  OPPORTUNITY_TYPES,
  STAGE_OF_TYPE,
  TITLE_OF_TYPE,
  h,
  id,
  num,
  pick,
  weights,
} from "./sql";

export const SIZE = {
  institutions: 10,
  modules: 300, // 10 institutions × 15 module codes × 2 academic years
  coordinators: 20, // users 1-20, two per institution
  academics: 100, // users 21-120, ten per institution
  experts: 2000, // users 1001-3000
  partners: 60,
  opportunities: 5000,
  sessions: 50_000, // ten per opportunity
  bookings: 200_000,
  payments: 100_000, // one per ATTENDED booking
} as const;

export const BENCH_PASSWORD = "bench-password";
/** A 5,000-row expert spreadsheet the bench coordinator uploaded: half the pool, half new people. */
export const BENCH_IMPORT_BATCH = "cib00000001";
export const BENCH_ACCOUNTS = {
  coordinator: { email: "bench-coordinator@bench.example", userId: "cus00000001" },
  academic: { email: "bench-academic@bench.example", userId: "cus00000021" },
  expert: { email: "bench-expert@bench.example", userId: "cus00001001", expertId: "cex00000001" },
  /** An admin of the bench coordinator's institution (staff member 11), for the admin area. */
  admin: { email: "bench-admin@bench.example", userId: "cus00000011" },
} as const;

/** Experts 1…WRITERS can sign in (expert 1 is the bench expert), so the write test is not one person's 20 tabs. */
export const WRITERS = 20;
/** The bench people's calendar addresses (a real token has the same 43-character shape). */
export const benchFeedToken = (userId: string) => `bench-feed-${userId}`.padEnd(43, "x");
export function writerEmail(n: number): string {
  return n === 1 ? BENCH_ACCOUNTS.expert.email : `expert${n}@bench.example`;
}

const PARTNERSHIP = "cpt00000001";
const list = (values: readonly string[]) => `ARRAY[${values.map((v) => `'${v.replaceAll("'", "''")}'`).join(",")}]`;
const MODULE_TITLES = [
  "Human growth and development",
  "Social work law",
  "Mental health and social work",
  "Safeguarding adults",
  "Working with children and families",
  "Communication skills",
  "Social policy and poverty",
  "Anti-oppressive practice",
  "Research for practice",
  "Readiness for practice",
  "Disability and social work",
  "Substance use and recovery",
  "Care-experienced young people",
  "Carers and families",
  "Ethics and values",
];

/** The UK academic year containing `now` (1 September start), as label and UTC start. */
export function academicYears(now: Date) {
  const start = now.getUTCMonth() >= 8 ? now.getUTCFullYear() : now.getUTCFullYear() - 1;
  const label = (y: number) => `${y}/${String((y + 1) % 100).padStart(2, "0")}`;
  return { current: label(start), previous: label(start - 1), currentStart: `${start}-09-01` };
}

type Step = { name: string; sql: string; params?: unknown[] };

function steps(now: Date, passwordHash: string): Step[] {
  const T = `'${now.toISOString()}'::timestamp`; // UTC wall time, as Prisma stores it
  const day = (expr: string) => `make_interval(days => (${expr})::int)`;
  const years = academicYears(now);
  const inst = (expr: string) => id("in", expr);
  const user = (expr: string) => id("us", expr);
  const rateAmount = (r: string) => `(2000 + 250 * ${h(r, 30, 5)})::int`;
  const typeIndex = `(ARRAY[0,0,0,0,1,1,2,2,3,3,4,5,6,6,7,8,9])[1 + ${h("o", 41, 17)}]`;

  return [
    {
      name: "partnership, institutions, programmes, rates",
      sql: `
        INSERT INTO "Partnership"(id, name, "createdAt") VALUES ('${PARTNERSHIP}', 'Bench Teaching Partnership', ${T} - interval '3 years');
        INSERT INTO "Institution"(id, "partnershipId", name, "shortName", "costCentre", "createdAt")
          SELECT ${inst("i")}, '${PARTNERSHIP}', 'Bench University ' || i, 'Bench ' || i, 'SW-' || (4400 + i), ${T} - interval '3 years'
          FROM generate_series(1, ${SIZE.institutions}) i;
        INSERT INTO "Programme"(id, "institutionId", name, level)
          SELECT ${id("pg", "p")}, ${inst("((p - 1) / 3) + 1")},
                 (${list(["BA (Hons) Social Work", "MA Social Work", "PG Certificate in Practice Education"])})[1 + (p - 1) % 3],
                 ((${list(["QUALIFYING_UNDERGRADUATE", "QUALIFYING_POSTGRADUATE", "POST_QUALIFYING"])})[1 + (p - 1) % 3])::"ProgrammeLevel"
          FROM generate_series(1, ${SIZE.institutions * 3}) p;
        INSERT INTO "Rate"(id, "institutionId", "opportunityType", basis, "amountPence", "paysPreparation", "effectiveFrom", "createdAt")
          SELECT ${id("ra", "r + u * 100")}, ${inst("((r - 1) / 10) + 1")},
                 ((${list(OPPORTUNITY_TYPES)})[1 + (r - 1) % 10])::"OpportunityType", 'HOUR',
                 ${rateAmount("r")} + u * 100, (r - 1) % 10 IN (0, 1, 3, 8),
                 CASE u WHEN 0 THEN DATE '${Number(years.currentStart.slice(0, 4)) - 1}-08-01' ELSE DATE '${years.currentStart.slice(0, 4)}-08-01' END,
                 ${T} - interval '2 years'
          FROM generate_series(1, ${SIZE.institutions * 10}) r, generate_series(0, 1) u;`,
    },
    {
      name: "users (coordinators, academics, experts)",
      params: [passwordHash],
      sql: `
        INSERT INTO "User"(id, email, name, role, "passwordHash", "institutionId", phone, "createdAt")
          SELECT ${user("n")},
                 CASE n WHEN 1 THEN '${BENCH_ACCOUNTS.coordinator.email}' WHEN 21 THEN '${BENCH_ACCOUNTS.academic.email}'
                        WHEN 11 THEN '${BENCH_ACCOUNTS.admin.email}'
                        ELSE CASE WHEN n <= 20 THEN 'coordinator' ELSE 'academic' END || n || '@bench.example' END,
                 CASE n WHEN 1 THEN 'Bench Coordinator' WHEN 21 THEN 'Dr Bench Academic'
                        ELSE CASE WHEN n <= 20 THEN '' ELSE 'Dr ' END || (${list(FIRST_NAMES)})[1 + ${h("n", 1, FIRST_NAMES.length)}] || ' ' || (${list(LAST_NAMES)})[1 + ${h("n", 2, LAST_NAMES.length)}] END,
                 (CASE WHEN n = 11 THEN 'ADMIN' WHEN n <= 20 THEN 'COORDINATOR' ELSE 'ACADEMIC' END)::"Role", $1,
                 ${inst("CASE WHEN n <= 20 THEN (n - 1) % 10 ELSE (n - 21) % 10 END + 1")},
                 '0161 496 ' || lpad((1000 + n)::text, 4, '0'), ${T} - interval '2 years'
          FROM generate_series(1, ${SIZE.coordinators + SIZE.academics}) n;
        INSERT INTO "User"(id, email, name, role, "passwordHash", phone, "createdAt", "lastSignInAt")
          SELECT ${user("1000 + e")},
                 CASE e WHEN 1 THEN '${BENCH_ACCOUNTS.expert.email}' ELSE 'expert' || e || '@bench.example' END,
                 CASE e WHEN 1 THEN 'Bench Expert' ELSE (${list(FIRST_NAMES)})[1 + ${h("e", 3, FIRST_NAMES.length)}] || ' ' || (${list(LAST_NAMES)})[1 + ${h("e", 4, LAST_NAMES.length)}] END,
                 'EXPERT', CASE WHEN e <= ${WRITERS} THEN $1 END, '07700 9' || lpad(e::text, 5, '0'),
                 ${T} - ${day(`30 + ${h("e", 5, 900)}`)}, ${T} - ${day(h("e", 6, 60))}
          FROM generate_series(1, ${SIZE.experts}) e;`,
    },
    {
      name: "partners, modules",
      sql: `
        INSERT INTO "Partner"(id, "partnershipId", name, type, "contactName", "contactEmail", "contactPhone", "createdAt", "updatedAt")
          SELECT ${id("pa", "n")}, '${PARTNERSHIP}',
                 (${list(["Northside", "Riverside", "Eastgate", "Hillview", "Westbrook", "Millbank"])})[1 + n % 6] || ' ' ||
                 (${list(["Carers Centre", "Voices Group", "Advocacy Project", "Care Leavers Forum", "Recovery Network", "Disabled People's Collective", "Refugee Welcome", "Parents Together", "Deaf Community Hub", "Mental Health Forum"])})[1 + (n - 1) / 6],
                 ${pick(["USER_LED_GROUP", "CARERS_CENTRE", "ADVOCACY_GROUP", "VOLUNTARY_ORGANISATION", "OTHER"], "n", 7, "PartnerType")},
                 (${list(FIRST_NAMES)})[1 + ${h("n", 8, FIRST_NAMES.length)}] || ' ' || (${list(LAST_NAMES)})[1 + ${h("n", 9, LAST_NAMES.length)}],
                 'contact' || n || '@partners.example', '0161 555 ' || lpad(n::text, 4, '0'), ${T} - interval '3 years', ${T}
          FROM generate_series(1, ${SIZE.partners}) n;
        INSERT INTO "Module"(id, "programmeId", code, title, "yearOfStudy", "academicYear", "leaderId")
          SELECT ${id("md", "m")}, ${id("pg", "(i - 1) * 3 + c / 5 + 1")}, 'SW' || (i * 100 + c),
                 (${list(MODULE_TITLES)})[1 + c], 1 + c % 3,
                 CASE WHEN j < 15 THEN '${years.current}' ELSE '${years.previous}' END,
                 ${user("21 + (i - 1) + 10 * (c % 10)")}
          FROM (SELECT m, (m - 1) / 30 + 1 AS i, (m - 1) % 30 AS j, ((m - 1) % 30) % 15 AS c FROM generate_series(1, ${SIZE.modules}) m) x;`,
    },
    {
      name: "expert profiles and partner links",
      sql: `
        INSERT INTO "ExpertProfile"(id, "userId", "partnershipId", status, "statusReason", "statusChangedAt", "livedExperience", interests,
            "availabilityNotes", "accessNeeds", "paymentPreference", "paymentPartnerId", "earningsLimitPence", "earningsLimitPeriod",
            biography, "biographyApprovedAt", "supportContactName", "supportContactPhone", "namedContactId", "inductionDate", "createdAt", "updatedAt")
          SELECT ${id("ex", "e")}, ${user("1000 + e")}, '${PARTNERSHIP}', st::"ExpertStatus",
                 CASE st WHEN 'PAUSED' THEN 'Taking a break for a few months' WHEN 'LEFT' THEN 'Moved out of the area' END,
                 ${T} - ${day(h("e", 10, 300))},
                 CASE WHEN ${h("e", 11, 3)} = 0 THEN ARRAY[(${list(LIVED_EXPERIENCE)})[1 + l1]] ELSE ARRAY[(${list(LIVED_EXPERIENCE)})[1 + l1], (${list(LIVED_EXPERIENCE)})[1 + l2]] END,
                 ARRAY[(${list(OPPORTUNITY_TYPES)})[1 + t1], (${list(OPPORTUNITY_TYPES)})[1 + t2]]::"OpportunityType"[],
                 ${pick(["Weekday mornings", "Any weekday after 10am", "Term-time afternoons", "Not Mondays", "Evenings online only"], "e", 12)},
                 CASE WHEN ${h("e", 13, 5)} = 0 THEN ${pick(["Step-free access, please", "Large print handouts", "A quiet room to take breaks", "BSL interpreter", "Slides sent in advance"], "e", 14)} ELSE '' END,
                 pref::"PaymentPreference", CASE WHEN pref = 'PAID_VIA_PARTNER' THEN ${id("pa", `1 + ${h("e", 15, SIZE.partners)}`)} END,
                 CASE WHEN e = 1 THEN 18300 WHEN ${h("e", 16, 8)} = 0 THEN (ARRAY[18300, 20000, 50000])[1 + ${h("e", 17, 3)}] END,
                 (CASE WHEN e = 1 THEN 'WEEK' WHEN ${h("e", 16, 8)} = 0 THEN (ARRAY['WEEK', 'MONTH', 'MONTH'])[1 + ${h("e", 17, 3)}] END)::"LimitPeriod",
                 CASE WHEN e = 1 OR ${h("e", 18, 4)} <> 0 THEN 'I have lived experience as ' || (${list(LIVED_EXPERIENCE)})[1 + l1] || '. I want students to understand what helps and what does not.' ELSE '' END,
                 CASE WHEN e = 1 OR (${h("e", 18, 4)} <> 0 AND ${h("e", 19, 5)} <> 0) THEN ${T} - ${day(`10 + ${h("e", 20, 300)}`)} END,
                 CASE WHEN ${h("e", 21, 2)} = 0 THEN 'My sister' ELSE '' END, CASE WHEN ${h("e", 21, 2)} = 0 THEN '07700 900' || lpad((e % 1000)::text, 3, '0') ELSE '' END,
                 ${user(`1 + ${h("e", 22, SIZE.coordinators)}`)},
                 CASE WHEN st <> 'ENQUIRY' THEN ${T} - ${day(`20 + ${h("e", 23, 800)}`)} END,
                 ${T} - ${day(`30 + ${h("e", 5, 900)}`)}, ${T}
          FROM (SELECT e,
                  CASE WHEN e <= ${WRITERS} THEN 'ACTIVE' ELSE ${pick(weights({ ACTIVE: 16, ENQUIRY: 1, INDUCTION: 1, PAUSED: 1, LEFT: 1 }), "e", 24)} END AS st,
                  CASE WHEN e = 1 THEN 'BANK_TRANSFER' ELSE ${pick(weights({ BANK_TRANSFER: 12, VOUCHER: 3, EXPENSES_ONLY: 2, DECLINE: 1, PAID_VIA_PARTNER: 2 }), "e", 25)} END AS pref,
                  ${h("e", 26, LIVED_EXPERIENCE.length)} AS l1,
                  (${h("e", 26, LIVED_EXPERIENCE.length)} + 1 + ${h("e", 27, LIVED_EXPERIENCE.length - 1)}) % ${LIVED_EXPERIENCE.length} AS l2,
                  ${h("e", 28, 10)} AS t1, (${h("e", 28, 10)} + 1 + ${h("e", 29, 9)}) % 10 AS t2
                FROM generate_series(1, ${SIZE.experts}) e) x;
        INSERT INTO "_ExpertProfileToPartner"("A", "B")
          SELECT ${id("ex", "e")}, ${id("pa", `1 + ${h("e", 31, SIZE.partners)}`)} FROM generate_series(1, ${SIZE.experts}) e
          UNION
          SELECT ${id("ex", "e")}, ${id("pa", `1 + (${h("e", 31, SIZE.partners)} + 1 + ${h("e", 32, SIZE.partners - 1)}) % ${SIZE.partners}`)}
          FROM generate_series(1, ${SIZE.experts}) e WHERE ${h("e", 33, 5)} < 2;`,
    },
    {
      name: "opportunities",
      sql: `
        INSERT INTO "Opportunity"(id, "institutionId", type, stage, title, summary, "whatYouWillDo", "livedExperienceSought", "moduleId",
            "payRatePence", "payBasis", "rateId", "preparationOffered", "preparationMinutes", "debriefOffered", status,
            "createdById", "requestedById", "requestNotes", "placesWanted", "contactId", "publishedAt", "cancelledAt", "cancelReason", "createdAt", "updatedAt")
          SELECT ${id("op", "o")}, ${inst("i")}, ((${list(OPPORTUNITY_TYPES)})[1 + ti])::"OpportunityType", ((${list(STAGE_OF_TYPE)})[1 + ti])::"InvolvementStage",
                 (${list(TITLE_OF_TYPE)})[1 + ti] || ' (' || o || ')',
                 'Share your experience with social work students. We will explain everything before the day and pay you for your time.',
                 'Talk with a small group of students and answer their questions.',
                 ARRAY[(${list(LIVED_EXPERIENCE)})[1 + ${h("o", 45, LIVED_EXPERIENCE.length)}]],
                 CASE WHEN ${h("o", 42, 10)} < 8 THEN ${id("md", `(i - 1) * 30 + ${h("o", 43, 15)} + CASE WHEN centre < TIMESTAMP '${years.currentStart}' THEN 16 ELSE 1 END`)} END,
                 ${rateAmount("(i - 1) * 10 + ti + 1")}, 'HOUR', ${id("ra", "(i - 1) * 10 + ti + 1")},
                 ${h("o", 46, 2)} = 0, CASE WHEN ${h("o", 46, 2)} = 0 THEN 30 * (1 + ${h("o", 47, 2)}) ELSE 0 END, ${h("o", 48, 3)} = 0,
                 st::"OpportunityStatus", creator,
                 CASE WHEN ${h("o", 49, 10)} = 0 THEN ${user(`21 + (i - 1) + 10 * ${h("o", 50, 10)}`)} END,
                 CASE WHEN ${h("o", 49, 10)} = 0 THEN 'Ideally two people, any weekday in the second half of term.' ELSE '' END,
                 CASE WHEN ${h("o", 49, 10)} = 0 THEN 1 + ${h("o", 51, 4)} END,
                 creator, CASE WHEN st <> 'DRAFT' THEN created + interval '2 days' END,
                 CASE WHEN st = 'CANCELLED' THEN LEAST(centre - interval '40 days', ${T}) END,
                 CASE WHEN st = 'CANCELLED' THEN 'The module was rescheduled' END,
                 created, ${T}
          FROM (SELECT o, i, ti, centre, creator, LEAST(centre - ${day(`50 + ${h("o", 52, 30)}`)}, ${T} - interval '1 day') AS created,
                  CASE WHEN centre + interval '35 days' < ${T} THEN ${pick(weights({ CLOSED: 17, FILLED: 2, CANCELLED: 1 }), "o", 53)}
                       WHEN centre - interval '35 days' > ${T} THEN ${pick(weights({ OPEN: 12, DRAFT: 3, FILLED: 3, CANCELLED: 1 }), "o", 53)}
                       ELSE ${pick(weights({ OPEN: 7, FILLED: 3 }), "o", 53)} END AS st
                FROM (SELECT o, (o - 1) % ${SIZE.institutions} + 1 AS i, ${typeIndex} AS ti,
                        date_trunc('day', ${T}) + ${day(`-400 + ${h("o", 40, 550)}`)} AS centre,
                        ${user(`(o - 1) % ${SIZE.institutions} + 1 + 10 * ${h("o", 44, 2)}`)} AS creator
                      FROM generate_series(1, ${SIZE.opportunities}) o) a) x;`,
    },
    {
      name: "sessions",
      sql: `
        INSERT INTO "Session"(id, "opportunityId", "startsAt", "endsAt", location, "onlineUrl", "accessInfo", places, "cancelledAt", "attendanceRecordedAt", "createdAt")
          SELECT ${id("se", "s")}, op.id, starts, starts + make_interval(mins => minutes),
                 CASE WHEN online THEN '' ELSE 'Room ' || (1 + ${h("s", 54, 4)}) || '.' || lpad((1 + ${h("s", 55, 30)})::text, 2, '0') || ', Bench University ' || ${num('op."institutionId"')} END,
                 CASE WHEN online THEN 'https://meet.example.org/bench-' || s ELSE '' END,
                 'Step-free entrance; accessible toilet on each floor; quiet room available',
                 CASE WHEN big THEN 100 ELSE 3 + ${h("s", 56, 10)} END,
                 CASE WHEN op.status = 'CANCELLED' THEN op."cancelledAt" WHEN ${h("s", 57, 50)} = 0 THEN LEAST(starts - interval '3 days', ${T}) END,
                 CASE WHEN op.status <> 'CANCELLED' AND ${h("s", 57, 50)} <> 0 AND starts + make_interval(mins => minutes) < ${T}
                           AND NOT (starts > ${T} - interval '10 days' AND ${h("s", 58, 2)} = 0)
                      THEN LEAST(starts + make_interval(mins => minutes) + interval '1 day', ${T}) END,
                 op."createdAt"
          FROM (SELECT s, ${h("s", 59, 10)} < 3 AS online, (${h("s", 60, 1000)} = 0 OR (s - 1) % 5000 = 0) AS big,
                  (ARRAY[60, 90, 120, 120, 150, 180, 180, 240, 360])[1 + ${h("s", 61, 9)}] AS minutes,
                  date_trunc('day', ${T}) + ${day(`-400 + ${h("(s - 1) / 10 + 1", 40, 550)} + ((s - 1) % 10 - 5) * 7`)}
                    + make_interval(hours => 9 + ${h("s", 62, 7)}::int, mins => 30 * ${h("s", 63, 2)}::int) AS starts
                FROM generate_series(1, ${SIZE.sessions}) s) x
          JOIN "Opportunity" op ON op.id = ${id("op", "(s - 1) / 10 + 1")};`,
    },
    {
      name: "bookings",
      sql: `
        INSERT INTO "Booking"(id, "sessionId", "expertId", status, message, "requestedAt", "decidedAt", "decidedById", "withdrawnAt", "attendanceMarkedAt", "updatedAt")
          SELECT ${id("bk", "n")}, sid, ${id("ex", `(sn * 37 + k * 13) % ${SIZE.experts} + 1`)}, st::"BookingStatus",
                 CASE WHEN st = 'DECLINED' THEN 'Thank you for offering. All the places have been filled this time.' ELSE '' END,
                 requested,
                 CASE WHEN st NOT IN ('REQUESTED', 'WITHDRAWN') THEN LEAST(requested + interval '1 day', ${T}) END,
                 CASE WHEN st NOT IN ('REQUESTED', 'WITHDRAWN') THEN creator END,
                 CASE WHEN st = 'WITHDRAWN' THEN LEAST(requested + interval '2 days', ${T}) END,
                 CASE WHEN st IN ('ATTENDED', 'NO_SHOW') THEN recorded END,
                 ${T}
          FROM (SELECT n, sid, sn, k, creator, recorded,
                  LEAST(starts - ${day(`1 + ${h("n", 70, 21)}`)}, ${T} - make_interval(hours => 1 + ${h("n", 71, 24 * 20)}::int)) AS requested,
                  CASE WHEN cancelled THEN ${pick(weights({ CANCELLED_BY_UNIVERSITY: 8, WITHDRAWN: 1, DECLINED: 1 }), "n", 72)}
                       WHEN recorded IS NOT NULL THEN ${pick(weights({ ATTENDED: 16, NO_SHOW: 1, DECLINED: 2, WITHDRAWN: 1 }), "n", 72)}
                       WHEN starts < ${T} THEN ${pick(weights({ CONFIRMED: 8, DECLINED: 1, WITHDRAWN: 1 }), "n", 72)}
                       ELSE ${pick(weights({ REQUESTED: 6, CONFIRMED: 9, WAITLISTED: 2, DECLINED: 2, WITHDRAWN: 1 }), "n", 72)} END AS st
                FROM (SELECT row_number() OVER (ORDER BY s.sn, k) AS n, s.*, k
                      FROM (SELECT se.id AS sid, ${num("se.id")} AS sn, se."startsAt" AS starts, se."cancelledAt" IS NOT NULL AS cancelled,
                                   se."attendanceRecordedAt" AS recorded, op."createdById" AS creator,
                                   CASE WHEN op.status = 'DRAFT' THEN 0 WHEN se.places = 100 THEN 80 ELSE 1 + ${h(num("se.id"), 73, 9)} END AS wanted
                            FROM "Session" se JOIN "Opportunity" op ON op.id = se."opportunityId") s
                      CROSS JOIN LATERAL generate_series(0, s.wanted - 1) k) b
                WHERE n <= ${SIZE.bookings}) x;
        -- Exactly SIZE.payments attended bookings: the surplus (spread by hash) did not turn up.
        UPDATE "Booking" SET status = 'NO_SHOW' WHERE id IN (
          SELECT id FROM "Booking" WHERE status = 'ATTENDED' ORDER BY hashtext(id)
          LIMIT GREATEST(0, (SELECT count(*) FROM "Booking" WHERE status = 'ATTENDED') - ${SIZE.payments}));`,
    },
    {
      name: "payments, finance exports, expenses",
      sql: `
        CREATE TEMP TABLE bench_pay AS
          SELECT p.*, (CASE WHEN method = 'DECLINE' THEN 'DECLINED_BY_EXPERT'
                       WHEN age > 60 THEN ${pick(weights({ PAID: 17, SENT_TO_FINANCE: 1, APPROVED: 1, SUBMITTED: 1 }), "pn", 80)}
                       WHEN age > 30 THEN ${pick(weights({ PAID: 2, SENT_TO_FINANCE: 2, APPROVED: 1, SUBMITTED: 1 }), "pn", 80)}
                       ELSE ${pick(weights({ DRAFT: 2, SUBMITTED: 2, APPROVED: 1 }), "pn", 80)} END) AS st
          FROM (SELECT row_number() OVER (ORDER BY b.id) AS pn, b.id AS booking, b."expertId" AS expert, ep."paymentPreference"::text AS method,
                       ep."paymentPartnerId" AS partner, se."startsAt" AS starts, ${num('op."institutionId"')} AS inst, op."createdById" AS coordinator,
                       b."attendanceMarkedAt" AS marked, extract(epoch FROM ${T} - se."startsAt") / 86400 AS age,
                       CASE WHEN ep."paymentPreference" IN ('DECLINE', 'EXPENSES_ONLY') THEN 0
                            ELSE (op."payRatePence" * ((extract(epoch FROM se."endsAt" - se."startsAt") / 60)::int
                              + CASE WHEN op."preparationOffered" THEN op."preparationMinutes" ELSE 0 END)) / 60 END AS fee
                FROM "Booking" b JOIN "Session" se ON se.id = b."sessionId" JOIN "Opportunity" op ON op.id = se."opportunityId"
                JOIN "ExpertProfile" ep ON ep.id = b."expertId" WHERE b.status = 'ATTENDED') p;
        ALTER TABLE bench_pay ADD COLUMN sent timestamp, ADD COLUMN export text;
        UPDATE bench_pay SET sent = LEAST(starts + interval '10 days', ${T}) WHERE st IN ('SENT_TO_FINANCE', 'PAID');
        UPDATE bench_pay SET export = ${id("fe", "inst * 1000 + (extract(year FROM sent) * 12 + extract(month FROM sent))::int - 24000")} WHERE sent IS NOT NULL;
        INSERT INTO "FinanceExport"(id, "institutionId", "createdById", "createdAt", "paymentCount", "totalPence")
          SELECT export, ${inst("min(inst)")}, min(coordinator), max(sent), count(*), sum(fee) FROM bench_pay WHERE export IS NOT NULL GROUP BY export;
        INSERT INTO "Payment"(id, "bookingId", "expertId", "payeePartnerId", method, "feePence", status, "sessionDate", reference,
            "submittedAt", "approvedAt", "approvedById", "financeExportId", "sentToFinanceAt", "paidAt", "createdAt", "updatedAt")
          SELECT ${id("py", "pn")}, booking, expert, CASE WHEN method = 'PAID_VIA_PARTNER' THEN partner END, method::"PaymentPreference", fee, st::"PaymentStatus", starts,
                 CASE WHEN st = 'PAID' THEN 'FIN-' || pn END,
                 CASE WHEN st NOT IN ('DRAFT', 'DECLINED_BY_EXPERT') THEN LEAST(starts + interval '2 days', ${T}) END,
                 CASE WHEN st IN ('APPROVED', 'SENT_TO_FINANCE', 'PAID') THEN LEAST(starts + interval '5 days', ${T}) END,
                 CASE WHEN st IN ('APPROVED', 'SENT_TO_FINANCE', 'PAID') THEN coordinator END,
                 export, sent, CASE WHEN st = 'PAID' THEN LEAST(starts + interval '20 days', ${T}) END,
                 COALESCE(marked, starts), ${T}
          FROM bench_pay;
        INSERT INTO "ExpenseItem"(id, "paymentId", type, miles, "amountPence", note, "addedById", "createdAt")
          SELECT ${id("ei", "pn")}, ${id("py", "pn")}, t::"ExpenseType", CASE WHEN t = 'TRAVEL' THEN miles END,
                 CASE t WHEN 'TRAVEL' THEN miles * 45 WHEN 'PARKING' THEN 300 + 50 * ${h("pn", 83, 12)} WHEN 'REPLACEMENT_CARE' THEN 2000 + 500 * ${h("pn", 83, 8)}
                        WHEN 'SUBSISTENCE' THEN 500 + 50 * ${h("pn", 83, 14)} ELSE 200 + 100 * ${h("pn", 83, 13)} END,
                 '', coordinator, COALESCE(marked, starts)
          FROM (SELECT *, ${pick(weights({ TRAVEL: 4, PARKING: 2, REPLACEMENT_CARE: 1, SUBSISTENCE: 2, OTHER: 1 }), "pn", 81)} AS t,
                       3 + ${h("pn", 82, 40)} AS miles
                FROM bench_pay WHERE ${h("pn", 84, 10)} < 3) x;
        DROP TABLE bench_pay;`,
    },
    {
      name: "involvement records, feedback, notifications, messages, audit",
      sql: `
        INSERT INTO "InvolvementRecord"(id, "moduleId", date, stage, minutes, description, "expertCount", "sessionId", "loggedById", "createdAt")
          SELECT ${id("ir", "row_number() OVER (ORDER BY se.id)")}, op."moduleId", se."startsAt", op.stage,
                 (extract(epoch FROM se."endsAt" - se."startsAt") / 60)::int, op.title, a.cnt, se.id, op."createdById", se."attendanceRecordedAt"
          FROM "Session" se JOIN "Opportunity" op ON op.id = se."opportunityId"
          JOIN (SELECT "sessionId", count(*)::int AS cnt FROM "Booking" WHERE status = 'ATTENDED' GROUP BY 1) a ON a."sessionId" = se.id
          WHERE op."moduleId" IS NOT NULL AND se."attendanceRecordedAt" IS NOT NULL AND se."cancelledAt" IS NULL;
        INSERT INTO "InvolvementRecord"(id, "moduleId", date, stage, minutes, description, "expertCount", "loggedById", "createdAt")
          SELECT ${id("ir", "90000000 + n")}, md.id, d, ${pick(["PROGRAMME_DESIGN", "ASSESSMENT", "QUALITY_ASSURANCE", "ADMISSIONS_SELECTION"], "n", 90, "InvolvementStage")},
                 60 * (1 + ${h("n", 91, 3)}), 'Experts reviewed the module handbook and assessment brief', 1 + ${h("n", 92, 3)}, md."leaderId", d
          FROM (SELECT n, ${id("md", `(n - 1) / 3 + 1`)} AS mid, ${T} - ${day(`1 + ${h("n", 93, 300)}`)} AS d FROM generate_series(1, ${SIZE.modules * 3}) n) x
          JOIN "Module" md ON md.id = x.mid;
        INSERT INTO "ExpertFeedback"(id, "bookingId", "sessionId", "expertId", "worthIt", comments, "createdAt", "updatedAt")
          SELECT ${id("fb", num("b.id"))}, b.id, b."sessionId", b."expertId", 3 + ${h(num("b.id"), 94, 3)},
                 ${pick(["The students listened and asked good questions.", "I felt well supported before and after.", "It was hard to talk about, but worth it.", "I would like more time to prepare next time."], num("b.id"), 95)},
                 b."attendanceMarkedAt", b."attendanceMarkedAt"
          FROM "Booking" b WHERE b.status = 'ATTENDED' AND ${h(num("b.id"), 98, 5)} = 0;
        INSERT INTO "DebriefTask"(id, "bookingId", "expertId", "institutionId", reason, "requestedByExpert", "dueOn", "createdAt", "doneAt")
          SELECT ${id("dt", num("b.id"))}, b.id, b."expertId", op."institutionId", 'ASKED', true, b."attendanceMarkedAt" + interval '2 days', b."attendanceMarkedAt",
                 CASE WHEN ${h(num("b.id"), 97, 2)} = 0 THEN b."attendanceMarkedAt" + interval '3 days' END
          FROM "Booking" b JOIN "Session" se ON se.id = b."sessionId" JOIN "Opportunity" op ON op.id = se."opportunityId"
          WHERE b.status = 'ATTENDED' AND ${h(num("b.id"), 98, 5)} = 0 AND ${h(num("b.id"), 96, 20)} = 0;
        INSERT INTO "Feedback"(id, "sessionId", "authorId", "authorRole", rating, text, "createdAt")
          SELECT ${id("fb", `90000000 + ${num("ir.id")}`)}, ir."sessionId", md."leaderId", 'ACADEMIC', 4 + ${h(num("ir.id"), 99, 2)},
                 'Students said this was the most useful session of the module.', ir."createdAt"
          FROM "InvolvementRecord" ir JOIN "Module" md ON md.id = ir."moduleId"
          WHERE ir."sessionId" IS NOT NULL AND md."leaderId" IS NOT NULL AND ${h(num("ir.id"), 100, 4)} = 0;
        INSERT INTO "Notification"(id, "userId", title, body, link, "readAt", "createdAt")
          SELECT ${id("nt", "n")}, ${user(`1001 + n % ${SIZE.experts}`)},
                 ${pick(["Your place is confirmed", "New opportunity that might suit you", "You have been paid", "Reminder: session next week"], "n", 101)},
                 'Open Involve to see the details.', '/expert', CASE WHEN ${h("n", 102, 3)} <> 0 THEN ${T} - ${day(h("n", 103, 30))} END,
                 ${T} - ${day(`${h("n", 103, 30)} + ${h("n", 104, 300)}`)}
          FROM generate_series(1, 30000) n;
        -- One email per decided booking (to the expert, from the session's institution), as notify() writes them.
        INSERT INTO "Message"(id, "userId", "institutionId", kind, status, "toAddress", subject, "textBody", "htmlBody", link,
            attempts, "sentAt", "createdAt", "updatedAt")
          SELECT ${id("ms", "row_number() OVER (ORDER BY b.id)")}, ep."userId", op."institutionId", 'BOOKING',
                 ${pick(["SENT", "SENT", "SENT", "SENT", "SENT", "SENT", "SKIPPED", "FAILED", "TO_CALL", "NOT_SENT"], num("b.id"), 107, "MessageStatus")},
                 'expert@bench.example', 'Your place is confirmed', 'Hello,\n\nYou have a place.', '<p>You have a place.</p>',
                 '/expert/opportunities/' || op.id, 1, b."decidedAt", b."decidedAt", b."decidedAt"
          FROM "Booking" b JOIN "ExpertProfile" ep ON ep.id = b."expertId"
          JOIN "Session" se ON se.id = b."sessionId" JOIN "Opportunity" op ON op.id = se."opportunityId"
          WHERE b."decidedAt" IS NOT NULL;
        -- Calendar addresses for the bench people (the feeds are measured).
        UPDATE "User" SET "calendarFeedToken" = rpad('bench-feed-' || id, 43, 'x')
          WHERE id IN ('${BENCH_ACCOUNTS.coordinator.userId}', '${BENCH_ACCOUNTS.academic.userId}', '${BENCH_ACCOUNTS.expert.userId}');
        INSERT INTO "AuditEvent"(id, "actorId", "partnershipId", action, "entityType", "entityId", "after", "createdAt")
          SELECT ${id("au", "n")}, ${user(`1 + ${h("n", 105, SIZE.coordinators)}`)}, '${PARTNERSHIP}',
                 ${pick(["booking.confirmed", "booking.confirmed", "payment.approved", "opportunity.updated", "user.sign-in.succeeded"], "n", 107)},
                 'Booking', ${id("bk", "n * 4")},
                 '{"status":"CONFIRMED"}'::jsonb, ${T} - ${day(h("n", 106, 400))}
          FROM generate_series(1, 50000) n;
        INSERT INTO "ImportBatch"(id, kind, "partnershipId", "institutionId", "createdById", "fileName", rows, "rowCount", "createdAt")
          SELECT '${BENCH_IMPORT_BATCH}', 'EXPERTS', '${PARTNERSHIP}', ${inst("1")}, '${BENCH_ACCOUNTS.coordinator.userId}',
                 'experts-from-our-spreadsheet.csv',
                 jsonb_agg(jsonb_build_object('row', n + 1, 'values', jsonb_build_object(
                   'email', CASE WHEN n % 2 = 0 THEN 'expert' || (n / 2 + 1) || '@bench.example' ELSE 'new' || n || '@import.bench.example' END,
                   'name', 'Imported Person ' || n, 'status', 'Active', 'livedExperience', 'carer; mental health',
                   'contactPreference', 'Email')) ORDER BY n),
                 5000, ${T}
          FROM generate_series(1, 5000) n;`,
    },
  ];
}

export type SeedStats = { seconds: number; counts: Record<string, number> };

/** Seeds an empty, migrated database. Foreign-key triggers are skipped while writing (the data is consistent by construction). */
export async function seedBench(client: pg.Client, now: Date, passwordHash: string): Promise<SeedStats> {
  const started = performance.now();
  await client.query("SET session_replication_role = replica").catch(() => {
    console.log("  (not a superuser: foreign keys are checked while seeding, which is slower)");
  });
  await client.query("SET work_mem = '64MB'");
  for (const step of steps(now, passwordHash)) {
    const t = performance.now();
    if (step.params) {
      // A parameterised query must be a single statement.
      for (const sql of step.sql
        .split(/;\s*\n/)
        .map((s) => s.trim())
        .filter(Boolean))
        await client.query(sql, step.params);
    } else {
      await client.query(step.sql);
    }
    console.log(`  ${step.name.padEnd(55)} ${((performance.now() - t) / 1000).toFixed(1)} s`);
  }
  await client.query("SET session_replication_role = origin").catch(() => {});
  const t = performance.now();
  await client.query("ANALYZE");
  console.log(`  ${"ANALYZE".padEnd(55)} ${((performance.now() - t) / 1000).toFixed(1)} s`);

  const tables = [
    "Institution",
    "Module",
    "User",
    "ExpertProfile",
    "Partner",
    "Opportunity",
    "Session",
    "Booking",
    "Payment",
    "ExpenseItem",
    "InvolvementRecord",
    "Feedback",
    "Message",
  ];
  const { rows } = await client.query<Record<string, string>>(
    `SELECT ${tables.map((t) => `(SELECT count(*) FROM "${t}") AS "${t}"`).join(", ")}`,
  );
  const counts = Object.fromEntries(Object.entries(rows[0] ?? {}).map(([k, v]) => [k, Number(v)]));
  return { seconds: (performance.now() - started) / 1000, counts };
}
