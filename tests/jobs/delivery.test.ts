/**
 * Emails, end to end on real parts: changes write messages and delivery jobs in their own
 * transaction; real pg-boss workers deliver them to a real SMTP server on 127.0.0.1. Everything
 * that runs a worker is in this one file (run in order), because a worker takes any delivery job
 * in the database: two files with workers would take each other's.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { decideBookingAction } from "@/lib/bookings/actions";
import { db } from "@/lib/db";
import { createMailer } from "@/lib/email/transport";
import { addJobs } from "@/lib/jobs/boss";
import { QUEUES } from "@/lib/jobs/queues";
import { startWorker, type RunningWorker } from "@/lib/jobs/worker";
import { ACCOUNT_BODY_REMOVED, deliverMessage } from "@/lib/messages/deliver";
import { siteUrl } from "@/lib/messages/links";
import { notify } from "@/lib/notifications/notify";
import { startMailCatcher, type CaughtMail, type MailCatcher } from "@/scripts/lib/mail-catcher";
import { actAs } from "../helpers/actor";
import { createOpportunity, createSession, createWorld, form, idle } from "../helpers/factories";

const FROM = "Involve at Test University <involve@test.example>";
let mail: MailCatcher;
const workers: RunningWorker[] = [];

async function worker(options: { concurrency?: number } = {}) {
  const running = await startWorker({
    mailer: createMailer(smtp(mail.url)),
    schedules: false,
    pollSeconds: 0.5,
    concurrency: options.concurrency,
    log: () => {},
  });
  workers.push(running);
  return running;
}

const smtp = (url: string) => ({ ...process.env, SMTP_URL: url, EMAIL_FROM: FROM });
/** A process of its own (not through npm or run.mjs, so a signal reaches the process itself). */
function spawnScript(script: string, args: string[], env: Record<string, string> = {}): ChildProcess {
  return spawn(
    process.execPath,
    [
      "--experimental-wasm-modules",
      "--no-warnings=ExperimentalWarning",
      "--conditions=react-server",
      "--import",
      "tsx",
      script,
      ...args,
    ],
    { env: { ...process.env, ...env }, stdio: ["ignore", "ignore", "inherit"] },
  );
}

const exited = (child: ChildProcess) =>
  new Promise<number | null>((resolve) =>
    child.exitCode !== null || child.signalCode !== null ? resolve(child.exitCode) : child.once("exit", resolve),
  );

/** A real worker process (scripts/worker.ts), polling every half second. */
const spawnWorker = (smtpUrl: string) =>
  spawnScript("scripts/worker.ts", [], {
    SMTP_URL: smtpUrl,
    EMAIL_FROM: FROM,
    JOBS_POLL_SECONDS: "0.5",
    JOBS_SUPERVISE_SECONDS: "1",
  });

const to = (email: string) => (m: CaughtMail) => m.to.includes(email);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

beforeEach(async () => {
  mail = await startMailCatcher();
});
afterEach(async () => {
  for (const w of workers.splice(0)) await w.stop(false);
  await mail.close();
});

