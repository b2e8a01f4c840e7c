/**
 * A safe first start in production: the configuration is checked (a missing variable is named,
 * nothing is made up in production), a database of one's own never gets the demo partnership
 * unless asked, the sign-in page lists only the demo partnership's accounts, and `npm run setup`
 * makes a partnership's first admin with a one-time link — on real PostgreSQL and as a real
 * process.
 */
import { spawn } from "node:child_process";
import { describe, expect, it } from "vitest";
import { checkConfig, ConfigError, shouldSeedDemo } from "@/lib/config/env";
import { db } from "@/lib/db";
import { DEMO_ACCOUNTS } from "@/lib/demo/accounts";
import { findDemoAccounts } from "@/lib/demo/queries";
import { findUsableToken } from "@/lib/invitations/tokens";
import { SetupRefused, setUpFirstAdmin } from "@/lib/setup/first-admin";
import { createPartnership, createUser, unique } from "../helpers/factories";

const SECRET = "a-secret-that-is-at-least-32-characters";
const PRODUCTION = {
  NODE_ENV: "production",
  DATABASE_URL: "postgresql://involve@db.example:5432/involve",
  NEXTAUTH_URL: "https://involve.example.ac.uk",
  NEXTAUTH_SECRET: SECRET,
};

function problems(env: Record<string, string | undefined>): string[] {
  try {
    checkConfig(env);
    return [];
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    return error.problems;
  }
}

