import { getTranslations } from "next-intl/server";
import type { AgreementSummary } from "@/lib/data/agreements";
import { formatDate, isoDay } from "@/lib/format";
import type { AppLocale } from "@/lib/i18n/locales";
import { Link } from "@/lib/i18n/navigation";

export async function AgreementCard({
  agreement,
  locale,
  headingLevel = 2,
}: {
  agreement: AgreementSummary;
  locale: AppLocale;
  headingLevel?: 2 | 3;
}) {
  const t = await getTranslations("Agreements");
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const lang = agreement.isFallback ? agreement.contentLocale : undefined;
  return (
    <article className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
      <Heading className="text-lg font-semibold leading-snug" lang={lang}>
        <Link href={`/agreements/${agreement.slug}`} className="text-slate-900 hover:text-brand-700 hover:underline">
          {agreement.title}
        </Link>
      </Heading>
      <p className="mt-1 text-sm text-slate-600">
        {t.rich("signedOn", {
          date: formatDate(agreement.signedAt, locale),
          place: agreement.place,
          time: (chunks) => <time dateTime={isoDay(agreement.signedAt)}>{chunks}</time>,
        })}
        {" · "}
        {t("parties", { count: agreement.parties.length })}
      </p>
      {agreement.summary ? (
        <p className="mt-2 text-sm text-slate-700" lang={lang}>
          {agreement.summary}
        </p>
      ) : null}
    </article>
  );
}
