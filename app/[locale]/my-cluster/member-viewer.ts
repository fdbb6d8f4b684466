import "server-only";
import { redirect } from "next/navigation";
import { getViewer, isEditor, type Viewer } from "@/lib/auth/viewer";
import { isClusterMember } from "@/lib/data/admin/clusters/access";
import type { AppLocale } from "@/lib/i18n/locales";

// Who may be in this area, decided the same way by the layout and by each page (Next renders them
// side by side, so a page must not fail where the layout redirects): signed-out visitors go to
// sign-in, editors to their review queue. Null means a member without a cluster.
export async function memberAreaViewer(locale: AppLocale, path = ""): Promise<(Viewer & { clusterId: string }) | null> {
  const viewer = await getViewer();
  if (!viewer) redirect(`/${locale}/sign-in?next=/${locale}/my-cluster${path}`);
  if (isEditor(viewer)) redirect(`/${locale}/admin/reviews`);
  return isClusterMember(viewer) ? viewer : null;
}
