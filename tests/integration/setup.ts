import { vi } from "vitest";

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
