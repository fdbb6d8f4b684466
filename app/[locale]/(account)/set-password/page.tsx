import type { Metadata } from "next";
import { Link } from "@/lib/i18n/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { SetPasswordForm } from "@/components/account/set-password-form";
import { findUsableToken } from "@/lib/auth/tokens";
import { routeParams } from "@/lib/i18n/params";
import { setPasswordAction } from "../actions";

export async function generateMetadata({ params }: PageProps<"/[locale]/set-password">): Promise<Metadata> {
  const { locale } = await routeParams(params);
  const t = await getTranslations({ locale, namespace: "Account" });
  return { title: t("setPassword.title"), robots: { index: false }, referrer: "no-referrer" };
}

export default async function SetPasswordPage({ params, searchParams }: PageProps<"/[locale]/set-password">) {
  const { locale } = await routeParams(params);
  setRequestLocale(locale);
  const { token } = await searchParams;
  const t = await getTranslations({ locale, namespace: "Account" });
  const found = typeof token === "string" ? await findUsableToken(token) : null;
  return (
    <div className="mx-auto max-w-md px-4 py-12">
      <h1 className="text-3xl font-bold text-slate-900">
        {found?.purpose === "INVITE" ? t("setPassword.welcome") : t("setPassword.title")}
      </h1>
      <div className="mt-8 rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
        {found && typeof token === "string" ? (
          <>
            <p className="mb-4 text-slate-700">{t("setPassword.intro", { email: found.user.email })}</p>
            <SetPasswordForm
              action={setPasswordAction}
              locale={locale}
              token={token}
              email={found.user.email}
              labels={{
                password: t("setPassword.password"),
                confirm: t("setPassword.confirm"),
                hint: t("setPassword.hint"),
                submit: t("setPassword.submit"),
                pending: t("setPassword.pending"),
              }}
            />
          </>
        ) : (
          <>
            <p role="alert" className="text-slate-800">
              {t("setPassword.expired")}
            </p>
            <p className="mt-4 text-sm">
              <Link href="/forgot-password" className="text-brand-700 underline underline-offset-2">
                {t("signIn.forgot")}
              </Link>
            </p>
          </>
        )}
      </div>
    </div>
  );
}
