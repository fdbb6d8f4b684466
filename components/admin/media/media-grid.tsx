import { getFormatter, getTranslations } from "next-intl/server";
import { type MediaLibraryItem } from "@/lib/data/admin/media/queries";
import { formatFileSize } from "@/lib/format";
import type { AppLocale } from "@/lib/i18n/locales";
import type { FormState } from "@/lib/validation/form";
import type { MediaAltLabels } from "./media-alt-fields";
import { MediaDeleteButton } from "./media-delete-button";
import { MediaTextForm } from "./media-text-form";
import { usagePlaces } from "./media-usage";

type FormAction = (state: FormState, data: FormData) => Promise<FormState>;

function DocumentIcon({ className }: { className?: string }) {
  return (
    <svg
      viewBox="0 0 24 24"
      aria-hidden="true"
      focusable="false"
      className={className}
      fill="none"
      stroke="currentColor"
      strokeWidth="1.5"
    >
      <path d="M14 3H7a2 2 0 0 0-2 2v14a2 2 0 0 0 2 2h10a2 2 0 0 0 2-2V8z" />
      <path d="M14 3v5h5M9 13h6M9 17h6" />
    </svg>
  );
}

// The library as tiles: thumbnail or document, file details, where it is used, its descriptions and deletion.
export async function MediaGrid({
  items,
  locale,
  altLabels,
  maxAltLength,
  updateAction,
  deleteAction,
}: {
  items: MediaLibraryItem[];
  locale: AppLocale;
  altLabels: MediaAltLabels;
  maxAltLength: number;
  updateAction: FormAction;
  deleteAction: FormAction;
}) {
  const t = await getTranslations({ locale, namespace: "AdminMedia" });
  const format = await getFormatter({ locale });
  return (
    <ul className="grid gap-4 sm:grid-cols-2 xl:grid-cols-3">
      {items.map((item) => {
        const places = usagePlaces(item.usage, t);
        const alt = item.alts[locale] ?? item.alts.pl;
        const details = [
          t(`kind.${item.kind}`),
          item.width && item.height ? t("dimensions", { width: item.width, height: item.height }) : null,
          formatFileSize(item.size, locale),
          t("uploadedOn", { date: format.dateTime(new Date(item.createdAt), { dateStyle: "medium" }) }),
          item.uploadedBy,
        ];
        return (
          <li key={item.id} className="flex flex-col overflow-hidden rounded-lg border border-slate-200 bg-white">
            {item.image ? (
              <a href={item.url} target="_blank" rel="noopener" className="block bg-slate-100">
                {/* eslint-disable-next-line @next/next/no-img-element -- stored media come with their own resized variants */}
                <img
                  src={item.image.src}
                  srcSet={item.image.srcSet ?? undefined}
                  sizes="(min-width: 1280px) 22rem, (min-width: 640px) 45vw, 100vw"
                  width={item.image.width ?? undefined}
                  height={item.image.height ?? undefined}
                  alt={t("openImage", { fileName: item.fileName })}
                  loading="lazy"
                  className="aspect-4/3 w-full object-contain"
                />
              </a>
            ) : (
              <a
                href={item.url}
                target="_blank"
                rel="noopener"
                className="flex aspect-4/3 flex-col items-center justify-center gap-2 bg-slate-100 text-slate-700 hover:bg-slate-200"
              >
                <DocumentIcon className="size-14" />
                <span className="font-semibold">PDF</span>
                <span className="text-sm text-brand-700 underline underline-offset-2">
                  {t("openDocument")}
                  <span className="sr-only">: {item.fileName}</span>
                </span>
              </a>
            )}
            <div className="flex flex-1 flex-col gap-3 p-3">
              <div>
                <p className="break-all font-medium text-slate-900">{item.fileName}</p>
                <p className="text-xs text-slate-600">{details.filter(Boolean).join(" · ")}</p>
              </div>
              <p className="text-sm text-slate-800">
                {alt ?? <span className="italic text-slate-500">{t("noAlt")}</span>}
              </p>
              <p className="text-sm text-slate-700">
                {places.length ? t("usedIn", { places: format.list(places) }) : t("unused")}
              </p>
              <details className="rounded-md border border-slate-200 p-2">
                <summary className="cursor-pointer text-sm font-medium text-brand-700">{t("editTexts")}</summary>
                <div className="mt-3">
                  <MediaTextForm
                    action={updateAction}
                    locale={locale}
                    id={item.id}
                    alts={item.alts}
                    maxAltLength={maxAltLength}
                    labels={{ alts: altLabels, save: t("save"), saving: t("saving") }}
                  />
                </div>
              </details>
              <div className="mt-auto">
                {places.length ? (
                  <p className="text-xs text-slate-600">{t("deleteBlocked")}</p>
                ) : (
                  <MediaDeleteButton
                    action={deleteAction}
                    locale={locale}
                    id={item.id}
                    labels={{
                      delete: t("delete"),
                      question: t("deleteQuestion", { fileName: item.fileName }),
                      confirm: t("deleteConfirm"),
                      deleting: t("deleting"),
                      cancel: t("cancel"),
                    }}
                  />
                )}
              </div>
            </div>
          </li>
        );
      })}
    </ul>
  );
}
