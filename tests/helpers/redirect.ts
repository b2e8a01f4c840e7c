import type { FormState } from "@/lib/actions/form-state";

/** Actions that finish with redirect() reject with Next's redirect error; return where it goes. */
export async function redirectOf(result: Promise<FormState>): Promise<string> {
  try {
    const state = await result;
    throw new Error(`expected a redirect, got ${JSON.stringify(state)}`);
  } catch (error) {
    const digest = (error as { digest?: string }).digest ?? "";
    if (!digest.startsWith("NEXT_REDIRECT")) throw error;
    return digest.split(";")[2] ?? "";
  }
}
