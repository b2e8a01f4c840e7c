import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { AccessibilityStatement } from "@/app/(public)/_components/accessibility-statement";
import { PrivacyNotice } from "@/app/(public)/_components/privacy-notice";
import { db } from "@/lib/db";
import { ERASED_CATEGORIES, KEPT_RECORDS } from "@/lib/erasure/erase";
import { updateInstitutionAction } from "@/lib/institutions/actions";
import { listPublicContacts, type PublicPartnershipContacts } from "@/lib/institutions/public-contacts";
import { deletedAutomatically, monthsInWords, PAYMENT_RETENTION_YEARS, periodInWords } from "@/lib/privacy/retention";
import { RETENTION_DAYS } from "@/lib/retention/purge";
import { actAs } from "../helpers/actor";
import { createWorld, form, idle, unique } from "../helpers/factories";

const settings = (institution: { id: string; name: string }, values: Record<string, string>) => ({
  institutionId: institution.id,
  name: institution.name,
  shortName: "NBU",
  costCentre: "",
  mileageRate: "0.45",
  latePaymentDays: "30",
  expertContactName: "",
  expertContactEmail: "",
  expertContactPhone: "",
  privacyContactEmail: "",
  accessibilityContactEmail: "",
  ...values,
});

/** A partnership whose universities cover every fallback: own address, expert contact, nothing. */
async function partnershipWithContacts() {
  const world = await createWorld(0);
  const partnershipId = world.partnership.id;
  const make = (name: string, data: Record<string, string>) =>
    db.institution.create({ data: { partnershipId, name: unique(name), shortName: "U", ...data } });
  const own = await make("A Own", {
    privacyContactEmail: "dpo@own.example",
    accessibilityContactEmail: "access@own.example",
    expertContactEmail: "team@own.example",
  });
  const mixed = await make("B Mixed", {
    privacyContactEmail: "dpo@mixed.example",
    expertContactEmail: "team@mixed.example",
  });
  const blank = await make("C Blank", {});
  return { world, own, mixed, blank };
}

const renderNotice = (partnerships: PublicPartnershipContacts[]) =>
  renderToStaticMarkup(
    createElement(PrivacyNotice, {
      partnerships,
      deleted: deletedAutomatically(),
      paymentYears: PAYMENT_RETENTION_YEARS,
      erased: ERASED_CATEGORIES,
      kept: KEPT_RECORDS,
    }),
  );

async function contactsOf(partnershipName: string) {
  const found = (await listPublicContacts()).find((p) => p.name === partnershipName);
  if (!found) throw new Error(`${partnershipName} is not listed`);
  return found;
}

describe("listPublicContacts", () => {
  it("names each university's own address, else its contact for experts, else nothing", async () => {
    const { world, own, mixed, blank } = await partnershipWithContacts();
    const { institutions } = await contactsOf(world.partnership.name);
    expect(institutions.map((i) => i.id)).toEqual([own.id, mixed.id, blank.id, world.institution.id]);
    expect(institutions[0]).toEqual({
      id: own.id,
      name: own.name,
      privacy: { email: "dpo@own.example", fallback: false },
      accessibility: { email: "access@own.example", fallback: false },
    });
    expect(institutions[1]).toMatchObject({
      privacy: { email: "dpo@mixed.example", fallback: false },
      accessibility: { email: "team@mixed.example", fallback: true },
    });
    expect(institutions[2]).toMatchObject({ privacy: null, accessibility: null });
  });

  it("shows nothing but the name and the two addresses, however a university is set up", async () => {
    const { world } = await partnershipWithContacts();
    await db.institution.update({
      where: { id: world.institution.id },
      data: { costCentre: "SECRET-CC", expertContactName: "Sam Lee", expertContactPhone: "0113 496 0000" },
    });
    const listed = JSON.stringify(await contactsOf(world.partnership.name));
    for (const hidden of ["SECRET-CC", "Sam Lee", "0113 496 0000", world.coordinator.email])
      expect(listed).not.toContain(hidden);
  });
});

