/**
 * Authorization gate: every server action, found from the code, is made with defineAction,
 * listed in the policy table with exactly its roles, refuses everyone else without writing,
 * and keeps to its owner's records. A new action fails this file until it is added to
 * tests/gates/policy.ts (and, when it takes an id, to tests/gates/ownership.ts).
 */
import { beforeAll, describe, expect, it } from "vitest";
import { callAs, codeOf, explain, succeeded, toFormData, type Caller } from "./call";
import { expectUnchanged, snapshot } from "./db-snapshot";
import { discoverActions, inlineServerActionFiles, serverActionFiles } from "./discover";
import { OWNERSHIP_CASES, OWNERSHIP_EXEMPT } from "./ownership";
import { ACTION_POLICY, ROLES } from "./policy";
import { expectPublicCheck, PUBLIC_ACTION_CHECKS } from "./public-actions";
import { fieldsOf, isIdField } from "./schema-fields";
import { createGateWorld, ownerFor, type GateWorld } from "./world";

const actions = await discoverActions();
const sorted = (roles: readonly string[]) => [...roles].sort();

describe("every server action is known", () => {
  it("finds the server action files", () => {
    expect(serverActionFiles().length, "no 'use server' files found: is the discovery broken?").toBeGreaterThan(0);
    expect(actions.length).toBeGreaterThan(0);
  });

  it("has no inline 'use server' functions (they would bypass defineAction)", () => {
    expect(
      inlineServerActionFiles(),
      "move these actions into a 'use server' file and make them with defineAction",
    ).toEqual([]);
  });

  it("makes every server action with defineAction (or definePublicAction)", () => {
    const bare = actions.filter((a) => !a.config).map((a) => a.key);
    expect(bare, "every server action must be made with defineAction (lib/actions/action.ts)").toEqual([]);
  });

  it("names every action after its export, so error logs say which action failed", () => {
    const misnamed = actions
      .filter((a) => a.config && `${a.config.name}Action` !== a.name)
      .map((a) => `${a.key}: named "${a.config!.name}"`);
    expect(misnamed, 'give defineAction the export name without "Action"').toEqual([]);
  });

  it("has a policy for every action", () => {
    const missing = actions.filter((a) => !(a.key in ACTION_POLICY)).map((a) => a.key);
    expect(missing, "add these actions to tests/gates/policy.ts with the roles that may call them").toEqual([]);
  });

  it("has no policy for actions that no longer exist", () => {
    const keys = new Set(actions.map((a) => a.key));
    const stale = Object.keys(ACTION_POLICY).filter((key) => !keys.has(key));
    expect(stale, "remove these entries from tests/gates/policy.ts (or fix the file/export name)").toEqual([]);
  });

  it("declares in code exactly the roles the policy allows", () => {
    const differ = actions
      .filter((a) => a.config && Array.isArray(ACTION_POLICY[a.key]))
      .filter(
        (a) => JSON.stringify(sorted(a.config!.roles)) !== JSON.stringify(sorted(ACTION_POLICY[a.key] as string[])),
      )
      .map(
        (a) =>
          `${a.key}: code allows [${sorted(a.config!.roles)}], policy allows [${sorted(ACTION_POLICY[a.key] as string[])}]`,
      );
    expect(differ, "a change of who may call an action needs a deliberate update of tests/gates/policy.ts").toEqual([]);
  });

  it("keeps public actions public on purpose, each with a token check", () => {
    const publicKeys = Object.entries(ACTION_POLICY)
      .filter(([, p]) => p === "PUBLIC")
      .map(([k]) => k);
    expect(
      publicKeys.filter((k) => !PUBLIC_ACTION_CHECKS[k]),
      "add a check to tests/gates/public-actions.ts",
    ).toEqual([]);
    const mismatched = actions
      .filter((a) => a.config && (a.config.areas === "public") !== (ACTION_POLICY[a.key] === "PUBLIC"))
      .map((a) => a.key);
    expect(
      mismatched,
      "PUBLIC in the policy table exactly for actions made with definePublicAction; the rest list their roles",
    ).toEqual([]);
  });

  it("has an ownership case (or a reasoned exemption) for every action that takes an id", () => {
    const covered = new Set([...OWNERSHIP_CASES.map((c) => c.action), ...Object.keys(OWNERSHIP_EXEMPT)]);
    const uncovered = actions
      .filter((a) => a.config && fieldsOf(a.config.schema).some((f) => isIdField(f.name)) && !covered.has(a.key))
      .map(
        (a) =>
          `${a.key} (${fieldsOf(a.config!.schema)
            .filter((f) => isIdField(f.name))
            .map((f) => f.name)
            .join(", ")})`,
      );
    expect(
      uncovered,
      "add a case to tests/gates/ownership.ts: the owner's call succeeds, other people's are refused",
    ).toEqual([]);
    const keys = new Set(actions.map((a) => a.key));
    expect(
      [...covered].filter((k) => !keys.has(k)),
      "ownership cases for actions that no longer exist",
    ).toEqual([]);
  });
});

