import "server-only";
import { randomUUID } from "node:crypto";
import { revalidatePath } from "next/cache";
import { unstable_rethrow } from "next/navigation";
import { getTranslations } from "next-intl/server";
import type { z } from "zod";
import { AuthorizationError, getViewer, isEditor, type Viewer } from "@/lib/auth/viewer";
import { isClusterMember } from "@/lib/data/admin/clusters/access";
import { type CacheTag, expireTags } from "@/lib/data/cache";
import type { AppLocale } from "@/lib/i18n/locales";
import { getPathname, redirect } from "@/lib/i18n/navigation";
import { formLocale } from "@/lib/validation/account";
import {
  fieldErrors,
  formFields,
  type FormState,
  submittedFiles,
  submittedValues,
  type ValidationKey,
} from "@/lib/validation/form";

// The one way every server action runs (dub's authActionClient, as a small wrapper around the
// FormState contract that every form already reads with useActionState):
//   locale of the form → viewer → guard → schema → the action's own step → expire tags,
//   revalidate paths, redirect.
// Known outcomes of the data layer (refused, not found, conflict, invalid) come back as
// translated messages; anything unexpected (the database unreachable, a full disk, a bug) is
// logged once with an id and answered with a translated form error. Every error answer carries
// what was submitted, so the form shows it again and nothing typed is lost. The guard is for the
// answer only: data functions still authorize themselves.

// Who may call the action. "anyone" does not even read the session.
export type Guard = "anyone" | "signedIn" | "editor" | "admin" | "member";

type ViewerOf<G extends Guard> = G extends "anyone"
  ? null
  : G extends "editor"
    ? Viewer & { role: "ADMIN" | "EDITOR" }
    : G extends "admin"
      ? Viewer & { role: "ADMIN" }
      : G extends "member"
        ? Viewer & { clusterId: string }
        : Viewer;

const guards: Record<Exclude<Guard, "anyone">, (viewer: Viewer | null) => boolean> = {
  signedIn: (viewer) => viewer !== null,
  editor: isEditor,
  admin: (viewer) => viewer?.role === "ADMIN",
  member: isClusterMember,
};

// The whole catalogue of messages, for texts the action builds itself.
export type Translate = Awaited<ReturnType<typeof getTranslations<never>>>;
export type MessageKey = Parameters<Translate>[0];

// An action's step succeeded: what the form shows, and what the pipeline does next (paths and
// redirects without the locale, which the pipeline adds).
export interface Done {
  ok: true;
  message?: string;
  values?: Record<string, string>;
  expire?: readonly CacheTag[];
  revalidate?: readonly string[];
  redirect?: string;
}

// Failures the data layer reports in its own words; the pipeline translates them.
export type KnownFailure =
  | { ok: false; error: "refused" }
  | { ok: false; error: "notFound" }
  | { ok: false; error: "conflict" }
  | { ok: false; error: "invalid"; errors: Record<string, ValidationKey> };

// A failure the action words itself (already translated).
export interface Rejected {
  ok: false;
  error: "rejected";
  message?: string;
  errors?: Record<string, string>;
  // Pages to render again all the same (the record changed under the form).
  revalidate?: readonly string[];
}

export type Outcome = Done | KnownFailure | Rejected;

// Fields the data layer refused, by Validation message key.
export function invalid(errors: Record<string, ValidationKey>): KnownFailure {
  return { ok: false, error: "invalid", errors };
}

// The answer for a failure the action words itself.
export function rejected(
  message?: string,
  errors?: Record<string, string>,
  options: { revalidate?: readonly string[] } = {},
): Rejected {
  return { ok: false, error: "rejected", message, errors, ...options };
}

export interface ActionContext<G extends Guard, Input> {
  viewer: ViewerOf<G>;
  locale: AppLocale;
  input: Input;
  formData: FormData;
  t: Translate;
}

export interface ActionDefinition<G extends Guard, S extends z.ZodType> {
  guard: G;
  schema: S;
  // Builds what the schema checks from the FormData (default: each field's value).
  input?: (formData: FormData) => unknown;
  // Fields never sent back to the form (default: passwords).
  secret?: string[];
  // Messages that differ from the common ones: the form's note when fields are invalid, and the
  // words for a conflict, a refusal or a missing record in this feature.
  messages?: { invalid?: MessageKey; conflict?: MessageKey; notFound?: MessageKey; refused?: MessageKey };
  run: (context: ActionContext<G, z.output<S>>) => Promise<Outcome>;
}

