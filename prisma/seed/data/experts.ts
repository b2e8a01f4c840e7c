/** The pool of experts by experience. Biographies are anonymised and in the person's own voice. */
import { DEMO_ACCOUNTS } from "@/lib/demo/accounts";
import type { ExpertStatus, LimitPeriod, OpportunityType, PaymentPreference } from "@/lib/generated/prisma/enums";
import type { PartnerKey } from "./organisations";

export type ExpertSpec = {
  key: string;
  name: string;
  email: string;
  phone?: string;
  status: ExpertStatus;
  statusReason?: string;
  /** For PAUSED and LEFT: how many days ago the status changed. */
  changedDaysAgo?: number;
  lived: string[];
  interests: OpportunityType[];
  availability: string;
  access?: string;
  pay: PaymentPreference;
  payPartner?: PartnerKey;
  limit?: [number, LimitPeriod];
  bio?: string;
  /** Biography written but not yet approved by the expert. */
  bioPending?: boolean;
  support?: [string, string];
  contact: string;
  joinedDaysAgo: number;
  /** Days from today of the induction; negative is in the past. */
  inductionDay?: number;
  partners: PartnerKey[];
  /** Not offered anything in the last 90 days (for the "who has not been asked lately" view). */
  quiet?: boolean;
};

const jo = DEMO_ACCOUNTS.find((a) => a.role === "EXPERT");
if (!jo) throw new Error("No demo expert account");

export const DEMO_EXPERT_KEY = "jo";