describe("email delivery", () => {
  it("a confirmed place is emailed after the commit: plain words, the institution, a working link", async () => {
    const world = await createWorld(1);
    const [jo] = world.experts;
    const opportunity = await createOpportunity(world);
    const session = await createSession(opportunity.id);
    const booking = await db.booking.create({ data: { sessionId: session.id, expertId: jo.expert.id } });
    actAs(world.coordinator);
    const state = await decideBookingAction(
      idle,
      form({ bookingId: booking.id, decision: "CONFIRMED", message: "See you there" }),
    );
    expect(state.status).toBe("success");
    const queued = await db.message.findFirstOrThrow({ where: { userId: jo.user.id } });
    expect(queued).toMatchObject({ status: "QUEUED", kind: "BOOKING", toAddress: jo.user.email });

    await worker();
    const [email] = await mail.waitFor(1, { filter: to(jo.user.email) });
    expect(email.subject).toBe("Your place is confirmed");
    expect(email.from).toMatch(/^"?Involve at Test University"? <involve@test\.example>$/);
    expect(email.involveId).toBe(queued.id);
    const link = `${siteUrl()}/expert/opportunities/${opportunity.id}`;
    expect(email.text).toContain(`Hello ${jo.user.name.split(" ")[0]},`);
    expect(email.text).toContain("See you there");
    expect(email.text).toContain(world.institution.name);
    expect(email.text).toContain(link);
    expect(email.text).toContain(`${siteUrl()}/expert/messages`);
    expect(email.html).toContain('<html lang="en-GB">');
    expect(email.html).toContain(`href="${link}"`);
    expect(email.html).toContain("change how we contact you");
    await expect
      .poll(async () => (await db.message.findUniqueOrThrow({ where: { id: queued.id } })).status)
      .toBe("SENT");
    expect((await db.message.findUniqueOrThrow({ where: { id: queued.id } })).sentAt).not.toBeNull();
  });

  it("a rolled-back change writes no message and sends nothing", async () => {
    const world = await createWorld(1);
    const [jo] = world.experts;
    await expect(
      db.$transaction(async (tx) => {
        await notify({ userId: jo.user.id, kind: "BOOKING", title: "Your place is confirmed", body: "Never sent" }, tx);
        throw new Error("the change failed");
      }),
    ).rejects.toThrow("the change failed");
    expect(await db.message.count({ where: { userId: jo.user.id } })).toBe(0);
    expect(await db.notification.count({ where: { userId: jo.user.id } })).toBe(0);
    await worker();
    await sleep(2000);
    expect(mail.messages.filter(to(jo.user.email))).toHaveLength(0);
  });

  it("follows each person's contact preference; account security is emailed whatever they chose", async () => {
    const world = await createWorld(3);
    const [emailMe, inApp, phone] = world.experts;
    await db.user.update({ where: { id: inApp.user.id }, data: { contactPreference: "IN_APP" } });
    await db.user.update({ where: { id: phone.user.id }, data: { contactPreference: "PHONE" } });
    await db.$transaction((tx) =>
      notify(
        [emailMe, inApp, phone].flatMap((p) => [
          { userId: p.user.id, kind: "PAYMENT" as const, title: "You have been paid", body: "£25.00 was paid." },
          { userId: p.user.id, kind: "ACCOUNT" as const, title: "Reset your password", body: "Use this link." },
        ]),
        tx,
      ),
    );
    const status = async (userId: string, kind: "PAYMENT" | "ACCOUNT") =>
      (await db.message.findFirstOrThrow({ where: { userId, kind } })).status;
    expect(await status(inApp.user.id, "PAYMENT")).toBe("SKIPPED");
    expect(await status(phone.user.id, "PAYMENT")).toBe("TO_CALL");
    // Everyone still sees every message inside Involve.
    expect(await db.notification.count({ where: { userId: { in: [inApp.user.id, phone.user.id] } } })).toBe(4);

    await worker();
    await mail.waitFor(4, {
      filter: (m) => [emailMe, inApp, phone].some((p) => m.to.includes(p.user.email)),
    });
    await sleep(1000);
    const got = mail.messages
      .filter((m) => [emailMe, inApp, phone].some((p) => m.to.includes(p.user.email)))
      .map(
        (m) =>
          `${m.to[0] === emailMe.user.email ? "email" : m.to[0] === inApp.user.email ? "in-app" : "phone"}: ${m.subject}`,
      )
      .sort();
    expect(got).toEqual([
      "email: Reset your password",
      "email: You have been paid",
      "in-app: Reset your password",
      "phone: Reset your password",
    ]);
    // Account-security emails carry no "switch this off" link, and are not kept once sent.
    const security = mail.messages.find((m) => m.to.includes(inApp.user.email))!;
    expect(security.text).toContain("Use this link.");
    expect(security.text).not.toContain("/expert/messages");
    await expect
      .poll(
        async () => (await db.message.findFirstOrThrow({ where: { userId: inApp.user.id, kind: "ACCOUNT" } })).textBody,
      )
      .toBe(ACCOUNT_BODY_REMOVED.textBody);
  });

  it("without a mail server, messages are kept as not sent; a refusal fails with the reason; a server that is down is retried", async () => {
    const world = await createWorld(2);
    const [jo, kim] = world.experts;
    await db.$transaction((tx) =>
      notify(
        [jo, kim].map((p) => ({ userId: p.user.id, kind: "PAYMENT" as const, title: "Paid", body: "£1.00" })),
        tx,
      ),
    );
    const [a, b] = await Promise.all(
      [jo, kim].map((p) => db.message.findFirstOrThrow({ where: { userId: p.user.id } })),
    );
    const job = { lastAttempt: false, leaseSeconds: 120 };
    expect(await deliverMessage({ ...job, messageId: a.id, mailer: null }, db)).toBe("not-sent");
    expect(await db.message.findUniqueOrThrow({ where: { id: a.id } })).toMatchObject({
      status: "NOT_SENT",
      lastError: expect.stringContaining("No mail server"),
    });
    // Already handled: never sent again.
    expect(await deliverMessage({ ...job, messageId: a.id, mailer: null }, db)).toBe("already-handled");

    // Down: the attempt throws so pg-boss retries it, and the message waits with the reason.
    const down = createMailer(smtp("smtp://127.0.0.1:1"))!;
    await expect(deliverMessage({ ...job, messageId: b.id, mailer: down }, db)).rejects.toThrow();
    expect(await db.message.findUniqueOrThrow({ where: { id: b.id } })).toMatchObject({
      status: "QUEUED",
      lastError: expect.stringContaining("Could not reach the mail server"),
    });
    const up = createMailer(smtp(mail.url))!;
    expect(await deliverMessage({ ...job, messageId: b.id, mailer: up }, db)).toBe("sent");
    expect(mail.messages.filter(to(kim.user.email))).toHaveLength(1);

    // Refused by the server: failed at once, with the server's words, for the coordinator to see.
    const refusing = await startMailCatcher({
      beforeAccept: () => {
        throw Object.assign(new Error("Mailbox unavailable"), { responseCode: 550 });
      },
    });
    try {
      await db.$transaction((tx) =>
        notify({ userId: jo.user.id, kind: "PAYMENT", title: "Paid again", body: "£2.00" }, tx),
      );
      const c = await db.message.findFirstOrThrow({ where: { userId: jo.user.id, subject: "Paid again" } });
      const refused = createMailer(smtp(refusing.url))!;
      expect(await deliverMessage({ ...job, messageId: c.id, mailer: refused }, db)).toBe("failed");
      expect(await db.message.findUniqueOrThrow({ where: { id: c.id } })).toMatchObject({
        status: "FAILED",
        lastError: expect.stringContaining("Mailbox unavailable"),
      });
    } finally {
      await refusing.close();
    }
  });

  it("retries a 'try again later' reply; removes a set-password link that fails for good; retries a job that finds a fresh claim", async () => {
    const world = await createWorld(2);
    const [jo, kim] = world.experts;
    const job = { lastAttempt: false, leaseSeconds: 120 };

    // Greylisted (451 at RCPT TO): waits with the server's words and is retried, not failed.
    const greylisting = await startMailCatcher({
      beforeRecipient: () => {
        throw Object.assign(new Error("Greylisted, try again later"), { responseCode: 451 });
      },
    });
    try {
      await db.$transaction((tx) => notify({ userId: jo.user.id, kind: "PAYMENT", title: "Grey", body: "£1" }, tx));
      const grey = await db.message.findFirstOrThrow({ where: { userId: jo.user.id, subject: "Grey" } });
      const mailer = createMailer(smtp(greylisting.url))!;
      await expect(deliverMessage({ ...job, messageId: grey.id, mailer }, db)).rejects.toThrow();
      expect(await db.message.findUniqueOrThrow({ where: { id: grey.id } })).toMatchObject({
        status: "QUEUED",
        lastError: expect.stringContaining("try again later"),
      });

      // An account email refused on its last attempt keeps no link.
      await db.$transaction((tx) =>
        notify(
          { userId: kim.user.id, kind: "ACCOUNT", inApp: false, title: "Link", body: "Use /set-password?token=secret" },
          tx,
        ),
      );
      const link = await db.message.findFirstOrThrow({ where: { userId: kim.user.id, subject: "Link" } });
      expect(await deliverMessage({ ...job, lastAttempt: true, messageId: link.id, mailer }, db)).toBe("failed");
      const failed = await db.message.findUniqueOrThrow({ where: { id: link.id } });
      expect(failed.status).toBe("FAILED");
      expect(failed.textBody).toBe(ACCOUNT_BODY_REMOVED.textBody);
      expect(failed.htmlBody).not.toContain("secret");
    } finally {
      await greylisting.close();
    }

    // A fresh claim held by another job: retried (so it is never stranded); on the last attempt, left alone.
    await db.$transaction((tx) => notify({ userId: jo.user.id, kind: "PAYMENT", title: "Held", body: "£3" }, tx));
    const held = await db.message.findFirstOrThrow({ where: { userId: jo.user.id, subject: "Held" } });
    await db.message.update({ where: { id: held.id }, data: { status: "SENDING", claimedAt: new Date() } });
    const up = createMailer(smtp(mail.url))!;
    await expect(deliverMessage({ ...job, messageId: held.id, mailer: up }, db)).rejects.toThrow(/being sent/);
    expect(await deliverMessage({ ...job, lastAttempt: true, messageId: held.id, mailer: up }, db)).toBe(
      "already-handled",
    );
    // Once the claim is older than the lease, the next attempt takes it over and sends it.
    await db.message.update({ where: { id: held.id }, data: { claimedAt: new Date(Date.now() - 121_000) } });
    expect(await deliverMessage({ ...job, messageId: held.id, mailer: up }, db)).toBe("sent");
    expect(mail.messages.filter(to(jo.user.email)).map((m) => m.subject)).toContain("Held");
  });

  it("exactly once: N changes from two app processes, delivered by two worker processes, with every job doubled → N emails, none twice", async () => {
    const world = await createWorld(4);
    const userIds = world.experts.map((e) => e.user.id);
    const N = 30;
    // Two app instances, each a process with its own pool and producer, writing at the same time.
    const apps = ["a", "b"].map((label) =>
      spawnScript("tests/jobs/processes/app-instance.ts", [label, String(N / 2), ...userIds]),
    );
    expect(await Promise.all(apps.map(exited))).toEqual([0, 0]);
    const ids = (await db.message.findMany({ where: { userId: { in: userIds } } })).map((m) => m.id);
    expect(ids).toHaveLength(N);
    // As if every job had been handed out twice (a redelivery): the claim must still send once.
    await db.$transaction((tx) =>
      addJobs(
        QUEUES.deliverMessage.name,
        ids.map((messageId) => ({ messageId })),
        tx,
      ),
    );

    // A copy that finds its message being sent by the other copy is retried later: a second here.
    await db.$executeRawUnsafe(
      `UPDATE pgboss.job SET retry_delay = 1, retry_backoff = false WHERE name = $1 AND data->>'messageId' = ANY($2::text[])`,
      QUEUES.deliverMessage.name,
      ids,
    );
    const workers = [spawnWorker(mail.url), spawnWorker(mail.url)];
    try {
      const mine = (m: CaughtMail) => ids.includes(m.involveId);
      await mail.waitFor(N, { filter: mine, timeoutMs: 60_000 });
      // Until both workers have run every job (the doubles included), then a moment for any second copy.
      await expect
        .poll(
          async () =>
            Number(
              (
                await db.$queryRawUnsafe<{ n: bigint }[]>(
                  `SELECT count(*) AS n FROM pgboss.job WHERE name = $1 AND state IN ('created', 'retry', 'active') AND data->>'messageId' = ANY($2::text[])`,
                  QUEUES.deliverMessage.name,
                  ids,
                )
              )[0].n,
            ),
          { timeout: 30_000 },
        )
        .toBe(0);
      await sleep(1000);
      const received = mail.messages.filter(mine).map((m) => m.involveId);
      expect(received).toHaveLength(N);
      expect(new Set(received).size).toBe(N);
      expect(await db.message.count({ where: { id: { in: ids }, status: "SENT" } })).toBe(N);
    } finally {
      for (const w of workers) w.kill("SIGTERM");
      await Promise.all(workers.map(exited));
    }
  });
});

