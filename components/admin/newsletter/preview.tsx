import { Link } from "@/lib/i18n/navigation";
import { getTranslations } from "next-intl/server";
import { type AppLocale, localeNames, locales } from "@/lib/i18n/locales";
import type { RenderedIssue } from "@/lib/newsletter/render";

// One language of an issue as its subscribers get it: links to switch the language, the subject,
// the HTML in a sandboxed frame and the plain-text part.
export async function NewsletterPreview({
  locale,
  issueId,
  language,
  preview,
}: {
  locale: AppLocale;
  issueId: string;
  language: AppLocale;
  preview: RenderedIssue | null;
}) {
  const t = await getTranslations({ locale, namespace: "AdminNewsletter" });
  return (
    <section aria-labelledby="nl-preview" className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="nl-preview" className="text-lg font-semibold text-slate-900">
        {t("preview.heading")}
      </h2>
      <p className="text-sm text-slate-700">{t("preview.hint")}</p>
      <nav aria-label={t("preview.languages")}>
        <ul className="flex flex-wrap gap-1">
          {locales.map((l) => (
            <li key={l}>
              <Link
                href={`/admin/newsletter/${issueId}?preview=${l}`}
                scroll={false}
                aria-current={l === language ? "page" : undefined}
                lang={l}
                className={`block rounded-md border px-3 py-1.5 text-sm font-medium ${
                  l === language
                    ? "border-brand-700 bg-brand-700 text-white"
                    : "border-slate-300 text-brand-700 hover:bg-brand-50"
                }`}
              >
                {localeNames[l]}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {preview ? (
        <>
          <p className="text-sm text-slate-800">
            <span className="font-medium">{t("preview.subject")}</span> <span>{preview.subject}</span>
          </p>
          {/* A sandboxed frame without scripts: the message's HTML never runs in the admin. */}
          <iframe
            title={t("preview.frameTitle", { language: localeNames[language] })}
            sandbox=""
            srcDoc={preview.html}
            className="h-[40rem] w-full max-w-[640px] rounded border border-slate-200"
          />
          <details className="max-w-[640px]">
            <summary className="cursor-pointer text-sm font-medium text-slate-800">{t("preview.text")}</summary>
            <pre className="mt-2 overflow-x-auto whitespace-pre-wrap break-words rounded bg-slate-50 p-3 text-sm">
              {preview.text}
            </pre>
          </details>
        </>
      ) : (
        <p className="text-sm text-slate-700">{t("preview.empty")}</p>
      )}
    </section>
  );
}
