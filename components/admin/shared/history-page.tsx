import { Link } from "@/lib/i18n/navigation";
import { getTranslations } from "next-intl/server";
import { FormMessage } from "@/components/forms/field";
import type { RevisionEntry } from "@/lib/data/admin/shared/revisions";
import type { AppLocale } from "@/lib/i18n/locales";
import type { FormState } from "@/lib/validation/form";
import { RevisionHistory } from "./revision-history";

// The history page of a post, cluster or agreement (and of a member's own profile): a link back
// to the editor, the versions with their diffs, and the message after a restore.
export async function HistoryPage({
  locale,
  back,
  intro,
  restoredMessage,
  emptyMessage,
  entityId,
  currentVersion,
  history,
  restoreAction,
  restoreFields,
}: {
  locale: AppLocale;
  back: { href: string; label: string } | null;
  intro?: string;
  restoredMessage: string | null;
  emptyMessage?: string;
  entityId: string;
  currentVersion: number;
  history: RevisionEntry[];
  restoreAction: (state: FormState, data: FormData) => Promise<FormState>;
  restoreFields?: Record<string, string>;
}) {
  const t = await getTranslations({ locale, namespace: "AdminHistory" });
  return (
    <div className="space-y-6">
      <div>
        {back && (
          <p className="text-sm">
            <Link href={back.href} className="text-brand-700 underline underline-offset-2" lang="pl">
              ← {back.label}
            </Link>
          </p>
        )}
        <h1 className="mt-2 text-2xl font-bold text-slate-900">{t("title")}</h1>
        <p className="text-sm text-slate-700">{intro ?? t("intro")}</p>
      </div>
      {restoredMessage && <FormMessage status="ok" message={restoredMessage} />}
      {history.length === 0 && emptyMessage ? (
        <p className="text-slate-700">{emptyMessage}</p>
      ) : (
        <RevisionHistory
          locale={locale}
          entityId={entityId}
          currentVersion={currentVersion}
          history={history}
          restoreAction={restoreAction}
          restoreFields={restoreFields}
        />
      )}
    </div>
  );
}
