"use client";

import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { Field, FormMessage, inputClass, TextField } from "@/components/forms/field";
import { SubmitButton } from "@/components/forms/submit-button";
import type { EditorOptions, PostEditorData, PostEditorTranslation } from "@/lib/data/admin/posts/queries";
import { type AppLocale, localeNames, locales } from "@/lib/i18n/locales";
import { idleForm, type FormState } from "@/lib/validation/form";
import { PostTranslationFields, type SourceText } from "./post-translation-fields";

const statuses = ["DRAFT", "PUBLISHED", "SCHEDULED"] as const;

// The post editor: one tab per language (the Polish source beside each translation) and the
// post's publishing settings. Everything is one form, so a failed save keeps every tab's text.
export function PostEditor({
  action,
  locale,
  post,
  options,
  source,
  authorName,
}: {
  action: (state: FormState, data: FormData) => Promise<FormState>;
  locale: AppLocale;
  post: PostEditorData | null;
  options: EditorOptions;
  source: SourceText | null;
  authorName: string;
}) {
  const t = useTranslations("AdminPosts");
  const tAdmin = useTranslations("Admin");
  const [state, formAction] = useActionState(action, idleForm);
  const [tab, setTab] = useState<AppLocale>("pl");
  const errors = state.errors ?? {};
  // After an error the form shows what was submitted; otherwise what is stored.
  const v = state.values;
  const value = (key: string, stored: string) => (v ? (v[key] ?? "") : stored);
  const list = (key: string, stored: string[]) => (v ? (v[key]?.split("\n").filter(Boolean) ?? []) : stored);
  const translation = (l: AppLocale): Omit<PostEditorTranslation, "state" | "publicSlug"> => {
    const stored = post?.translations[l];
    return {
      title: value(`t.${l}.title`, stored?.title ?? ""),
      slug: value(`t.${l}.slug`, stored?.slug ?? ""),
      excerpt: value(`t.${l}.excerpt`, stored?.excerpt ?? ""),
      body: value(`t.${l}.body`, stored?.body ?? ""),
      seoTitle: value(`t.${l}.seoTitle`, stored?.seoTitle ?? ""),
      seoDescription: value(`t.${l}.seoDescription`, stored?.seoDescription ?? ""),
      publish: v ? v[`t.${l}.publish`] === "on" : (stored?.publish ?? l === "pl"),
    };
  };
  const status = value("status", post?.status === "ARCHIVED" ? "DRAFT" : (post?.status ?? "DRAFT"));
  const tagIds = list("tagIds", post?.tagIds ?? []);
  const clusterIds = list("clusterIds", post?.clusterIds ?? []);
  const tabHasError = (l: AppLocale) => Object.keys(errors).some((key) => key.startsWith(`translations.${l}.`));

  return (
    <form action={formAction} noValidate className="space-y-6">
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="id" value={post?.id ?? ""} />
      <input type="hidden" name="version" value={post?.version ?? 0} />
      <FormMessage status={state.status} message={state.message} />

      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_18rem]">
        <section aria-label={t("languages")} className="min-w-0">
          <div role="tablist" aria-label={t("languages")} className="flex flex-wrap gap-1 border-b border-slate-200">
            {locales.map((l) => {
              const state_ = post?.translations[l]?.state ?? "missing";
              return (
                <button
                  key={l}
                  type="button"
                  role="tab"
                  id={`tab-${l}`}
                  aria-selected={tab === l}
                  aria-controls={`panel-${l}`}
                  onClick={() => setTab(l)}
                  className={`-mb-px rounded-t-md border px-3 py-2 text-sm font-medium ${
                    tab === l
                      ? "border-slate-200 border-b-white bg-white text-brand-700"
                      : "border-transparent text-slate-700 hover:bg-slate-50"
                  }`}
                >
                  {localeNames[l]}
                  <span className="ml-2 text-xs font-normal text-slate-500">
                    {tAdmin(`translationState.${state_}`)}
                  </span>
                  {tabHasError(l) && (
                    <span className="ml-1 font-bold text-red-700" aria-label="!">
                      !
                    </span>
                  )}
                </button>
              );
            })}
          </div>
          {locales.map((l) => (
            // Hidden panels stay in the form so every language is submitted together.
            <div
              key={l}
              role="tabpanel"
              id={`panel-${l}`}
              aria-labelledby={`tab-${l}`}
              hidden={tab !== l}
              className="pt-4"
            >
              <PostTranslationFields
                // A new key after each save or failed save gives the rich-text editor its new content.
                key={`${l}-${post?.version ?? 0}-${state.values ? "submitted" : "stored"}`}
                locale={l}
                value={translation(l)}
                errors={errors}
                source={l === "pl" ? null : source}
                images={options.images}
              />
            </div>
          ))}
        </section>

        <aside className="space-y-5 rounded-lg border border-slate-200 bg-white p-4">
          <fieldset className="space-y-2">
            <legend className="text-sm font-medium text-slate-800">{t("fields.status")}</legend>
            {statuses.map((s) => (
              <label key={s} className="flex items-start gap-2 text-sm text-slate-800">
                <input type="radio" name="status" value={s} defaultChecked={status === s} className="mt-1" />
                {t(`statusChoice.${s}`)}
              </label>
            ))}
          </fieldset>
          <TextField
            name="publishAt"
            type="datetime-local"
            label={t("fields.publishAt")}
            hint={t("fields.publishAtHint")}
            defaultValue={value("publishAt", post?.publishAt ?? "")}
            error={errors.publishAt}
          />
          <TextField
            name="authorName"
            label={t("fields.authorName")}
            defaultValue={value("authorName", post?.authorName ?? authorName)}
            error={errors.authorName}
          />
          <Field name="coverId" label={t("fields.cover")} error={errors.coverId}>
            {(wiring) => (
              <select
                name="coverId"
                defaultValue={value("coverId", post?.coverId ?? "")}
                className={inputClass}
                {...wiring}
              >
                <option value="">{t("fields.noCover")}</option>
                {options.images.map((image) => (
                  <option key={image.id} value={image.id}>
                    {image.alt || image.src.split("/").pop()}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field name="agreementId" label={t("fields.agreement")} error={errors.agreementId}>
            {(wiring) => (
              <select
                name="agreementId"
                defaultValue={value("agreementId", post?.agreementId ?? "")}
                className={inputClass}
                {...wiring}
              >
                <option value="">{t("fields.noAgreement")}</option>
                {options.agreements.map((a) => (
                  <option key={a.id} value={a.id}>
                    {a.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <CheckboxList name="clusterIds" legend={t("fields.clusters")} items={options.clusters} checked={clusterIds} />
          <CheckboxList name="tagIds" legend={t("fields.tags")} items={options.tags} checked={tagIds} />
          <SubmitButton label={t("save")} pendingLabel={t("saving")} />
        </aside>
      </div>
    </form>
  );
}

function CheckboxList({
  name,
  legend,
  items,
  checked,
}: {
  name: string;
  legend: string;
  items: { id: string; name: string }[];
  checked: string[];
}) {
  return (
    <fieldset>
      <legend className="text-sm font-medium text-slate-800">{legend}</legend>
      <div className="mt-1 max-h-48 space-y-1 overflow-auto rounded-md border border-slate-200 p-2">
        {items.map((item) => (
          <label key={item.id} className="flex items-start gap-2 text-sm text-slate-800">
            <input
              type="checkbox"
              name={name}
              value={item.id}
              defaultChecked={checked.includes(item.id)}
              className="mt-1"
            />
            {item.name}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
