import type { Metadata } from "next";
import { Link } from "@/lib/i18n/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { SignInForm } from "@/components/account/sign-in-form";
import { FormMessage } from "@/components/forms/field";
import { routeParams } from "@/lib/i18n/params";
import { safeNextPath } from "@/lib/validation/account";
import { signInAction } from "../actions";

export async function generateMetadata({ params }: PageProps<"/[locale]/sign-in">): Promise<Metadata> {
  const { locale } = await routeParams(params);
  const t = await getTranslations({ locale, namespace: "Account" });
  return { title: t("signIn.title"), robots: { index: false } };
}

export default async function SignInPage({ params, searchParams }: PageProps<"/[locale]/sign-in">) {
  const { locale } = await routeParams(params);
  setRequestLocale(locale);
  const { next, welcome } = await searchParams;
  const t = await getTranslations({ locale, namespace: "Account" });
  return (
    <div className="mx-auto max-w-md px-4 py-12">
      <h1 className="text-3xl font-bold text-slate-900">{t("signIn.title")}</h1>
      <p className="mt-2 text-slate-700">{t("signIn.intro")}</p>
      <div className="mt-8 space-y-4 rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
        {welcome === "1" && <FormMessage status="ok" message={t("signIn.welcome")} />}
        <SignInForm
          action={signInAction}
          locale={locale}
          next={typeof next === "string" ? safeNextPath(next, locale) : undefined}
          labels={{
            email: t("email"),
            password: t("password"),
            submit: t("signIn.submit"),
            pending: t("signIn.pending"),
          }}
        />
        <p className="mt-4 text-sm">
          <Link href="/forgot-password" className="text-brand-700 underline underline-offset-2">
            {t("signIn.forgot")}
          </Link>
        </p>
      </div>
    </div>
  );
}
