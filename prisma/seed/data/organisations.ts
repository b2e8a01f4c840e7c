/** The demo partnership: institutions, staff, programmes, modules, partner groups and rate cards. */
import { DEMO_ACCOUNTS } from "@/lib/demo/accounts";
import type { OpportunityType, PartnerType, PayBasis, ProgrammeLevel } from "@/lib/generated/prisma/enums";

export const PARTNERSHIP_NAME = "North Bridge Social Work Teaching Partnership";

export type InstKey = "N" | "R" | "E";

export type InstitutionSpec = {
  key: InstKey;
  name: string;
  shortName: string;
  costCentre: string;
  location: string;
  accessInfo: string;
  meetPrefix: string;
  /** Rate card in pence for HOUR / HALF_DAY / DAY, and FIXED for recorded content. */
  rates: { HOUR: number; HALF_DAY: number; DAY: number; FIXED: number };
};

export const INSTITUTIONS: InstitutionSpec[] = [
  {
    key: "N",
    name: "Northbridge University",
    shortName: "Northbridge",
    costCentre: "SW-4410",
    location: "Room 2.14, Hilltop Building, Northbridge campus",
    accessInfo: "Step-free entrance on Mill Lane; accessible toilet on each floor; quiet room 2.10 available",
    meetPrefix: "https://meet.example.org/northbridge-sw",
    rates: { HOUR: 2500, HALF_DAY: 8000, DAY: 15000, FIXED: 6000 },
  },
  {
    key: "R",
    name: "Riverside University",
    shortName: "Riverside",
    costCentre: "HSC-220",
    location: "Seminar Room G.05, Waterside Centre, Riverside campus",
    accessInfo: "Level access from the river path; hearing loop in G.05; two accessible parking bays by the main door",
    meetPrefix: "https://meet.example.org/riverside-hsc",
    rates: { HOUR: 2400, HALF_DAY: 7500, DAY: 14000, FIXED: 5500 },
  },
  {
    key: "E",
    name: "Eastgate College",
    shortName: "Eastgate",
    costCentre: "EC-SOC-07",
    location: "Room 104, Castle Street site, Eastgate College",
    accessInfo: "Lift to all floors; accessible toilet next to room 104; a quiet room is available on request",
    meetPrefix: "https://meet.example.org/eastgate-soc",
    rates: { HOUR: 2200, HALF_DAY: 7000, DAY: 13000, FIXED: 5000 },
  },
];

export const ONLINE_ACCESS =
  "Online: live captions on; cameras optional; a coordinator opens the meeting 15 minutes early to help you connect";

/** Types whose rates also pay preparation time. */
export const PAYS_PREPARATION: OpportunityType[] = ["TEACHING", "SKILLS_ROLE_PLAY", "ASSESSMENT", "RECORDED_CONTENT"];

/** Bases on every type's rate card; FIXED only where a fee per piece of work makes sense. */
export const RATE_BASES: PayBasis[] = ["HOUR", "HALF_DAY", "DAY"];
export const FIXED_RATE_TYPES: OpportunityType[] = ["RECORDED_CONTENT"];

/** Northbridge's uplift for teaching, from the start of the current academic year. */
export const TEACHING_UPLIFT = { inst: "N" as InstKey, amountPence: 2750 };

export type StaffRole = "COORDINATOR" | "ACADEMIC" | "ADMIN";
export type StaffSpec = { key: string; name: string; email: string; role: StaffRole; inst: InstKey; phone?: string };

function demo(role: StaffRole): { name: string; email: string } {
  const account = DEMO_ACCOUNTS.find((a) => a.role === role);
  if (!account) throw new Error(`No demo account for ${role}`);
  return { name: account.name, email: account.email };
}