export const EXPERTS: ExpertSpec[] = [
  {
    key: DEMO_EXPERT_KEY, name: jo.name, email: jo.email, phone: "07700 900112", status: "ACTIVE",
    lived: ["carer", "mental health"], interests: ["TEACHING", "SKILLS_ROLE_PLAY", "ADMISSIONS_SELECTION"],
    availability: "Weekday mornings suit me best; I need to be home by 3pm.",
    pay: "BANK_TRANSFER", limit: [18300, "WEEK"],
    bio: "I have cared for my son, who lives with a long-term mental health condition, for more than ten years. I have also used community mental health services myself. I want students to understand what an assessment feels like from the other side of the table.",
    support: ["My sister", "07700 900113"], contact: "sam", joinedDaysAgo: 720, inductionDay: -690, partners: ["carers", "voices"],
  },
  {
    key: "marcus", name: "Marcus Bell", email: "marcus.bell@involve.example", phone: "07700 900201", status: "ACTIVE",
    lived: ["care leaver", "homelessness"], interests: ["TEACHING", "RECRUITMENT_EVENT", "ADMISSIONS_SELECTION"],
    availability: "Any weekday after 10am. I work Saturdays.", pay: "BANK_TRANSFER",
    bio: "I grew up in foster care and children's homes and left care at eighteen. For a while after that I had nowhere stable to live. I talk about what made a difference: the workers who kept in touch and kept their promises.",
    support: ["Personal adviser, leaving care team", "0161 496 0330"], contact: "sam", joinedDaysAgo: 540, inductionDay: -520, partners: ["careLeavers"],
  },
  {
    key: "aaliyah", name: "Aaliyah Hussain", email: "aaliyah.hussain@involve.example", phone: "07700 900202", status: "ACTIVE",
    lived: ["young carer", "carer for my mum"], interests: ["TEACHING", "RECORDED_CONTENT", "RESEARCH"],
    availability: "Term-time afternoons; I'm a student myself.", pay: "VOUCHER",
    bio: "I have looked after my mum since I was twelve. She has multiple sclerosis. I want social workers to notice young carers early and to ask us what we need, not only what our parent needs.",
    support: ["Young carers' worker", "0113 496 0105"], contact: "ruksana", joinedDaysAgo: 400, inductionDay: -380, partners: ["carers"],
  },
  {
    key: "derek", name: "Derek Ashworth", email: "derek.ashworth@involve.example", phone: "0113 496 0921", status: "ACTIVE",
    lived: ["dementia carer", "carer for my wife"], interests: ["TEACHING", "CURRICULUM_DESIGN", "PROGRAMME_BOARD"],
    availability: "Tuesdays and Thursdays while my wife is at her day centre.", pay: "EXPENSES_ONLY",
    bio: "My wife was diagnosed with Alzheimer's disease six years ago and I am her main carer. I am retired and prefer not to take a fee. I talk about carers' assessments and what happens when the family is not listened to.",
    support: ["My daughter", "07700 900203"], contact: "ruksana", joinedDaysAgo: 900, inductionDay: -880, partners: ["carers"],
  },
  {
    key: "grace", name: "Grace Mensah", email: "grace.mensah@involve.example", phone: "07700 900204", status: "ACTIVE",
    lived: ["mental health", "detained under the Mental Health Act"], interests: ["TEACHING", "ASSESSMENT", "SKILLS_ROLE_PLAY"],
    availability: "Mornings are hard for me because of my medication; afternoons are best.",
    pay: "PAID_VIA_PARTNER", payPartner: "voices", limit: [67300, "MONTH"],
    bio: "I have been detained in hospital twice under the Mental Health Act. I now help run a peer support group. I want students to learn how much it matters to explain your rights to you in words you can follow.",
    support: ["Peer worker at Voices Together", "0161 496 0556"], contact: "sam", joinedDaysAgo: 610, inductionDay: -590, partners: ["voices"],
  },
  {
    key: "tom", name: "Tom Riley", email: "tom.riley@involve.example", phone: "07700 900205", status: "ACTIVE",
    lived: ["learning disability"], interests: ["SKILLS_ROLE_PLAY", "ADMISSIONS_SELECTION", "RECRUITMENT_EVENT"],
    availability: "Any day, but I need to know the plan a week before.",
    access: "Easy Read documents please; my supporter comes with me", pay: "PAID_VIA_PARTNER", payPartner: "speakUp",
    bio: "I have a learning disability and I live in my own flat with support. I like helping students practise talking with people like me. Please speak to me, not to my supporter.",
    support: ["Speak Up Advocacy", "0114 496 0777"], contact: "ruksana", joinedDaysAgo: 480, inductionDay: -460, partners: ["speakUp"],
  },
  {
    key: "nadia", name: "Nadia Kowalski", email: "nadia.kowalski@involve.example", status: "ACTIVE",
    lived: ["domestic abuse survivor"], interests: ["TEACHING", "CURRICULUM_DESIGN"],
    availability: "School hours only (9:30 to 2:30).",
    access: "Do not share my surname with students; I need to sit near the door", pay: "BANK_TRANSFER",
    bio: "I left an abusive relationship with my two children after many years. Some professionals helped and some made things more dangerous. I teach about listening, safety planning and believing people.",
    support: ["Outreach worker, Women's Aid North", "0114 496 0199"], contact: "neil", joinedDaysAgo: 350, inductionDay: -330, partners: ["womensAid"],
  },
  {
    key: "winston", name: "Winston Clarke", email: "winston.clarke@involve.example", phone: "07700 900207", status: "ACTIVE",
    lived: ["wheelchair user", "physical disability", "direct payments"], interests: ["TEACHING", "PROGRAMME_BOARD", "ASSESSMENT"],
    availability: "Late mornings onwards; I need to book accessible taxis two days ahead.",
    access: "Step-free access; needs a break every hour", pay: "BANK_TRANSFER", limit: [67300, "MONTH"],
    bio: "I became a wheelchair user after an accident at work. I employ my own personal assistants through direct payments. I want students to see disabled people as experts in our own lives.",
    support: ["My partner", "07700 900208"], contact: "sam", joinedDaysAgo: 1000, inductionDay: -980, partners: ["voices"],
  },
  {
    key: "siobhan", name: "Siobhan Kelly", email: "siobhan.kelly@involve.example", phone: "07700 900209", status: "ACTIVE",
    lived: ["addiction recovery", "homelessness"], interests: ["TEACHING", "SKILLS_ROLE_PLAY", "PRACTICE_LEARNING"],
    availability: "Weekdays; not Monday mornings (my group).", pay: "BANK_TRANSFER",
    bio: "I used heroin for many years and slept rough for two winters. I have been in recovery for six years and now volunteer in a hostel. I talk about hope, and about the workers who did not give up on me.",
    support: ["Hope Street key worker", "0113 496 0445"], contact: "ruksana", joinedDaysAgo: 760, inductionDay: -740, partners: ["hopeStreet"],
  },
  {
    key: "yusuf", name: "Yusuf Ahmadi", email: "yusuf.ahmadi@involve.example", phone: "07700 900210", status: "ACTIVE",
    lived: ["refugee", "poverty"], interests: ["TEACHING", "RESEARCH", "CURRICULUM_DESIGN"],
    availability: "Mornings; I study English in the afternoons.",
    access: "Arabic interpreter for sessions longer than an hour", pay: "VOUCHER",
    bio: "I came to the UK seeking asylum and waited three years for a decision. I now have refugee status and live with my family. I help students understand the asylum system and living on very little money.",
    support: ["Eastgate Refugee Welcome", "0114 496 0660"], contact: "neil", joinedDaysAgo: 300, inductionDay: -280, partners: ["refugee"],
  },
  {
    key: "bev", name: "Bev Turner", email: "bev.turner@involve.example", phone: "07700 900211", status: "ACTIVE",
    lived: ["poverty", "single parent", "child protection"], interests: ["TEACHING", "ASSESSMENT", "PRACTICE_LEARNING"],
    availability: "School hours.", pay: "BANK_TRANSFER", limit: [18300, "WEEK"],
    bio: "I brought up three children on my own on benefits. We had a child protection plan when my youngest was small. I share what it was like to be a parent under assessment, and what helped us stay together.",
    support: ["My friend", "07700 900212"], contact: "neil", joinedDaysAgo: 520, inductionDay: -500, partners: ["voices"],
  },
  {
    key: "kwame", name: "Kwame Osei", email: "kwame.osei@involve.example", phone: "07700 900213", status: "ACTIVE",
    lived: ["mental health", "psychosis"], interests: ["SKILLS_ROLE_PLAY", "ASSESSMENT", "RESEARCH"],
    availability: "Afternoons.", pay: "DECLINE",
    bio: "I was first unwell with psychosis at university. I now work part-time and manage my health with support. I choose not to take a fee; I come because I want better social workers.",
    support: ["Community mental health team duty line", "0161 496 0800"], contact: "sam", joinedDaysAgo: 450, inductionDay: -430, partners: ["voices", "hopeStreet"],
  },
  {
    key: "helen", name: "Helen Fairbrother", email: "helen.fairbrother@involve.example", phone: "07700 900214", status: "ACTIVE",
    lived: ["carer for my son", "autism"], interests: ["TEACHING", "CURRICULUM_DESIGN", "PROGRAMME_BOARD"],
    availability: "Mondays and Fridays.", pay: "BANK_TRANSFER",
    bio: "My son is autistic and has a learning disability, and I have fought for his support since he was small. I want students to see parents as partners, not as problems.",
    support: ["Riverside Carers' Centre", "0113 496 0102"], contact: "ruksana", joinedDaysAgo: 680, inductionDay: -660, partners: ["carers", "speakUp"],
  },
  {
    key: "daniel", name: "Daniel Okoro", email: "daniel.okoro@involve.example", status: "ACTIVE",
    lived: ["deaf", "BSL user"], interests: ["TEACHING", "RECORDED_CONTENT"],
    availability: "Any weekday, once an interpreter is booked.", access: "BSL interpreter", pay: "BANK_TRANSFER",
    bio: "I am Deaf and British Sign Language is my first language. I talk about what happens when services do not book interpreters and decisions are made without me.",
    support: ["My brother (text only)", "07700 900215"], contact: "sam", joinedDaysAgo: 380, inductionDay: -360, partners: ["voices"], quiet: true,
  },
  {
    key: "lisa", name: "Lisa Marsh", email: "lisa.marsh@involve.example", phone: "07700 900216", status: "ACTIVE",
    lived: ["domestic abuse survivor", "mental health"], interests: ["SKILLS_ROLE_PLAY", "ASSESSMENT"],
    availability: "Weekdays.", pay: "PAID_VIA_PARTNER", payPartner: "voices",
    bio: "I lived with domestic abuse for eight years and it affected my mental health badly. I now help students practise difficult conversations in role-plays.",
    support: ["Women's Aid North", "0114 496 0199"], contact: "neil", joinedDaysAgo: 560, inductionDay: -540, partners: ["womensAid", "voices"],
  },
  {
    key: "peter", name: "Peter Lomax", email: "peter.lomax@involve.example", phone: "07700 900217", status: "ACTIVE",
    lived: ["addiction recovery", "prison leaver"], interests: ["TEACHING", "PRACTICE_LEARNING", "RECRUITMENT_EVENT"],
    availability: "Afternoons.", pay: "EXPENSES_ONLY",
    bio: "I spent time in prison because of my drinking. I have been sober for nine years and volunteer with people leaving prison. I prefer expenses only so that my benefits are not affected.",
    support: ["Hope Street Recovery Network", "0113 496 0444"], contact: "ruksana", joinedDaysAgo: 820, inductionDay: -800, partners: ["hopeStreet"],
  },
  {
    key: "chloe", name: "Chloe Adams", email: "chloe.adams@involve.example", phone: "07700 900218", status: "ACTIVE",
    lived: ["care leaver", "young parent"], interests: ["RECRUITMENT_EVENT", "RECORDED_CONTENT", "ADMISSIONS_SELECTION"],
    availability: "While my daughter is at nursery (Tuesday to Thursday).", pay: "BANK_TRANSFER",
    bio: "I lived in foster care from the age of nine and became a mum at nineteen. I want students to understand why care-experienced parents are scared of social workers, and how to earn our trust.",
    support: ["Care Leavers' Forum", "0161 496 0321"], contact: "sam", joinedDaysAgo: 420, inductionDay: -400, partners: ["careLeavers"], quiet: true,
  },
  {
    key: "imran", name: "Imran Shah", email: "imran.shah@involve.example", phone: "07700 900219", status: "ACTIVE",
    lived: ["kidney failure", "carer for my dad"], interests: ["TEACHING", "CURRICULUM_DESIGN"],
    availability: "Not Monday, Wednesday or Friday (dialysis days).", access: "Needs a chair with arms; tires easily after two hours",
    pay: "VOUCHER",
    bio: "I have kidney failure and have dialysis three times a week. I also help look after my dad. I talk about living with a long-term condition and juggling caring with my own health.",
    support: ["My wife", "07700 900220"], contact: "ruksana", joinedDaysAgo: 600, inductionDay: -580, partners: ["carers"], quiet: true,
  },
  {
    key: "margaret", name: "Margaret Doyle", email: "margaret.doyle@involve.example", phone: "0161 496 0922", status: "ACTIVE",
    lived: ["dementia carer", "older person"], interests: ["PROGRAMME_BOARD", "CURRICULUM_DESIGN", "RESEARCH"],
    availability: "Any weekday except Friday.", pay: "DECLINE",
    bio: "I cared for my husband through his dementia until he died two years ago. I am in my seventies. I want students to hear that older people and carers still have plenty to say.",
    support: ["My neighbour", "0161 496 0923"], contact: "sam", joinedDaysAgo: 1100, inductionDay: -1080, partners: ["carers"], quiet: true,
  },
  {
    key: "ellie", name: "Ellie Foster", email: "ellie.foster@involve.example", status: "ACTIVE",
    lived: ["learning disability", "autism"], interests: ["SKILLS_ROLE_PLAY", "RECORDED_CONTENT"],
    availability: "Afternoons; not Fridays.", access: "Easy Read documents please; a quiet room at breaks",
    pay: "PAID_VIA_PARTNER", payPartner: "speakUp",
    bio: "I am autistic and have a learning disability. I like acting in role-plays and helping students get better at explaining things simply.",
    support: ["Speak Up Advocacy", "0114 496 0777"], contact: "neil", joinedDaysAgo: 330, inductionDay: -310, partners: ["speakUp"],
  },
  {
    key: "sunil", name: "Sunil Patel", email: "sunil.patel@involve.example", phone: "07700 900221", status: "ACTIVE",
    lived: ["mental health", "bereaved by suicide"], interests: ["TEACHING", "PRACTICE_LEARNING"],
    availability: "Thursdays and Fridays.", pay: "BANK_TRANSFER",
    bio: "I lost my brother to suicide and have lived with depression since. I talk about what families need from services before and after a crisis.",
    bioPending: true, support: ["My GP surgery", "0161 496 0950"], contact: "sam", joinedDaysAgo: 200, inductionDay: -180, partners: ["voices"],
  },
  {
    key: "kerry", name: "Kerry Walsh", email: "kerry.walsh@involve.example", phone: "07700 900222", status: "ACTIVE",
    lived: ["poverty", "homelessness", "child protection"], interests: ["ADMISSIONS_SELECTION", "TEACHING"],
    availability: "Weekdays after 10am.", pay: "BANK_TRANSFER",
    bio: "I have been homeless with my children and lived in temporary accommodation for two years. I know what it is like to have a social worker and to feel judged.",
    bioPending: true, support: ["Hope Street Recovery Network", "0113 496 0444"], contact: "neil", joinedDaysAgo: 260, inductionDay: -240, partners: ["hopeStreet"], quiet: true,
  },
  {
    key: "ruth", name: "Ruth Ogunleye", email: "ruth.ogunleye@involve.example", phone: "07700 900223", status: "INDUCTION",
    lived: ["sickle cell disease", "long-term condition"], interests: ["TEACHING", "RESEARCH"],
    availability: "Flexible, but I can be unwell at short notice.", pay: "BANK_TRANSFER",
    support: ["My mother", "07700 900224"], contact: "ruksana", joinedDaysAgo: 30, inductionDay: 9, partners: ["voices"],
  },
  {
    key: "ben", name: "Ben Carter", email: "ben.carter@involve.example", phone: "07700 900225", status: "INDUCTION",
    lived: ["care leaver"], interests: ["RECRUITMENT_EVENT", "TEACHING"],
    availability: "Evenings and Fridays.", pay: "BANK_TRANSFER",
    bio: "I left care last year and I am at college. I want to help new students understand what young people in care want from them.",
    bioPending: true, support: ["Personal adviser, leaving care team", "0161 496 0330"], contact: "sam", joinedDaysAgo: 45, inductionDay: -6, partners: ["careLeavers"],
  },
  {
    key: "fatima", name: "Fatima Noor", email: "fatima.noor@involve.example", phone: "07700 900226", status: "ENQUIRY",
    lived: ["refugee", "mother of a disabled child"], interests: ["TEACHING"],
    availability: "Mornings.", access: "Farsi interpreter for meetings", pay: "VOUCHER",
    contact: "neil", joinedDaysAgo: 8, partners: ["refugee"],
  },
  {
    key: "gary", name: "Gary Holt", email: "gary.holt@involve.example", phone: "07700 900227", status: "ENQUIRY",
    lived: ["addiction recovery"], interests: ["TEACHING", "PRACTICE_LEARNING"],
    availability: "Not sure yet.", pay: "EXPENSES_ONLY",
    contact: "ruksana", joinedDaysAgo: 3, partners: ["hopeStreet"],
  },
  {
    key: "annemarie", name: "Anne-Marie Dunn", email: "annemarie.dunn@involve.example", phone: "07700 900228", status: "PAUSED",
    statusReason: "Taking a break while her husband is in hospital; would like a call in the new year.", changedDaysAgo: 40,
    lived: ["carer for my husband", "stroke"], interests: ["TEACHING", "CURRICULUM_DESIGN"],
    availability: "On a break for now.", pay: "BANK_TRANSFER",
    bio: "My husband had a major stroke at fifty-two and I became his carer overnight. I talk about the hospital discharge and the first months at home.",
    support: ["My son", "07700 900229"], contact: "ruksana", joinedDaysAgo: 640, inductionDay: -620, partners: ["carers"],
  },
  {
    key: "lee", name: "Lee Hammond", email: "lee.hammond@involve.example", phone: "07700 900230", status: "PAUSED",
    statusReason: "Asked to pause after a difficult session. Debrief done; check-in call booked for January.", changedDaysAgo: 70,
    lived: ["mental health", "self-harm"], interests: ["SKILLS_ROLE_PLAY", "TEACHING"],
    availability: "Paused.", pay: "BANK_TRANSFER", limit: [18300, "WEEK"],
    bio: "I have lived with self-harm since I was a teenager. I help students practise talking about it calmly and without judgement.",
    support: ["Community mental health team", "0161 496 0800"], contact: "sam", joinedDaysAgo: 500, inductionDay: -480, partners: ["voices"],
  },
  {
    key: "patricia", name: "Patricia Obi", email: "patricia.obi@involve.example", status: "LEFT",
    statusReason: "Moved away from the area. Happy to be contacted about online work.", changedDaysAgo: 100,
    lived: ["carer for my daughter"], interests: ["TEACHING", "RECORDED_CONTENT"],
    availability: "Online only now.", pay: "BANK_TRANSFER",
    bio: "My daughter has cerebral palsy and complex health needs. I talk about coordinating many professionals and being heard as a parent.",
    support: ["", ""], contact: "ruksana", joinedDaysAgo: 1200, inductionDay: -1180, partners: ["carers"],
  },
  {
    key: "colin", name: "Colin Reeves", email: "colin.reeves@involve.example", status: "LEFT",
    statusReason: "Started full-time work and no longer has weekday time.", changedDaysAgo: 150,
    lived: ["homelessness", "veteran"], interests: ["TEACHING", "RECRUITMENT_EVENT"],
    availability: "", pay: "BANK_TRANSFER",
    bio: "I left the army and ended up sleeping rough within a year. I talk about how hard it was to ask for help.",
    support: ["", ""], contact: "neil", joinedDaysAgo: 900, inductionDay: -880, partners: ["hopeStreet"],
  },
];
