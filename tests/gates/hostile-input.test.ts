/**
 * Hostile-input gate: every server action (found from the code) gets random and malformed
 * forms built from its own schema, as a role allowed to call it, with real ids so the deeper
 * code runs. Whatever arrives, the answer is form state — an error with a code the person can
 * act on (INVALID, CONFLICT, NOT_FOUND, FORBIDDEN) or a success — never "ERROR" (a 500 in real
 * life), never a throw; a refusal writes nothing, and a success leaves the data sane.
 *
 * GATES_RUNS (default 25) sets the runs per action; GATES_SEED replays a failure.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";
import { callAs, explain, succeeded, toFormData, type FormEntry, type FormValues, type Outcome } from "./call";
import { changedTables, snapshot } from "./db-snapshot";
import { discoverActions } from "./discover";
import { formArbitrary, showEntries } from "./hostile";
import { invariantViolations } from "./invariants";
import { ACTION_POLICY } from "./policy";
import { PUBLIC_ACTION_FIELDS } from "./public-actions";
import { acceptsExtraKeys, fieldsOf, type Field } from "./schema-fields";
import { validForm, VALID_FORMS } from "./valid-forms";
import { createGateWorld, ownerFor, sampleIds } from "./world";

const RUNS = Number(process.env.GATES_RUNS ?? 25);
const SEED = process.env.GATES_SEED ? Number(process.env.GATES_SEED) : undefined;
const ACCEPTED = ["INVALID", "CONFLICT", "NOT_FOUND", "FORBIDDEN"];

const actions = await discoverActions();

/** Rows a success says it made must exist (e.g. data.bookingId). */
const CREATED: Record<string, (id: string) => Promise<unknown>> = {
  bookingId: (id) => db.booking.findUnique({ where: { id }, select: { id: true } }),
  recordId: (id) => db.involvementRecord.findUnique({ where: { id }, select: { id: true } }),
  expertId: (id) => db.expertProfile.findUnique({ where: { id }, select: { id: true } }),
  exportId: (id) => db.financeExport.findUnique({ where: { id }, select: { id: true } }),
};

async function checkOutcome(
  key: string,
  entries: FormEntry[],
  outcome: Outcome,
  before: Awaited<ReturnType<typeof snapshot>>,
) {
  const what = `${key} with ${showEntries(entries)}\n  → ${explain(outcome)}`;
  if (outcome.kind === "crash")
    throw new Error(
      `threw instead of answering (a 500): ${what}\n${outcome.error instanceof Error ? outcome.error.stack : ""}`,
    );
  const refused = (outcome.kind === "state" && outcome.state.status === "error") || outcome.kind === "http";
  if (outcome.kind === "state" && outcome.state.status === "error" && !ACCEPTED.includes(outcome.state.code ?? "")) {
    throw new Error(
      `answered with code ${outcome.state.code ?? "(none)"} (an unexpected failure, a 500 in real life): ${what}`,
    );
  }
  if (outcome.kind === "http" && outcome.status !== 404) throw new Error(`answered HTTP ${outcome.status}: ${what}`);
  if (refused) {
    const changed = changedTables(before, await snapshot());
    if (changed.length) throw new Error(`refused but wrote to ${changed.join(", ")}: ${what}`);
    return;
  }
  // A success: what it made exists, and the data still keeps its rules.
  const data = outcome.kind === "state" ? (outcome.state.data ?? {}) : {};
  for (const [field, find] of Object.entries(CREATED)) {
    const id = data[field];
    if (typeof id === "string" && !(await find(id)))
      throw new Error(`said it made ${field} ${id}, which does not exist: ${what}`);
  }
  const broken = await invariantViolations();
  if (broken.length) throw new Error(`left the data broken:\n  ${broken.join("\n  ")}\n${what}`);
}

