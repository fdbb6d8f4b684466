import { getFormatter, getTranslations } from "next-intl/server";
import type { TeamMember } from "@/lib/data/member/team";
import type { AppLocale } from "@/lib/i18n/locales";

// The people who keep a cluster's profile, with whether each has accepted the invitation.
export async function TeamList({ locale, team }: { locale: AppLocale; team: TeamMember[] }) {
  const t = await getTranslations({ locale, namespace: "MyCluster.team" });
  const format = await getFormatter({ locale });
  if (team.length === 0) return <p className="text-slate-700">{t("empty")}</p>;
  return (
    <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
      {team.map((m) => (
        <li key={m.id} className="flex flex-wrap items-baseline justify-between gap-2 p-4">
          <div>
            <p className="font-medium text-slate-900">{m.name ?? m.email}</p>
            <p className="text-sm text-slate-600">{m.email}</p>
          </div>
          <p className="text-sm text-slate-700">
            {t(`status.${m.disabled ? "disabled" : m.invited ? "invited" : "active"}`)}
            {m.lastSignInAt && (
              <span className="ml-2 text-slate-500">
                {t("lastSignIn", { date: format.dateTime(new Date(m.lastSignInAt), { dateStyle: "medium" }) })}
              </span>
            )}
          </p>
        </li>
      ))}
    </ul>
  );
}
