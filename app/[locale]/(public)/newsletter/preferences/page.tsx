import type { Metadata } from "next";
import { Link } from "@/lib/i18n/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Field, inputClass } from "@/components/forms/field";
import { ActionForm } from "@/components/newsletter/action-form";
import { subscriberFromLink } from "@/lib/data/newsletter";
import { localeNames, locales } from "@/lib/i18n/locales";
import { routeParams } from "@/lib/i18n/params";
import { subscriberLinkSchema } from "@/lib/validation/newsletter";
import { changeLanguageAction, unsubscribeAction } from "../actions";

// Reads the link's query string: rendered per request, never cached.
export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: PageProps<"/[locale]/newsletter/preferences">): Promise<Metadata> {
  const { locale } = await routeParams(params);
  const t = await getTranslations({ locale, namespace: "Newsletter" });
  return { title: t("preferences.title"), robots: { index: false }, referrer: "no-referrer" };
}

// A subscriber's page, reached from the links in every newsletter e-mail: change the language or leave.
export default async function PreferencesPage({ params, searchParams }: PageProps<"/[locale]/newsletter/preferences">) {
  const { locale } = await routeParams(params);
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "Newsletter" });
  const query = await searchParams;
  const link = subscriberLinkSchema.safeParse({ s: query.s, t: query.t });
  const subscriber = link.success ? await subscriberFromLink(link.data.s, link.data.t) : null;
  const leaving = query.leave === "1";

  if (!link.success || !subscriber) {
    return (
      <Frame title={t("preferences.title")}>
        <p role="alert" className="text-slate-800">
          {t("preferences.invalid")}
        </p>
      </Frame>
    );
  }
  const fields = { s: link.data.s, t: link.data.t, locale };
  const unsubscribeForm = (
    <section aria-labelledby="leave" className={leaving ? "rounded-md border border-red-200 bg-red-50/50 p-4" : ""}>
      <h2 id="leave" className="text-lg font-semibold text-slate-900">
        {t("preferences.leaveHeading")}
      </h2>
      <p className="mt-1 mb-3 text-sm text-slate-700">{t("preferences.leaveBody")}</p>
      <ActionForm
        action={unsubscribeAction}
        fields={fields}
        submit={t("preferences.unsubscribe")}
        pending={t("form.pending")}
        variant="danger"
        hideWhenDone
      />
    </section>
  );
  return (
    <Frame title={t("preferences.title")}>
      <p className="text-slate-700">{t("preferences.address", { email: subscriber.email })}</p>
      {subscriber.status === "UNSUBSCRIBED" ? (
        <>
          <p role="status" className="mt-4 text-slate-800">
            {t("preferences.isUnsubscribed")}
          </p>
          <p className="mt-4 text-sm">
            <Link href="/newsletter" className="text-brand-700 underline underline-offset-2">
              {t("preferences.subscribeAgain")}
            </Link>
          </p>
        </>
      ) : (
        <div className="mt-6 space-y-8">
          {leaving ? unsubscribeForm : null}
          <section aria-labelledby="language">
            <h2 id="language" className="text-lg font-semibold text-slate-900">
              {t("preferences.languageHeading")}
            </h2>
            <div className="mt-3">
              <ActionForm
                action={changeLanguageAction}
                fields={fields}
                submit={t("preferences.saveLanguage")}
                pending={t("form.pending")}
                variant="secondary"
              >
                <Field name="language" label={t("form.language")}>
                  {(wiring) => (
                    <select name="language" defaultValue={subscriber.locale} className={inputClass} {...wiring}>
                      {locales.map((l) => (
                        <option key={l} value={l} lang={l}>
                          {localeNames[l]}
                        </option>
                      ))}
                    </select>
                  )}
                </Field>
              </ActionForm>
            </div>
          </section>
          {leaving ? null : unsubscribeForm}
        </div>
      )}
    </Frame>
  );
}

function Frame({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <div className="mx-auto max-w-lg px-4 py-12">
      <h1 className="text-3xl font-bold text-slate-900">{title}</h1>
      <div className="mt-8 rounded-lg border border-slate-200 bg-white p-6 shadow-sm">{children}</div>
    </div>
  );
}
