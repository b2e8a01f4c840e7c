import { afterAll, beforeAll, vi } from "vitest";

vi.mock("@/lib/auth/session", async (importOriginal) => {
  const actual = await importOriginal<typeof import("@/lib/auth/session")>();
  const { currentActorId } = await import("../helpers/actor");
  return {
    ...actual,
    getSessionUser: async () => {
      const id = currentActorId();
      return id ? actual.loadSessionUser({ userId: id }) : null;
    },
  };
});

// Cache revalidation needs a running Next server; outside one it is a no-op.
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {}, updateTag: () => {} }));

// The app's job producer (lib/jobs/boss.ts) is started at boot by instrumentation.ts; here, once
// per test file, so actions that tell people something can add their delivery jobs.
beforeAll(async () => {
  const { getProducer } = await import("@/lib/jobs/boss");
  await getProducer();
});
afterAll(async () => {
  const { stopProducer } = await import("@/lib/jobs/boss");
  await stopProducer();
});
