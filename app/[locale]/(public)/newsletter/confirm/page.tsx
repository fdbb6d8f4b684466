import type { Metadata } from "next";
import { Link } from "@/lib/i18n/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ActionForm } from "@/components/newsletter/action-form";
import { confirmationIsValid } from "@/lib/data/newsletter";
import { routeParams } from "@/lib/i18n/params";
import { confirmTokenSchema } from "@/lib/validation/newsletter";
import { confirmAction } from "../actions";

// Reads the link's query string: rendered per request, never cached.
export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: PageProps<"/[locale]/newsletter/confirm">): Promise<Metadata> {
  const { locale } = await routeParams(params);
  const t = await getTranslations({ locale, namespace: "Newsletter" });
  return { title: t("confirm.title"), robots: { index: false }, referrer: "no-referrer" };
}

// The confirmation link's page. Opening it confirms nothing: mail scanners open links too, and
// only the subscriber's own click on the button counts as consent.
export default async function ConfirmPage({ params, searchParams }: PageProps<"/[locale]/newsletter/confirm">) {
  const { locale } = await routeParams(params);
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "Newsletter" });
  const token = confirmTokenSchema.safeParse((await searchParams).token);
  const valid = token.success && (await confirmationIsValid(token.data));
  return (
    <div className="mx-auto max-w-md px-4 py-12">
      <h1 className="text-3xl font-bold text-slate-900">{t("confirm.title")}</h1>
      <div className="mt-8 rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
        {valid && token.success ? (
          <>
            <p className="mb-4 text-slate-700">{t("confirm.intro")}</p>
            <ActionForm
              action={confirmAction}
              fields={{ token: token.data, locale }}
              submit={t("confirm.submit")}
              pending={t("form.pending")}
              hideWhenDone
            />
          </>
        ) : (
          <>
            <p role="alert" className="text-slate-800">
              {t("confirm.invalid")}
            </p>
            <p className="mt-4 text-sm">
              <Link href="/newsletter" className="text-brand-700 underline underline-offset-2">
                {t("confirm.again")}
              </Link>
            </p>
          </>
        )}
      </div>
    </div>
  );
}
