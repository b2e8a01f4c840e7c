/**
 * FormData → plain object for zod. Repeated keys (checkboxes) become arrays. Built through a Map
 * and Object.fromEntries so hostile keys such as "constructor" or "__proto__" stay ordinary own
 * properties and never reach the object's prototype.
 */
export function formDataToObject(formData: FormData): Record<string, string | string[]> {
  const out = new Map<string, string | string[]>();
  for (const [key, raw] of formData.entries()) {
    if (key.startsWith("$ACTION")) continue; // Next's own fields
    const value = typeof raw === "string" ? raw : raw.name;
    const existing = out.get(key);
    if (existing === undefined) out.set(key, value);
    else out.set(key, Array.isArray(existing) ? [...existing, value] : [existing, value]);
  }
  return Object.fromEntries(out);
}
