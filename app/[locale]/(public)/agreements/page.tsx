import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { AgreementCard } from "@/components/agreements/agreement-card";
import { getAgreements } from "@/lib/data/agreements";
import { everyLocale, pageMetadata } from "@/lib/seo";
import { routeParams } from "@/lib/i18n/params";

export const revalidate = 3600;

export async function generateMetadata({ params }: PageProps<"/[locale]/agreements">): Promise<Metadata> {
  const locale = (await routeParams(params)).locale;
  const t = await getTranslations({ locale, namespace: "Agreements" });
  return pageMetadata({ locale, title: t("title"), description: t("description"), paths: everyLocale("/agreements") });
}

export default async function AgreementsPage({ params }: PageProps<"/[locale]/agreements">) {
  const locale = (await routeParams(params)).locale;
  setRequestLocale(locale);
  const t = await getTranslations("Agreements");
  const agreements = await getAgreements(locale);

  return (
    <div className="mx-auto max-w-4xl px-4 py-10">
      <h1 className="text-3xl font-bold text-slate-900">{t("title")}</h1>
      <p className="mt-2 text-slate-700">{t("description")}</p>
      {agreements.length === 0 ? <p className="mt-6 text-slate-600">{t("empty")}</p> : null}
      <ul className="mt-8 flex flex-col gap-4">
        {agreements.map((agreement) => (
          <li key={agreement.slug}>
            <AgreementCard agreement={agreement} locale={locale} />
          </li>
        ))}
      </ul>
    </div>
  );
}
