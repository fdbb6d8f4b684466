import type { Metadata } from "next";
import { Link } from "@/lib/i18n/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { EmailForm } from "@/components/account/email-form";
import { routeParams } from "@/lib/i18n/params";
import { forgotPasswordAction } from "../actions";

export async function generateMetadata({ params }: PageProps<"/[locale]/forgot-password">): Promise<Metadata> {
  const { locale } = await routeParams(params);
  const t = await getTranslations({ locale, namespace: "Account" });
  return { title: t("forgot.title"), robots: { index: false } };
}

export default async function ForgotPasswordPage({ params }: PageProps<"/[locale]/forgot-password">) {
  const { locale } = await routeParams(params);
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "Account" });
  return (
    <div className="mx-auto max-w-md px-4 py-12">
      <h1 className="text-3xl font-bold text-slate-900">{t("forgot.title")}</h1>
      <p className="mt-2 text-slate-700">{t("forgot.intro")}</p>
      <div className="mt-8 rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
        <EmailForm
          action={forgotPasswordAction}
          locale={locale}
          labels={{ email: t("email"), submit: t("forgot.submit"), pending: t("forgot.pending") }}
        />
        <p className="mt-4 text-sm">
          <Link href="/sign-in" className="text-brand-700 underline underline-offset-2">
            {t("forgot.back")}
          </Link>
        </p>
      </div>
    </div>
  );
}
