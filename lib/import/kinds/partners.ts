/**
 * Partner groups, into the coordinator's partnership. Matched by name (any case). A blank cell
 * leaves an existing group's value alone; a filled one replaces it.
 */
import "server-only";
import type { AuditEventInput } from "@/lib/audit";
import type { PartnerType } from "@/lib/generated/prisma/enums";
import { PARTNER_TYPE } from "@/lib/labels";
import type { Column } from "../types";
import { change, wordsFor, type ImportKindDef } from "./kind";

export const PARTNER_COLUMNS = [
  {
    key: "name",
    heading: "Name",
    aliases: ["Group", "Group name", "Partner"],
    required: true,
    example: "Northbridge Carers' Centre",
    hint: "The group's name. It is how we match a group already in Involve.",
  },
  {
    key: "type",
    heading: "Type",
    aliases: ["Kind of group", "Kind"],
    required: true,
    example: "Carers' centre",
    hint: "User-led group, Carers' centre, Advocacy group, Voluntary organisation or Other.",
  },
  { key: "contactName", heading: "Contact name", example: "Pat Jones", hint: "Optional." },
  { key: "contactEmail", heading: "Contact email", example: "pat@example.org", hint: "Optional." },
  { key: "contactPhone", heading: "Contact phone", example: "0113 496 0000", hint: "Optional." },
  { key: "notes", heading: "Notes", example: "Meets on Tuesdays", hint: "Optional." },
] as const satisfies readonly Column[];

const TYPE_WORDS = wordsFor(PARTNER_TYPE, {
  "carers centre": "CARERS_CENTRE",
  "user led": "USER_LED_GROUP",
  advocacy: "ADVOCACY_GROUP",
  voluntary: "VOLUNTARY_ORGANISATION",
  charity: "VOLUNTARY_ORGANISATION",
});

export type PartnerValue = {
  name: string;
  type: PartnerType | null;
  /** The Type cell was blank (an update keeps the type; a new group needs one). */
  typeBlank: boolean;
  contactName: string;
  contactEmail: string;
  contactPhone: string;
  notes: string;
};

type Existing = { id: string; name: string; type: PartnerType } & Record<
  "contactName" | "contactEmail" | "contactPhone" | "notes",
  string
>;
type Ctx = { partners: Map<string, Existing> };

const FIELDS = [
  ["contactName", "contact name"],
  ["contactEmail", "contact email"],
  ["contactPhone", "contact phone"],
  ["notes", "notes"],
] as const;

export const partnersKind: ImportKindDef<PartnerValue, Ctx> = {
  kind: "PARTNERS",
  columns: PARTNER_COLUMNS,
  key: { words: "name", column: "name" },

  read(cells) {
    const name = cells.text("name", { max: 200, missing: "Enter the group's name." }).replace(/\s+/g, " ");
    const type = cells.choice(
      "type",
      TYPE_WORDS,
      "Use User-led group, Carers' centre, Advocacy group, Voluntary organisation or Other.",
    );
    const value = {
      name,
      type,
      typeBlank: !cells.text("type", { max: 100 }),
      contactName: cells.text("contactName", { max: 200 }),
      contactEmail: cells.email("contactEmail", { required: false }),
      contactPhone: cells.phone("contactPhone"),
      notes: cells.text("notes", { max: 4000 }),
    };
    return name ? { key: name.toLowerCase(), label: name, value } : null;
  },

  async load({ scope }, db) {
    const partners = await db.partner.findMany({
      where: { partnershipId: scope.partnershipId },
      select: {
        id: true,
        name: true,
        type: true,
        contactName: true,
        contactEmail: true,
        contactPhone: true,
        notes: true,
      },
    });
    return { partners: new Map(partners.map((p) => [p.name.toLowerCase(), p])) };
  },

  decide(value, ctx) {
    const existing = ctx.partners.get(value.name.toLowerCase());
    if (!existing) {
      return {
        action: "create",
        changes: [],
        problems: value.typeBlank ? [{ column: "Type", message: "Enter what kind of group it is." }] : [],
      };
    }
    const changes: string[] = [];
    if (value.type && value.type !== existing.type)
      changes.push(change("type", PARTNER_TYPE[existing.type], PARTNER_TYPE[value.type]));
    for (const [field, words] of FIELDS)
      if (value[field] && value[field] !== existing[field]) changes.push(change(words, existing[field], value[field]));
    return { action: changes.length ? "update" : "unchanged", changes, problems: [], existingId: existing.id };
  },

  async apply({ scope, rows, ctx, actor }, tx) {
    const events: AuditEventInput[] = [];
    const creates = rows.filter((r) => r.action === "create").map((r) => r.value!);
    if (creates.length) {
      const made = await tx.partner.createManyAndReturn({
        data: creates.map((v) => ({
          name: v.name,
          type: v.type!,
          contactName: v.contactName,
          contactEmail: v.contactEmail,
          contactPhone: v.contactPhone,
          notes: v.notes,
          partnershipId: scope.partnershipId,
        })),
        select: { id: true, name: true, type: true },
      });
      for (const p of made)
        events.push({
          actorId: actor.id,
          action: "partner.imported",
          entityType: "Partner",
          entityId: p.id,
          after: { name: p.name, type: p.type },
        });
    }
    for (const r of rows.filter((row) => row.action === "update")) {
      const v = r.value!;
      const existing = ctx.partners.get(v.name.toLowerCase())!;
      await tx.partner.update({
        where: { id: existing.id },
        data: {
          type: v.type ?? undefined,
          contactName: v.contactName || undefined,
          contactEmail: v.contactEmail || undefined,
          contactPhone: v.contactPhone || undefined,
          notes: v.notes || undefined,
        },
      });
      events.push({
        actorId: actor.id,
        action: "partner.updated.import",
        entityType: "Partner",
        entityId: existing.id,
        after: { changes: r.changes },
      });
    }
    return events;
  },
};
