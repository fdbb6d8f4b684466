import { unstable_rethrow } from "next/navigation";
import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { AdminNav } from "@/components/admin/shared/admin-nav";
import type { AppLocale } from "@/lib/i18n/locales";
import { signOutAction } from "@/app/[locale]/(account)/actions";
import { AreaError } from "./area-error";

async function SignOut({ locale }: { locale: AppLocale }) {
  const t = await getTranslations({ locale, namespace: "Account" });
  return (
    <form action={signOutAction}>
      <input type="hidden" name="locale" value={locale} />
      <button type="submit" className="text-sm font-medium text-brand-700 underline underline-offset-2">
        {t("signOut")}
      </button>
    </form>
  );
}

// A signed-in user who may not use this area (no role for it, or no cluster): why, and sign out.
export function AreaRefusal({ locale, title, body }: { locale: AppLocale; title: string; body: string }) {
  return (
    <div className="mx-auto max-w-xl px-4 py-16">
      <h1 className="text-2xl font-bold text-slate-900">{title}</h1>
      <p className="mt-3 text-slate-700">{body}</p>
      <div className="mt-6">
        <SignOut locale={locale} />
      </div>
    </div>
  );
}

// The frame of the editors' admin and of a member cluster's area: a sidebar with the area's
// name, its sections and who is signed in, beside the page.
export async function SignedInArea({
  locale,
  title,
  subtitle,
  nav,
  user,
  role,
  children,
}: {
  locale: AppLocale;
  title: string;
  subtitle?: string;
  nav: { label: string; links: { href: string; label: string; exact?: boolean }[] };
  user: string;
  role?: string;
  children: ReactNode;
}) {
  const t = await getTranslations({ locale, namespace: "Account" });
  return (
    <div className="mx-auto flex max-w-[96rem] flex-col gap-6 px-4 py-6 lg:flex-row">
      <aside className="lg:w-56 lg:shrink-0">
        <p className="text-xs font-semibold uppercase tracking-wide text-slate-500">{title}</p>
        {subtitle && <p className="mt-1 font-semibold text-slate-900">{subtitle}</p>}
        <AdminNav links={nav.links} label={nav.label} />
        <div className="mt-4 border-t border-slate-200 pt-4 text-sm text-slate-700">
          <p>{t("signedInAs", { name: user })}</p>
          {role && <p className="text-xs text-slate-500">{role}</p>}
          <div className="mt-2">
            <SignOut locale={locale} />
          </div>
        </div>
      </aside>
      <div className="min-w-0 flex-1">{children}</div>
    </div>
  );
}

// The area when its own frame cannot be built (the database away when the layout reads the
// viewer): the area's name and the same error and retry its pages show.
export function AreaUnavailable({ title, home }: { title: string; home: string }) {
  return (
    <div className="mx-auto max-w-[96rem] space-y-4 px-4 py-6">
      <p className="text-xs font-semibold uppercase tracking-wide text-slate-500">{title}</p>
      <AreaError home={home} />
    </div>
  );
}

// Runs the reads a signed-in area's frame needs; null when they fail for a reason other than
// Next's own signals (a redirect to sign in passes through), so the layout can say so in the area.
export async function areaFrame<T>(area: string, read: () => Promise<T>): Promise<T | null> {
  try {
    return await read();
  } catch (error) {
    unstable_rethrow(error);
    console.error(`${area} area could not be shown:`, error);
    return null;
  }
}
