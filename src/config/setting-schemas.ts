import { z } from "zod";

// Building blocks of the settings' schemas. Each message names its variable and never repeats
// the value it was given: a secret must not reach a log through a configuration error.

export const port = (name: string) =>
  z.coerce
    .number({ error: `${name} must be a port number` })
    .int(`${name} must be a whole number`)
    .min(0, `${name} must be 0–65535`)
    .max(65535, `${name} must be 0–65535`);

export const positiveInt = (name: string, max: number) =>
  z.coerce
    .number({ error: `${name} must be a number` })
    .int(`${name} must be a whole number`)
    .min(1, `${name} must be at least 1`)
    .max(max, `${name} must be at most ${max}`);

/** A whole number from `min` to `max`. */
export const intRange = (name: string, min: number, max: number) =>
  z.coerce
    .number({ error: `${name} must be a number` })
    .int(`${name} must be a whole number`)
    .min(min, `${name} must be ${min}–${max}`)
    .max(max, `${name} must be ${min}–${max}`);

/** `true` or `false`. */
export const flag = (name: string) => z.enum(["true", "false"], { error: `${name} must be true or false` });

export const REGION = z.string().regex(/^[a-z]{2}(-[a-z]+)+-\d+$/, "Regions must look like us-east-1");

/** A JSON-valued variable, parsed and then checked against `shape`. */
export const jsonSetting = <T extends z.ZodType>(name: string, shape: T) =>
  z
    .string()
    .transform((text, context) => {
      try {
        return JSON.parse(text) as unknown;
      } catch {
        context.addIssue({ code: "custom", message: `${name} must be JSON` });
        return z.NEVER;
      }
    })
    .pipe(shape);
