import "server-only";
import { getViewer, isEditor, type Viewer } from "@/lib/auth/viewer";
import { isClusterMember } from "@/lib/data/admin/clusters/access";
import type { AppLocale } from "@/lib/i18n/locales";
import { getPathname, redirect } from "@/lib/i18n/navigation";

// Who may be in this area, decided the same way by the layout and by each page (Next renders them
// side by side, so a page must not fail where the layout redirects): signed-out visitors go to
// sign-in, editors to their review queue. Null means a member without a cluster.
export async function memberAreaViewer(locale: AppLocale, path = ""): Promise<(Viewer & { clusterId: string }) | null> {
  const viewer = await getViewer();
  const next = getPathname({ locale, href: `/my-cluster${path}` });
  if (!viewer) return redirect({ href: `/sign-in?next=${next}`, locale });
  if (isEditor(viewer)) return redirect({ href: "/admin/reviews", locale });
  return isClusterMember(viewer) ? viewer : null;
}
