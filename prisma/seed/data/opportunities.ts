/**
 * Opportunities and their sessions. Days are relative to the day the seed runs (negative is past;
 * weekends move to a weekday). Each session says how many bookings of each kind it gets; the
 * demo expert's own booking is given separately as `jo` (keep those at least 3 days apart, so
 * that moving off a weekend can never put two of them on the same day).
 */
import type {
  BookingStatus,
  InvolvementStage,
  OpportunityStatus,
  OpportunityType,
  ParticipationLevel,
  PayBasis,
  PaymentStatus,
} from "@/lib/generated/prisma/enums";
import type { InstKey } from "./organisations";

export type BookingPlan = {
  /** attended, no-show, confirmed, requested, waitlisted, declined, withdrawn, cancelled by the university */
  a?: number;
  ns?: number;
  c?: number;
  r?: number;
  w?: number;
  d?: number;
  wd?: number;
  cbu?: number;
  jo?: BookingStatus;
  /** Other named experts' bookings, for stories the demo tells (e.g. why someone paused). */
  pins?: [string, BookingStatus][];
  /** The demo expert's payment status for this session, when attended. */
  joPay?: PaymentStatus;
  /** Past session whose attendance the coordinator has not recorded yet. */
  unrecorded?: boolean;
};

export type SessionSpec = { day: number; start: string; end: string; places: number; online?: boolean } & BookingPlan;

export type OpportunitySpec = {
  key: string;
  inst: InstKey;
  type: OpportunityType;
  stage: InvolvementStage;
  status: OpportunityStatus;
  title: string;
  summary: string;
  whatYouWillDo: string;
  sought: string[];
  module?: string;
  basis: PayBasis;
  prepMinutes?: number;
  debrief?: boolean;
  requestedBy?: string;
  requestNotes?: string;
  placesWanted?: number;
  cancelReason?: string;
  /** How the involvement is described on the module's evidence record. */
  evidence?: string;
  sessions: SessionSpec[];
};

const s = (
  day: number,
  start: string,
  end: string,
  places: number,
  plan: BookingPlan = {},
  online = false,
): SessionSpec => ({
  day,
  start,
  end,
  places,
  online,
  ...plan,
});

/**
 * How deep each kind of demo involvement goes (issue 15), so the reports show depth. Recruitment
 * events are left without a level, as older records would be: "Not recorded" is shown too.
 */
export const DEMO_PARTICIPATION_LEVEL: Partial<Record<OpportunityType, ParticipationLevel>> = {
  TEACHING: "USER_LED",
  SKILLS_ROLE_PLAY: "PARTNERSHIP",
  ADMISSIONS_SELECTION: "PARTNERSHIP",
  ASSESSMENT: "PARTNERSHIP",
  CURRICULUM_DESIGN: "PARTNERSHIP",
  PROGRAMME_BOARD: "CONSULTATION",
  PRACTICE_LEARNING: "PARTNERSHIP",
  RESEARCH: "CONSULTATION",
  RECORDED_CONTENT: "USER_LED",
};