describe("role matrix: each action as anonymous and as every role, with an empty form", () => {
  let world: GateWorld;
  beforeAll(async () => {
    world = await createGateWorld();
  });

  for (const action of actions) {
    const policy = ACTION_POLICY[action.key];
    if (!policy) continue; // reported above

    it(`${action.key}`, async () => {
      const callers: [string, Caller][] = [
        ["anonymous", null],
        ...ROLES.map((role): [string, Caller] => [role, ownerFor(world, role)]),
      ];
      for (const [label, caller] of callers) {
        const allowed = policy === "PUBLIC" || (caller !== null && policy.includes(caller.role));
        const before = await snapshot();
        const outcome = await callAs(caller, action.fn, new FormData());
        const what = `${action.key} as ${label}: ${explain(outcome)}`;
        expect(outcome.kind, what).not.toBe("crash");
        expect(codeOf(outcome), what).not.toBe("ERROR");
        if (allowed) {
          expect(["UNAUTHENTICATED", "FORBIDDEN"], `${what} (should be allowed)`).not.toContain(codeOf(outcome));
        } else {
          expect(codeOf(outcome), `${what} (should be refused)`).toBe(caller ? "FORBIDDEN" : "UNAUTHENTICATED");
          await expectUnchanged(before, what);
        }
      }
    });
  }

  it("refuses a deactivated account whose sign-in is still valid", async () => {
    const { db } = await import("@/lib/db");
    for (const action of actions.filter((a) => Array.isArray(ACTION_POLICY[a.key]))) {
      const role = (ACTION_POLICY[action.key] as string[])[0] as (typeof ROLES)[number];
      const person = role === "EXPERT" ? world.expert3.user : ownerFor(world, role);
      await db.user.update({ where: { id: person.id }, data: { active: false } });
      try {
        const before = await snapshot();
        const outcome = await callAs(person, action.fn, new FormData());
        expect(codeOf(outcome), `${action.key} as a deactivated ${role}: ${explain(outcome)}`).toBe("UNAUTHENTICATED");
        await expectUnchanged(before, `${action.key} as a deactivated ${role}`);
      } finally {
        await db.user.update({ where: { id: person.id }, data: { active: true } });
      }
    }
  });
});

describe("ownership: other people's records are refused and left alone", () => {
  const byKey = new Map(actions.map((a) => [a.key, a]));

  for (const testCase of OWNERSHIP_CASES) {
    it(`${testCase.name} (${testCase.action.split("#")[1]})`, async () => {
      const action = byKey.get(testCase.action);
      expect(action, `${testCase.action} no longer exists`).toBeDefined();
      const world = await createGateWorld();
      const { allowed, refused } = await testCase.setup(world);
      for (const attempt of refused) {
        const before = await snapshot();
        const outcome = await callAs(attempt.as, action!.fn, toFormData(attempt.values));
        const what = `${testCase.action} by ${attempt.who} with ${JSON.stringify(attempt.values)}: ${explain(outcome)}`;
        expect(attempt.codes ?? ["FORBIDDEN", "NOT_FOUND"], what).toContain(codeOf(outcome));
        if (codeOf(outcome) === "INVALID" && attempt.field) {
          const errors = outcome.kind === "state" ? (outcome.state.fieldErrors ?? {}) : {};
          expect(Object.keys(errors), `${what}: the refusal should name ${attempt.field}`).toContain(attempt.field);
        }
        await expectUnchanged(before, what);
      }
      // The control: the same kind of form from the owner works, so the refusals above were about ownership.
      const outcome = await callAs(allowed.as, action!.fn, toFormData(allowed.values));
      expect(succeeded(outcome), `${testCase.action} by ${allowed.who} should succeed: ${explain(outcome)}`).toBe(true);
    });
  }
});

describe("public actions check their own token, or answer everyone alike", () => {
  for (const [key, check] of Object.entries(PUBLIC_ACTION_CHECKS)) {
    const action = actions.find((a) => a.key === key);
    const what = check.kind === "token" ? "refuses a wrong or missing token" : "answers everyone alike";
    it.runIf(ACTION_POLICY[key] === "PUBLIC")(`${key} ${what}`, async () => {
      expect(action, `${key} is listed as public but does not exist`).toBeDefined();
      await expectPublicCheck(key, action!.fn, check);
    });
  }
});
