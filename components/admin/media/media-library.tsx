import { Link } from "@/lib/i18n/navigation";
import { listMediaLibrary, MEDIA_PAGE_SIZE } from "@/lib/data/admin/media/queries";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import type { MediaAltLabels } from "@/components/admin/media/media-alt-fields";
import { MediaGrid } from "@/components/admin/media/media-grid";
import { MediaUploadForm } from "@/components/admin/media/media-upload-form";
import { PageLinks } from "@/components/layout/page-links";
import type { Viewer } from "@/lib/auth/viewer";
import { env } from "@/lib/env";
import { type AppLocale, localeNames, locales } from "@/lib/i18n/locales";
import type { FormState } from "@/lib/validation/form";
import { MEDIA_ACCEPT, MEDIA_ALT_MAX } from "@/lib/validation/media";

type FormAction = (state: FormState, data: FormData) => Promise<FormState>;

export const mediaQuerySchema = z.object({
  kind: z.enum(["IMAGE", "DOCUMENT"]).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).optional().catch(undefined),
});

// The media library page: upload form, filters, grid and pages. The editors' library shows every
// file; a member cluster's shows its own (the data layer scopes by the viewer).
export async function MediaLibrary({
  locale,
  viewer,
  searchParams,
  basePath,
  title,
  intro,
  actions,
}: {
  locale: AppLocale;
  viewer: Viewer | null;
  searchParams: Record<string, string | string[] | undefined>;
  /** The page's path after the locale, e.g. "/admin/media". */
  basePath: string;
  title: string;
  intro: string;
  actions: { upload: FormAction; update: FormAction; delete: FormAction };
}) {
  const query = mediaQuerySchema.parse(searchParams);
  const { rows, total } = await listMediaLibrary(viewer, { ...query, locale });
  const t = await getTranslations({ locale, namespace: "AdminMedia" });
  const tv = await getTranslations({ locale, namespace: "Validation" });
  const tActions = await getTranslations({ locale, namespace: "Actions" });
  const maxBytes = env().MEDIA_MAX_BYTES;
  const maxMb = maxBytes / 1024 / 1024;
  const page = query.page ?? 1;
  const pages = Math.max(1, Math.ceil(total / MEDIA_PAGE_SIZE));
  const href = (kind: typeof query.kind, n = 1) => {
    const search = new URLSearchParams();
    if (kind) search.set("kind", kind);
    if (n > 1) search.set("page", String(n));
    const qs = search.toString();
    return `${basePath}${qs ? `?${qs}` : ""}`;
  };
  const altLabels: MediaAltLabels = {
    legend: t("altLegend"),
    hint: t("altHint"),
    languages: Object.fromEntries(
      locales.map((l) => [l, l === "pl" ? t("requiredForImages", { language: localeNames[l] }) : localeNames[l]]),
    ) as MediaAltLabels["languages"],
  };
  const filters = [
    [undefined, t("filter.all")],
    ["IMAGE", t("filter.images")],
    ["DOCUMENT", t("filter.documents")],
  ] as const;
  return (
    <div className="space-y-8">
      <div>
        <h1 className="text-2xl font-bold text-slate-900">{title}</h1>
        <p className="mt-1 text-slate-700">{intro}</p>
      </div>
      <section aria-labelledby="media-upload" className="max-w-2xl rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="media-upload" className="mb-4 text-lg font-semibold text-slate-900">
          {t("uploadTitle")}
        </h2>
        <MediaUploadForm
          action={actions.upload}
          locale={locale}
          accept={MEDIA_ACCEPT}
          maxBytes={maxBytes}
          maxAltLength={MEDIA_ALT_MAX}
          labels={{
            file: t("file"),
            fileHint: t("fileHint", { maxMb }),
            alts: altLabels,
            upload: t("upload"),
            uploading: t("uploading"),
            notUploaded: t("notUploaded"),
            tooLarge: t("errors.tooLarge", { maxMb }),
            unsupportedType: t("errors.unsupportedType"),
            fileRequired: tv("fileRequired"),
            altRequired: tv("altRequired"),
            chosenFile: tActions("chosenFile"),
          }}
        />
      </section>
      <section aria-labelledby="media-library" className="space-y-4">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <h2 id="media-library" className="text-lg font-semibold text-slate-900">
            {t("libraryTitle", { count: total })}
          </h2>
          <nav aria-label={t("filter.label")}>
            <ul className="flex flex-wrap gap-1">
              {filters.map(([kind, label]) => (
                <li key={label}>
                  <Link
                    href={href(kind)}
                    aria-current={query.kind === kind ? "page" : undefined}
                    className={`block rounded-md px-3 py-1.5 text-sm font-medium ${query.kind === kind ? "bg-brand-700 text-white" : "border border-slate-300 bg-white text-slate-800 hover:bg-slate-50"}`}
                  >
                    {label}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
        </div>
        {rows.length === 0 ? (
          <p className="text-slate-700">{t("empty")}</p>
        ) : (
          <MediaGrid
            items={rows}
            locale={locale}
            altLabels={altLabels}
            maxAltLength={MEDIA_ALT_MAX}
            updateAction={actions.update}
            deleteAction={actions.delete}
          />
        )}
        <PageLinks locale={locale} page={page} pages={pages} href={(n) => href(query.kind, n)} />
      </section>
    </div>
  );
}