// Builds a server action for useActionState from a guard, a schema and the action's own step.
export function formAction<G extends Guard, S extends z.ZodType>(
  definition: ActionDefinition<G, S>,
): (previous: FormState, formData: FormData) => Promise<FormState> {
  return async (_previous, formData) => {
    const locale = formLocale(formData);
    const t = await getTranslations({ locale });
    const files = submittedFiles(formData);
    const kept = { values: submittedValues(formData, definition.secret), ...(files && { files }) };
    const say = (key: MessageKey | undefined) => (key ? t(key) : undefined);
    let done: Done;
    try {
      const outcome = await runDefinition(definition, formData, locale, t);
      if (outcome.ok) {
        done = outcome;
      } else if (outcome.error === "refused") {
        return { status: "error", message: say(definition.messages?.refused ?? "Admin.forbiddenAction") };
      } else if (outcome.error === "notFound") {
        return { status: "error", message: say(definition.messages?.notFound ?? "Admin.notFound"), ...kept };
      } else if (outcome.error === "conflict") {
        return { status: "error", message: say(definition.messages?.conflict ?? "Validation.conflict"), ...kept };
      } else if (outcome.error === "invalid") {
        const errors = Object.fromEntries(
          Object.entries(outcome.errors).map(([field, key]) => [field, t(`Validation.${key}`)]),
        );
        return { status: "error", message: say(definition.messages?.invalid), errors, ...kept };
      } else {
        for (const path of outcome.revalidate ?? []) revalidatePath(getPathname({ locale, href: path }));
        return { status: "error", message: outcome.message, errors: outcome.errors, ...kept };
      }
    } catch (error) {
      // Next's own signals (a redirect from inside the step, say) pass through untouched.
      unstable_rethrow(error);
      // A data function refusing the viewer: the same answer as the guard's.
      if (error instanceof AuthorizationError) {
        return { status: "error", message: say(definition.messages?.refused ?? "Admin.forbiddenAction") };
      }
      const id = randomUUID().slice(0, 8);
      console.error(`server action failed (error ${id}):`, error);
      return { status: "error", message: t("Actions.unexpected", { id }), ...kept };
    }
    if (done.expire?.length) expireTags(...done.expire);
    for (const path of done.revalidate ?? []) revalidatePath(getPathname({ locale, href: path }));
    if (done.redirect) redirect({ href: done.redirect, locale });
    return { status: "ok", message: done.message, values: done.values };
  };
}

async function runDefinition<G extends Guard, S extends z.ZodType>(
  definition: ActionDefinition<G, S>,
  formData: FormData,
  locale: AppLocale,
  t: Translate,
): Promise<Outcome> {
  let viewer: Viewer | null = null;
  if (definition.guard !== "anyone") {
    viewer = await getViewer();
    if (!guards[definition.guard as Exclude<Guard, "anyone">](viewer)) return { ok: false, error: "refused" };
  }
  // NUL and other control characters (tab and line breaks aside) have no place in any text a form
  // sends, and PostgreSQL refuses NUL in text: marked at their fields before any schema runs.
  const control = fieldsWithControlCharacters(formData);
  if (control.length > 0) {
    const tv = await getTranslations({ locale, namespace: "Validation" });
    return rejected(
      tv("controlCharactersForm"),
      Object.fromEntries(control.map((field) => [field, tv("controlCharacters")])),
    );
  }
  const parsed = definition.schema.safeParse((definition.input ?? formFields)(formData));
  if (!parsed.success) {
    const tv = await getTranslations({ locale, namespace: "Validation" });
    return rejected(
      definition.messages?.invalid ? t(definition.messages.invalid) : undefined,
      fieldErrors(parsed.error, tv),
    );
  }
  return definition.run({ viewer: viewer as ViewerOf<G>, locale, input: parsed.data, formData, t });
}

const CONTROL_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

function fieldsWithControlCharacters(formData: FormData): string[] {
  const fields = new Set<string>();
  for (const [name, value] of formData) {
    if (CONTROL_CHARACTER.test(name) || (typeof value === "string" && CONTROL_CHARACTER.test(value))) {
      fields.add(name.replace(CONTROL_CHARACTER, ""));
    }
  }
  return [...fields];
}
