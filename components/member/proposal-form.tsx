"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { BodyEditor } from "@/components/admin/rich-text/body-editor";
import type { RichTextImage } from "@/components/admin/rich-text/editor";
import { Field, FormMessage, inputClass, TextField } from "@/components/forms/field";
import { SubmitButton } from "@/components/forms/submit-button";
import { localeNames, locales } from "@/lib/i18n/locales";
import { idleForm, type FormState } from "@/lib/validation/form";

// A member's news proposal: language, title, summary and text with the site's rich-text editor.
export function ProposalForm({
  action,
  locale,
  images,
}: {
  action: (state: FormState, data: FormData) => Promise<FormState>;
  locale: string;
  images: RichTextImage[];
}) {
  const t = useTranslations("MyCluster.posts");
  const [state, formAction] = useActionState(action, idleForm);
  const v = state.status === "error" ? (state.values ?? {}) : {};
  const e = state.errors ?? {};
  return (
    // After a sent proposal the key gives an empty form; after an error the typed text comes back.
    <form key={`${state.status}-${state.message ?? ""}`} action={formAction} noValidate className="space-y-4">
      <input type="hidden" name="locale" value={locale} />
      <FormMessage status={state.status} message={state.message} />
      <Field name="language" label={t("language")} error={e.language}>
        {(wiring) => (
          <select name="language" defaultValue={v.language ?? locale} className={inputClass} {...wiring}>
            {locales.map((l) => (
              <option key={l} value={l}>
                {localeNames[l]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <TextField name="title" label={t("title")} defaultValue={v.title} error={e.title} />
      <TextField
        name="excerpt"
        label={t("excerpt")}
        hint={t("excerptHint")}
        defaultValue={v.excerpt}
        error={e.excerpt}
      />
      <Field name="body" label={t("body")} error={e.body}>
        {(wiring) => (
          <BodyEditor
            name="body"
            defaultValue={v.body ?? ""}
            images={images}
            lang={v.language ?? locale}
            wiring={wiring}
          />
        )}
      </Field>
      <SubmitButton label={t("submit")} pendingLabel={t("submitting")} />
    </form>
  );
}
