import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { SignupBox } from "@/components/newsletter/signup-box";
import { routeParams } from "@/lib/i18n/params";
import { everyLocale, pageMetadata } from "@/lib/seo";

export const revalidate = 86400;

export async function generateMetadata({ params }: PageProps<"/[locale]/newsletter">): Promise<Metadata> {
  const locale = (await routeParams(params)).locale;
  const t = await getTranslations({ locale, namespace: "Newsletter" });
  return pageMetadata({ locale, title: t("title"), description: t("description"), paths: everyLocale("/newsletter") });
}

export default async function NewsletterPage({ params }: PageProps<"/[locale]/newsletter">) {
  const locale = (await routeParams(params)).locale;
  setRequestLocale(locale);
  const t = await getTranslations("Newsletter");
  return (
    <div className="mx-auto max-w-2xl px-4 py-10">
      <h1 className="text-3xl font-bold text-slate-900">{t("title")}</h1>
      <p className="mt-2 text-slate-700">{t("description")}</p>
      <ul className="mt-4 list-disc space-y-1 pl-5 text-slate-700">
        <li>{t("points.content")}</li>
        <li>{t("points.language")}</li>
        <li>{t("points.leave")}</li>
      </ul>
      <div className="mt-8">
        <SignupBox locale={locale} compact />
      </div>
    </div>
  );
}
