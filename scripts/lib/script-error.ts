/** A failure whose message is meant for the person running the script: printed without a stack. */
export class ScriptError extends Error {
  override name = "ScriptError";
}
