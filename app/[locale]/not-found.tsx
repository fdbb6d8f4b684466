"use client";

import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";

// The translated 404 of every localized page (status 404). A client component: Next renders
// not-found boundaries independently of the layout, before the server locale is known, so it
// takes locale and messages from the layout's provider.
export default function LocaleNotFound() {
  const t = useTranslations("NotFound");
  return (
    <div className="mx-auto max-w-2xl px-4 py-20 text-center">
      <p className="text-6xl font-bold text-brand-700" aria-hidden="true">
        404
      </p>
      <h1 className="mt-4 text-3xl font-bold text-slate-900">{t("title")}</h1>
      <p className="mt-3 text-slate-700">{t("description")}</p>
      <p className="mt-8 flex flex-wrap justify-center gap-4">
        <Link href="/" className="rounded-md bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800">
          {t("home")}
        </Link>
        <Link
          href="/news"
          className="rounded-md border border-slate-300 px-4 py-2 font-medium text-brand-700 hover:bg-brand-50"
        >
          {t("news")}
        </Link>
      </p>
    </div>
  );
}
