import type { Messages } from "next-intl";
import type { z } from "zod";

// What a form action returns to useActionState: errors by field name (already translated),
// a message for the whole form, and the submitted values so nothing typed is lost.
export interface FormState {
  status: "idle" | "ok" | "error";
  message?: string;
  errors?: Record<string, string>;
  values?: Record<string, string>;
  /** Files that were chosen (a browser never refills a file input): the form names them. */
  files?: Record<string, SubmittedFile>;
}

export interface SubmittedFile {
  name: string;
  size: number;
  type: string;
}

export const idleForm: FormState = { status: "idle" };

export type ValidationKey = keyof Messages["Validation"];
type Translate = (key: ValidationKey, values?: Record<string, string | number>) => string;

// Message keys (namespace Validation) for zod issues; refinements name their key in `message`.
function issueKey(issue: z.core.$ZodIssue): [ValidationKey, Record<string, string | number>?] {
  // Schemas name a Validation key as a custom message (zod's own messages contain spaces).
  if (/^[a-z][a-zA-Z]+$/.test(issue.message)) return [issue.message as ValidationKey];
  switch (issue.code) {
    case "too_small":
      if (issue.origin === "string")
        return issue.minimum === 1 ? ["required"] : ["tooShort", { min: Number(issue.minimum) }];
      return ["tooSmall", { min: Number(issue.minimum) }];
    case "too_big":
      if (issue.origin === "string") return ["tooLong", { max: Number(issue.maximum) }];
      if (issue.origin === "array") return ["tooMany", { max: Number(issue.maximum) }];
      return ["tooBig", { max: Number(issue.maximum) }];
    case "invalid_format":
      if (issue.format === "email") return ["email"];
      if (issue.format === "url") return ["url"];
      return ["format"];
    case "invalid_type":
      // zod 4 leaves the input out of issues; its message names what was received.
      return /received (undefined|null)/.test(issue.message) ? ["required"] : ["invalid"];
    case "invalid_value":
      return ["choice"];
    default:
      return ["invalid"];
  }
}

// Turns a ZodError into one translated message per field (the first issue of each).
export function fieldErrors(error: z.ZodError, t: Translate): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = issue.path.map(String).join(".") || "form";
    if (errors[field]) continue;
    const [key, values] = issueKey(issue);
    errors[field] = t(key, values);
  }
  return errors;
}

// The message keys of a ZodError, one per field: what the data layer answers, for the caller to
// translate in the visitor's language.
export function validationKeys(error: z.ZodError): Record<string, ValidationKey> {
  return fieldErrors(error, (key) => key) as Record<string, ValidationKey>;
}

// The submitted text fields, to refill the form after an error (files and passwords excluded).
export function submittedValues(formData: FormData, omit: string[] = ["password", "confirm"]): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value !== "string" || omit.includes(key) || key.startsWith("$ACTION")) continue;
    values[key] = key in values ? `${values[key]}\n${value}` : value;
  }
  return values;
}

// The files of a submission, by field: their names, sizes and types (never their bytes).
export function submittedFiles(formData: FormData): Record<string, SubmittedFile> | undefined {
  const files: Record<string, SubmittedFile> = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value !== "string" && value.size > 0)
      files[key] = { name: value.name, size: value.size, type: value.type };
  }
  return Object.keys(files).length ? files : undefined;
}

// Each field of a submission (the last value of a repeated one), for schemas of simple forms.
export function formFields(formData: FormData): Record<string, FormDataEntryValue> {
  const fields: Record<string, FormDataEntryValue> = {};
  for (const [key, value] of formData.entries()) if (!key.startsWith("$ACTION")) fields[key] = value;
  return fields;
}
