"use client";

import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";

// A failure while rendering a page (e.g. the database is down), in the visitor's language.
export default function LocaleError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("Error");
  return (
    <div role="alert" className="mx-auto max-w-2xl px-4 py-20 text-center">
      <h1 className="text-3xl font-bold text-slate-900">{t("title")}</h1>
      <p className="mt-3 text-slate-700">{t("description")}</p>
      <p className="mt-8 flex flex-wrap justify-center gap-4">
        <button
          type="button"
          onClick={reset}
          className="rounded-md bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800"
        >
          {t("retry")}
        </button>
        <Link
          href="/"
          className="rounded-md border border-slate-300 px-4 py-2 font-medium text-brand-700 hover:bg-brand-50"
        >
          {t("home")}
        </Link>
      </p>
    </div>
  );
}
