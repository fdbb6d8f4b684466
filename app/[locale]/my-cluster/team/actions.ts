"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { getViewer, isEditor } from "@/lib/auth/viewer";
import { isClusterMember } from "@/lib/data/admin/clusters/access";
import { inviteColleague } from "@/lib/data/member/team";
import { formLocale } from "@/lib/validation/account";
import { fieldErrors, type FormState, submittedValues } from "@/lib/validation/form";
import { inviteUserSchema } from "@/lib/validation/users";

const clusterIdSchema = z.string().min(1).max(40);

// Invites a co-editor of a cluster: its own members may, and editors for any cluster.
export async function inviteCoEditorAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const locale = formLocale(formData);
  const viewer = await getViewer();
  const clusterId = clusterIdSchema.safeParse(formData.get("clusterId"));
  const ownCluster = isClusterMember(viewer) && clusterId.success && viewer.clusterId === clusterId.data;
  const allowed = clusterId.success && (ownCluster || isEditor(viewer));
  if (!viewer || !clusterId.success || !allowed) {
    const tAdmin = await getTranslations({ locale, namespace: "Admin" });
    return { status: "error", message: tAdmin("forbiddenAction") };
  }
  const values = submittedValues(formData);
  const t = await getTranslations({ locale, namespace: "MyCluster.team" });
  const tv = await getTranslations({ locale, namespace: "Validation" });
  const parsed = inviteUserSchema.safeParse({
    email: formData.get("email"),
    name: formData.get("name"),
    role: "MEMBER",
    clusterId: clusterId.data,
    locale: formData.get("userLocale"),
  });
  if (!parsed.success) {
    return { status: "error", message: t("notInvited"), errors: fieldErrors(parsed.error, tv), values };
  }
  const { email, name, locale: userLocale } = parsed.data;
  const result = await inviteColleague(viewer, clusterId.data, { email, name, locale: userLocale });
  if (!result.ok) {
    if (result.error === "emailTaken")
      return { status: "error", message: t("notInvited"), errors: { email: t("emailTaken") }, values };
    const tAdmin = await getTranslations({ locale, namespace: "Admin" });
    return { status: "error", message: tAdmin("notFound"), values };
  }
  revalidatePath(`/${locale}/my-cluster/team`);
  revalidatePath(`/${locale}/admin/clusters/${clusterId.data}/team`);
  return { status: "ok", message: t("invited", { email }) };
}