export const OPPORTUNITIES: OpportunitySpec[] = [
  // ── Northbridge ──
  {
    key: "n1",
    inst: "N",
    type: "TEACHING",
    stage: "TEACHING_LEARNING",
    status: "OPEN",
    module: "SWM703",
    basis: "HOUR",
    prepMinutes: 60,
    debrief: true,
    title: "Living with mental health problems: what helped and what did not",
    summary: "Talk with MSc students about your experience of mental health services. You choose what to share.",
    whatYouWillDo:
      "Join the lecturer for a two-hour seminar. Speak for about 20 minutes, then answer students' questions in small groups. We meet for an hour beforehand to plan together.",
    sought: ["mental health", "carer"],
    evidence: "People with lived experience of mental health services co-led a seminar on recovery and risk.",
    sessions: [
      s(-62, "10:00", "12:00", 2, { a: 1, jo: "ATTENDED", joPay: "PAID" }),
      s(-27, "10:00", "12:00", 2, { a: 2 }),
      s(6, "10:00", "12:00", 2, { r: 1, jo: "CONFIRMED" }),
      s(27, "14:00", "16:00", 2, { r: 1 }),
    ],
  },
  {
    key: "n2",
    inst: "N",
    type: "SKILLS_ROLE_PLAY",
    stage: "TEACHING_LEARNING",
    status: "OPEN",
    module: "SW4001",
    basis: "HALF_DAY",
    prepMinutes: 30,
    debrief: true,
    title: "Skills day: a first home visit",
    summary:
      "Help first-year students practise a first home visit. You play a person or carer meeting a social worker for the first time.",
    whatYouWillDo:
      "We give you a short scenario a week before. Students take turns to visit you; after each one you tell them how it felt. Lunch and a debrief are included.",
    sought: ["carer", "learning disability", "mental health", "poverty"],
    evidence: "Experts by experience played people and carers in first-visit role-plays and gave students feedback.",
    sessions: [
      s(-75, "09:30", "12:30", 6, { a: 4, pins: [["lee", "ATTENDED"]] }),
      s(-33, "09:30", "12:30", 6, { a: 4, ns: 1, jo: "ATTENDED", joPay: "SUBMITTED" }),
      s(-2, "09:30", "12:30", 6, { c: 4, unrecorded: true }),
      s(5, "09:30", "12:30", 6, { c: 3, r: 1 }),
      s(12, "09:30", "12:30", 6, { c: 1, r: 2, wd: 1, jo: "CONFIRMED" }),
    ],
  },
  {
    key: "n3",
    inst: "N",
    type: "ADMISSIONS_SELECTION",
    stage: "ADMISSIONS_SELECTION",
    status: "OPEN",
    basis: "HALF_DAY",
    prepMinutes: 90,
    title: "Interview panels for BA Social Work applicants",
    summary: "Sit on an interview panel with a lecturer and help choose next year's students.",
    whatYouWillDo:
      "You ask one or two agreed questions and score answers with the panel. We train you beforehand and you get the questions in advance.",
    sought: ["any lived experience of social care"],
    sessions: [
      s(-48, "09:00", "13:00", 3, { a: 2, jo: "ATTENDED", joPay: "SENT_TO_FINANCE" }),
      s(-20, "09:00", "13:00", 3, { a: 2, ns: 1 }),
      s(3, "09:00", "13:00", 3, { c: 3, w: 1, jo: "WAITLISTED" }),
      s(10, "09:00", "13:00", 3, { c: 1, r: 1, d: 1 }),
      s(17, "09:00", "13:00", 3, { r: 1, jo: "REQUESTED" }),
    ],
  },
  {
    key: "n4",
    inst: "N",
    type: "ASSESSMENT",
    stage: "ASSESSMENT",
    status: "OPEN",
    module: "SW4001",
    basis: "HOUR",
    prepMinutes: 30,
    title: "Observed interviews: feedback on students' skills",
    summary: "Watch short recorded interviews and help mark how well students listened and explained.",
    whatYouWillDo:
      "Work alongside a lecturer with a simple marking sheet. Your comments go into each student's feedback.",
    sought: ["any lived experience of social care"],
    evidence: "Experts by experience co-marked observed interviews and wrote feedback for students.",
    sessions: [
      s(-13, "13:00", "16:00", 2, { a: 2 }),
      s(8, "13:00", "16:00", 2, { c: 1, r: 1 }),
      s(9, "13:00", "16:00", 2, { c: 2, w: 1, wd: 1 }),
    ],
  },
  {
    key: "n5",
    inst: "N",
    type: "CURRICULUM_DESIGN",
    stage: "PROGRAMME_DESIGN",
    status: "OPEN",
    module: "SW5002",
    basis: "HOUR",
    title: "Help us redesign the Social Work with Adults module",
    summary:
      "Tell us what second-year students should learn about adult social care, and help choose the case studies.",
    whatYouWillDo:
      "Two online workshops with the module leader. No preparation needed; we send the current outline to read if you want to.",
    sought: ["carer", "physical disability", "dementia carer", "older person"],
    evidence: "Carers and disabled people reviewed the module outline and chose new case studies.",
    sessions: [s(-40, "10:00", "12:00", 4, { a: 3 }, true), s(20, "10:00", "12:00", 4, { c: 2, r: 1 }, true)],
  },
  {
    key: "n6",
    inst: "N",
    type: "PROGRAMME_BOARD",
    stage: "QUALITY_ASSURANCE",
    status: "FILLED",
    basis: "HOUR",
    prepMinutes: 60,
    title: "Programme board: service user and carer members",
    summary: "Be one of two people with lived experience on the board that oversees the social work degrees.",
    whatYouWillDo:
      "Read the papers (we go through them with you first), attend the meeting and say what you think. Meetings are once a term.",
    sought: ["any lived experience of social care"],
    sessions: [
      s(-118, "14:00", "16:30", 2, { a: 2 }),
      s(-70, "14:00", "16:30", 2, { a: 2 }),
      s(35, "14:00", "16:30", 2, { c: 2 }),
    ],
  },
  {
    key: "n7",
    inst: "N",
    type: "PRACTICE_LEARNING",
    stage: "PRACTICE_LEARNING",
    status: "OPEN",
    module: "PQPE01",
    basis: "HOUR",
    prepMinutes: 30,
    debrief: true,
    title: "What good practice learning looks like",
    summary:
      "Talk with experienced social workers training to be practice educators about what you want from a student on placement.",
    whatYouWillDo: "A relaxed discussion in small groups, led by you and a lecturer.",
    sought: ["any lived experience of social care"],
    evidence:
      "An expert by experience led a discussion with trainee practice educators on feedback from people who use services.",
    sessions: [s(-16, "13:30", "15:30", 2, { a: 1, d: 1 }), s(13, "13:30", "15:30", 2, { r: 2 })],
  },
  {
    key: "n8",
    inst: "N",
    type: "RECORDED_CONTENT",
    stage: "TEACHING_LEARNING",
    status: "CLOSED",
    module: "SW6004",
    basis: "FIXED",
    prepMinutes: 60,
    debrief: true,
    title: "Record a conversation about growing up as a young carer",
    summary:
      "Record a 15-minute conversation with a lecturer for final-year students to watch. You approve the video before anyone sees it.",
    whatYouWillDo:
      "Plan the questions together, record in a quiet studio, then watch it back and decide if you are happy.",
    sought: ["young carer"],
    evidence: "A recorded conversation with a former young carer was added to the module's online materials.",
    sessions: [s(-52, "10:00", "11:30", 1, { a: 1 })],
  },
  {
    key: "n9",
    inst: "N",
    type: "TEACHING",
    stage: "TEACHING_LEARNING",
    status: "DRAFT",
    module: "SW5002",
    basis: "HOUR",
    prepMinutes: 30,
    debrief: true,
    requestedBy: "priya",
    requestNotes: "Weeks of 12 or 19 January, mornings. Second-year group of about 60 students.",
    placesWanted: 2,
    title: "Carers' experience of adult social care assessments",
    summary: "Share what it was like to have your needs as a carer assessed, with second-year students.",
    whatYouWillDo: "A one-hour session with the module leader, with time for questions.",
    sought: ["carer", "dementia carer"],
    sessions: [],
  },
  {
    key: "n10",
    inst: "N",
    type: "RESEARCH",
    stage: "TEACHING_LEARNING",
    status: "OPEN",
    module: "SWM802",
    basis: "HOUR",
    title: "Research advisory group for MSc dissertations",
    summary: "Help MSc students plan research that is respectful and useful to people who use services.",
    whatYouWillDo:
      "Students share short plans online in the evening; you tell them what would make their questions and information sheets clearer.",
    sought: ["any lived experience of social care"],
    evidence: "Experts by experience advised students on research questions and participant information.",
    sessions: [s(-24, "18:00", "19:30", 4, { a: 3 }, true), s(14, "18:00", "19:30", 4, { c: 2, r: 1 }, true)],
  },
  {
    key: "n11",
    inst: "N",
    type: "RECRUITMENT_EVENT",
    stage: "ADMISSIONS_SELECTION",
    status: "CLOSED",
    basis: "HOUR",
    title: "Welcome week: meet the new social work students",
    summary: "Welcome new students and tell them why people with lived experience are part of their course.",
    whatYouWillDo: "A short talk with other experts by experience, then tea and conversation.",
    sought: ["any lived experience of social care"],
    sessions: [s(-78, "11:00", "13:00", 3, { a: 3 })],
  },
  {
    key: "n12",
    inst: "N",
    type: "CURRICULUM_DESIGN",
    stage: "PROGRAMME_DESIGN",
    status: "CLOSED",
    module: "SW4001",
    basis: "DAY",
    title: "Review day for the first-year modules",
    summary: "A day looking back at last year's first-year teaching and deciding what to change.",
    whatYouWillDo: "Work in small groups with lecturers and students. Lunch provided.",
    sought: ["any lived experience of social care"],
    evidence: "Experts by experience joined the annual review of first-year teaching and agreed changes.",
    sessions: [s(-112, "10:00", "15:30", 5, { a: 4 })],
  },
  {
    key: "n13",
    inst: "N",
    type: "TEACHING",
    stage: "TEACHING_LEARNING",
    status: "DRAFT",
    module: "SW6004",
    basis: "HOUR",
    prepMinutes: 60,
    debrief: true,
    title: "Being a parent under a child protection plan",
    summary: "Help final-year students understand what a child protection plan feels like for a family.",
    whatYouWillDo: "Speak with a lecturer in a seminar, then answer questions. You decide what you share.",
    sought: ["child protection", "single parent"],
    sessions: [s(40, "10:00", "12:00", 2)],
  },
  // ── Riverside ──
  {
    key: "r1",
    inst: "R",
    type: "TEACHING",
    stage: "TEACHING_LEARNING",
    status: "OPEN",
    module: "HSC1102",
    basis: "HOUR",
    prepMinutes: 60,
    debrief: true,
    title: "Communication that works: talking with people with learning disabilities",
    summary: "Help first-year students learn to explain things clearly and listen well.",
    whatYouWillDo:
      "Take part in a workshop with the lecturer. Students practise with you in pairs and you tell them what worked.",
    sought: ["learning disability", "autism"],
    evidence: "Self-advocates co-delivered a communication workshop on plain language and listening.",
    sessions: [
      s(-36, "10:00", "12:00", 3, { a: 3 }),
      s(-29, "10:00", "12:00", 3, { a: 2, wd: 1 }),
      s(4, "10:00", "12:00", 3, { c: 1, r: 1 }),
      s(11, "10:00", "12:00", 3, { c: 1 }),
    ],
  },
  {
    key: "r2",
    inst: "R",
    type: "SKILLS_ROLE_PLAY",
    stage: "ASSESSMENT",
    status: "FILLED",
    module: "HSC2205",
    basis: "DAY",
    prepMinutes: 60,
    debrief: true,
    title: "Assessed role-play interviews for second-year students",
    summary: "Play a person in a safeguarding scenario while students are assessed on their interviewing.",
    whatYouWillDo:
      "Each student interviews you for 20 minutes. You give a short score on how respected you felt. Breaks every hour.",
    sought: ["domestic abuse survivor", "older person", "mental health"],
    evidence: "Experts by experience took part in assessed safeguarding interviews and scored students on respect.",
    sessions: [s(-9, "09:30", "16:00", 4, { a: 4 }), s(2, "09:30", "16:00", 4, { c: 4, w: 2 })],
  },
  {
    key: "r3",
    inst: "R",
    type: "ADMISSIONS_SELECTION",
    stage: "ADMISSIONS_SELECTION",
    status: "OPEN",
    basis: "HALF_DAY",
    prepMinutes: 60,
    title: "Interview panels for MA Social Work applicants",
    summary: "Join a lecturer on an interview panel for the MA. Your score counts the same as theirs.",
    whatYouWillDo: "Short training, then three or four interviews in an afternoon.",
    sought: ["any lived experience of social care"],
    sessions: [
      s(-44, "13:00", "17:00", 2, { a: 2 }),
      s(7, "13:00", "17:00", 2, { c: 1, r: 1 }),
      s(21, "13:00", "17:00", 2, { r: 1 }),
    ],
  },
  {
    key: "r4",
    inst: "R",
    type: "RECRUITMENT_EVENT",
    stage: "ADMISSIONS_SELECTION",
    status: "OPEN",
    basis: "HOUR",
    title: "Open day: tell future students why lived experience matters",
    summary: "Talk to people thinking of studying social work about your part in the course.",
    whatYouWillDo: "A 15-minute talk in the social work tent, then chatting with visitors.",
    sought: ["any lived experience of social care"],
    sessions: [s(-57, "10:00", "13:00", 2, { a: 2 }), s(16, "10:00", "13:00", 2, { c: 1, d: 1 })],
  },
  {
    key: "r5",
    inst: "R",
    type: "PROGRAMME_BOARD",
    stage: "QUALITY_ASSURANCE",
    status: "CANCELLED",
    basis: "HOUR",
    prepMinutes: 60,
    cancelReason:
      "The annual review has moved to the spring because the external examiner is unwell. We will post new dates.",
    title: "Annual programme review panel",
    summary: "Help review how the BA went this year and what should change.",
    whatYouWillDo: "Read a short summary with a coordinator, then join the review meeting.",
    sought: ["any lived experience of social care"],
    sessions: [s(9, "13:00", "16:00", 3, { cbu: 2 })],
  },
  {
    key: "r6",
    inst: "R",
    type: "TEACHING",
    stage: "TEACHING_LEARNING",
    status: "DRAFT",
    module: "HSC3301",
    basis: "HOUR",
    prepMinutes: 60,
    debrief: true,
    requestedBy: "aisha",
    requestNotes: "Any Tuesday afternoon in February. Small group of about 25 final-year students.",
    placesWanted: 1,
    title: "Mental health crisis: a lived experience session",
    summary: "Share your experience of a mental health crisis and what helped, with final-year students.",
    whatYouWillDo: "A seminar with the module leader; you decide what to share and can stop at any time.",
    sought: ["mental health"],
    sessions: [],
  },
  {
    key: "r7",
    inst: "R",
    type: "PRACTICE_LEARNING",
    stage: "PRACTICE_LEARNING",
    status: "OPEN",
    module: "HSC7100",
    basis: "HOUR",
    debrief: true,
    title: "Preparing for placement: what people want from a student social worker",
    summary: "Help MA students get ready for their first placement.",
    whatYouWillDo: "Small-group conversations about first meetings, honesty and keeping in touch.",
    sought: ["any lived experience of social care"],
    evidence: "People who use services helped MA students prepare for their first placement.",
    sessions: [s(-6, "14:00", "16:00", 3, { a: 2, ns: 1 }), s(23, "14:00", "16:00", 3, { c: 1, r: 1 })],
  },
  {
    key: "r8",
    inst: "R",
    type: "RESEARCH",
    stage: "QUALITY_ASSURANCE",
    status: "OPEN",
    module: "HSC7210",
    basis: "HOUR",
    title: "Co-researchers: carers' assessments study",
    summary: "Help a lecturer shape a small study on carers' assessments, from questions to findings.",
    whatYouWillDo: "Meet with the research team to look at interview questions and, later, the findings.",
    sought: ["carer", "dementia carer"],
    sessions: [s(-4, "10:00", "12:00", 2, { c: 2, unrecorded: true }), s(30, "10:00", "12:00", 2, { r: 1 })],
  },
  // ── Eastgate ──
  {
    key: "e1",
    inst: "E",
    type: "TEACHING",
    stage: "TEACHING_LEARNING",
    status: "OPEN",
    module: "ECSW101",
    basis: "HOUR",
    prepMinutes: 30,
    debrief: true,
    title: "Values and ethics: living on a low income",
    summary: "Help first-year students understand poverty and how it feels to be judged for it.",
    whatYouWillDo: "Speak with the lecturer for part of a seminar and take questions.",
    sought: ["poverty", "homelessness", "refugee"],
    evidence: "People with experience of poverty led discussion on stigma and respect.",
    sessions: [
      s(-41, "10:00", "12:00", 2, { a: 2 }),
      s(-12, "10:00", "12:00", 2, { c: 2, unrecorded: true }),
      s(1, "10:00", "12:00", 2, { c: 1, r: 1 }),
      s(22, "10:00", "12:00", 2),
    ],
  },
  {
    key: "e2",
    inst: "E",
    type: "ASSESSMENT",
    stage: "ASSESSMENT",
    status: "CLOSED",
    module: "ECSW204",
    basis: "HOUR",
    title: "Marking reflective pieces with the teaching team",
    summary: "Read anonymous reflective pieces with a lecturer and say whether students show respect for families.",
    whatYouWillDo: "Work in pairs with a lecturer, using a short checklist.",
    sought: ["carer", "child protection"],
    evidence: "Carers co-marked reflective assignments with the teaching team.",
    sessions: [s(-66, "13:00", "16:00", 2, { a: 2 }), s(-59, "13:00", "16:00", 2, { a: 1, ns: 1 })],
  },
  {
    key: "e3",
    inst: "E",
    type: "PRACTICE_LEARNING",
    stage: "PRACTICE_LEARNING",
    status: "OPEN",
    module: "ECSW204",
    basis: "HALF_DAY",
    prepMinutes: 30,
    title: "Readiness for practice panels",
    summary: "Sit on a panel that decides if students are ready to start their first placement.",
    whatYouWillDo: "Each student talks for ten minutes; you ask a question and share your view with the panel.",
    sought: ["any lived experience of social care"],
    evidence: "An expert by experience sat on each readiness-for-practice panel.",
    sessions: [
      s(-19, "09:00", "12:30", 2, { a: 2 }),
      s(3, "09:00", "12:30", 2, { c: 1, r: 1 }),
      s(24, "09:00", "12:30", 2, { r: 1 }),
    ],
  },
  {
    key: "e4",
    inst: "E",
    type: "CURRICULUM_DESIGN",
    stage: "PROGRAMME_DESIGN",
    status: "OPEN",
    module: "ECPQ01",
    basis: "DAY",
    title: "Co-design the new adult safeguarding course",
    summary: "Help design a new course for qualified social workers about keeping adults safe.",
    whatYouWillDo: "A day of workshops with lecturers and practitioners. Lunch provided.",
    sought: ["older person", "learning disability", "domestic abuse survivor"],
    sessions: [s(30, "10:00", "15:00", 4, { c: 2, r: 1 })],
  },
  {
    key: "e5",
    inst: "E",
    type: "RECORDED_CONTENT",
    stage: "TEACHING_LEARNING",
    status: "OPEN",
    module: "ECSW101",
    basis: "FIXED",
    prepMinutes: 60,
    debrief: true,
    title: "Short films: what good support from a social worker looks like",
    summary:
      "Be filmed talking about one good experience with a social worker. Students will watch the films in class.",
    whatYouWillDo: "A short planning chat, then filming in a quiet room. You see the film before it is used.",
    sought: ["any lived experience of social care"],
    evidence: "Experts by experience recorded short films used in ethics seminars.",
    sessions: [s(-1, "10:00", "12:00", 3, { a: 2 }), s(13, "10:00", "12:00", 3, { c: 1, r: 1 })],
  },
  {
    key: "e6",
    inst: "E",
    type: "SKILLS_ROLE_PLAY",
    stage: "TEACHING_LEARNING",
    status: "FILLED",
    module: "ECSW204",
    basis: "HALF_DAY",
    prepMinutes: 30,
    debrief: true,
    title: "Role-play: a carer's assessment",
    summary: "Play a carer having their needs assessed, so students can practise.",
    whatYouWillDo: "We give you a scenario; you can bring in your own experience as much or as little as you like.",
    sought: ["carer", "young carer", "dementia carer"],
    evidence: "Carers played themselves in carers' assessment role-plays.",
    sessions: [s(-26, "09:30", "12:30", 3, { a: 3 }), s(8, "09:30", "12:30", 3, { c: 3, w: 1 })],
  },
];