async function fuzz(
  key: string,
  fn: Parameters<typeof callAs>[1],
  fields: Field[],
  roles: (Role | null)[],
  extraKeys: (ids: Record<string, string>) => string[],
) {
  const world = await createGateWorld();
  const ids = sampleIds(world);
  // A form known to work (from the ownership cases or VALID_FORMS), to mutate one field at a time.
  const known = await validForm(key, world);
  const tally: Record<string, number> = {};
  const run = await fc.check(
    fc.asyncProperty(
      formArbitrary(fields, ids, extraKeys(ids), known?.values),
      fc.constantFrom(...roles),
      async ({ entries, mutated }, role) => {
        const before = await snapshot();
        const caller = mutated && known ? known.as : role ? ownerFor(world, role) : null;
        const outcome = await callAs(caller, fn, toFormData(entries));
        const label = outcome.kind === "state" ? (outcome.state.code ?? outcome.state.status) : outcome.kind;
        tally[label] = (tally[label] ?? 0) + 1;
        await checkOutcome(key, entries, outcome, before);
      },
    ),
    {
      numRuns: RUNS,
      seed: SEED,
      endOnFailure: true,
      examples: known ? fixedExamples(fields, known.values, roles[0] ?? null) : [],
    },
  );
  // GATES_STATS=1 shows how often the forms got past validation (success / CONFLICT / NOT_FOUND).
  if (process.env.GATES_STATS) console.info(`${key}: ${JSON.stringify(tally)}`);
  if (run.failed) {
    const error = run.errorInstance instanceof Error ? run.errorInstance.message : String(run.errorInstance);
    throw new Error(`${error}\n(after ${run.numRuns} runs; replay with GATES_SEED=${run.seed})`);
  }
}

/**
 * Always tried, whatever the seed: the valid form with each field in turn replaced by a null
 * byte, 10,000 characters, an int32 overflow and an unknown value.
 */
function fixedExamples(
  fields: Field[],
  valid: FormValues,
  role: Role | null,
): [{ entries: FormEntry[]; mutated: boolean }, Role | null][] {
  const base = Object.entries(valid).flatMap(([k, v]) =>
    v === undefined ? [] : (Array.isArray(v) ? v : [v]).map((x): FormEntry => [k, x]),
  );
  return fields.flatMap((field) =>
    ["a\u0000b", "x".repeat(10_000), "2147483648", "NOT_A_VALUE"].map(
      (bad) =>
        [
          {
            entries: [...base.filter(([k]) => k !== field.name), [field.name, bad] as FormEntry],
            mutated: true,
          },
          role,
        ] as [{ entries: FormEntry[]; mutated: boolean }, Role | null],
    ),
  );
}

describe("hostile input: every action answers every form with form state", () => {
  it("finds the actions", () => expect(actions.length).toBeGreaterThan(0));

  for (const action of actions) {
    const policy = ACTION_POLICY[action.key];
    if (!policy) continue; // the authorization gate reports it
    it(action.key, async () => {
      if (policy === "PUBLIC") {
        const fields = PUBLIC_ACTION_FIELDS[action.key];
        expect(
          fields,
          `${action.key}: list its form fields in PUBLIC_ACTION_FIELDS (tests/gates/public-actions.ts)`,
        ).toBeDefined();
        await fuzz(
          action.key,
          action.fn,
          fields!.map((name) => ({ name, kind: { type: "string" }, optional: false })),
          [null],
          () => [],
        );
        return;
      }
      expect(action.config, `${action.key} is not made with defineAction`).toBeDefined();
      const schema = action.config!.schema;
      const fields = fieldsOf(schema);
      // Loose schemas (attendance_<bookingId>) read extra keys: offer real ones too.
      const extra = (ids: Record<string, string>) =>
        acceptsExtraKeys(schema)
          ? [`attendance_${ids.attendanceBookingId}`, `attendance_${ids.bookingId}`, "attendance_x"]
          : [];
      const world = await createGateWorld();
      expect(
        fields.length === 0 || (await validForm(action.key, world)) !== undefined,
        `${action.key}: add a form that succeeds to VALID_FORMS (tests/gates/valid-forms.ts) or an ownership case`,
      ).toBe(true);
      await fuzz(action.key, action.fn, fields, [...policy], extra);
    });
  }
});

describe("the valid forms the mutations start from do succeed", () => {
  for (const [key, make] of Object.entries(VALID_FORMS)) {
    it(key, async () => {
      const action = actions.find((a) => a.key === key);
      expect(action, `${key} is in VALID_FORMS but does not exist`).toBeDefined();
      const { as, values } = await make(await createGateWorld());
      const outcome = await callAs(as, action!.fn, toFormData(values));
      expect(succeeded(outcome), `${key} with its valid form: ${explain(outcome)}`).toBe(true);
    });
  }
});
