/** FormData → plain object for zod. Repeated keys (checkboxes) become arrays. */
export function formDataToObject(formData: FormData): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const [key, raw] of formData.entries()) {
    if (key.startsWith("$ACTION")) continue; // Next's own fields
    const value = typeof raw === "string" ? raw : raw.name;
    const existing = out[key];
    if (existing === undefined) out[key] = value;
    else out[key] = Array.isArray(existing) ? [...existing, value] : [existing, value];
  }
  return out;
}