describe("the public pages", () => {
  it("never write an empty mailto: a university without any address gets a sentence", async () => {
    const { world, own, mixed, blank } = await partnershipWithContacts();
    const partnerships = [await contactsOf(world.partnership.name)];
    const privacy = renderNotice(partnerships);
    const accessibility = renderToStaticMarkup(createElement(AccessibilityStatement, { partnerships }));
    for (const html of [privacy, accessibility]) {
      expect(html).not.toMatch(/href="mailto:"/);
      expect(html).toContain(`Contact the coordinator at <strong>${blank.name}</strong>.`);
      expect(html).toContain(`Contact the coordinator at <strong>${world.institution.name}</strong>.`);
    }
    expect(privacy).toContain(`<strong>${own.name}</strong>: email the data protection officer at`);
    expect(privacy).toContain('href="mailto:dpo@mixed.example"');
    expect(accessibility).toContain(`<strong>${mixed.name}</strong>: email the involvement team at`);
    expect(accessibility).toContain('href="mailto:team@mixed.example"');
    expect(privacy).toContain('href="https://ico.org.uk/make-a-complaint/"');
    expect(accessibility).toContain("3 December 2026");
  });

  it("quote the retention periods the nightly purge uses", () => {
    const rows = deletedAutomatically();
    expect(rows).toHaveLength(Object.keys(RETENTION_DAYS).length);
    const html = renderNotice([]);
    for (const days of Object.values(RETENTION_DAYS)) expect(html).toContain(periodInWords(days));
    expect(html).toContain("at least 6 years");
    expect(html).toContain("No universities have been set up on Involve yet.");
    expect([1, 7, 30, 90, 365, 730].map(periodInWords)).toEqual([
      "1 day",
      "7 days",
      "30 days",
      "90 days",
      "1 year",
      "2 years",
    ]);
  });
});

describe("the privacy notice on erasure", () => {
  it("quotes each partnership's own period after leaving, or that only a coordinator erases", async () => {
    const { world } = await partnershipWithContacts();
    const listed = async () => [await contactsOf(world.partnership.name)];
    expect((await listed())[0]?.eraseLeftExpertsAfterMonths).toBe(24);
    expect(renderNotice(await listed())).toContain("Involve also erases them by itself 2 years after you leave.");
    await db.partnership.update({ where: { id: world.partnership.id }, data: { eraseLeftExpertsAfterMonths: 18 } });
    expect(renderNotice(await listed())).toContain("Involve also erases them by itself 18 months after you leave.");
    await db.partnership.update({ where: { id: world.partnership.id }, data: { eraseLeftExpertsAfterMonths: null } });
    const html = renderNotice(await listed());
    expect(html).toContain("Involve does not erase them by itself: only a coordinator does.");
    for (const item of [...ERASED_CATEGORIES, ...KEPT_RECORDS]) expect(html).toContain(item.replace(/'/g, "&#x27;"));
    expect([6, 12, 18, 24].map(monthsInWords)).toEqual(["6 months", "1 year", "18 months", "2 years"]);
  });
});

describe("updateInstitutionAction: the public contacts", () => {
  it("saves both addresses (lower case) and audits the change with before and after", async () => {
    const world = await createWorld(0);
    actAs(world.admin);
    const state = await updateInstitutionAction(
      idle,
      form(
        settings(world.institution, {
          privacyContactEmail: " DPO@Northbridge.example ",
          accessibilityContactEmail: "Access@Northbridge.example",
        }),
      ),
    );
    expect(state).toMatchObject({ status: "success", message: "Changes saved." });
    expect(await db.institution.findUniqueOrThrow({ where: { id: world.institution.id } })).toMatchObject({
      privacyContactEmail: "dpo@northbridge.example",
      accessibilityContactEmail: "access@northbridge.example",
    });
    const event = await db.auditEvent.findFirstOrThrow({
      where: { entityId: world.institution.id, action: "institution.updated" },
    });
    expect(event).toMatchObject({
      actorId: world.admin.id,
      before: expect.objectContaining({ privacyContactEmail: "", accessibilityContactEmail: "" }),
      after: expect.objectContaining({
        privacyContactEmail: "dpo@northbridge.example",
        accessibilityContactEmail: "access@northbridge.example",
      }),
    });

    // Both are optional: clearing them is a change like any other.
    expect(
      await updateInstitutionAction(
        idle,
        form(settings(world.institution, { privacyContactEmail: "", accessibilityContactEmail: "" })),
      ),
    ).toMatchObject({ status: "success" });
    expect(await db.institution.findUniqueOrThrow({ where: { id: world.institution.id } })).toMatchObject({
      privacyContactEmail: "",
      accessibilityContactEmail: "",
    });
  });

  it("refuses an address that is not an email, saying what to type, and changes nothing", async () => {
    const world = await createWorld(0);
    actAs(world.admin);
    const before = await db.institution.findUniqueOrThrow({ where: { id: world.institution.id } });
    const state = await updateInstitutionAction(
      idle,
      form(
        settings(world.institution, {
          privacyContactEmail: "data protection office",
          accessibilityContactEmail: "access@northbridge.example",
        }),
      ),
    );
    expect(state).toMatchObject({
      code: "INVALID",
      fieldErrors: { privacyContactEmail: ["Enter an email address in the correct format, like name@example.ac.uk"] },
    });
    expect(Object.keys(state.fieldErrors ?? {})).toEqual(["privacyContactEmail"]);
    expect(state.values?.privacyContactEmail).toBe("data protection office");
    expect(await db.institution.findUniqueOrThrow({ where: { id: world.institution.id } })).toEqual(before);
    expect(await db.auditEvent.count({ where: { entityId: world.institution.id } })).toBe(0);
  });
});