describe("a worker killed mid-batch", () => {
  it("loses nothing: what it held is sent once after a restart", async () => {
    const world = await createWorld(3);
    const N = 6;
    let slowDown = true;
    let release: () => void = () => {};
    const firstInFlight = new Promise<void>((resolve) => (release = resolve));
    const recipients = new Set(world.experts.map((e) => e.user.email));
    // A slow server: each of our recipients waits 3 s before the server accepts it, so the first
    // worker is killed in the middle of sending (before the message itself has gone).
    const slow = await startMailCatcher({
      beforeRecipient: async (address) => {
        if (!recipients.has(address) || !slowDown) return;
        release();
        await sleep(3000);
      },
    });
    let first: ChildProcess | null = null;
    let second: ChildProcess | null = null;
    try {
      await db.$transaction((tx) =>
        notify(
          Array.from({ length: N }, (_, i) => ({
            userId: world.experts[i % 3].user.id,
            kind: "SESSION" as const,
            title: `Session changed ${i + 1}`,
            body: "New time.",
          })),
          tx,
        ),
      );
      const ids = (await db.message.findMany({ where: { userId: { in: world.experts.map((e) => e.user.id) } } })).map(
        (m) => m.id,
      );
      // Shorter expiry and no retry delay for these jobs only, so the test need not wait minutes.
      await db.$executeRawUnsafe(
        `UPDATE pgboss.job SET expire_seconds = 3, retry_delay = 0, retry_backoff = false
         WHERE name = $1 AND data->>'messageId' = ANY($2::text[])`,
        QUEUES.deliverMessage.name,
        ids,
      );

      first = spawnWorker(slow.url);
      await firstInFlight;
      first.kill("SIGKILL");
      await new Promise((resolve) => first!.once("exit", resolve));
      const receivedBeforeKill = slow.messages.filter((m) => ids.includes(m.involveId)).length;
      // Killed holding a claim: at least one message was mid-send.
      expect(await db.message.count({ where: { id: { in: ids }, status: "SENDING" } })).toBeGreaterThan(0);
      expect(receivedBeforeKill).toBeLessThan(N);
      // The server is quick again, so the restarted worker's sends stay well inside their 3 s lease.
      slowDown = false;

      second = spawnWorker(slow.url);
      const mine = (m: CaughtMail) => ids.includes(m.involveId);
      await slow.waitFor(N, { filter: mine, timeoutMs: 60_000 });
      await sleep(4000);
      const received = slow.messages.filter(mine).map((m) => m.involveId);
      expect(new Set(received).size).toBe(N);
      expect(received).toHaveLength(N);
      await expect
        .poll(() => db.message.count({ where: { id: { in: ids }, status: "SENT" } }), { timeout: 10_000 })
        .toBe(N);
    } finally {
      first?.kill("SIGKILL");
      second?.kill("SIGTERM");
      if (second) await new Promise((resolve) => second!.once("exit", resolve));
      await slow.close();
    }
  }, 90_000);
});
