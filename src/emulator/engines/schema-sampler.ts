import { hashText } from "./stable-hash";

type Schema = Record<string, unknown>;

// Callers' schemas may ask for anything; an emulated answer stays small whatever they say.
const MAX_STRING_LENGTH = 1_000;
const MAX_ITEMS = 5;

const WORDS = ["amber", "birch", "cedar", "delta", "ember", "fjord", "grove", "harbor", "iris", "juniper"];

const FORMATS: Record<string, string> = {
  date: "2026-01-15",
  "date-time": "2026-01-15T09:30:00Z",
  time: "09:30:00",
  email: "someone@example.com",
  uri: "https://example.com/item",
  uuid: "00000000-0000-4000-8000-000000000000",
};

function asSchema(value: unknown): Schema {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Schema) : {};
}

function typeOf(schema: Schema): string | undefined {
  const type = schema.type;
  if (Array.isArray(type)) return type.find((name) => name !== "null") as string | undefined;
  if (typeof type === "string") return type;
  if (schema.properties !== undefined) return "object";
  if (schema.items !== undefined) return "array";
  return undefined;
}

function sampleNumber(schema: Schema, seed: number, whole: boolean): number {
  const minimum = typeof schema.minimum === "number" ? schema.minimum : typeof schema.exclusiveMinimum === "number" ? schema.exclusiveMinimum + 1 : 0;
  const maximum =
    typeof schema.maximum === "number" ? schema.maximum : typeof schema.exclusiveMaximum === "number" ? schema.exclusiveMaximum - 1 : minimum + 100;
  const span = Math.max(0, maximum - minimum);
  const value = minimum + ((seed % 1000) / 1000) * span;
  return whole ? Math.min(maximum, Math.ceil(value)) : Math.round(value * 100) / 100;
}

function sampleString(schema: Schema, seed: number): string {
  if (typeof schema.format === "string" && FORMATS[schema.format] !== undefined) return FORMATS[schema.format];
  let text = `${WORDS[seed % WORDS.length]}-${seed % 97}`;
  const minimum = Math.min(typeof schema.minLength === "number" ? schema.minLength : 0, MAX_STRING_LENGTH);
  text = text.padEnd(minimum, "x");
  return typeof schema.maxLength === "number" ? text.slice(0, schema.maxLength) : text;
}

/**
 * A value that satisfies a JSON Schema's common keywords — type, enum, const, properties and
 * required, items and minItems, numeric bounds, string lengths and well-known formats, and the
 * first branch of anyOf/oneOf — chosen deterministically from `seed`. Keywords it does not read
 * (pattern, $ref, dependent schemas) may leave the value outside the schema, as a real model's
 * output sometimes is; the gateway's own check reports that.
 */
export function sampleFromSchema(value: unknown, seed: number, depth = 0): unknown {
  const schema = asSchema(value);
  if (depth > 6) return null;
  if ("const" in schema) return schema.const;
  if (Array.isArray(schema.enum) && schema.enum.length > 0) return schema.enum[seed % schema.enum.length];
  const branches = (schema.anyOf ?? schema.oneOf) as unknown[] | undefined;
  if (Array.isArray(branches) && branches.length > 0) return sampleFromSchema(branches[0], seed, depth + 1);
  switch (typeOf(schema)) {
    case "object": {
      const properties = asSchema(schema.properties);
      return Object.fromEntries(
        Object.entries(properties).map(([name, property]) => [name, sampleFromSchema(property, hashText(name, seed), depth + 1)]),
      );
    }
    case "array": {
      const count = Math.min(Math.max(typeof schema.minItems === "number" ? schema.minItems : 1, 1), MAX_ITEMS);
      const items = Array.from({ length: count }, (_, index) => sampleFromSchema(schema.items, hashText(`${index}`, seed), depth + 1));
      return typeof schema.maxItems === "number" ? items.slice(0, schema.maxItems) : items;
    }
    case "integer":
      return sampleNumber(schema, seed, true);
    case "number":
      return sampleNumber(schema, seed, false);
    case "boolean":
      return seed % 2 === 0;
    case "null":
      return null;
    case "string":
      return sampleString(schema, seed);
    default:
      return sampleString(schema, seed);
  }
}
