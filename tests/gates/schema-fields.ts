/**
 * What form fields an action's zod schema expects, read from the schema itself (zod 4
 * internals: `_zod.def`). Wrappers (optional, default, pipe/transform, catch, readonly…) are
 * unwrapped to the input side; unions of objects contribute all their fields.
 */
import type { z } from "zod";

export type FieldKind =
  | { type: "string" }
  | { type: "number" }
  | { type: "boolean" }
  | { type: "date" }
  | { type: "enum"; values: string[] }
  | { type: "array"; of: FieldKind }
  | { type: "unknown" };

export type Field = { name: string; kind: FieldKind; optional: boolean };

type Def = { type: string; [key: string]: unknown };
const defOf = (schema: unknown): Def => (schema as { _zod: { def: Def } })._zod.def;

const WRAPPERS = new Set([
  "optional",
  "nullable",
  "default",
  "prefault",
  "catch",
  "readonly",
  "nonoptional",
  "success",
]);

/** The input-side schema under any wrappers. */
function unwrap(schema: unknown): { schema: unknown; optional: boolean } {
  let current = schema;
  let optional = false;
  for (let i = 0; i < 20; i++) {
    const def = defOf(current);
    if (WRAPPERS.has(def.type)) {
      if (def.type !== "nonoptional") optional = optional || def.type !== "readonly";
      current = def.innerType;
    } else if (def.type === "pipe") {
      // z.preprocess(fn, schema) is pipe(transform, schema): the schema is on the out side.
      current = defOf(def.in).type === "transform" ? def.out : def.in;
    } else if (def.type === "lazy") {
      current = (def.getter as () => unknown)();
    } else break;
  }
  return { schema: current, optional };
}

const informative = (k: FieldKind) =>
  k.type === "enum" || (k.type === "array" && k.of.type === "enum") || k.type === "number" || k.type === "boolean";

function kindOf(schema: unknown): FieldKind {
  // A pipe's out side can say more than its in side (checkbox groups: string | string[] → enum[]).
  const outer = unwrapOuter(schema);
  if (outer && defOf(outer).type === "pipe") {
    const pipe = defOf(outer);
    const [input, output] = [
      kindOf(pipe.in),
      defOf(pipe.out).type === "transform" ? ({ type: "unknown" } as FieldKind) : kindOf(pipe.out),
    ];
    return input.type === "unknown" || (informative(output) && !informative(input)) ? output : input;
  }
  const { schema: inner } = unwrap(schema);
  const def = defOf(inner);
  switch (def.type) {
    case "string":
    case "template_literal":
      return { type: "string" };
    case "number":
    case "int":
    case "bigint":
      return { type: "number" };
    case "boolean":
      return { type: "boolean" };
    case "date":
      return { type: "date" };
    case "enum":
      return { type: "enum", values: Object.values(def.entries as Record<string, string | number>).map(String) };
    case "literal":
      return { type: "enum", values: (def.values as unknown[]).map(String) };
    case "array":
      return { type: "array", of: kindOf(def.element) };
    case "union": {
      const kinds = (def.options as unknown[]).map(kindOf);
      if (kinds.every((k) => k.type === "enum"))
        return { type: "enum", values: kinds.flatMap((k) => (k.type === "enum" ? k.values : [])) };
      return kinds[0] ?? { type: "unknown" };
    }
    default:
      return { type: "unknown" };
  }
}

/** The schema under optional/default wrappers only, stopping at a pipe. */
function unwrapOuter(schema: unknown): unknown {
  let current = schema;
  for (let i = 0; i < 20; i++) {
    const def = defOf(current);
    if (WRAPPERS.has(def.type)) current = def.innerType;
    else return current;
  }
  return current;
}

/** Object schemas reachable from the top of an action's schema (several for unions). */
function objects(schema: unknown): Record<string, unknown>[] {
  const { schema: inner } = unwrap(schema);
  const def = defOf(inner);
  if (def.type === "object") return [def.shape as Record<string, unknown>];
  if (def.type === "union") return (def.options as unknown[]).flatMap(objects);
  if (def.type === "intersection") return [...objects(def.left), ...objects(def.right)];
  return [];
}

/** Every field the schema names, with its kind. Empty when the schema is not an object. */
export function fieldsOf(schema: z.ZodType): Field[] {
  const byName = new Map<string, Field>();
  for (const shape of objects(schema)) {
    for (const [name, field] of Object.entries(shape)) {
      if (byName.has(name)) continue;
      byName.set(name, { name, kind: kindOf(field), optional: unwrap(field).optional });
    }
  }
  return [...byName.values()];
}

/** Whether the schema lets unknown keys through (z.looseObject): actions read those fields themselves. */
export function acceptsExtraKeys(schema: z.ZodType): boolean {
  const { schema: inner } = unwrap(schema);
  const def = defOf(inner);
  return def.type === "object" && def.catchall !== undefined && defOf(def.catchall).type !== "never";
}

export const isIdField = (name: string) => /(^id$|Id$|Ids$)/.test(name);