export const STAFF: StaffSpec[] = [
  { key: "sam", ...demo("COORDINATOR"), role: "COORDINATOR", inst: "N", phone: "0161 496 0213" },
  { key: "priya", ...demo("ACADEMIC"), role: "ACADEMIC", inst: "N" },
  { key: "alex", ...demo("ADMIN"), role: "ADMIN", inst: "N" },
  {
    key: "ruksana",
    name: "Ruksana Begum",
    email: "ruksana.begum@riverside.ac.uk",
    role: "COORDINATOR",
    inst: "R",
    phone: "0113 496 0871",
  },
  {
    key: "neil",
    name: "Neil Fletcher",
    email: "neil.fletcher@eastgate.ac.uk",
    role: "COORDINATOR",
    inst: "E",
    phone: "0114 496 0390",
  },
  { key: "martin", name: "Dr Martin Hughes", email: "martin.hughes@northbridge.ac.uk", role: "ACADEMIC", inst: "N" },
  { key: "claire", name: "Claire Donnelly", email: "claire.donnelly@northbridge.ac.uk", role: "ACADEMIC", inst: "N" },
  { key: "aisha", name: "Dr Aisha Khan", email: "aisha.khan@riverside.ac.uk", role: "ACADEMIC", inst: "R" },
  { key: "david", name: "Prof. David Ellison", email: "david.ellison@riverside.ac.uk", role: "ACADEMIC", inst: "R" },
  { key: "gareth", name: "Gareth Price", email: "gareth.price@eastgate.ac.uk", role: "ACADEMIC", inst: "E" },
  { key: "funmi", name: "Dr Funmi Adeyemi", email: "funmi.adeyemi@eastgate.ac.uk", role: "ACADEMIC", inst: "E" },
];

/** The coordinator who runs involvement at each institution. */
export const COORDINATOR_OF: Record<InstKey, string> = { N: "sam", R: "ruksana", E: "neil" };

export type ProgrammeSpec = { key: string; inst: InstKey; name: string; level: ProgrammeLevel };

export const PROGRAMMES: ProgrammeSpec[] = [
  { key: "nBA", inst: "N", name: "BA (Hons) Social Work", level: "QUALIFYING_UNDERGRADUATE" },
  { key: "nMSc", inst: "N", name: "MSc Social Work", level: "QUALIFYING_POSTGRADUATE" },
  { key: "nPQ", inst: "N", name: "Post-qualifying Practice Education", level: "POST_QUALIFYING" },
  { key: "rBA", inst: "R", name: "BA (Hons) Social Work", level: "QUALIFYING_UNDERGRADUATE" },
  { key: "rMA", inst: "R", name: "MA Social Work", level: "QUALIFYING_POSTGRADUATE" },
  { key: "eBA", inst: "E", name: "BA (Hons) Social Work", level: "QUALIFYING_UNDERGRADUATE" },
  { key: "ePQ", inst: "E", name: "Post-qualifying Award in Adult Safeguarding", level: "POST_QUALIFYING" },
];

export type ModuleSpec = {
  code: string;
  programme: string;
  title: string;
  yearOfStudy: number;
  leader: string;
  /** Also ran last academic year (so last year's evidence has somewhere to live). */
  lastYearToo?: boolean;
};

export const MODULES: ModuleSpec[] = [
  {
    code: "SW4001",
    programme: "nBA",
    title: "Readiness for Direct Practice",
    yearOfStudy: 1,
    leader: "priya",
    lastYearToo: true,
  },
  { code: "SW4003", programme: "nBA", title: "Human Growth and Development", yearOfStudy: 1, leader: "martin" },
  {
    code: "SW5002",
    programme: "nBA",
    title: "Social Work with Adults",
    yearOfStudy: 2,
    leader: "priya",
    lastYearToo: true,
  },
  {
    code: "SW6004",
    programme: "nBA",
    title: "Social Work with Children and Families",
    yearOfStudy: 3,
    leader: "claire",
  },
  { code: "SWM701", programme: "nMSc", title: "Law, Rights and Social Justice", yearOfStudy: 1, leader: "priya" },
  { code: "SWM703", programme: "nMSc", title: "Mental Health and Social Work", yearOfStudy: 1, leader: "martin" },
  {
    code: "SWM802",
    programme: "nMSc",
    title: "Critical Reflection and Research Methods",
    yearOfStudy: 2,
    leader: "claire",
  },
  { code: "PQPE01", programme: "nPQ", title: "Enabling Learning in Practice", yearOfStudy: 1, leader: "claire" },
  {
    code: "HSC1102",
    programme: "rBA",
    title: "Communication Skills for Social Work",
    yearOfStudy: 1,
    leader: "aisha",
    lastYearToo: true,
  },
  { code: "HSC2205", programme: "rBA", title: "Safeguarding Adults and Children", yearOfStudy: 2, leader: "david" },
  {
    code: "HSC3301",
    programme: "rBA",
    title: "Social Work in Mental Health and Disability",
    yearOfStudy: 3,
    leader: "aisha",
  },
  { code: "HSC7100", programme: "rMA", title: "Foundations of Social Work Practice", yearOfStudy: 1, leader: "david" },
  { code: "HSC7210", programme: "rMA", title: "Social Work Research Dissertation", yearOfStudy: 2, leader: "david" },
  {
    code: "ECSW101",
    programme: "eBA",
    title: "Values and Ethics in Social Work",
    yearOfStudy: 1,
    leader: "gareth",
    lastYearToo: true,
  },
  { code: "ECSW204", programme: "eBA", title: "Working with Families and Carers", yearOfStudy: 2, leader: "funmi" },
  { code: "ECPQ01", programme: "ePQ", title: "Adult Safeguarding in Practice", yearOfStudy: 1, leader: "funmi" },
];

