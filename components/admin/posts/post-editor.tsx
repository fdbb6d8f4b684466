"use client";

import { SelectField, TextField } from "@/components/forms/field";
import type { EditorOptions, PostEditorData } from "@/lib/data/admin/posts/queries";
import { type AppLocale, byLocale } from "@/lib/i18n/locales";
import type { FormState } from "@/lib/validation/form";
import { postStatusChoices } from "@/lib/validation/posts";
import { choiceOptions, imageOptions } from "../shared/options";
import { type SourceText, TranslatedEditor } from "../shared/translated-editor";
import type { PostEditorLabels } from "./post-labels";
import { PostTranslationFields } from "./post-translation-fields";

// The post editor: its language versions, and its publishing settings beside them.
export function PostEditor({
  action,
  locale,
  post,
  options,
  source,
  authorName,
  labels,
}: {
  action: (state: FormState, data: FormData) => Promise<FormState>;
  locale: AppLocale;
  post: PostEditorData | null;
  options: EditorOptions;
  source: SourceText | null;
  authorName: string;
  labels: PostEditorLabels;
}) {
  return (
    <TranslatedEditor
      action={action}
      hidden={{ locale, id: post?.id ?? "", version: post?.version ?? 0 }}
      states={byLocale((l) => post?.translations[l].state ?? "missing")}
      labels={labels.shell}
      source={source}
      translation={(l, form) => {
        const stored = post?.translations[l];
        return (
          <PostTranslationFields
            key={`${l}-${form.round}`}
            fields={form.language(l)}
            value={{
              title: form.value(`t.${l}.title`, stored?.title),
              slug: form.value(`t.${l}.slug`, stored?.slug),
              excerpt: form.value(`t.${l}.excerpt`, stored?.excerpt),
              body: form.value(`t.${l}.body`, stored?.body),
              seoTitle: form.value(`t.${l}.seoTitle`, stored?.seoTitle),
              seoDescription: form.value(`t.${l}.seoDescription`, stored?.seoDescription),
              publish: form.checked(`t.${l}.publish`, stored?.publish ?? l === "pl"),
            }}
            images={options.images}
            labels={labels}
          />
        );
      }}
      sidebar={(form) => {
        const status = form.value("status", post?.status === "ARCHIVED" ? "DRAFT" : (post?.status ?? "DRAFT"));
        return (
          <div key={form.round} className="space-y-5">
            <fieldset className="space-y-2">
              <legend className="text-sm font-medium text-slate-800">{labels.status}</legend>
              {postStatusChoices.map((s) => (
                <label key={s} className="flex items-start gap-2 text-sm text-slate-800">
                  <input type="radio" name="status" value={s} defaultChecked={status === s} className="mt-1" />
                  {labels.statusChoice[s]}
                </label>
              ))}
            </fieldset>
            <TextField
              name="publishAt"
              type="datetime-local"
              label={labels.publishAt}
              hint={labels.publishAtHint}
              defaultValue={form.value("publishAt", post?.publishAt)}
              error={form.errors.publishAt}
            />
            <TextField
              name="authorName"
              label={labels.authorName}
              defaultValue={form.value("authorName", post?.authorName ?? authorName)}
              error={form.errors.authorName}
            />
            <SelectField
              name="coverId"
              label={labels.cover}
              none={labels.noCover}
              defaultValue={form.value("coverId", post?.coverId)}
              error={form.errors.coverId}
              options={imageOptions(options.images)}
            />
            <SelectField
              name="agreementId"
              label={labels.agreement}
              none={labels.noAgreement}
              defaultValue={form.value("agreementId", post?.agreementId)}
              error={form.errors.agreementId}
              options={choiceOptions(options.agreements)}
            />
            <CheckboxList
              name="clusterIds"
              legend={labels.clusters}
              items={options.clusters}
              checked={form.list("clusterIds", post?.clusterIds ?? [])}
            />
            <CheckboxList
              name="tagIds"
              legend={labels.tags}
              items={options.tags}
              checked={form.list("tagIds", post?.tagIds ?? [])}
            />
          </div>
        );
      }}
    />
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