/** Runs a script as `npm run …` would, and what it printed. */
function runScript(script: string, args: string[], env: Record<string, string | undefined>) {
  return new Promise<{ code: number | null; out: string }>((resolve) => {
    const child = spawn(process.execPath, ["scripts/run.mjs", script, ...args], {
      env: env as NodeJS.ProcessEnv,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    child.stdout.on("data", (chunk) => (out += chunk));
    child.stderr.on("data", (chunk) => (out += chunk));
    child.on("close", (code) => resolve({ code, out }));
  });
}

describe("configuration", () => {
  it("in production, names every missing variable and refuses a short secret", () => {
    expect(problems(PRODUCTION)).toEqual([]);
    const missing = problems({ NODE_ENV: "production" });
    expect(missing).toHaveLength(3);
    for (const name of ["DATABASE_URL", "NEXTAUTH_URL", "NEXTAUTH_SECRET"]) {
      expect(missing.some((p) => p.startsWith(`${name} is not set`))).toBe(true);
    }
    // `DATABASE_URL=` as .env.example shows it counts as unset.
    expect(problems({ ...PRODUCTION, DATABASE_URL: "" })).toEqual([
      "DATABASE_URL is not set: production needs its own PostgreSQL database.",
    ]);
    expect(problems({ ...PRODUCTION, NEXTAUTH_SECRET: "short" })[0]).toMatch(/^NEXTAUTH_SECRET is too short/);
  });

  it("outside production needs nothing, but still refuses values that are wrong", () => {
    expect(problems({})).toEqual([]);
    expect(problems({ DATABASE_URL: "mysql://x@y/z" })[0]).toMatch(/^DATABASE_URL must be a PostgreSQL address/);
    expect(problems({ NEXTAUTH_URL: "involve.example" })[0]).toMatch(/^NEXTAUTH_URL must be the address/);
    expect(problems({ SMTP_URL: "http://mail.example" })[0]).toMatch(/^SMTP_URL must look like/);
    expect(problems({ SEED_DEMO: "yes" })).toEqual(["SEED_DEMO must be true or false"]);
    expect(problems({ PORT: "eighty" })).toEqual(["PORT must be a whole number"]);
    expect(problems({ LOG_LEVEL: "loud" })[0]).toMatch(/^LOG_LEVEL must be one of/);
    expect(checkConfig({ PORT: "3000", SEED_DEMO: "false" })).toMatchObject({ PORT: 3000, SEED_DEMO: "false" });
  });

  it("loads the demo into a database of one's own only when SEED_DEMO=true is given", () => {
    expect(shouldSeedDemo({ embedded: true })).toBe(true);
    expect(shouldSeedDemo({ embedded: true, seedDemo: "false" })).toBe(false);
    expect(shouldSeedDemo({ embedded: false })).toBe(false);
    expect(shouldSeedDemo({ embedded: false, seedDemo: "false" })).toBe(false);
    expect(shouldSeedDemo({ embedded: false, seedDemo: "true" })).toBe(true);
  });

  it("npm start in production stops before doing anything, naming what is missing", async () => {
    const { PATH, HOME } = process.env;
    const { code, out } = await runScript("scripts/start.ts", [], {
      PATH,
      HOME,
      NODE_ENV: "production",
      NEXTAUTH_URL: "https://involve.example.ac.uk",
    });
    expect(code).toBe(1);
    expect(out).toContain("Involve cannot start because of its configuration");
    expect(out).toContain("DATABASE_URL is not set");
    expect(out).toContain("NEXTAUTH_SECRET is not set");
    expect(out).not.toContain("NEXTAUTH_URL is not set");
    expect(out).not.toMatch(/\n\s+at /); // no stack trace
  }, 60_000);
});

describe("demo accounts on the sign-in page", () => {
  it("lists a demo address only when it belongs to the demo partnership", async () => {
    const [coordinator, academic] = DEMO_ACCOUNTS;
    const { institution: real } = await createPartnership();
    const demoPartnership = await db.partnership.create({ data: { name: unique("Demo"), demo: true } });
    const demoInstitution = await db.institution.create({
      data: { partnershipId: demoPartnership.id, name: unique("Demo University"), shortName: "DU" },
    });
    // A real installation where someone happens to use a demo address, and the demo itself.
    await db.user.create({
      data: { email: coordinator.email, name: "Someone real", role: "COORDINATOR", institutionId: real.id },
    });
    await db.user.create({
      data: { email: academic.email, name: "Demo", role: "ACADEMIC", institutionId: demoInstitution.id },
    });
    try {
      const listed = (await findDemoAccounts()).map((a) => a.email);
      expect(listed).toEqual([academic.email]);
    } finally {
      await db.user.deleteMany({ where: { email: { in: [coordinator.email, academic.email] } } });
    }
  });
});

describe("npm run setup: the first admin", () => {
  it("makes the partnership, institution and admin with a one-time link, and a new link when run again", async () => {
    const partnership = unique("Partnership");
    const institution = unique("University of Somewhere");
    const email = `${unique("first-admin")}@university.example`;

    const first = await setUpFirstAdmin({ email: email.toUpperCase(), partnership, institution }, db);
    expect(first.created).toEqual({ partnership: true, institution: true, user: true });
    const admin = await db.user.findUniqueOrThrow({
      where: { email },
      select: { id: true, role: true, active: true, passwordHash: true, institutionId: true, institution: true },
    });
    expect(admin).toMatchObject({ role: "ADMIN", active: true, passwordHash: null });
    expect(admin.institution).toMatchObject({ name: institution, partnershipId: first.partnershipId });
    expect((await findUsableToken({ token: first.token }))?.user.id).toBe(admin.id);
    const event = await db.auditEvent.findFirstOrThrow({ where: { entityId: admin.id, action: "setup.first_admin" } });
    expect(event.partnershipId).toBe(first.partnershipId);

    // Run again before the link is used: same account, a new link; the old link stops working.
    const again = await setUpFirstAdmin({ email, partnership, institution }, db);
    expect(again.created).toEqual({ partnership: false, institution: false, user: false });
    expect(again.userId).toBe(admin.id);
    expect(await findUsableToken({ token: first.token })).toBeNull();
    expect(await findUsableToken({ token: again.token })).not.toBeNull();

    // Once the admin has a password, the command cannot be used on that partnership again.
    await db.user.update({ where: { id: admin.id }, data: { passwordHash: "set" } });
    await expect(
      setUpFirstAdmin({ email: `${unique("intruder")}@x.example`, partnership, institution }, db),
    ).rejects.toThrow(/already set up/);
    expect(await db.user.count({ where: { institutionId: admin.institutionId } })).toBe(1);
  });

  it("refuses an institution of another partnership and an email someone else has, writing nothing", async () => {
    const { institution: other } = await createPartnership();
    const partnership = unique("Partnership");
    await expect(
      setUpFirstAdmin({ email: `${unique("a")}@x.example`, partnership, institution: other.name }, db),
    ).rejects.toBeInstanceOf(SetupRefused);
    const someone = await createUser("COORDINATOR", { institutionId: other.id });
    await expect(
      setUpFirstAdmin({ email: someone.email, partnership, institution: unique("University") }, db),
    ).rejects.toThrow(/already has an account/);
    expect(await db.partnership.count({ where: { name: partnership } })).toBe(0);
    await expect(setUpFirstAdmin({ email: "not-an-email", partnership, institution: "U" }, db)).rejects.toThrow(
      /--email must be an email address/,
    );
  });

  it("runs as a command against the configured database and prints a working link", async () => {
    const email = `${unique("cli-admin")}@university.example`;
    const { PATH, HOME, DATABASE_URL, DATABASE_EMBEDDED } = process.env;
    const { code, out } = await runScript(
      "scripts/setup.ts",
      ["--email", email, "--partnership", unique("CLI Partnership"), "--institution", unique("CLI University")],
      { PATH, HOME, DATABASE_URL, DATABASE_EMBEDDED, NEXTAUTH_URL: "https://involve.example.ac.uk" },
    );
    expect(out).toContain("Created the partnership, the institution, the admin account.");
    expect(code).toBe(0);
    const token = /https:\/\/involve\.example\.ac\.uk\/set-password\?token=([A-Za-z0-9_-]+)/.exec(out)?.[1];
    expect(token).toBeTruthy();
    expect((await findUsableToken({ token: token! }))?.user.email).toBe(email);
  }, 90_000);
});
