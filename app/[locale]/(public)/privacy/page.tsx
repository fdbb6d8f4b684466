import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { routeParams } from "@/lib/i18n/params";
import { everyLocale, pageMetadata } from "@/lib/seo";
import { CONSENT_VERSION } from "@/lib/validation/newsletter";

export const revalidate = 86400;

export async function generateMetadata({ params }: PageProps<"/[locale]/privacy">): Promise<Metadata> {
  const locale = (await routeParams(params)).locale;
  const t = await getTranslations({ locale, namespace: "Privacy" });
  return pageMetadata({ locale, title: t("title"), description: t("intro"), paths: everyLocale("/privacy") });
}

const newsletterSections = ["what", "why", "basis", "how", "keep", "rights"] as const;

// The privacy note; its newsletter section is the text subscribers consent to (CONSENT_VERSION).
export default async function PrivacyPage({ params }: PageProps<"/[locale]/privacy">) {
  const locale = (await routeParams(params)).locale;
  setRequestLocale(locale);
  const t = await getTranslations("Privacy");
  return (
    <div className="mx-auto max-w-3xl px-4 py-10">
      <h1 className="text-3xl font-bold text-slate-900">{t("title")}</h1>
      <p className="mt-3 text-slate-700">{t("intro")}</p>
      <p className="mt-3 text-slate-700">{t("controller")}</p>
      <section id="newsletter" aria-labelledby="privacy-newsletter" className="mt-10 scroll-mt-24">
        <h2 id="privacy-newsletter" className="text-2xl font-semibold text-slate-900">
          {t("newsletter.heading")}
        </h2>
        <p className="mt-1 text-sm text-slate-600">{t("newsletter.version", { version: CONSENT_VERSION })}</p>
        <dl className="mt-4 space-y-4">
          {newsletterSections.map((key) => (
            <div key={key}>
              <dt className="font-semibold text-slate-900">{t(`newsletter.${key}.title`)}</dt>
              <dd className="mt-1 text-slate-700">{t(`newsletter.${key}.body`)}</dd>
            </div>
          ))}
        </dl>
      </section>
      <section aria-labelledby="privacy-site" className="mt-10">
        <h2 id="privacy-site" className="text-2xl font-semibold text-slate-900">
          {t("site.heading")}
        </h2>
        <p className="mt-3 text-slate-700">{t("site.body")}</p>
      </section>
    </div>
  );
}
