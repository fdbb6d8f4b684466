"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { Link } from "@/lib/i18n/navigation";

// A page of a signed-in area that could not be shown (the database away, say), inside the area:
// what happened, that nothing saved is lost, a retry that renders the page again on the server,
// and the way back to the area's start. Texts come from the Error messages every layout provides.
export function AreaError({ home, reset }: { home: string; reset?: () => void }) {
  const t = useTranslations("Error");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const retry = () =>
    startTransition(() => {
      router.refresh();
      reset?.();
    });
  return (
    <div role="alert" className="max-w-2xl rounded-lg border border-amber-300 bg-amber-50 p-6">
      <h1 className="text-xl font-bold text-slate-900">{t("areaTitle")}</h1>
      <p className="mt-2 text-slate-800">{t("areaDescription")}</p>
      <p className="mt-5 flex flex-wrap gap-3">
        <button
          type="button"
          onClick={retry}
          disabled={pending}
          className="rounded-md bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800 disabled:opacity-60"
        >
          {t("retry")}
        </button>
        <Link
          href={home}
          className="rounded-md border border-slate-300 bg-white px-4 py-2 font-medium text-brand-700 hover:bg-brand-50"
        >
          {t("areaHome")}
        </Link>
      </p>
    </div>
  );
}