export type PartnerKey = "voices" | "carers" | "speakUp" | "careLeavers" | "hopeStreet" | "womensAid" | "refugee";
export type PartnerSpec = {
  key: PartnerKey;
  name: string;
  type: PartnerType;
  contactName: string;
  contactEmail: string;
  contactPhone: string;
  notes: string;
};

export const PARTNERS: PartnerSpec[] = [
  {
    key: "voices",
    name: "Voices Together user-led group",
    type: "USER_LED_GROUP",
    contactName: "Maxine Shaw",
    contactEmail: "hello@voicestogether.example.org",
    contactPhone: "0161 496 0555",
    notes:
      "Run by and for people who use mental health and disability services. Invoices monthly on behalf of members who ask it to.",
  },
  {
    key: "carers",
    name: "Riverside Carers' Centre",
    type: "CARERS_CENTRE",
    contactName: "Jean Pritchard",
    contactEmail: "involvement@riversidecarers.example.org",
    contactPhone: "0113 496 0102",
    notes:
      "Can arrange replacement care at short notice if we give a week's warning. Carers' coffee morning every Thursday.",
  },
  {
    key: "speakUp",
    name: "Speak Up Advocacy",
    type: "ADVOCACY_GROUP",
    contactName: "Owen Parry",
    contactEmail: "owen@speakupadvocacy.example.org",
    contactPhone: "0114 496 0777",
    notes:
      "Self-advocacy group for people with learning disabilities. Send Easy Read information at least a week before. Invoices for its members.",
  },
  {
    key: "careLeavers",
    name: "Care Leavers' Forum",
    type: "OTHER",
    contactName: "Danielle Hart",
    contactEmail: "forum@careleavers.example.org",
    contactPhone: "0161 496 0321",
    notes: "Hosted by the leaving care service; meets on the first Monday of the month. Members are 18 to 25.",
  },
  {
    key: "hopeStreet",
    name: "Hope Street Recovery Network",
    type: "VOLUNTARY_ORGANISATION",
    contactName: "Andy Cole",
    contactEmail: "andy@hopestreet.example.org",
    contactPhone: "0113 496 0444",
    notes: "Peer support for people in recovery from drug and alcohol use. Prefers afternoon sessions.",
  },
  {
    key: "womensAid",
    name: "Women's Aid North",
    type: "VOLUNTARY_ORGANISATION",
    contactName: "Rebecca Lowe",
    contactEmail: "training@womensaidnorth.example.org",
    contactPhone: "0114 496 0199",
    notes:
      "Never share survivors' surnames or where they live. Sessions must have a named person for support afterwards.",
  },
  {
    key: "refugee",
    name: "Eastgate Refugee Welcome",
    type: "VOLUNTARY_ORGANISATION",
    contactName: "Samir Haddad",
    contactEmail: "welcome@eastgaterefugees.example.org",
    contactPhone: "0114 496 0660",
    notes: "Can book interpreters (Arabic, Farsi, Tigrinya) with two weeks' notice.",
  },
];
