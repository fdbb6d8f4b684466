import { getTranslations } from "next-intl/server";
import { subscribeAction } from "@/app/[locale]/(public)/newsletter/actions";
import { type AppLocale, localeNames, locales } from "@/lib/i18n/locales";
import { SignupForm } from "./signup-form";

// The "stay up to date" box: on the home page, under every article and on /newsletter.
export async function SignupBox({
  locale,
  headingLevel = 2,
  compact = false,
}: {
  locale: AppLocale;
  headingLevel?: 2 | 3;
  compact?: boolean;
}) {
  const t = await getTranslations({ locale, namespace: "Newsletter" });
  const Heading = `h${headingLevel}` as const;
  return (
    <section aria-labelledby="newsletter-signup" className="rounded-lg border border-brand-100 bg-brand-50/60 p-5">
      <Heading id="newsletter-signup" className="text-lg font-semibold text-slate-900">
        {t("box.heading")}
      </Heading>
      {compact ? null : <p className="mt-1 mb-4 text-sm text-slate-700">{t("box.lead")}</p>}
      <div className={compact ? "mt-3" : undefined}>
        <SignupForm
          action={subscribeAction}
          locale={locale}
          languages={locales.map((l) => ({ value: l, label: localeNames[l] }))}
          privacyHref="/privacy#newsletter"
          labels={{
            email: t("form.email"),
            language: t("form.language"),
            consent: t("form.consent"),
            privacy: t("form.privacy"),
            submit: t("form.submit"),
            pending: t("form.pending"),
          }}
        />
      </div>
    </section>
  );
}
